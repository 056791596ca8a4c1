// Claim the one-time build of the derived structures: returns claimed = 1 for the one process that
// may build them (the marker is locked by the first SET, so concurrent claimers see each other),
// 0 while another process builds them (a claim older than $stale is taken over).
// :param version => 5
// :param now => 1763830000.0
// :param stale => 1763826400.0
MERGE (m:LegalgraphMeta {key: 'legalgraph'})
SET m.locked = true
WITH m
WHERE coalesce(m.version, 0) <> $version AND coalesce(m.rebuilding, 0.0) < $stale
SET m.rebuilding = $now
RETURN count(m) AS claimed
