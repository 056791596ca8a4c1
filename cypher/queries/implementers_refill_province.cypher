// The first reports (by id) of one province that implement / report on / respond to one stored document
// key: refills an aggregate's list after one of its reports was taken out. Walks the province's reports
// in id order (index report_province_id) and stops at the k-th match, instead of visiting every
// report that implements the document.
// :param doc => "CT-TTg:33:2021"
// :param grp => "an-giang"
// :param k => 20
MATCH (r:Report)
WHERE r.rep_province = $grp AND r.id IS NOT NULL
  AND EXISTS {
    MATCH (r)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(:Document {key: $doc})
    WHERE e.report = r.key
  }
WITH r
ORDER BY r.id
LIMIT $k
MATCH (r)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]->(:Document {key: $doc})
WHERE e.report = r.key
RETURN r.id AS id, r.key AS key, collect(DISTINCT type(e)) AS types
