"""Settings of legalgraph (CLI and API), from the environment or a `.env` file.

Variables: LEGALGRAPH_STORE (embedded|neo4j), LEGALGRAPH_DATA_DIR, LEGALGRAPH_API_KEY,
LEGALGRAPH_READ_API_KEY_REQUIRED, LEGALGRAPH_MAX_UPLOAD_MB, LEGALGRAPH_CORS_ORIGINS; the Neo4j
connection is read as NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("var/legalgraph")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEGALGRAPH_", env_file=".env", extra="ignore")

    store: Literal["embedded", "neo4j"] = "embedded"
    data_dir: Path = DEFAULT_DATA_DIR
    neo4j_uri: str = Field("bolt://localhost:7687", validation_alias=AliasChoices("NEO4J_URI", "neo4j_uri"))
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER", "neo4j_user"))
    neo4j_password: SecretStr | None = Field(
        None, validation_alias=AliasChoices("NEO4J_PASSWORD", "neo4j_password")
    )
    neo4j_database: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "neo4j_database"))
    api_key: SecretStr | None = None  # required for writes through the API; none → writes disabled
    read_api_key_required: bool = False
    max_upload_mb: int = 20
    cors_origins: list[str] = Field(default_factory=list)
