// One document (by resolved key) with its issuing body and how many distinct documents cite it
// (any link: mention or typed relation) or it cites; the partial key resolving to it counts as it.
// :param key => "CT-TTg:33:2021"
MATCH (f:Document {key: $key})
CALL (f) {
  OPTIONAL MATCH (b:Body {key: f.issuer_body})
  RETURN b {.*} AS issuer
}
CALL (f) {
  MATCH (k:Document {eff: f.key})<-[:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]-(o:Document)
  WITH DISTINCT o.eff AS other
  WHERE other <> f.key
  RETURN count(other) AS cited_by
}
CALL (f) {
  MATCH (k:Document {eff: f.key})-[:MENTIONS|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON]->(o:Document)
  WITH DISTINCT o.eff AS other
  WHERE other <> f.key
  RETURN count(other) AS cites
}
RETURN f {.*} AS document, issuer, cited_by, cites
