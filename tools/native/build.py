"""Compile the extractor's hot path with mypyc, in place (`make native`).

The modules listed in `ingest/native.py` (NATIVE_MODULES) are plain, fully typed Python; mypyc turns
them into C extensions that sit beside their sources and are imported instead of them. The output is
byte-identical (tests/test_native.py); the speed-up is about a quarter of the extraction time
(bench/extract.py). A stamp (ingest/_native.json) records the hash of every compiled source, so an
edited source is never shadowed by its stale extension: `ingest/native.py` then falls back to the
sources for all of them (and says so) until the next build. `--clean` removes the extensions.

    python tools/native/build.py [--clean]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
# importing `ingest` for the module list must not warn that the build this replaces is stale
os.environ["LEGALGRAPH_PURE_PYTHON"] = "1"

from ingest import native  # noqa: E402


def clean() -> None:
    for path in native.extension_files(ROOT):
        path.unlink()
    native.STAMP.unlink(missing_ok=True)


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()
    sources = [native.source_path(m, ROOT) for m in native.NATIVE_MODULES]
    paths = [str(p.relative_to(ROOT)) for p in sources]
    setup(
        name="legalgraph-native",
        packages=[],
        ext_modules=mypycify(paths, opt_level="3", group_name=native.GROUP),
        script_args=[
            "-q",
            "build_ext",
            "--inplace",
            "--build-temp",
            "build/native",
            "--build-lib",
            "build/native",
        ],
    )
    native.STAMP.write_text(
        json.dumps({"sources": native.source_hashes(ROOT)}, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clean", action="store_true", help="remove the compiled extensions and the stamp")
    args = parser.parse_args()
    if args.clean:
        clean()
    else:
        build()


if __name__ == "__main__":
    main()
