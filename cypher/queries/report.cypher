// One ingested report by id (or key).
// :param id => "bc-ubnd-529-2024-an-giang"
MATCH (r:Report)
WHERE r.id = $id
RETURN r {.*} AS report
