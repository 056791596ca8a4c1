// Delete every implementer aggregate, in batches (before rebuilding them for a database written
// before they existed or in an older layout).
MATCH (s:Implementers)
CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 10000 ROWS
