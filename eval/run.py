"""`make eval`: real questions the assistant was not trained on, played against the real servers.

Prints right / wrong / not answered and the "Did you mean" rate per expected outcome and overall,
for the tuning part (eval/dev.yml) and the held-aside part (eval/heldout.yml) separately, and
writes reports/eval.json. Per-case results are printed and written for the tuning part only: the
held-aside part is reported as figures, so that it keeps measuring wording nobody tuned for.

A fresh batch of cases can be measured on first play, before anyone tunes on it, with
`--fresh FILE`: only that file is played, split as the evaluation is (by a hash of the text), its
tuning part listed and its held-aside part reported as figures; reports/eval.json is left alone.
The batch's cases then join eval/dev.yml and eval/heldout.yml by the same split.

Usage: python -m eval.run [--show-held-out | --fresh FILE]
"""

import argparse
import json
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import requests
import yaml

from eval.cases import DEV, HELD_OUT, is_held_out, load
from eval.play import RIGHT, WRONG, Responses, Result, play, summarise
from project_paths import ROOT

REPORT = ROOT / "reports" / "eval.json"
TARGETS = {"wrong": 0, "right_share": 0.95, "did_you_mean_share": 0.05}


def _sender(base_url: str):
    sender = f"eval-{uuid.uuid4()}"

    def send(message: str) -> List[Dict[str, Any]]:
        response = requests.post(
            f"{base_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=60,
        )
        response.raise_for_status()
        return response.json()

    return send


def _table(title: str, summary: Dict[str, Any]) -> str:
    rows = [
        f"\n{title}",
        f"{'expected':<16}{'cases':>6}{'right':>7}{'wrong':>7}{'no ans':>8}{'DYM':>6}"
        f"{'asked again':>13}{'right %':>9}",
    ]
    for name, c in list(summary["by_expected"].items()) + [("OVERALL", summary["overall"])]:
        rows.append(
            f"{name:<16}{c['cases']:>6}{c['right']:>7}{c['wrong']:>7}"
            f"{c['not_answered']:>8}{c['did_you_mean']:>6}{c['asked_again']:>13}"
            f"{100 * (c['right_share'] or 0):>8.1f}%"
        )
    rows.append("by kind:")
    for name, c in summary["by_kind"].items():
        other = c["right_by_the_other_honest_reply"]
        rows.append(
            f"  {name}: {c['right']}/{c['cases']} right, {c['wrong']} wrong"
            + (f" ({other} of the right by the not-covered reply)" if other else "")
        )
    rows.append("by form:")
    for name, c in summary["by_form"].items():
        rows.append(
            f"  {name}: {c['right']}/{c['cases']} right ({100 * (c['right_share'] or 0):.1f}%), "
            f"{c['wrong']} wrong, {c['did_you_mean']} Did you mean"
        )
    return "\n".join(rows)


def _meets(overall: Dict[str, Any]) -> Dict[str, bool]:
    return {
        "no wrong answers": overall["wrong"] <= TARGETS["wrong"],
        "at least 95% right": (overall["right_share"] or 0) >= TARGETS["right_share"],
        "at most 5% Did you mean": (overall["did_you_mean_share"] or 0)
        <= TARGETS["did_you_mean_share"],
    }


def _every(case: Dict[str, Any]) -> bool:
    return True


def _tuning_part(case: Dict[str, Any]) -> bool:
    return not is_held_out(case["text"])


def _held_out_part(case: Dict[str, Any]) -> bool:
    return is_held_out(case["text"])


def run(
    base_url: str, parts: Dict[str, Tuple[Path, Callable]], show_held_out: bool
) -> Dict[str, Any]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    responses = Responses(domain)
    report: Dict[str, Any] = {}
    for part, (path, keep) in parts.items():
        cases = [c for c in load(path) if keep(c)]
        results: List[Result] = [play(c, _sender(base_url), responses) for c in cases]
        by_id = {c["id"]: c for c in cases}
        summary = summarise(results, by_id)
        report[part] = {"summary": summary, "targets_met": _meets(summary["overall"])}
        print(_table(f"== {part} ({path.name}) ==", summary))
        if part != "held_out" or show_held_out:
            report[part]["cases"] = [
                {**r.__dict__, "text": by_id[r.id]["text"], "expect": by_id[r.id]["expect"]}
                for r in results
            ]
            for r in results:
                if r.outcome != RIGHT or r.did_you_mean:
                    mark = "WRONG" if r.outcome == WRONG else r.outcome
                    print(
                        f"  {mark:<13} {r.id:<8} expect {by_id[r.id]['expect']} shown {r.shown}"
                        f"{' (did you mean)' if r.did_you_mean else ''}: {by_id[r.id]['text'][:90]}"
                    )
    return report


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help="also list the held-aside cases (only once tuning is finished)",
    )
    parser.add_argument(
        "--fresh",
        type=Path,
        help="play only this batch of new cases (first play, before tuning); no report written",
    )
    parser.add_argument("--url", help="an already running Rasa server (default: start one)")
    args = parser.parse_args(argv)
    parts = {"dev": (DEV, _every), "held_out": (HELD_OUT, _every)}
    if args.fresh:
        parts = {"dev": (args.fresh, _tuning_part), "held_out": (args.fresh, _held_out_part)}
    if args.url:
        report = run(args.url, parts, args.show_held_out)
    else:
        from ops.servers import running_assistant

        with tempfile.TemporaryDirectory() as workdir, running_assistant(Path(workdir)) as base_url:
            report = run(base_url, parts, args.show_held_out)
    if args.fresh:
        return 0
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print("\nTargets (both parts together are what counts):")
    for part in ("dev", "held_out"):
        print(
            f"  {part}: "
            + ", ".join(
                f"{k}: {'met' if v else 'NOT met'}" for k, v in report[part]["targets_met"].items()
            )
        )
    print(f"\nwritten to {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
