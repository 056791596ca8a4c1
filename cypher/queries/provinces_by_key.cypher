// Provinces by key (merged view).
// :param keys => ["an-giang"]
UNWIND $keys AS key
MATCH (p:Province {key: key})
RETURN collect(p {.*}) AS provinces
