// The stored report a user names: by report id, key, source path or sha256.
// :param ref => "bc-ubnd-529-2024-an-giang"
MATCH (r:Report)
WHERE r.id = $ref OR r.key = $ref OR r.source = $ref OR r.sha256 = $ref
RETURN r.key AS key
