// Every mention (report → resolved document), for exports.
MATCH (r:Document)-[m:MENTIONS]->(d:Document)
RETURN r.key AS source, r.id AS source_id, d.eff AS target, m {.*} AS mention
