// Documents by folded words (no diacritics, lower case; each a substring of doc_type, number_symbol,
// title, name or key, kept folded in `search`) and filters, ordered by id, keyset-paginated.
// :param words => ["chi", "thi", "33"]     (folded by the caller; []: no text filter)
// :param doc_type => null      (folded)
// :param issuer => null        (folded; substring of the issuer name or equal to its key)
// :param year => null
// :param after => null         (last id of the previous page)
// :param limit => 50
MATCH (d:Document)
WHERE d.visible
  AND all(w IN $words WHERE d.search CONTAINS w)
  AND ($after IS NULL OR d.id > $after)
  AND ($doc_type IS NULL OR d.doc_type_f = $doc_type)
  AND ($issuer IS NULL OR d.issuer_f CONTAINS $issuer OR d.issuer_key_f = $issuer)
  AND ($year IS NULL OR d.year = $year)
RETURN d {.*} AS document
ORDER BY d.id, d.key
LIMIT $limit
