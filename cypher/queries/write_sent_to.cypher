// Report -SENT_TO-> recipient body.
// :param rows => [{source: "BC-UBND:529:2024:an-giang", target: "bo-noi-vu", report: "BC-UBND:529:2024:an-giang"}]
UNWIND $rows AS row
MATCH (r:Document {key: row.source})
MATCH (b:Body {key: row.target})
CREATE (r)-[:SENT_TO {report: row.report}]->(b)
