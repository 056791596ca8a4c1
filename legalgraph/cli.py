"""The `legalgraph` command: one subcommand module per layer (extract, graph, serve)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from legalgraph import __version__

# Each module exposes `register(subparsers)`; a subcommand sets `func(args) -> int` as default.
SUBCOMMAND_MODULES = ("legalgraph.commands.extract", "legalgraph.commands.graph", "legalgraph.commands.serve")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="legalgraph",
        description="Who implements which Vietnamese legal and administrative documents.",
    )
    parser.add_argument("--version", action="version", version=f"legalgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a layer not built yet
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of the output went away ("legalgraph query … | head"): stop quietly, as other tools
        # do; stdout goes to /dev/null so that the flush at exit does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
