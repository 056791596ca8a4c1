// Take out typed document relations a report stated between other documents (tagged with it).
// :param rows => [{source: "TT-BNV:1:2016", type: "GUIDES", target: "ND-CP:4:2015", report: "BC-UBND:529:2024:an-giang"}]
UNWIND $rows AS row
MATCH (s:Document {key: row.source})-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->(t:Document {key: row.target})
WHERE type(e) = row.type AND e.report = row.report
DELETE e
