// Every (document, implementing report) pair with the report's groups and relation types: rebuilds
// the implementer aggregates of a database written before them. Grouped per report inside a
// subquery, so the answer streams in constant memory however many reports there are.
MATCH (r:Report)
CALL (r) {
  MATCH (r)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(d:Document)
  WHERE e.report = r.key
  RETURN d.key AS doc, collect(DISTINCT type(e)) AS types
}
RETURN doc, r.id AS id, r.key AS key, r.rep_province AS province, r.rep_body AS body, types
