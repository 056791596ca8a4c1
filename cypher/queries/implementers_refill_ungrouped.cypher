// The first reports (by id) without a province (level "province") or body (level "body") that
// implement / report on / respond to one stored document key: refills an aggregate's list after one
// of its reports was taken out (the grouped cases use implementers_refill_province / _body).
// :param doc => "CT-TTg:33:2021"
// :param level => "province"
// :param k => 20
MATCH (d:Document {key: $doc})<-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]-(r:Report)
WHERE e.report = r.key
  AND CASE WHEN $level = 'province' THEN r.rep_province ELSE r.rep_body END IS NULL
WITH r, collect(DISTINCT type(e)) AS types
RETURN r.id AS id, r.key AS key, types
ORDER BY id, key
LIMIT $k
