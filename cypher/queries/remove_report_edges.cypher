// Take out what reports wrote from their own node: MENTIONS, the typed relations they state
// themselves, SENT_TO; their text; the :Report label and report-only properties.
// :param keys => ["BC-UBND:529:2024:an-giang"]
UNWIND $keys AS key
MATCH (r:Document {key: key})
CALL (r, key) {
  MATCH (r)-[e:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON|SENT_TO]->()
  WHERE e.report = key
  DELETE e
}
CALL (key) {
  MATCH (t:ReportText {report: key})
  DELETE t
}
REMOVE r:Report
SET r.source = null, r.sha256 = null, r.record = null, r.own = null, r.meta_json = null,
    r.references_json = null, r.rep_date = null, r.rep_title = null, r.rep_province = null,
    r.rep_body = null, r.rep_doc_type = null, r.rep_number_symbol = null, r.sent_to = null
