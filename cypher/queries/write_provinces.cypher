// Merge provinces by key (as named at the time; `successor` is the post-1 July 2025 unit's key).
// :param rows => [{key: "bac-giang", props: {id: "bac-giang", name: "Bắc Giang", era: "pre-2025", successor: "bac-ninh"}}]
UNWIND $rows AS row
MERGE (p:Province {key: row.key})
ON CREATE SET p += row.props
