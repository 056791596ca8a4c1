// Ingested reports: the report's document node gains :Report and the report's own fields; the
// text goes to a new ReportText node (CREATE: the batch took out every stored version of these
// reports, text included, before). `record` (JSON) lists what the report contributed. Properties
// are named one by one: a whole-map `SET r += row.props` would make the planner buffer every row
// (Eager operators).
// :param rows => [{key: "BC-UBND:529:2024:an-giang", props: {source: "…", sha256: "…", record: "{…}", …}, text: "…"}]
UNWIND $rows AS row
MATCH (r:Document {key: row.key})
SET r:Report, r.id = row.props.id, r.source = row.props.source, r.sha256 = row.props.sha256,
    r.record = row.props.record, r.own = row.props.own, r.meta_json = row.props.meta_json,
    r.references_json = row.props.references_json, r.rep_date = row.props.rep_date,
    r.rep_title = row.props.rep_title, r.rep_province = row.props.rep_province,
    r.rep_body = row.props.rep_body, r.rep_doc_type = row.props.rep_doc_type,
    r.rep_number_symbol = row.props.rep_number_symbol, r.sent_to = row.props.sent_to
CREATE (:ReportText {report: row.key, text: row.text})
