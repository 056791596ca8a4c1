"""The files of the embedded store's data directory, and nothing else: the writer's lock, the
snapshot (replaced atomically), the journal (framed, CRC-checked records) and the report packs.
What goes into them, and when a snapshot replaces the journal, is `graph.embedded`'s business (the
layout is described there)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import pickle
import struct
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from graph.store import StoreError, StoreUnavailable, no_gc

STATE_FILE = "graph.pickle"
PACK_DIR = "reports"
_FRAME = struct.Struct("<QI")  # journal record header: payload length, CRC-32 of the payload

Stat = tuple[int, int, int] | None  # (mtime_ns, size, inode) of a file, None when it does not exist


class DataDir:
    """One data directory. Reads need nothing; writes need `lock()` first (one writer process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: IO[str] | None = None

    # ---- the writer's lock -------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._lock is not None

    def lock(self) -> None:
        """Take the writer's lock (flock on `.lock`); a clear StoreError when another process holds it."""
        if self._lock is not None:
            return
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fh = open(self.path / ".lock", "a+")  # noqa: SIM115 - held until unlock()
        except OSError as exc:
            raise StoreUnavailable(f"cannot write to the data directory {self.path}: {exc}") from exc
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise StoreError(
                    f"another process is writing to {self.path} (lock {self.path / '.lock'}); "
                    "wait for it to finish"
                ) from exc
            raise StoreUnavailable(f"cannot lock {self.path}: {exc}") from exc
        self._lock = fh

    def unlock(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    # ---- what changed ------------------------------------------------------------------------
    @property
    def snapshot_path(self) -> Path:
        return self.path / STATE_FILE

    def journal_path(self, gen: int) -> Path:
        return self.path / f"journal-{gen}.log"

    def stat(self, path: Path) -> Stat:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreUnavailable(f"cannot read the data directory {self.path}: {exc}") from exc
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def stamp(self, gen: int) -> tuple[Stat, Stat]:
        """(snapshot stat, stat of the journal of generation `gen`): changes when a writer commits."""
        return self.stat(self.snapshot_path), self.stat(self.journal_path(gen))

    # ---- snapshot ----------------------------------------------------------------------------
    def read_snapshot(self) -> Any:
        try:
            with open(self.snapshot_path, "rb") as fh, no_gc():
                return pickle.load(fh)
        except Exception as exc:  # unreadable, corrupt or written by an incompatible version
            raise StoreUnavailable(
                f"cannot load {self.snapshot_path} ({type(exc).__name__}: {exc}); if it was written by "
                "another legalgraph version, remove the directory and ingest again"
            ) from exc

    def write_snapshot(self, state: Any, gen: int) -> None:
        """Replace the snapshot atomically (temp file, fsync, rename: a crash leaves the previous
        one), then delete every journal but generation `gen`'s, which continues it."""
        fd, tmp = tempfile.mkstemp(prefix=".graph.", suffix=".tmp", dir=self.path)
        try:
            with os.fdopen(fd, "wb") as fh, no_gc():
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.snapshot_path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self._fsync_dir()
        keep = self.journal_path(gen).name
        for old in self.path.glob("journal-*.log"):
            if old.name != keep:
                with contextlib.suppress(OSError):
                    old.unlink()

    # ---- journal -----------------------------------------------------------------------------
    def read_journal(self, gen: int, pos: int) -> Iterator[tuple[int, Any]]:
        """(end offset, record) for each record of generation `gen`'s journal from offset `pos`,
        stopping at the end or at a torn/corrupt record (the tail of a crashed append)."""
        try:
            with open(self.journal_path(gen), "rb") as fh:
                fh.seek(pos)
                buf = fh.read()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreUnavailable(f"cannot read {self.journal_path(gen)}: {exc}") from exc
        at = 0
        while at + _FRAME.size <= len(buf):
            length, crc = _FRAME.unpack_from(buf, at)
            data = buf[at + _FRAME.size : at + _FRAME.size + length]
            if len(data) < length or zlib.crc32(data) != crc:
                return
            try:
                record = pickle.loads(data)
            except Exception:
                return
            at += _FRAME.size + length
            yield pos + at, record

    def append_journal(self, gen: int, pos: int, record: Any) -> int:
        """Append one record at `pos` (the end of the last valid record: a torn tail after it is cut
        off), fsync'ed; returns the new end."""
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        path = self.journal_path(gen)
        new = not path.exists()
        with open(path, "ab") as fh:
            if fh.tell() != pos:
                fh.truncate(pos)
            fh.write(_FRAME.pack(len(data), zlib.crc32(data)))
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            end = fh.tell()
        if new:
            self._fsync_dir()
        return end

    def _fsync_dir(self) -> None:
        with contextlib.suppress(OSError):
            dfd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)

    # ---- report packs ------------------------------------------------------------------------
    def write_pack(self, blobs: list[bytes]) -> tuple[str, list[tuple[int, int]]]:
        """Write blobs into one new pack file, fsync'ed and renamed into place before the state that
        points into it is committed; returns its name and each blob's (offset, length)."""
        packs = self.path / PACK_DIR
        packs.mkdir(parents=True, exist_ok=True)
        name = f"p{time.time_ns():x}-{os.getpid()}.pack"
        locs = []
        offset = 0
        tmp = packs / f".{name}.tmp"
        with open(tmp, "wb") as fh:
            for blob in blobs:
                fh.write(blob)
                locs.append((offset, len(blob)))
                offset += len(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, packs / name)
        return name, locs

    def read_pack(self, name: str, offset: int, length: int) -> bytes | None:
        """One blob of a pack; None when the pack is gone (its report was removed meanwhile)."""
        try:
            with open(self.path / PACK_DIR / name, "rb") as fh:
                fh.seek(offset)
                return fh.read(length)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreUnavailable(f"cannot read {self.path / PACK_DIR / name}: {exc}") from exc

    def delete_pack(self, name: str) -> None:
        with contextlib.suppress(OSError):
            (self.path / PACK_DIR / name).unlink()
