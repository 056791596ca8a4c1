// Whether a province is known.
// :param id => "an-giang"
MATCH (p:Province {key: $id})
RETURN p.key AS key
