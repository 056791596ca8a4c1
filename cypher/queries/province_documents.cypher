// Documents the reports of a province implement / report on / respond to. A post-2025 unit covers
// itself and its predecessors. Ordered by document id.
// :param id => "an-giang"
// :param relation => null     (e.g. "IMPLEMENTS")
MATCH (p:Province {id: $id})
CALL (p) {
  OPTIONAL MATCH (old:Province)-[:SUCCEEDED_BY]->(p)
  WITH p, collect(old.key) AS olds
  RETURN [p.key] + olds AS units
}
MATCH (r:Report)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(d:Document)
WHERE r.province IN units AND ($relation IS NULL OR type(e) = $relation)
WITH d, collect(DISTINCT type(e)) AS relations, collect(DISTINCT r.id) AS reports
RETURN d {.*} AS document, relations, reports
ORDER BY document.id
