// Every node with its label and properties (for exports), ordered by label and key.
MATCH (n)
WHERE n:Document OR n:Body OR n:Province
RETURN CASE WHEN n:Report THEN 'Report' WHEN n:Document THEN 'Document' WHEN n:Body THEN 'Body'
       ELSE 'Province' END AS label, n {.*} AS props
ORDER BY label, props.key
