// Documents by folded text (no diacritics, lower case; matched inside number_symbol, title, name)
// and filters, ordered by id, keyset-paginated (`after` = last id of the previous page).
// :param q => "chi thi 33"     (folded by the caller; null for no text filter)
// :param doc_type => null
// :param issuer => null
// :param year => null
// :param after => null
// :param limit => 50
MATCH (d:Document)
WHERE ($q IS NULL OR d.search CONTAINS $q)
  AND ($doc_type IS NULL OR d.doc_type = $doc_type)
  AND ($issuer IS NULL OR d.issuer = $issuer OR d.issuer_key = $issuer)
  AND ($year IS NULL OR d.year = $year)
  AND ($after IS NULL OR d.id > $after)
RETURN d {.*} AS document
ORDER BY d.id
LIMIT $limit
