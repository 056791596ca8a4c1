// The mentions of a document (or of the partial key resolving to it) in the given reports.
// :param key => "CT-TTg:33:2021"
// :param reports => ["BC-UBND:529:2024:an-giang"]
UNWIND $reports AS rk
MATCH (r:Document {key: rk})-[m:MENTIONS]->(k:Document)
WHERE k.eff = $key
RETURN rk AS report, collect(m {.*}) AS evidence
