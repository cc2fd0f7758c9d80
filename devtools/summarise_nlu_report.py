"""Summarises `rasa test nlu --cross-validation` output into REPORT_DIR/SUMMARY.md.

Adds what Rasa's report leaves out: how the FallbackClassifier threshold trades needless
"did you mean" replies against wrong answers (from held-out predictions), and the entity F1 of the
project's spaCy entity ruler against the annotations in data/nlu (Rasa's cross-validation skips
pretrained extractors such as SpacyEntityExtractor).

Usage: python -m devtools.summarise_nlu_report REPORT_DIR
"""

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, NamedTuple, Set, Tuple

import yaml

from project_paths import ROOT, SPACY_PIPELINE

THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]


class Prediction(NamedTuple):
    expected: str
    predicted: str
    confidence: float


def _predictions(report_dir: Path) -> List[Prediction]:
    rows = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = report_dir / name
        if path.exists():
            for row in json.loads(path.read_text()):
                guess = row["intent_prediction"]
                rows.append(Prediction(row["intent"], guess["name"], float(guess["confidence"])))
    return rows


def _faq_intents() -> Set[str]:
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    scope = next(c for c in config["pipeline"] if c["name"].endswith("ScopeDecision"))
    return set(scope["faq_intents"])


def threshold_table(rows: List[Prediction], faq_intents: Set[str]) -> List[str]:
    """Per threshold: correct predictions the fallback would stop, misclassifications it would let
    through, and of those the ones that would answer a FAQ question that was not asked (an
    unrelated or "not covered" message mistaken for each other costs nothing: both replies are
    honest)."""
    right = [r.confidence for r in rows if r.predicted == r.expected]
    wrong = [r.confidence for r in rows if r.predicted != r.expected]
    faq_wrong = [
        r.confidence for r in rows if r.predicted != r.expected and r.predicted in faq_intents
    ]
    lines = [
        "| threshold | correct answers sent to fallback | wrong answers let through "
        "| of them, a FAQ answer to another message |",
        "|---|---|---|---|",
    ]
    for t in THRESHOLDS:
        lost = sum(c < t for c in right) / max(len(right), 1)
        slipped = sum(c >= t for c in wrong) / max(len(wrong), 1)
        faq_slipped = sum(c >= t for c in faq_wrong)
        lines.append(
            f"| {t:.1f} | {lost:.1%} of {len(right)} | {slipped:.1%} of {len(wrong)} "
            f"| {faq_slipped} of {len(faq_wrong)} |"
        )
    return lines


def entity_scores() -> Dict[str, Tuple[float, float, float, int]]:
    import spacy
    from rasa.shared.nlu.training_data.loading import load_data

    import nlp.indexed_entity_ruler as _ruler_factory  # noqa: F401  (the pipeline's ruler)

    nlp = spacy.load(SPACY_PIPELINE)
    data = load_data(str(ROOT / "data" / "nlu"))
    gold, pred, hit = Counter(), Counter(), Counter()
    for example in data.intent_examples:
        text = example.get("text")
        expected = {(e["start"], e["end"], e["entity"]) for e in example.get("entities") or []}
        found = {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}
        for _, _, label in expected:
            gold[label] += 1
        for _, _, label in found:
            pred[label] += 1
        for _, _, label in expected & found:
            hit[label] += 1
    scores = {}
    for label in sorted(gold):
        p = hit[label] / pred[label] if pred[label] else 0.0
        r = hit[label] / gold[label]
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[label] = (p, r, f, gold[label])
    total_p = sum(hit.values()) / max(sum(pred.values()), 1)
    total_r = sum(hit.values()) / max(sum(gold.values()), 1)
    scores["all (micro)"] = (
        total_p,
        total_r,
        2 * total_p * total_r / max(total_p + total_r, 1e-9),
        sum(gold.values()),
    )
    return scores


def main(report_dir: Path) -> None:
    report = json.loads((report_dir / "intent_report.json").read_text())
    lines = [
        "# NLU cross-validation summary",
        "",
        f"Intent F1 (5-fold cross-validation): macro **{report['macro avg']['f1-score']:.3f}**, "
        f"weighted **{report['weighted avg']['f1-score']:.3f}**, accuracy "
        f"{report['accuracy']:.3f}.",
        "",
        "| intent | F1 | support | most confused with |",
        "|---|---|---|---|",
    ]
    for intent, row in sorted(report.items()):
        if isinstance(row, dict) and "f1-score" in row and not intent.endswith("avg"):
            confused = ", ".join(
                f"{k} ({v})" for k, v in list(row.get("confused_with", {}).items())[:2]
            )
            lines.append(f"| {intent} | {row['f1-score']:.2f} | {row['support']} | {confused} |")
    lines += ["", "## Fallback threshold (held-out predictions)", ""]
    lines += threshold_table(_predictions(report_dir), _faq_intents())
    lines += [
        "",
        "## Entities: spaCy entity ruler against the annotations in data/nlu",
        "",
        "| entity | precision | recall | F1 | annotated |",
        "|---|---|---|---|---|",
    ]
    for label, (p, r, f, n) in entity_scores().items():
        lines.append(f"| {label} | {p:.2f} | {r:.2f} | {f:.2f} | {n} |")
    summary = "\n".join(lines) + "\n"
    (report_dir / "SUMMARY.md").write_text(summary)
    print(summary)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
