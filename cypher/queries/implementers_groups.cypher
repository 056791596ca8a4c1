// Implementer aggregates of every stored key that stands for the document (itself and a partial
// key resolving to it), for one level.
// :param key => "CT-TTg:33:2021"
// :param level => "province"
MATCH (d:Document {eff: $key})
MATCH (s:Implementers {key: $level + '|' + d.key})
RETURN d.key AS doc, s.groups AS groups, s.counts AS counts, s.top AS top
