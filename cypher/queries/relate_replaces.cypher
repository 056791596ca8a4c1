// REPLACES relations, source acts on target, one per stating report (`report`); written per type so the
// relationship type is part of the query text, never a parameter spliced in.
// :param rows => [{source: "BC-UBND:529:2024:an-giang", target: "CT-TTg:33:2021", report: "BC-UBND:529:2024:an-giang", mention_index: 0}]
UNWIND $rows AS row
MATCH (s:Document {key: row.source})
MATCH (t:Document {key: row.target})
CREATE (s)-[:REPLACES {report: row.report, mention_index: row.mention_index}]->(t)
