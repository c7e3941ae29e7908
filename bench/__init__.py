"""Benchmarks, run on demand: `python -m bench.<name>`; each prints a table."""
