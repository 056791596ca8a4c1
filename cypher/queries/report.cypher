// One ingested report by key: metadata and references (JSON), province, issuing body, recipients.
// :param key => "BC-UBND:529:2024:an-giang"
MATCH (r:Document {key: $key})
WHERE r:Report
RETURN r.key AS key, r.id AS id, r.source AS source, r.sha256 AS sha256, r.meta_json AS meta_json,
       r.references_json AS references_json, r.rep_province AS province, r.rep_body AS body,
       r.sent_to AS sent_to
