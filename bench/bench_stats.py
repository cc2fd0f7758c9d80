"""The benchmarks' statistics and table, as pure functions (tested on fixed inputs in
tests/test_bench_statistics.py; used by bench/bench.py and bench/bench_load.py)."""

import math
from typing import Dict, List, NamedTuple, Optional, Sequence

HEADER = ("metric", "ours", "reference", "ours/ref", "target", "met")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * q / 100
    low, high = int(rank), min(int(rank) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(latencies: Sequence[float]) -> Dict[str, float]:
    """p50, p95, p99, mean and max of latencies in seconds, in milliseconds (NaN when empty)."""
    ms = [seconds * 1000 for seconds in latencies]
    return {
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "mean_ms": sum(ms) / len(ms) if ms else float("nan"),
        "max_ms": max(ms, default=float("nan")),
    }


def ratio(ours: float, reference: float) -> float:
    """ours / reference: NaN when either is NaN or both are zero (nothing to compare, e.g. no
    errors on either side), infinity when only the reference is zero."""
    if math.isnan(ours) or math.isnan(reference):
        return float("nan")
    if reference == 0:
        return float("nan") if ours == 0 else math.inf
    return ours / reference


class Target(NamedTuple):
    """A bound on ours/reference (`relative`) or on our own figure."""

    bound: float
    at_most: bool = True
    relative: bool = True

    def holds(self, ours: float, reference: float) -> Optional[bool]:
        """None when the figure it bounds is not known."""
        value = ratio(ours, reference) if self.relative else ours
        if math.isnan(value):
            return None
        return value <= self.bound if self.at_most else value >= self.bound

    def __str__(self) -> str:
        subject, unit = ("ours/ref", "x") if self.relative else ("ours", "")
        return f"{subject} {'<=' if self.at_most else '>='} {self.bound:g}{unit}"


class Row(NamedTuple):
    metric: str
    ours: float
    reference: float  # NaN where the reference has no such figure
    fmt: str = "{:.0f}"
    target: Optional[Target] = None


def _number(fmt: str, value: float) -> str:
    return "-" if math.isnan(value) else fmt.format(value)


def _cells(row: Row) -> List[str]:
    relative = ratio(row.ours, row.reference)
    met = row.target.holds(row.ours, row.reference) if row.target else None
    return [
        row.metric,
        _number(row.fmt, row.ours),
        _number(row.fmt, row.reference),
        "-" if math.isnan(relative) else f"{relative:.2f}x",
        str(row.target) if row.target else "",
        "" if row.target is None else {True: "yes", False: "NO", None: "n/a"}[met],
    ]


def format_table(rows: Sequence[Row]) -> str:
    """A plain-text table (HEADER's columns), numbers right-aligned."""
    lines = [list(HEADER)] + [_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    numeric = {1, 2, 3}

    def render(line: List[str]) -> str:
        return " | ".join(
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(line, widths))
        )

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([render(lines[0]), rule] + [render(line) for line in lines[1:]])
