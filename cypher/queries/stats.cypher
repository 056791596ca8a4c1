// Counts of the whole graph.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH (u:Document {resolved: false}) RETURN count(u) AS unresolved }
CALL () { MATCH (b:Body) RETURN count(b) AS bodies }
CALL () { MATCH (p:Province) RETURN count(p) AS provinces }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () {
  MATCH ()-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->()
  RETURN count(e) AS relations
}
RETURN documents, reports, unresolved, bodies, provinces, mentions, relations
