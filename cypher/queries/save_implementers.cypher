// Write implementer aggregates (see load_implementers); a group left with no report is deleted.
// `top` is null when the group's list did not change (only its count did): the stored list stays.
// :param rows => [{key: "province|an-giang|CT-TTg:33:2021", doc: "CT-TTg:33:2021", level: "province", grp: "an-giang", count: 1, top: "[[\"bc-ubnd-529-2024-an-giang\",\"BC-UBND:529:2024:an-giang\",[\"IMPLEMENTS\"]]]"}]
UNWIND $rows AS row
MERGE (s:Implementers {key: row.key})
SET s.doc = row.doc, s.level = row.level, s.grp = row.grp, s.count = row.count,
    s.top = coalesce(row.top, s.top)
WITH s, row
WHERE row.count <= 0
DELETE s
