// Make sure document nodes exist (their properties are set by save_documents).
// :param rows => [{key: "CT-TTg:33:2021", id: "ct-ttg-33-2021", partial: "CT-TTg:33:?", sym1: "ct-ttg:33", sym2: "ct-ttg:33:2021"}]
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
ON CREATE SET d.id = row.id, d.partial = row.partial, d.sym1 = row.sym1, d.sym2 = row.sym2,
              d.eff = row.key, d.vk = [], d.vc = []
