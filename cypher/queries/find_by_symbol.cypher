// Every document whose canonical number_symbol equals the argument, case-insensitively.
// :param symbol => "33/ct-ttg"   (lower-cased by the caller)
MATCH (d:Document {symbol_lc: $symbol})
RETURN d {.*} AS document
ORDER BY d.id
