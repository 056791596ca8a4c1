// One hop up (what the documents cite), per resolved neighbour with the link types; chain() walks
// these hops breadth-first.
// :param keys => ["BC-UBND:529:2024:an-giang"]
UNWIND $keys AS key
MATCH (k:Document {eff: key})-[e:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->(o:Document)
WITH key, o.eff AS other, collect(DISTINCT CASE type(e) WHEN 'MENTIONS' THEN 'CITES' ELSE type(e) END) AS types
WHERE other <> key
RETURN key, other, types
