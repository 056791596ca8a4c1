// All provinces with their successor (post-2025 unit) and predecessors (units merged into it).
MATCH (p:Province)
CALL (p) { OPTIONAL MATCH (old:Province)-[:SUCCEEDED_BY]->(p) RETURN collect(old.id) AS predecessors }
RETURN p {.*} AS province, predecessors
ORDER BY p.id
