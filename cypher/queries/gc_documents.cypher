// Delete documents no report contributes any more, that are not ingested and that nothing links.
// :param keys => ["CT-TTg:33:2021"]
UNWIND $keys AS key
MATCH (d:Document {key: key})
WHERE NOT d:Report AND size(d.vk) = 0
  AND NOT EXISTS { (d)-[:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]-() }
DETACH DELETE d
RETURN count(*) AS deleted
