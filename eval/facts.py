"""Fact-reading accuracy for `hosting_location` on the evaluation cases, reader against reader.

For each case of eval/ the message is parsed by the production NLU model (models/icp.tar.gz) and
by the role tagger experiment (eval/alternatives/roles/model/roles.tar.gz), and each reader of
`eval/fact_readers.py` gives a value, scored against the case's `says.hosting_location` (absent:
None expected). Only the fact is measured, not the answer: `make eval` measures the answers.

right: the value expected (None included); wrong: another value, including a value where the
message says nothing (the assistant would answer for a situation the user is not in); missed:
None where the message says (the assistant asks, which costs a click, not a wrong answer).

Prints per part (dev, held_out) and writes reports/eval_facts.json. Dev cases that a reader gets
wrong or misses are printed; held-out cases never are (figures only), so that they keep measuring
wording nobody tuned for.

Usage (from the project root): .venv/bin/python -m eval.facts
Needs models/icp.tar.gz (make train) and the role model
(.venv/bin/python -m eval.alternatives.roles.train).
"""

import asyncio
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from eval import fact_readers as readers
from eval.cases import DEV, HELD_OUT, is_held_out, load
from project_paths import MODEL as PRODUCTION_MODEL
from project_paths import ROOT

ROLE_MODEL = ROOT / "eval" / "alternatives" / "roles" / "model" / "roles.tar.gz"
ROLE_TRAINING = ROLE_MODEL.parent / "training.json"  # written by eval.alternatives.roles.train
REPORT = ROOT / "reports" / "eval_facts.json"
FACT = "hosting_location"
PARTS = ("dev", "held_out")

RIGHT, WRONG, MISSED = "right", "wrong", "missed"

Parsed = Dict[str, List[Dict[str, Any]]]  # "rules" / "roles" -> that model's entities
Reader = Callable[[Parsed, str], Optional[str]]

READERS: Dict[str, Reader] = {
    "rules": lambda p, text: readers.rules_reading(p["rules"], text),
    "roles": lambda p, text: readers.role_reading(p["roles"]),
    "hybrid": lambda p, text: readers.hybrid_reading(p["rules"], p["roles"], text),
    # not a candidate: what clean_fact's list branch would give if the slot passed every span
    "rules_all_spans": lambda p, text: readers.rules_reading_all_spans(p["rules"], text),
}
DESCRIPTIONS = {
    "rules": "today: entity ruler spans, last one as the slot keeps it, clean_fact",
    "roles": "role tagger (CRF): hosting places, not_hosting mainland -> outside",
    "hybrid": "today's, minus spans over places the tagger calls company/users/planned",
    "rules_all_spans": "(reference) clean_fact given every span, as its list branch reads them",
}


def outcome(expected: Optional[str], got: Optional[str]) -> str:
    if got == expected:
        return RIGHT
    return MISSED if got is None else WRONG


def score(rows: Iterable[Tuple[Optional[str], Optional[str]]]) -> Dict[str, Any]:
    """Counts for (expected, got) pairs. A value where None is expected is wrong, not missed:
    acting on a situation the user did not state is the costly mistake."""
    counts = {"cases": 0, RIGHT: 0, WRONG: 0, MISSED: 0, "wrong_where_none_expected": 0}
    for expected, got in rows:
        counts["cases"] += 1
        result = outcome(expected, got)
        counts[result] += 1
        if result == WRONG and expected is None:
            counts["wrong_where_none_expected"] += 1
    counts["right_share"] = round(counts[RIGHT] / counts["cases"], 3) if counts["cases"] else None
    return counts


def disagreements(read: Dict[str, Sequence[Optional[str]]], base: str = "rules") -> Dict[str, int]:
    """On how many cases each reader gives another value than `base` (right or not)."""
    return {
        name: sum(a != b for a, b in zip(read[base], values))
        for name, values in read.items()
        if name != base
    }


def expected_value(case: Dict[str, Any], got: Optional[str] = None) -> Optional[str]:
    """The value the message states; for a general question, its scenario's value is right too
    (eval/README.md), so a reader that gives it is scored against it."""
    stated = (case.get("says") or {}).get(FACT)
    scenario = (case.get("scenario") or {}).get(FACT)
    return scenario if stated is None and got is not None and got == scenario else stated


def cases_by_part() -> Dict[str, List[Dict[str, Any]]]:
    """Both files, each case in the part its hash says (as eval/cases.py splits them)."""
    parts: Dict[str, List[Dict[str, Any]]] = {part: [] for part in PARTS}
    for case in load(DEV) + load(HELD_OUT):
        parts["held_out" if is_held_out(case["text"]) else "dev"].append(case)
    return parts


