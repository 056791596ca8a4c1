// Make sure body nodes exist (properties set by save_bodies).
// :param rows => [{key: "thu-tuong-chinh-phu", id: "thu-tuong-chinh-phu"}]
UNWIND $rows AS row
MERGE (b:Body {key: row.key})
ON CREATE SET b.id = row.id, b.vk = [], b.vc = []
