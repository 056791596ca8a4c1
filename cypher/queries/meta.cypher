// legalgraph's marker node: the version of the derived structures this database holds (2:
// implementer aggregates), and whether it holds any report.
OPTIONAL MATCH (m:LegalgraphMeta {key: 'legalgraph'})
RETURN m.version AS version, EXISTS { MATCH (:Report) } AS has_reports
