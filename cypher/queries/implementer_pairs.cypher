// Every (document, implementing report) pair with the report's groups: rebuilds the implementer
// aggregates of a database written before they existed.
MATCH (d:Document)<-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]-(r:Report)
WHERE e.report = r.key
RETURN d.key AS doc, r.id AS id, r.key AS key, r.rep_province AS province, r.rep_body AS body,
       collect(DISTINCT type(e)) AS types
