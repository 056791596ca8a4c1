// Documents this one cites, per relation, with how many mentions carry it; ordered by id.
// :param id => "bc-ubnd-529-2024-an-giang"
// :param relation => null
MATCH (d:Document {id: $id})-[m:MENTIONS]->(t:Document)
WHERE $relation IS NULL OR m.relation = $relation
RETURN t {.*} AS document, m.relation AS relation, count(m) AS count
ORDER BY document.id, relation
