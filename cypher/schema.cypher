// legalgraph schema for Neo4j 5 (Community edition: uniqueness constraints, range/text/full-text
// indexes only). Idempotent: every statement uses IF NOT EXISTS. Neo4jStore runs each statement in
// its own transaction at start, then CALL db.awaitIndexes(). Statements end with ";".
//
// Model: (:Document) every cited or ingested document (ingested reports also :Report, unresolved
// references resolved=false); (:Body) issuing/receiving bodies; (:Province) units as named;
// (:ReportText) the NFC text of a report (kept off the Report node so reads stay small).
// MENTIONS and typed relations carry `report` (the stating report's key); ISSUED_BY and LOCATED_IN
// are shared and carry `count` (how many reports state them).

// ---- identities ---------------------------------------------------------------------------------
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (b:Body) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT province_key IF NOT EXISTS FOR (p:Province) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT report_text_key IF NOT EXISTS FOR (t:ReportText) REQUIRE t.report IS UNIQUE;

// ---- lookups ------------------------------------------------------------------------------------
// ids are slugs of keys: unique in practice, but two keys could slug alike, so not constrained.
CREATE INDEX document_id IF NOT EXISTS FOR (d:Document) ON (d.id);
CREATE INDEX body_id IF NOT EXISTS FOR (b:Body) ON (b.id);
CREATE INDEX report_source IF NOT EXISTS FOR (r:Report) ON (r.source);
CREATE INDEX report_sha256 IF NOT EXISTS FOR (r:Report) ON (r.sha256);
CREATE INDEX report_id IF NOT EXISTS FOR (r:Report) ON (r.id);
CREATE INDEX report_province IF NOT EXISTS FOR (r:Report) ON (r.rep_province);
// groups of reports in id order: refilling an implementer aggregate's list (implementers_refill_*)
CREATE INDEX report_province_id IF NOT EXISTS FOR (r:Report) ON (r.rep_province, r.id);
CREATE INDEX report_body_id IF NOT EXISTS FOR (r:Report) ON (r.rep_body, r.id);
// `eff`: the key a document stands for (itself, or for a resolvable partial key the dated document);
// `partial`: the partial key ("CT-TTg:33:?") a dated document may be meant by.
CREATE INDEX document_eff IF NOT EXISTS FOR (d:Document) ON (d.eff);
CREATE INDEX document_partial IF NOT EXISTS FOR (d:Document) ON (d.partial);
CREATE INDEX document_sym1 IF NOT EXISTS FOR (d:Document) ON (d.sym1);
CREATE INDEX document_sym2 IF NOT EXISTS FOR (d:Document) ON (d.sym2);
CREATE INDEX document_visible IF NOT EXISTS FOR (d:Document) ON (d.visible);
CREATE INDEX province_successor IF NOT EXISTS FOR (p:Province) ON (p.successor);
CREATE TEXT INDEX document_search_text IF NOT EXISTS FOR (d:Document) ON (d.search);

// ---- search without diacritics ----------------------------------------------------------------------
// `search` holds number_symbol, title, name and key folded in Python (graph.identity.fold: lower
// case, no diacritics, đ→d); the standard-folding analyzer folds the query side the same way.
CREATE FULLTEXT INDEX document_fulltext IF NOT EXISTS
FOR (d:Document) ON EACH [d.search]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// ---- derived, for fast reads ----------------------------------------------------------------------
// (:Implementers) per document, level and group: report count and the first reports by id (see
// queries/load_implementers.cypher); (:LegalgraphMeta) records their version.
CREATE CONSTRAINT implementers_key IF NOT EXISTS FOR (s:Implementers) REQUIRE s.key IS UNIQUE;
CREATE INDEX implementers_doc IF NOT EXISTS FOR (s:Implementers) ON (s.doc, s.level);
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:LegalgraphMeta) REQUIRE m.key IS UNIQUE;
