// The key a document id (or key) stands for: the dated document a resolvable partial key means.
// :param id => "ct-ttg-33-2021"
OPTIONAL MATCH (a:Document {id: $id})
WITH a ORDER BY a.key
WITH head(collect(a.eff)) AS by_id
OPTIONAL MATCH (b:Document {key: $id})
RETURN coalesce(by_id, b.eff) AS key
