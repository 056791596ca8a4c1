// The stored report a user names: by key, source path, sha256 or id.
// :param ref => "bc-ubnd-529-2024-an-giang"
// :param abspath => "/data/examples/000_07a810e2d8d8df93.txt"   (the absolute form of a path given as ref)
CALL () {
  MATCH (r:Document {key: $ref}) WHERE r:Report RETURN r
  UNION
  MATCH (r:Report {source: $ref}) RETURN r
  UNION
  MATCH (r:Report {sha256: $ref}) RETURN r
  UNION
  MATCH (r:Report {id: $ref}) RETURN r
  UNION
  MATCH (r:Report {source: $abspath}) RETURN r
}
RETURN r.key AS key, r.key = $ref AS by_key, r.source = $ref AS by_source, r.sha256 = $ref AS by_sha
