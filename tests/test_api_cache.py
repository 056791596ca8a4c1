"""The answer cache: hits within the time limit, rebuilds after it, bounded in bytes, cleared on demand."""

from __future__ import annotations

import time

from api.cache import AnswerCache


def test_hit_expiry_bound_and_clear():
    calls = []

    def build(tag: str, size: int = 10):
        def make() -> bytes:
            calls.append(tag)
            return tag.encode() * size

        return make

    cache = AnswerCache(ttl=0.2, max_bytes=100)
    assert cache.get_or_build("a", build("a")) == b"a" * 10
    assert cache.get_or_build("a", build("a")) == b"a" * 10 and calls == ["a"]
    time.sleep(0.25)
    cache.get_or_build("a", build("a"))
    assert calls == ["a", "a"]
    for tag in "bcdefghijk":  # 10 more entries of 10 bytes: the oldest go first
        cache.get_or_build(tag, build(tag))
    cache.get_or_build("a", build("a"))
    assert calls[-1] == "a" and calls.count("a") == 3
    cache.get_or_build("k", build("k"))
    assert calls.count("k") == 1
    assert cache.get_or_build("big", build("big", 100)) == b"big" * 100  # too big to keep
    cache.get_or_build("big", build("big", 100))
    assert calls.count("big") == 2
    cache.clear()
    cache.get_or_build("k", build("k"))
    assert calls.count("k") == 2
