// Report → recipient body, for exports.
MATCH (r:Report)
UNWIND coalesce(r.sent_to, []) AS body
WITH DISTINCT r.key AS source, body AS target
RETURN source, target
ORDER BY source, target
