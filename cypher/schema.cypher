// legalgraph schema for Neo4j 5 (Community edition: uniqueness constraints, range/text/full-text
// indexes only). Idempotent: every statement uses IF NOT EXISTS. Neo4jStore runs each statement in
// its own transaction at start, then CALL db.awaitIndexes(). Statements end with ";".
//
// Model: (:Document) every cited or ingested document (ingested reports also :Report, unresolved
// references resolved=false); (:Body) issuing/receiving bodies; (:Province) units as named;
// (:ReportText) the NFC text of a report (kept off the Report node so reads stay small).
// Relationships written for a report carry `report` (the report key) so the report's whole
// contribution can be found and taken out again.

// ---- identities ---------------------------------------------------------------------------------
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (b:Body) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (b:Body) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT province_key IF NOT EXISTS FOR (p:Province) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (p:Province) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT report_text_key IF NOT EXISTS FOR (t:ReportText) REQUIRE t.report IS UNIQUE;

// ---- lookups ------------------------------------------------------------------------------------
CREATE INDEX report_source IF NOT EXISTS FOR (r:Report) ON (r.source);
CREATE INDEX report_sha256 IF NOT EXISTS FOR (r:Report) ON (r.sha256);
CREATE INDEX document_symbol IF NOT EXISTS FOR (d:Document) ON (d.symbol_lc);
CREATE INDEX document_type IF NOT EXISTS FOR (d:Document) ON (d.doc_type);
CREATE INDEX document_year IF NOT EXISTS FOR (d:Document) ON (d.year);
CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province);
CREATE INDEX document_partial IF NOT EXISTS FOR (d:Document) ON (d.partial);
CREATE INDEX document_issuer IF NOT EXISTS FOR (d:Document) ON (d.issuer);
CREATE TEXT INDEX document_search_text IF NOT EXISTS FOR (d:Document) ON (d.search);

// ---- contribution owners on relationships (remove/replace a report in one pass) ---------------------
CREATE INDEX mentions_report IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.report);
CREATE INDEX implements_report IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.report);
CREATE INDEX reports_on_report IF NOT EXISTS FOR ()-[r:REPORTS_ON]-() ON (r.report);
CREATE INDEX responds_to_report IF NOT EXISTS FOR ()-[r:RESPONDS_TO]-() ON (r.report);
CREATE INDEX guides_report IF NOT EXISTS FOR ()-[r:GUIDES]-() ON (r.report);
CREATE INDEX amends_report IF NOT EXISTS FOR ()-[r:AMENDS]-() ON (r.report);
CREATE INDEX replaces_report IF NOT EXISTS FOR ()-[r:REPLACES]-() ON (r.report);
CREATE INDEX based_on_report IF NOT EXISTS FOR ()-[r:BASED_ON]-() ON (r.report);
CREATE INDEX issued_by_report IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.report);
CREATE INDEX located_in_report IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.report);
CREATE INDEX sent_to_report IF NOT EXISTS FOR ()-[r:SENT_TO]-() ON (r.report);

// ---- search without diacritics ----------------------------------------------------------------------
// `search` holds number_symbol, title and name folded in Python (lower case, no diacritics, đ→d);
// the standard-folding analyzer folds the query side the same way.
CREATE FULLTEXT INDEX document_fulltext IF NOT EXISTS
FOR (d:Document) ON EACH [d.search, d.number_symbol, d.title, d.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
