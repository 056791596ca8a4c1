// Dated documents a partial key may stand for (same symbol and scope), with whether any report
// still contributes them.
// :param partials => ["CT-TTg:33:?"]
MATCH (d:Document)
WHERE d.partial IN $partials
RETURN d.key AS key, d.partial AS partial, d:Report AS is_report, d.vc AS vc
