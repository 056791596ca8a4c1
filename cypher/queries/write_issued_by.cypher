// Document -ISSUED_BY-> body, one relationship per contributing report.
// :param rows => [{source: "CT-TTg:33:2021", target: "thu-tuong-chinh-phu", report: "BC-UBND:529:2024:an-giang"}]
UNWIND $rows AS row
MATCH (d:Document {key: row.source})
MATCH (b:Body {key: row.target})
CREATE (d)-[:ISSUED_BY {report: row.report}]->(b)
