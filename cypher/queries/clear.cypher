// Delete every node in batches (the schema stays); run after clear_relationships.cypher.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
