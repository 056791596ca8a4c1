// Vote counters of provinces.
// :param keys => ["bac-giang"]
UNWIND $keys AS key
MATCH (p:Province {key: key})
RETURN p.key AS key, p.vk AS vk, p.vc AS vc
