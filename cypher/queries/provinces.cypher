// All provinces (merged view) with the units that became part of each.
MATCH (p:Province)
CALL (p) {
  OPTIONAL MATCH (o:Province {successor: p.key})
  WHERE o.key <> p.key
  RETURN collect(o.key) AS predecessors
}
RETURN p {.*} AS province, predecessors
ORDER BY p.id
