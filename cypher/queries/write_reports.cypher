// Write ingested reports (one row per report). The report's document node may already exist as a
// cited document; it gains the :Report label and the report's own properties.
// :param rows => [{key: "BC-UBND:529:2024:an-giang", props: {id: "...", source: "examples/000.txt",
//   sha256: "...", is_report: true, ...}, text: "Báo cáo ..."}]
UNWIND $rows AS row
MERGE (r:Document {key: row.key})
SET r:Report, r += row.props
MERGE (t:ReportText {report: row.key})
SET t.text = row.text
