// Take reports' whole contributions out: the relationships each wrote (tagged `report`), its text,
// its :Report label and report-only properties; then every node it touched that nothing references
// any more (and that is not itself an ingested report) is deleted.
// :param keys => ["BC-UBND:529:2024:an-giang"]
UNWIND $keys AS key
MATCH (r:Document {key: key})
WHERE r:Report
CALL (r, key) {
  MATCH (r)-[e]->()
  WHERE e.report = key
  DELETE e
}
CALL (r, key) {
  MATCH (d:Document)
  WHERE d.key IN r.doc_keys
  MATCH (d)-[e:ISSUED_BY|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->()
  WHERE e.report = key
  DELETE e
}
CALL (r, key) {
  MATCH (b:Body)
  WHERE b.key IN r.body_keys
  MATCH (b)-[e:LOCATED_IN]->()
  WHERE e.report = key
  DELETE e
}
CALL (key) {
  MATCH (t:ReportText {report: key})
  DELETE t
}
WITH r, r.doc_keys AS doc_keys, r.body_keys AS body_keys, r.province_keys AS province_keys
REMOVE r:Report
SET r.is_report = false, r.source = null, r.sha256 = null, r.meta_json = null, r.references_json = null,
    r.doc_keys = null, r.body_keys = null, r.province_keys = null
WITH collect(r) AS removed, collect(doc_keys) AS dk, collect(body_keys) AS bk, collect(province_keys) AS pk
CALL (dk) {
  UNWIND dk AS keys
  UNWIND keys AS k
  WITH DISTINCT k
  MATCH (d:Document {key: k})
  WHERE NOT d:Report AND NOT EXISTS { (d)--() }
  DELETE d
}
CALL (bk) {
  UNWIND bk AS keys
  UNWIND keys AS k
  WITH DISTINCT k
  MATCH (b:Body {key: k})
  WHERE NOT EXISTS { (b)<--() }
  DETACH DELETE b
}
CALL (pk) {
  UNWIND pk AS keys
  UNWIND keys AS k
  WITH DISTINCT k
  MATCH (p:Province {key: k})
  WHERE NOT EXISTS { (p)<-[:LOCATED_IN]-() }
    AND NOT EXISTS { MATCH (d:Document {province: k}) }
  DETACH DELETE p
}
RETURN size(removed) AS removed
