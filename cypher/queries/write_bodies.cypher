// Merge bodies (issuers, recipients) by key.
// :param rows => [{key: "thu-tuong-chinh-phu", props: {id: "thu-tuong-chinh-phu", name: "Thủ tướng Chính phủ"}}]
UNWIND $rows AS row
MERGE (b:Body {key: row.key})
ON CREATE SET b += row.props
