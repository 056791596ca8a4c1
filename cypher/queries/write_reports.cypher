// Ingested reports: the report's document node gains :Report and the report's own fields; the
// text goes to its ReportText node. `record` (JSON) lists what the report contributed.
// :param rows => [{key: "BC-UBND:529:2024:an-giang", props: {source: "…", sha256: "…", record: "{…}", …}, text: "…"}]
UNWIND $rows AS row
MATCH (r:Document {key: row.key})
SET r:Report, r += row.props
MERGE (t:ReportText {report: row.key})
SET t.text = row.text
