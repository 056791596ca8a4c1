// Write implementer aggregates (see load_implementers); a row with no groups deletes the node.
// :param rows => [{key: "province|CT-TTg:33:2021", doc: "CT-TTg:33:2021", level: "province", groups: ["an-giang"], counts: [1], top: ["[[\"bc-ubnd-529-2024-an-giang\",\"BC-UBND:529:2024:an-giang\"]]"]}]
UNWIND $rows AS row
MERGE (s:Implementers {key: row.key})
SET s.doc = row.doc, s.level = row.level, s.groups = row.groups, s.counts = row.counts, s.top = row.top
WITH s, row
WHERE size(row.groups) = 0
DELETE s
