// Document → issuing body, per visible (resolved) document, for exports.
MATCH (k:Document)-[:ISSUED_BY]->(b:Body)
WITH DISTINCT k.eff AS source, b.key AS target
RETURN source, target
ORDER BY source, target