def _quiet_rasa() -> None:
    """Rasa used as a library logs every parsed message (its text included) through structlog's
    default, print-everything configuration: that would show the held-out texts. Warnings only."""
    import structlog

    logging.basicConfig(level=logging.ERROR)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


async def _parse_all(model: Path, texts: Sequence[str]) -> List[List[Dict[str, Any]]]:
    from rasa.core.agent import Agent  # here, so that the scoring imports without Rasa

    # (the role tagger's config lists none of our components, whose package registers the
    # spaCy pipeline's ruler)
    import nlp.indexed_entity_ruler as _ruler_factory  # noqa: F401

    agent = Agent.load(str(model))
    _quiet_rasa()  # again after loading, in case loading configured logging
    return [(await agent.parse_message(text)).get("entities") or [] for text in texts]


def parse(texts: Sequence[str]) -> List[Parsed]:
    async def both() -> Tuple[List[Any], List[Any]]:
        return await _parse_all(PRODUCTION_MODEL, texts), await _parse_all(ROLE_MODEL, texts)

    rules, roles = asyncio.run(both())
    return [{"rules": r, "roles": p} for r, p in zip(rules, roles)]


def _table(part: str, summary: Dict[str, Dict[str, Any]]) -> str:
    rows = [
        f"\n== {part} ==",
        f"{'reader':<17}{'cases':>6}{'right':>7}{'wrong':>7}{'(of which None expected)':>26}"
        f"{'missed':>8}{'right %':>9}",
    ]
    for name, c in summary.items():
        rows.append(
            f"{name:<17}{c['cases']:>6}{c[RIGHT]:>7}{c[WRONG]:>7}"
            f"{c['wrong_where_none_expected']:>26}{c[MISSED]:>8}"
            f"{100 * (c['right_share'] or 0):>8.1f}%"
        )
    return "\n".join(rows)


def _commit() -> Optional[str]:
    """The commit measured (the rules and the labels change with it), "+dirty" if edited."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def _show(value: Optional[str]) -> str:
    return value or "-"


def run() -> Dict[str, Any]:
    parts = cases_by_part()
    # one load of each model, all texts parsed once
    everything = parse([c["text"] for part in PARTS for c in parts[part]])
    report: Dict[str, Any] = {
        "fact": FACT,
        "readers": DESCRIPTIONS,
        "models": {
            "rules": str(PRODUCTION_MODEL.relative_to(ROOT)),
            "roles": str(ROLE_MODEL.relative_to(ROOT)),
        },
        "commit": _commit(),
        "role_model_training": (
            json.loads(ROLE_TRAINING.read_text()) if ROLE_TRAINING.exists() else None
        ),
    }
    for part in PARTS:
        cases = parts[part]
        parsed, everything = everything[: len(cases)], everything[len(cases) :]
        read = {
            name: [reader(p, c["text"]) for p, c in zip(parsed, cases)]
            for name, reader in READERS.items()
        }
        summary = {
            name: score((expected_value(c, v), v) for c, v in zip(cases, values))
            for name, values in read.items()
        }
        report[part] = {
            "cases_stating_hosting": sum(expected_value(c) is not None for c in cases),
            "readers": summary,
            "differs_from_rules_on": disagreements(read),
        }
        print(_table(part, summary))
        print(
            f"cases stating a hosting location: {report[part]['cases_stating_hosting']}; "
            f"cases where a reader differs from rules: {report[part]['differs_from_rules_on']}"
        )
        if part != "dev":
            continue  # held-out cases are figures only
        print(
            "\ndev cases some reader does not get right "
            "(expected | rules | roles | hybrid | rules_all_spans):"
        )
        for i, case in enumerate(cases):
            values = [read[name][i] for name in READERS]
            if all(v == expected_value(case, v) for v in values):
                continue
            print(
                f"  {case['id']:<8} {_show(expected_value(case)):<16} | "
                + " | ".join(f"{_show(v):<16}" for v in values)
                + f" {case['text'][:110]!r}"
            )
    return report


def main() -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    _quiet_rasa()
    for model, how in (
        (PRODUCTION_MODEL, "make train"),
        (ROLE_MODEL, ".venv/bin/python -m eval.alternatives.roles.train"),
    ):
        if not model.exists():
            print(f"{model.relative_to(ROOT)} is missing: run `{how}`", file=sys.stderr)
            return 2
    report = run()
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"\nwritten to {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
