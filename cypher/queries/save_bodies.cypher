// Store vote counters and merged view of bodies; a body nothing contributes any more is deleted.
// :param rows => [{key: "thu-tuong-chinh-phu", keep: true, props: {vk: [], vc: [], name: "Thủ tướng Chính phủ"}}]
UNWIND $rows AS row
MATCH (b:Body {key: row.key})
SET b += row.props
WITH b, row
WHERE NOT row.keep
DETACH DELETE b
