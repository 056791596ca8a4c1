// The listed implementing reports of a document: their summary, relation types and evidence.
// :param key => "CT-TTg:33:2021"
// :param reports => ["BC-UBND:529:2024:an-giang"]
UNWIND $reports AS rk
MATCH (r:Document {key: rk})
CALL (r) {
  MATCH (r)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(k:Document)
  WHERE k.eff = $key AND e.report = r.key
  RETURN collect(DISTINCT type(e)) AS types
}
CALL (r) {
  MATCH (r)-[m:MENTIONS]->(k:Document)
  WHERE k.eff = $key
  RETURN collect(m {.*}) AS evidence
}
RETURN r.key AS key, r.id AS id, r.rep_doc_type AS doc_type, r.rep_number_symbol AS number_symbol,
       r.rep_date AS date, r.rep_title AS title, r.rep_province AS province, r.source AS source,
       r.rep_body AS body, types, evidence
