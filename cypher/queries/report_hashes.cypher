// {source: sha256} of every stored report (idempotent re-ingest skips files already stored).
MATCH (r:Report)
RETURN r.source AS source, r.sha256 AS sha256
ORDER BY source
