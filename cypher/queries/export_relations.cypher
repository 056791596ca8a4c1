// Typed relations distinct by (type, resolved source, resolved target) with the number of reports
// stating them.
MATCH (u:Document)-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->(v:Document)
WITH type(e) AS type, u.eff AS source, v.eff AS target, e
WHERE source <> target
RETURN type, source, target, count(DISTINCT e.report) AS count
ORDER BY type, source, target
