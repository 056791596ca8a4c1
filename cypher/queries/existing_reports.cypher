// Stored reports that an incoming batch would replace: same report key or same source path.
// :param keys => ["BC-UBND:529:2024:an-giang"]
// :param sources => ["examples/000_07a810e2d8d8df93.txt"]
MATCH (r:Report)
WHERE r.key IN $keys OR r.source IN $sources
RETURN r.key AS key, r.source AS source, r.sha256 AS sha256
