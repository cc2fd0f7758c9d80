"""Measuring, not testing: `make bench` (bench.py, against the `rasa init` reference bot),
`make bench-cluster` (bench_load.py), `make profile` (profile_servers.py); their statistics in
bench_stats.py."""
