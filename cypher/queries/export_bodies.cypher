// Every body with its provinces, by key, for exports.
MATCH (b:Body)
CALL (b) {
  OPTIONAL MATCH (b)-[:LOCATED_IN]->(p:Province)
  WITH p ORDER BY p.key
  RETURN collect(p.key) AS provinces
}
RETURN b {.*} AS body, provinces
ORDER BY b.key
