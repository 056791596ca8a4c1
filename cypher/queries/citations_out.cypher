// Links out of a document (and the partial key resolving to it) per resolved target and type.
// :param key => "BC-UBND:529:2024:an-giang"
MATCH (k:Document {eff: $key})-[e:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->(o:Document)
WITH o.eff AS other, CASE type(e) WHEN 'MENTIONS' THEN 'CITES' ELSE type(e) END AS relation, e
WHERE other <> $key
RETURN other, relation, count(e) AS count
