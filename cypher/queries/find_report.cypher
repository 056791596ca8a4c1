// The stored report a user names: by key, source path, sha256 or id.
// :param ref => "bc-ubnd-529-2024-an-giang"
// :param abspath => "/data/examples/000_07a810e2d8d8df93.txt"   (the absolute form of a path given as ref)
MATCH (r:Report)
WHERE r.key = $ref OR r.source = $ref OR r.sha256 = $ref OR r.id = $ref OR r.source = $abspath
RETURN r.key AS key, r.key = $ref AS by_key, r.source = $ref AS by_source, r.sha256 = $ref AS by_sha
