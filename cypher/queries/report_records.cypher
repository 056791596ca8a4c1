// What each stored report contributed (JSON record kept on the Report node), to take it out again.
// :param keys => ["BC-UBND:529:2024:an-giang"]
MATCH (r:Report)
WHERE r.key IN $keys
RETURN r.key AS key, r.record AS record
