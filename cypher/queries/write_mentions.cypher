// One MENTIONS relationship per reference of a report (the evidence behind every link).
// :param rows => [{report: "BC-UBND:529:2024:an-giang", mentions: [{target: "CT-TTg:33:2021",
//   props: {report: "BC-UBND:529:2024:an-giang", index: 0, start: 10, end: 40, text: "Chỉ thị số 33/CT-TTg",
//   sentence: "...", sentence_start: 0, relation: "implements", kind: "full", confidence: 1.0}}]}]
UNWIND $rows AS row
MATCH (r:Document {key: row.report})
UNWIND row.mentions AS m
MATCH (d:Document {key: m.target})
CREATE (r)-[e:MENTIONS]->(d)
SET e = m.props
