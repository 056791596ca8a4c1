// Bodies by key (merged view).
// :param keys => ["thu-tuong-chinh-phu"]
UNWIND $keys AS key
MATCH (b:Body {key: key})
RETURN b {.*} AS body
