// Record the version of legalgraph's derived structures in this database.
// :param version => 2
MERGE (m:LegalgraphMeta {key: 'legalgraph'})
SET m.version = $version, m.rebuilding = null
