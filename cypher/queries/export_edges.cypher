// Every relationship (type, source key, target key, properties), for exports.
MATCH (a)-[e]->(b)
WHERE NOT a:ReportText
RETURN type(e) AS type, a.key AS source, b.key AS target, e {.*} AS props
ORDER BY type, source, target
