// Typed document relations, source acts on target (report -IMPLEMENTS-> directive, circular -GUIDES->
// decree), one per stating report. The type selects a fixed branch; nothing is spliced into the text.
// :param rows => [{source: "BC-UBND:529:2024:an-giang", type: "IMPLEMENTS", target: "CT-TTg:33:2021",
//   report: "BC-UBND:529:2024:an-giang", mention_index: 0}]
UNWIND $rows AS row
MATCH (s:Document {key: row.source})
MATCH (t:Document {key: row.target})
FOREACH (_ IN CASE row.type WHEN 'IMPLEMENTS' THEN [1] ELSE [] END |
  CREATE (s)-[:IMPLEMENTS {report: row.report, mention_index: row.mention_index}]->(t))
FOREACH (_ IN CASE row.type WHEN 'REPORTS_ON' THEN [1] ELSE [] END |
  CREATE (s)-[:REPORTS_ON {report: row.report, mention_index: row.mention_index}]->(t))
FOREACH (_ IN CASE row.type WHEN 'RESPONDS_TO' THEN [1] ELSE [] END |
  CREATE (s)-[:RESPONDS_TO {report: row.report, mention_index: row.mention_index}]->(t))
FOREACH (_ IN CASE row.type WHEN 'GUIDES' THEN [1] ELSE [] END |
  CREATE (s)-[:GUIDES {report: row.report, mention_index: row.mention_index}]->(t))
FOREACH (_ IN CASE row.type WHEN 'AMENDS' THEN [1] ELSE [] END |
  CREATE (s)-[:AMENDS {report: row.report, mention_index: row.mention_index}]->(t))
FOREACH (_ IN CASE row.type WHEN 'REPLACES' THEN [1] ELSE [] END |
  CREATE (s)-[:REPLACES {report: row.report, mention_index: row.mention_index}]->(t))
FOREACH (_ IN CASE row.type WHEN 'BASED_ON' THEN [1] ELSE [] END |
  CREATE (s)-[:BASED_ON {report: row.report, mention_index: row.mention_index}]->(t))
