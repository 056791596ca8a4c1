// Make sure province nodes exist (properties set by save_provinces).
// :param rows => [{key: "bac-giang"}]
UNWIND $rows AS row
MERGE (p:Province {key: row.key})
ON CREATE SET p.id = row.key, p.vk = [], p.vc = []
