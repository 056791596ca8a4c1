"""Dependencies injected into routes: settings, the store, API-key checks."""

from __future__ import annotations

import hmac
import logging
import threading
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from api.problems import Problem
from graph.store import Store, StoreError, StoreUnavailable

log = logging.getLogger("legalgraph.api")

API_KEY_HEADER = "X-API-Key"
STORE_OPTIONS = ("data_dir", "neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database")
api_key_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False, scheme_name="ApiKey")


def load_settings() -> Any:
    """The pydantic-settings object (environment / config file)."""
    from legalgraph.config import Settings

    return Settings()


def setting(settings: Any, name: str, default: Any = None) -> Any:
    """A setting's plain value (secrets unwrapped); tolerant of settings objects lacking the field."""
    value = getattr(settings, name, default)
    if hasattr(value, "get_secret_value"):
        value = value.get_secret_value()
    return default if value is None else value


def open_configured_store(settings: Any) -> Store:
    """Open the store the settings name (`embedded` or `neo4j`)."""
    from graph.open import open_store

    kind = setting(settings, "store", "embedded")
    options = {name: setting(settings, name) for name in STORE_OPTIONS}
    try:
        return open_store(kind, **{k: v for k, v in options.items() if v is not None})
    except StoreError:
        raise
    except Exception as exc:  # a driver/OS error while connecting: the store is not there
        raise StoreUnavailable(f"cannot open the {kind} store: {type(exc).__name__}: {exc}") from exc


class StoreHolder:
    """Holds the app's store; opens it lazily (and again after a failure) so the API starts even
    while its database is still coming up, answering 503 until it is reachable."""

    def __init__(self, settings: Any, store: Store | None = None) -> None:
        self.settings = settings
        self._store = store
        self._owned = store is None
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                self._store = open_configured_store(self.settings)
            return self._store

    def close(self) -> None:
        if self._owned and self._store is not None:
            try:
                self._store.close()
            except Exception:  # closing must not mask shutdown
                log.exception("closing the store failed")
            self._store = None


def get_settings(request: Request) -> Any:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    holder: StoreHolder = request.app.state.store_holder
    return holder.get()


def _check_key(given: str | None, expected: str) -> None:
    if not given:
        raise Problem(
            401,
            f"This endpoint needs the {API_KEY_HEADER} header.",
            headers={"WWW-Authenticate": API_KEY_HEADER},
        )
    # header values arrive as latin-1 text of the raw bytes; the configured key is compared as UTF-8
    if not hmac.compare_digest(given.encode("latin-1", "replace"), expected.encode("utf-8")):
        raise Problem(
            401,
            f"The {API_KEY_HEADER} header does not hold a valid key.",
            headers={"WWW-Authenticate": API_KEY_HEADER},
        )


def require_write_key(request: Request, key: Annotated[str | None, Security(api_key_header)] = None) -> None:
    expected = setting(request.app.state.settings, "api_key", "")
    if not expected:
        raise Problem(
            403, "Writes are disabled: no API key is configured on this server.", type_="writes-disabled"
        )
    _check_key(key, expected)


def require_read_key(request: Request, key: Annotated[str | None, Security(api_key_header)] = None) -> None:
    settings = request.app.state.settings
    if not setting(settings, "read_api_key_required", False):
        return
    expected = setting(settings, "api_key", "")
    if not expected:
        raise Problem(
            403, "Reads require an API key but none is configured on this server.", type_="reads-disabled"
        )
    _check_key(key, expected)


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Any, Depends(get_settings)]
