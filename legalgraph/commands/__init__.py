"""Subcommands of the `legalgraph` CLI, one module per layer."""
