// Add (n > 0) or take out (n < 0) contributions to Document -ISSUED_BY-> Body; `count` is the number
// of reports stating it, and the relationship goes when it reaches 0.
// :param rows => [{source: "CT-TTg:33:2021", target: "thu-tuong-chinh-phu", n: 1}]
UNWIND $rows AS row
MATCH (d:Document {key: row.source})
MATCH (b:Body {key: row.target})
MERGE (d)-[e:ISSUED_BY]->(b)
SET e.count = coalesce(e.count, 0) + row.n
WITH e
WHERE e.count <= 0
DELETE e
