// One document by id, with its issuer and how many documents cite it / it cites.
// :param id => "ct-ttg-33-2021"
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
  WITH b ORDER BY b.key LIMIT 1
  RETURN b {.*} AS issuer
}
CALL (d) { OPTIONAL MATCH (s:Document)-[:MENTIONS]->(d) RETURN count(DISTINCT s) AS cited_by }
CALL (d) { OPTIONAL MATCH (d)-[:MENTIONS]->(t:Document) RETURN count(DISTINCT t) AS cites }
RETURN d {.*} AS document, issuer, cited_by, cites
