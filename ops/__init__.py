"""Serving: what `make run` and `make run-cluster` start, and the Python that starts the servers
for the tests, the bench and the evaluation (servers.py)."""
