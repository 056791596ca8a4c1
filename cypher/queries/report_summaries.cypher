// Short form of reports (for lists).
// :param keys => ["BC-UBND:529:2024:an-giang"]
UNWIND $keys AS key
MATCH (r:Document {key: key})
WHERE r:Report
RETURN r.key AS key, r.id AS id, r.rep_doc_type AS doc_type, r.rep_number_symbol AS number_symbol,
       r.rep_date AS date, r.rep_title AS title, r.rep_province AS province, r.source AS source
