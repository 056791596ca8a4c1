// Vote counters of bodies, their LOCATED_IN counts and the view last written.
// :param keys => ["thu-tuong-chinh-phu"]
UNWIND $keys AS key
MATCH (b:Body {key: key})
CALL (b) {
  OPTIONAL MATCH (b)-[e:LOCATED_IN]->(p:Province)
  RETURN collect([p.key, e.count]) AS li
}
RETURN b.key AS key, b.vk AS vk, b.vc AS vc, li, b {.id, .name, .short_name, .province} AS view
