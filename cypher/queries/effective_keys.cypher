// The resolved key of each given key (a partial key → the dated document it stands for).
// :param keys => ["CT-TTg:33:?"]
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN key, d.eff AS eff
