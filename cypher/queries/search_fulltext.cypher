// Ranked full-text search (Lucene, standard-folding analyzer over the folded `search` text):
// "chi thi 33" finds "Chỉ thị số 33/CT-TTg". For Neo4j Browser users; the API uses search.cypher.
// :param q => "chi thi 33"
// :param limit => 20
CALL db.index.fulltext.queryNodes('document_fulltext', $q) YIELD node, score
WHERE node.visible
RETURN node.id AS id, node.number_symbol AS number_symbol, node.title AS title, score
ORDER BY score DESC, id
LIMIT $limit
