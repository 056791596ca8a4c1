// Implementer aggregates: one (:Implementers) node per stored document key, level ("province" or
// "body") and group (province or body key, "" for none), key "<level>|<group>|<document key>", with
// `count` (reports of the group that implement / report on / respond to the document) and `top`
// (the group's first TOP_K such reports by id, JSON [[id, key, [relation types]], ...]). Maintained by
// every write.
// :param keys => ["province|an-giang|CT-TTg:33:2021"]
UNWIND $keys AS key
MATCH (s:Implementers {key: key})
RETURN s.key AS key, s.count AS count, s.top AS top
