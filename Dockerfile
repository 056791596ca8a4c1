# legalgraph API image: `docker build -t legalgraph .` then
#   docker run -p 8000:8000 -v legalgraph-data:/data -e LEGALGRAPH_API_KEY=... legalgraph
# (embedded store in /data), or see docker-compose.yml for the API over Neo4j.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Only what the package needs: no virtualenv, caches, tests or data from the build context.
COPY pyproject.toml README.md ./
COPY legalgraph ./legalgraph
COPY ingest ./ingest
COPY graph ./graph
COPY cypher ./cypher
COPY api ./api
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /data legalgraph \
    && mkdir -p /data && chown legalgraph /data

USER legalgraph
ENV LEGALGRAPH_STORE=embedded \
    LEGALGRAPH_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=4 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"]

CMD ["legalgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
