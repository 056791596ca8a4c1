// Link old provinces to the unit they became part of (both nodes must exist).
// :param rows => [{key: "bac-giang", successor: "bac-ninh", report: "BC-SNV::2020:bac-giang"}]
UNWIND $rows AS row
MATCH (p:Province {key: row.key})
MATCH (s:Province {key: row.successor})
MERGE (p)-[:SUCCEEDED_BY]->(s)
