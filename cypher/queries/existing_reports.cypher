// Stored reports an incoming batch may touch: same report key, same source path or same sha256
// (three index seeks, not one scan of every report).
// :param keys => ["BC-UBND:529:2024:an-giang"]
// :param sources => ["examples/000_07a810e2d8d8df93.txt"]
// :param shas => ["9f2c…"]
UNWIND $keys AS k
MATCH (r:Document {key: k})
USING INDEX r:Document(key)
WHERE r:Report
RETURN r.key AS key, r.source AS source, r.sha256 AS sha256
UNION
UNWIND $sources AS s
MATCH (r:Report {source: s})
RETURN r.key AS key, r.source AS source, r.sha256 AS sha256
UNION
UNWIND $shas AS h
MATCH (r:Report {sha256: h})
RETURN r.key AS key, r.source AS source, r.sha256 AS sha256
