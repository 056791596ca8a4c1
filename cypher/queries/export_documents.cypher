// Every visible document (merged view), by key, for exports.
MATCH (d:Document {visible: true})
RETURN d {.*} AS document
ORDER BY d.key
