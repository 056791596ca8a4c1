// Store vote counters and the merged view of documents (computed in Python, see graph.neo4j_write._doc_view).
// :param rows => [{key: "CT-TTg:33:2021", props: {vk: [], vc: [], title: "…", eff: "CT-TTg:33:2021", visible: true}}]
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d += row.props
