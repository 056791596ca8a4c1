// Documents by folded text (no diacritics, lower case; a substring of number_symbol, title, name
// or key — served by the TEXT index on `search`) and filters, ordered by id, keyset-paginated.
// :param q => "chi thi 33"     (folded by the caller; null: no text filter)
// :param doc_type => null      (folded)
// :param issuer => null        (folded; substring of the issuer name or equal to its key)
// :param year => null
// :param after => null         (last id of the previous page)
// :param limit => 50
MATCH (d:Document)
WHERE d.visible
  AND ($q IS NULL OR d.search CONTAINS $q)
  AND ($after IS NULL OR d.id > $after)
  AND ($doc_type IS NULL OR d.doc_type_f = $doc_type)
  AND ($issuer IS NULL OR d.issuer_f CONTAINS $issuer OR d.issuer_key_f = $issuer)
  AND ($year IS NULL OR d.year = $year)
RETURN d {.*} AS document
ORDER BY d.id, d.key
LIMIT $limit
