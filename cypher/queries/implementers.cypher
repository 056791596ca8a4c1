// Who implements / reports on / responds to a document, grouped by province (the report's own
// province) or by body (the report's issuer), ordered by group name; inside a group reports are
// ordered by date then id, evidence by position in the report.
// :param id => "ct-ttg-33-2021"
// :param level => "province"     ("province" | "body")
// :param since => null           (ISO date, inclusive, compared with the report date)
// :param until => null
MATCH (d:Document {id: $id})<-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]-(r:Report)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH d, r, collect(DISTINCT type(e)) AS relations
CALL (d, r) {
  OPTIONAL MATCH (r)-[m:MENTIONS]->(d)
  WITH m ORDER BY m.index
  RETURN collect(m {.sentence, .start, .end, .text, .relation, report_id: r.id}) AS evidence
}
CALL (r) {
  OPTIONAL MATCH (p:Province {key: r.province})
  WHERE $level = 'province'
  OPTIONAL MATCH (r)-[:ISSUED_BY]->(b:Body)
  WHERE $level = 'body'
  WITH coalesce(p, b) AS g ORDER BY g.key LIMIT 1
  RETURN g {.*} AS grp
}
WITH grp, r, relations, evidence
WHERE grp IS NOT NULL
ORDER BY r.date, r.id
WITH grp, collect({report: r {.id, .key, .number_symbol, .doc_type, .date, .title, .province, .issuer},
                   relations: relations, evidence: evidence}) AS reports
RETURN grp AS group, reports
ORDER BY grp.name, grp.id
