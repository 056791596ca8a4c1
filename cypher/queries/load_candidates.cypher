// Per partial key, the dated documents it may stand for (same symbol and scope) that some report
// still contributes (as a cited document or as itself): the stored side of the alias index.
// :param partials => ["CT-TTg:33:?"]
MATCH (d:Document)
WHERE d.partial IN $partials AND (d:Report OR size(d.vk) > 0)
RETURN d.partial AS partial, collect(d.key) AS keys
