// Vote counters of provinces and the view last written.
// :param keys => ["bac-giang"]
UNWIND $keys AS key
MATCH (p:Province {key: key})
RETURN p.key AS key, p.vk AS vk, p.vc AS vc, p {.id, .name, .era, .successor} AS view
