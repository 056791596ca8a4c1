// Who implements a document, aggregated in the database: per group (the report's province, or its
// issuing body) the number of implementing reports and the first $limit of them by id — so a
// document implemented by thousands of reports ships only what is shown.
// :param key => "CT-TTg:33:2021"
// :param level => "province"     ("province" | "body")
// :param since => null
// :param until => null
// :param limit => 5
MATCH (k:Document {eff: $key})<-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]-(r:Report)
WHERE e.report = r.key
  AND ($since IS NULL OR (r.rep_date IS NOT NULL AND r.rep_date >= $since))
  AND ($until IS NULL OR (r.rep_date IS NOT NULL AND r.rep_date <= $until))
WITH r, collect(DISTINCT type(e)) AS types
WITH CASE WHEN $level = 'province' THEN r.rep_province ELSE r.rep_body END AS grp, r, types
ORDER BY r.id
WITH grp, count(*) AS report_count, collect([r, types])[0..$limit] AS top
RETURN grp, report_count,
       [item IN top | {key: item[0].key, id: item[0].id, doc_type: item[0].rep_doc_type,
        number_symbol: item[0].rep_number_symbol, date: item[0].rep_date, title: item[0].rep_title,
        province: item[0].rep_province, source: item[0].source, body: item[0].rep_body, types: item[1]}] AS reports
