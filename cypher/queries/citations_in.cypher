// Documents that cite this one, per relation, with how many mentions carry it; ordered by id.
// :param id => "ct-ttg-33-2021"
// :param relation => null        (e.g. "implements")
MATCH (d:Document {id: $id})<-[m:MENTIONS]-(s:Document)
WHERE $relation IS NULL OR m.relation = $relation
RETURN s {.*} AS document, m.relation AS relation, count(m) AS count
ORDER BY document.id, relation
