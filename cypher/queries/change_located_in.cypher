// Add (n > 0) or take out (n < 0) contributions to Body -LOCATED_IN-> Province (count of reports).
// :param rows => [{source: "uy-ban-nhan-dan:an-giang", target: "an-giang", n: 1}]
UNWIND $rows AS row
MATCH (b:Body {key: row.source})
MATCH (p:Province {key: row.target})
MERGE (b)-[e:LOCATED_IN]->(p)
SET e.count = coalesce(e.count, 0) + row.n
WITH e
WHERE e.count <= 0
DELETE e
