// Stored reports an incoming batch may touch: same report key, same source path or same sha256.
// :param keys => ["BC-UBND:529:2024:an-giang"]
// :param sources => ["examples/000_07a810e2d8d8df93.txt"]
// :param shas => ["9f2c…"]
MATCH (r:Report)
WHERE r.key IN $keys OR r.source IN $sources OR r.sha256 IN $shas
RETURN r.key AS key, r.source AS source, r.sha256 AS sha256
