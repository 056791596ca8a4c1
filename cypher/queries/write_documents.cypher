// Merge cited documents (resolved or not) by canonical key; a document seen before keeps the values
// it has and gains the ones it lacked.
// :param rows => [{key: "CT-TTg:33:2021", props: {id: "ct-ttg-33-2021", number_symbol: "33/CT-TTg", ...}}]
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
ON CREATE SET d += row.props
ON MATCH SET d += row.fill
