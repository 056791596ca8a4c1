// Delete every relationship in batches (before clear.cypher deletes the nodes: a node with
// thousands of relationships would otherwise be detached in one over-large transaction).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS
