"""The benchmark's statistics on fixed inputs (the benchmark itself is not a test)."""
import math

from scripts.bench_load import percentile


def test_percentiles_interpolate_between_ranks():
    values = [10, 20, 30, 40, 50]
    assert percentile(values, 50) == 30
    assert percentile(values, 0) == 10 and percentile(values, 100) == 50
    assert percentile(values, 95) == 48          # 40 + 0.8 * (50 - 40)
    assert percentile([5, 1, 3], 50) == 3        # order does not matter
    assert percentile([7], 99) == 7
    assert math.isnan(percentile([], 50))
