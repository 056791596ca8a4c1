// Documents whose number/symbol lookup form equals the argument's ("33/CT-TTg" → "ct-ttg:33",
// "04/2015/NĐ-CP" → "nd-cp:4:2015"; computed by graph.embedded.symbol_index_key), resolved, by id.
// :param symbol => "ct-ttg:33"
CALL () {
  MATCH (d:Document {sym1: $symbol}) RETURN d.eff AS key
  UNION
  MATCH (d:Document {sym2: $symbol}) RETURN d.eff AS key
}
MATCH (f:Document {key: key})
RETURN f {.*} AS document
ORDER BY f.id
