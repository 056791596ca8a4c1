// The first reports (by id) of one group that implement / report on / respond to one stored
// document key: refills an aggregate's list after one of its reports was taken out.
// :param doc => "CT-TTg:33:2021"
// :param level => "province"
// :param grp => "an-giang"
// :param k => 20
MATCH (d:Document {key: $doc})<-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]-(r:Report)
WHERE e.report = r.key
  AND coalesce(CASE WHEN $level = 'province' THEN r.rep_province ELSE r.rep_body END, '') = $grp
WITH DISTINCT r
RETURN r.id AS id, r.key AS key
ORDER BY id, key
LIMIT $k
