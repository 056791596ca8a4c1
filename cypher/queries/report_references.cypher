// The references of one ingested report (JSON, in text order).
// :param id => "bc-ubnd-529-2024-an-giang"
MATCH (r:Report)
WHERE r.id = $id
RETURN r.references_json AS references_json
