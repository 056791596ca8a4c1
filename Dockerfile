# legalgraph API image: `docker build -t legalgraph .` then
#   docker run -p 8000:8000 -v legalgraph-data:/data -e LEGALGRAPH_API_KEY=... legalgraph
# (embedded store in /data), or see docker-compose.yml for the API over Neo4j.
#
# Two stages: the first installs the package (editable, so the sources stay in /app) and compiles the
# extractor's hot path with mypyc beside them (`make native`: about a quarter faster than the sources);
# the second takes the virtualenv and /app without the compiler.
FROM python:3.11-slim AS build

ENV PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# Only what the package needs: no virtualenv, caches, tests or data from the build context.
COPY pyproject.toml README.md ./
COPY legalgraph ./legalgraph
COPY ingest ./ingest
COPY graph ./graph
COPY cypher ./cypher
COPY api ./api
COPY tools/native ./tools/native
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install -e . "mypy>=1.10" setuptools \
    && /opt/venv/bin/python tools/native/build.py \
    && /opt/venv/bin/python -c "from ingest import native; assert native.compiled(), 'mypyc build missing'" \
    && /opt/venv/bin/pip uninstall -y mypy \
    && rm -rf build tools

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /data legalgraph \
    && mkdir -p /data && chown legalgraph /data

USER legalgraph
ENV LEGALGRAPH_STORE=embedded \
    LEGALGRAPH_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=4 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"]

CMD ["legalgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
