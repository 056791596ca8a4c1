// Body -LOCATED_IN-> province, one relationship per contributing report.
// :param rows => [{source: "ubnd:an-giang", target: "an-giang", report: "BC-UBND:529:2024:an-giang"}]
UNWIND $rows AS row
MATCH (b:Body {key: row.source})
MATCH (p:Province {key: row.target})
CREATE (b)-[:LOCATED_IN {report: row.report}]->(p)
