"""The HTTP API: who implements what, with evidence.

app.py       create_app(settings, store): settings, store, routes, error handlers, middleware
deps.py      injected dependencies (settings, the store, API-key checks)
routes/      one thin module per resource (documents, reports, provinces, resolve, health, ...);
             /resolve asks graph.lookup, as the CLI's queries do
schemas.py   response models (the OpenAPI contract)
problems.py  RFC 9457 problem+json errors
upload.py    size-limited upload → extraction → store write
render.py    report text as HTML with linked references
shape.py     store dicts → response shapes
"""
