// The NFC text of one ingested report.
// :param key => "BC-UBND:529:2024:an-giang"
MATCH (t:ReportText {report: $key})
RETURN t.text AS text
