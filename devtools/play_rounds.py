"""Replay red-team rounds against the real servers: `make rounds`.

A round is 80 messages in our own wording (some with follow-ups in the same conversation, each
scored as a case of its own), written by a helper that read only the FAQ and
`eval/README.md`, to find mechanisms that fail (the case format of `eval/README.md`, with
`source: redteam <round>`). Rounds are not evaluation cases: they never join `eval/`, and they are
tuned on after their first play, so they measure regressions, not understanding. What they find
becomes test rows in our own wording (`tests/test_scope.py`, `tests/test_understanding.py`).

Prints right / wrong per round (per turn) and writes each round's misses to
reports/rounds/<round>.txt.

Usage: python -m devtools.play_rounds devtools/redteam/rt57.yml [...]
"""

import sys
import tempfile
from pathlib import Path
from typing import List

import yaml

from eval.cases import check, load
from eval.play import RIGHT, WRONG, Responses, play_conversation
from eval.run import _sender
from project_paths import ROOT

REPORTS = ROOT / "reports" / "rounds"


def main(paths: List[str]) -> int:
    from ops.servers import running_assistant

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    responses = Responses(domain)
    REPORTS.mkdir(parents=True, exist_ok=True)
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as workdir, running_assistant(Path(workdir)) as url:
        for path in map(Path, paths):
            cases = load(path)
            lines, right, wrong, turns = [], 0, 0, 0
            for case in cases:
                # (a round's source is not a URL: only the labels are checked)
                problems = [p for p in check(case) if "source" not in p]
                if problems:
                    print(f"  {case.get('id')}: labels {problems}")
                # (each follow-up of a conversation is scored as a case of its own)
                for turn, result in play_conversation(case, _sender(url), responses):
                    turns += 1
                    right += result.outcome == RIGHT
                    wrong += result.outcome == WRONG
                    if result.outcome != RIGHT or result.did_you_mean:
                        mark = "WRONG" if result.outcome == WRONG else result.outcome
                        dym = " (did you mean)" if result.did_you_mean else ""
                        lines.append(
                            f"{mark:<13} {result.id} expect {turn['expect']} shown {result.shown}"
                            f"{dym}: {turn['text']}"
                        )
            head = f"{path.stem}: {right}/{turns} right, {wrong} wrong"
            print(head, flush=True)
            (REPORTS / f"{path.stem}.txt").write_text("\n".join([head, *lines]) + "\n")
            totals = [totals[0] + right, totals[1] + wrong, totals[2] + turns]
    print(f"all: {totals[0]}/{totals[2]} right, {totals[1]} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
