// Citation paths from the document to what it cites, up to $depth hops, at most $limit paths.
// :param id => "bc-ubnd-529-2024-an-giang"
// :param depth => 3
// :param limit => 200
MATCH (d:Document {id: $id})
MATCH p = (d)-[:MENTIONS]->{1,10}(t:Document)
WHERE length(p) <= $depth
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY length(p), ids
LIMIT $limit
RETURN [n IN nodes(p) | n {.*}] AS nodes, [e IN relationships(p) | e.relation] AS relations
