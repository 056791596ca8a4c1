// Ranked full-text search over documents (Lucene, standard-folding: "chi thi" finds "Chỉ thị").
// :param q => "chi thi 33"
// :param limit => 20
CALL db.index.fulltext.queryNodes('document_fulltext', $q) YIELD node, score
RETURN node {.*} AS document, score
ORDER BY score DESC, node.id
LIMIT $limit
