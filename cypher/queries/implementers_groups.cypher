// Implementer aggregates (one per group) of every stored key that stands for the document (itself
// and a partial key resolving to it), for one level, with the overlap aggregates ("<level>:both")
// and each group's province or body, as one list.
// :param key => "CT-TTg:33:2021"
// :param level => "province"
MATCH (d:Document {eff: $key})
MATCH (s:Implementers {doc: d.key})
WHERE s.level IN [$level, $level + ':both']
OPTIONAL MATCH (p:Province {key: s.grp})
WHERE $level = 'province' AND s.level = $level
OPTIONAL MATCH (b:Body {key: s.grp})
WHERE $level = 'body' AND s.level = $level
RETURN collect({doc: d.key, level: s.level, grp: s.grp, count: s.count, top: s.top,
                province: p {.*}, body: b {.*}}) AS groups
