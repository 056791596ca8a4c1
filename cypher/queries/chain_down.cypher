// One hop down (what cites the documents), per resolved neighbour with the link types.
// :param keys => ["CT-TTg:33:2021"]
UNWIND $keys AS key
MATCH (k:Document {eff: key})<-[e:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]-(o:Document)
WITH key, o.eff AS other, collect(DISTINCT CASE type(e) WHEN 'MENTIONS' THEN 'CITES' ELSE type(e) END) AS types
WHERE other <> key
RETURN key, other, types
