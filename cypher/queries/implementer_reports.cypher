// The listed implementing reports of a document: their summary and evidence (their relation types
// are kept in the aggregates), as one record holding the list (hundreds of small records cost more
// to stream). The document's
// stored keys are matched first, so each report's relationships are checked against them
// (Expand(Into) from the report's side) instead of reading every target's `eff`.
// :param key => "CT-TTg:33:2021"
// :param reports => ["BC-UBND:529:2024:an-giang"]
MATCH (k:Document {eff: $key})
WITH collect(k) AS ks
UNWIND $reports AS rk
MATCH (r:Document {key: rk})
CALL (r, ks) {
  UNWIND ks AS k
  MATCH (r)-[m:MENTIONS]->(k)
  RETURN collect(m {.*}) AS evidence
}
RETURN collect({key: r.key, id: r.id, doc_type: r.rep_doc_type, number_symbol: r.rep_number_symbol,
                date: r.rep_date, title: r.rep_title, province: r.rep_province, source: r.source,
                body: r.rep_body, evidence: evidence}) AS reports
