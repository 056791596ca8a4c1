// Counts of the whole graph, as the embedded store counts them: visible documents (a partial key
// that resolves to a dated document counts as that document), typed relations distinct by
// (type, resolved source, resolved target).
CALL () { MATCH (d:Document {visible: true}) RETURN count(d) AS documents, sum(CASE WHEN d.unresolved THEN 1 ELSE 0 END) AS unresolved }
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH (b:Body) RETURN count(b) AS bodies }
CALL () { MATCH (p:Province) RETURN count(p) AS provinces }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () {
  MATCH (u:Document)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->(v:Document)
  WITH DISTINCT type(e) AS t, u.eff AS eu, v.eff AS ev
  WHERE eu <> ev
  RETURN count(*) AS relations
}
RETURN documents, reports, unresolved, bodies, provinces, mentions, relations
