"""Reproducible benchmarks: each ``bench_*.py`` module makes its own data and measures."""
