// legalgraph's marker node: the version of the derived structures this database holds (2:
// implementer aggregates), whether it holds any report, and its origin ("csv-export" for a
// database bulk-imported from `legalgraph export --format csv`, which the store does not serve).
OPTIONAL MATCH (m:LegalgraphMeta {key: 'legalgraph'})
RETURN m.version AS version, EXISTS { MATCH (:Report) } AS has_reports, m.origin AS origin
