// What the reports of a province (an old unit, or a new unit = itself + the units merged into it)
// implement / report on / respond to, per resolved document.
// :param id => "an-giang"
// :param relation => null     ("IMPLEMENTS" | "REPORTS_ON" | "RESPONDS_TO")
MATCH (p:Province {key: $id})
CALL (p) {
  OPTIONAL MATCH (o:Province {successor: p.key})
  WITH p, collect(o.key) AS olds
  RETURN [p.key] + olds AS units
}
MATCH (r:Report)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(d:Document)
WHERE r.rep_province IN units AND e.report = r.key AND ($relation IS NULL OR type(e) = $relation)
RETURN d.eff AS key, collect(DISTINCT type(e)) AS relations, collect(DISTINCT r.key) AS reports
