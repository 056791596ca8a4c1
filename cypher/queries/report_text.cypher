// The NFC text of one ingested report.
// :param id => "bc-ubnd-529-2024-an-giang"
MATCH (r:Report)
WHERE r.id = $id
MATCH (t:ReportText {report: r.key})
RETURN t.text AS text
