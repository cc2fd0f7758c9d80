"""The benchmarks' statistics and table on fixed inputs (the benchmarks are not tests)."""

import math

import pytest

from bench.bench_stats import Row, Target, format_table, percentile, ratio, summary


def test_percentiles_interpolate_between_ranks():
    values = [10, 20, 30, 40, 50]
    assert percentile(values, 50) == 30
    assert percentile(values, 0) == 10 and percentile(values, 100) == 50
    assert percentile(values, 95) == 48  # 40 + 0.8 * (50 - 40)
    assert percentile([5, 1, 3], 50) == 3  # order does not matter
    assert percentile([7], 99) == 7
    assert math.isnan(percentile([], 50))


def test_summary_is_in_milliseconds():
    # seconds 0.1 .. 0.5: ranks 0..4; p95 at rank 3.8, p99 at rank 3.96
    result = summary([0.5, 0.1, 0.4, 0.2, 0.3])
    assert result == pytest.approx(
        {"p50_ms": 300, "p95_ms": 480, "p99_ms": 496, "mean_ms": 300, "max_ms": 500}
    )


def test_summary_of_nothing_is_nan():
    assert all(math.isnan(value) for value in summary([]).values())


def test_ratio_handles_zero_and_nan():
    assert ratio(30, 120) == 0.25
    assert ratio(0, 5) == 0
    assert math.isnan(ratio(0, 0))  # e.g. no errors on either side
    assert ratio(3, 0) == math.inf
    assert math.isnan(ratio(float("nan"), 2)) and math.isnan(ratio(2, float("nan")))


def test_targets_bound_the_ratio_or_our_own_figure():
    at_most_reference = Target(1.0)
    assert at_most_reference.holds(100, 100) is True
    assert at_most_reference.holds(101, 100) is False
    assert at_most_reference.holds(0, 0) is None
    at_least_reference = Target(1.0, at_most=False)
    assert at_least_reference.holds(9, 10) is False and at_least_reference.holds(11, 10) is True
    our_training = Target(90, relative=False)
    assert our_training.holds(89.9, float("nan")) is True and our_training.holds(91, 1) is False
    assert str(at_most_reference) == "ours/ref <= 1x"
    assert str(at_least_reference) == "ours/ref >= 1x"
    assert str(our_training) == "ours <= 90"


def test_table_has_one_aligned_line_per_metric():
    table = format_table(
        [
            Row("sequential p50 (ms)", 120, 100, target=Target(1.0)),
            Row("model .tar.gz (MiB)", 0.5, float("nan"), "{:.2f}", Target(25, relative=False)),
            Row("errors", 0, 0),
        ]
    )
    lines = table.splitlines()
    assert len(lines) == 5  # header, rule, three rows
    assert len({len(line) for line in lines}) == 1
    cells = [[cell.strip() for cell in line.split("|")] for line in lines]
    assert cells[0] == ["metric", "ours", "reference", "ours/ref", "target", "met"]
    assert cells[2] == ["sequential p50 (ms)", "120", "100", "1.20x", "ours/ref <= 1x", "NO"]
    assert cells[3] == ["model .tar.gz (MiB)", "0.50", "-", "-", "ours <= 25", "yes"]
    assert cells[4] == ["errors", "0", "0", "-", "", ""]
    right_aligned = lines[0].index("ours |") + len("ours") == lines[2].index("120 |") + len("120")
    assert right_aligned
