"""Property-based run over the OpenAPI schema: no 500s and every response matches the schema."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from api.app import create_app
from tests.test_api_support import MemoryStore, make_settings, sample_contributions


def _app():
    store = MemoryStore()
    store.write_many(sample_contributions())
    return create_app(make_settings(), store=store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms(case):
    case.call_and_validate()
