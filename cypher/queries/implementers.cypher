// Reports that implement / report on / respond to a document (per their own relation statements);
// the partial key resolving to the document counts as it. Grouping, ordering and the per-group
// limit are applied by the caller (neo4j_store.implementers), then implementer_evidence.cypher
// fetches the evidence of the reports shown.
// :param key => "CT-TTg:33:2021"
// :param since => null     (ISO date, inclusive; reports without a date are left out when set)
// :param until => null
MATCH (k:Document {eff: $key})<-[e:IMPLEMENTS|REPORTS_ON|RESPONDS_TO]-(r:Report)
WHERE e.report = r.key
  AND ($since IS NULL OR (r.rep_date IS NOT NULL AND r.rep_date >= $since))
  AND ($until IS NULL OR (r.rep_date IS NOT NULL AND r.rep_date <= $until))
RETURN r.key AS key, r.id AS id, r.rep_doc_type AS doc_type, r.rep_number_symbol AS number_symbol,
       r.rep_date AS date, r.rep_title AS title, r.rep_province AS province, r.source AS source,
       r.rep_body AS body, collect(DISTINCT type(e)) AS types
