"""graph: canonical identities, what each report contributes, and the stores that hold the graph.

Flow: `graph.identity` (keys) → `graph.build.contribution(result)` (one report's Contribution) →
`Store.write` (`graph.embedded.EmbeddedStore` or `graph.neo4j_store.Neo4jStore`, whose write
transaction is `graph.neo4j_write.WriteBatch`; opened with
`graph.open.open_store`) → reads; `graph.resolve` attaches undated mentions corpus-wide at read
time; `graph.lookup` finds the stored document(s) a free-text reference or id means (for the
CLI's queries and `GET /resolve`); `graph.export` writes GraphML / neo4j-admin CSV / Cypher from
any store.

Model
-----
Nodes
  Document   every cited or ingested document, keyed by its canonical key (graph.identity), with an
             URL-safe `id`; ingested reports also carry the label Report (is_report=true);
             references that cannot be pinned to one document are Document{resolved: false}
             (partial keys "CT-TTg:33:?", "unresolved:…", named laws without a year) — never
             dropped, never merged into a guess.
  Body       issuing / reporting / receiving bodies ("thu-tuong-chinh-phu", "uy-ban-nhan-dan:an-giang").
  Province   the unit as named in the report (one of the 63 before 1 July 2025, or of the 34 after),
             with `era` and `successor` (ingest/data/provinces.json).
Relationships (direction: the source acts on the target)
  MENTIONS      report → document, one per cited pair, carrying the evidence list: one record per
                mention (sentence, offsets, surface text, relation cue, kind, pinpoint,
                extractor version). Evidence lives on the edge rather than in Mention nodes: a
                mention is only ever read together with its report and target, and an edge list
                keeps the graph (and the embedded store's memory) proportional to what is cited.
  CITES         report → document with `count` (= number of mentions): MENTIONS aggregated.
  IMPLEMENTS, REPORTS_ON, RESPONDS_TO, GUIDES, AMENDS, REPLACES, BASED_ON
                typed links with `count` (= number of reports stating them): report -IMPLEMENTS->
                directive, report -RESPONDS_TO-> the letter asking for it, circular -GUIDES-> decree
                ("Thông tư 01/2016/TT-BNV hướng dẫn Nghị định 04/2015/NĐ-CP").
  ISSUED_BY     document → body;  LOCATED_IN body → province;  SENT_TO report → recipient body;
  SUCCEEDED_BY  old province → the post-2025 province it became part of.
Removing a report removes exactly its contribution: counts go down, and documents no longer cited
by any report (and not ingested themselves) disappear.
"""
