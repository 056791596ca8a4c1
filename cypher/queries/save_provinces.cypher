// Store vote counters and merged view of provinces, relink SUCCEEDED_BY, delete unused provinces.
// :param rows => [{key: "bac-giang", keep: true, props: {vk: [], vc: [], name: "Bắc Giang", era: "pre-2025", successor: "bac-ninh"}}]
UNWIND $rows AS row
MATCH (p:Province {key: row.key})
SET p += row.props
WITH p, row
CALL (p) {
  MATCH (p)-[s:SUCCEEDED_BY]->()
  DELETE s
}
CALL (p, row) {
  WITH p, row
  WHERE row.keep AND p.successor IS NOT NULL AND p.successor <> p.key
  MATCH (n:Province {key: p.successor})
  MERGE (p)-[:SUCCEEDED_BY]->(n)
}
CALL (p, row) {
  WITH p, row
  WHERE row.keep
  MATCH (o:Province {successor: p.key})
  WHERE o.key <> p.key
  MERGE (o)-[:SUCCEEDED_BY]->(p)
}
WITH p, row
WHERE NOT row.keep
DETACH DELETE p
