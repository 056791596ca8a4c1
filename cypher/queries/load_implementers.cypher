// The implementer aggregates of documents: one (:Implementers) node per document and level
// ("province" or "body"), key "<level>|<document key>", with parallel lists: groups (province or
// body key, "" for none), counts (reports per group) and top (per group, the first reports by id
// as JSON [[id, key], ...]). Maintained by every write; read by implementers().
// :param keys => ["province|CT-TTg:33:2021"]
UNWIND $keys AS key
MATCH (s:Implementers {key: key})
RETURN s.key AS key, s.groups AS groups, s.counts AS counts, s.top AS top
