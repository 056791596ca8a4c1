// Documents by key (their merged view).
// :param keys => ["CT-TTg:33:2021"]
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d {.*} AS document
