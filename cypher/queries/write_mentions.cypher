// One MENTIONS relationship per reference of a report (the evidence behind every link). The
// properties are named one by one (an absent one is null, which CREATE leaves out): a whole-map
// `SET e = m.props` would make the planner buffer every row first (an Eager operator).
// :param rows => [{report: "BC-UBND:529:2024:an-giang", mentions: [{target: "CT-TTg:33:2021",
//   props: {report: "BC-UBND:529:2024:an-giang", index: 0, start: 10, end: 40, text: "Chỉ thị số 33/CT-TTg",
//   sentence: "...", sentence_start: 0, relation: "implements", kind: "full", confidence: 1.0}}]}]
UNWIND $rows AS row
MATCH (r:Document {key: row.report})
UNWIND row.mentions AS m
MATCH (d:Document {key: m.target})
CREATE (r)-[:MENTIONS {
  index: m.props.index, start: m.props.start, end: m.props.end, text: m.props.text,
  sentence: m.props.sentence, sentence_start: m.props.sentence_start, relation: m.props.relation,
  kind: m.props.kind, pinpoint: m.props.pinpoint, confidence: m.props.confidence,
  extractor_version: m.props.extractor_version, report: m.props.report
}]->(d)
