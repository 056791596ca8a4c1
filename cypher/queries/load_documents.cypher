// Vote counters of documents (vk = distinct versions as JSON, vc = how many reports gave each),
// the report's own version, ISSUED_BY counts — the inputs of the merged view — and `vh`, the hash
// of the view last written (a write only sets the properties when the view changed), and `eff`.
// :param keys => ["CT-TTg:33:2021"]
UNWIND $keys AS key
MATCH (d:Document {key: key})
CALL (d) {
  OPTIONAL MATCH (d)-[e:ISSUED_BY]->(b:Body)
  RETURN collect([b.key, e.count]) AS ib
}
RETURN d.key AS key, d.vk AS vk, d.vc AS vc, d:Report AS is_report, d.own AS own,
       d.rep_body AS rep_body, ib, d.vh AS vh, d.eff AS eff
