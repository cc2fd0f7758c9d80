"""What the tests and the benchmarks share: the scripted conversations of tests/conversations/,
loaded and played against the REST channel (scripted.py). Neither tests/ nor bench/ is imported
from here, and tools never import tests/."""
