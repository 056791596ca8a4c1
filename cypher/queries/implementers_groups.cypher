// Implementer aggregates (one per group) of every stored key that stands for the document (itself
// and a partial key resolving to it), for one level.
// :param key => "CT-TTg:33:2021"
// :param level => "province"
MATCH (d:Document {eff: $key})
MATCH (s:Implementers {doc: d.key, level: $level})
RETURN d.key AS doc, s.grp AS grp, s.count AS count, s.top AS top
