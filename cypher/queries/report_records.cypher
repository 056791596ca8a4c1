// What each stored report contributed (JSON record kept on the Report node), to take it out again,
// with what the report implements / reports on / responds to and the groups it counts in.
// :param keys => ["BC-UBND:529:2024:an-giang"]
UNWIND $keys AS key
MATCH (r:Document {key: key})
USING INDEX r:Document(key)
WHERE r:Report
CALL (r) {
  OPTIONAL MATCH (r)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(d:Document)
  WHERE e.report = r.key
  RETURN collect(DISTINCT d.key) AS implemented
}
RETURN r.key AS key, r.record AS record, r.id AS id, r.rep_province AS province, r.rep_body AS body,
       implemented
