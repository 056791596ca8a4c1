"""A small time-bounded cache of serialised answers (popular documents are asked about repeatedly).

Entries live `ttl` seconds, the whole cache holds at most `max_bytes`, and every write through the
API clears it; a write by another process (e.g. `legalgraph ingest` on the same embedded store)
shows after at most `ttl` seconds.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable


class AnswerCache:
    def __init__(self, ttl: float = 10.0, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.ttl = ttl
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, tuple[float, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get_or_build(self, key: Hashable, build: Callable[[], bytes]) -> bytes:
        now = time.monotonic()
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] > now:
                return hit[1]
        body = build()  # outside the lock: a slow answer must not hold up the others
        if self.ttl <= 0 or len(body) > self.max_bytes // 4:
            return body
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1])
            self._entries[key] = (now + self.ttl, body)
            self._bytes += len(body)
            while self._bytes > self.max_bytes and self._entries:
                _, (_, evicted) = self._entries.popitem(last=False)
                self._bytes -= len(evicted)
        return body

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
