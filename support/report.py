"""`make report`: the support team's view of the stored conversations.

Reads the tracker store named in endpoints.yml (SQLite by default, PostgreSQL in the cluster) and
writes reports/support-report.md and reports/support-report.png:
- conversations per day (a conversation is one Rasa session with at least one user message),
- answers per FAQ topic, with the Yes / No answers to "Did this answer your question?",
- handoffs to a person,
- the messages the assistant could not answer, with their text: not understood (it replied "Did
  you mean …?" or "I still didn't understand"), out of scope, and ICP questions the FAQ does not
  cover. This is the list to improve it from.

Everything is counted by what the user was shown: an answer is one that reached "Did this answer
your question?", so an action that failed counts as nothing. Days are UTC. Button clicks
(payloads starting with "/") are not listed as texts.

Usage: python -m support.report [--endpoints endpoints.yml] [--days N] [--out reports]
"""

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import sqlalchemy as sa
import yaml

from actions.reference import conversation_reference
from project_paths import ROOT
from support.tracker_db import EVENTS, engine_for, has_conversations

FEEDBACK_SLOT = "answer_feedback"
# Counted by what the user was shown (each bot message names its response), so an action that
# failed, and showed nothing, counts as nothing.
ANSWERED = "utter_ask_feedback"  # closes every answer (actions/answer.py)
HANDED_OFF = {"utter_handoff", "utter_handoff_with_reference"}
NOT_UNDERSTOOD = "Not understood (low confidence)"
OUT_OF_SCOPE = "Out of scope"
NOT_COVERED = "ICP questions the FAQ does not cover"
# The reply -> the list of unanswered messages the message it replied to goes in.
UNANSWERED = {
    "utter_did_you_mean": NOT_UNDERSTOOD,
    "utter_still_not_understood": NOT_UNDERSTOOD,
    "utter_default": NOT_UNDERSTOOD,
    "utter_out_of_scope": OUT_OF_SCOPE,
    "utter_cannot_answer": NOT_COVERED,
    "utter_cannot_answer_existing_filing": NOT_COVERED,
}
# After an answer to one part of a two-part question: the other part was not covered, and the
# question is listed there.
PART_NOT_COVERED = "utter_part_not_covered"
UNCOVERED_PART = "uncovered_part"  # the entity that marks a two-part question


@dataclass
class Report:
    conversations_per_day: Dict[str, int] = field(default_factory=dict)
    answers_per_topic: Counter = field(default_factory=Counter)
    helpful_per_topic: Counter = field(default_factory=Counter)
    not_helpful_per_topic: Counter = field(default_factory=Counter)
    # (day, conversation reference) of every handoff: support finds the conversation by the
    # reference the user quotes (actions/reference.py)
    handoff_references: List[Tuple[str, str]] = field(default_factory=list)
    # heading (NOT_UNDERSTOOD, …) -> [(day, text)], in the order they were said
    unanswered: Dict[str, List[Tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))

    @property
    def handoffs(self) -> int:
        return len(self.handoff_references)

    @property
    def conversations(self) -> int:
        return sum(self.conversations_per_day.values())


def topic_titles(domain: Path = ROOT / "domain.yml") -> Dict[str, str]:
    """Topic slot value -> the question as users see it (the did-you-mean button titles)."""
    responses = yaml.safe_load(domain.read_text(encoding="utf-8"))["responses"]
    prefix = "utter_topic_title_"
    return {
        name[len(prefix) :]: variants[0]["text"]
        for name, variants in responses.items()
        if name.startswith(prefix)
    }


def _day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d")


def _rows(engine: sa.engine.Engine, since: Optional[float]) -> Iterable[Tuple[str, dict]]:
    """(sender_id, event) for every stored event, each sender's in the order they happened."""
    query = sa.select(EVENTS.c.sender_id, EVENTS.c.data).order_by(EVENTS.c.sender_id, EVENTS.c.id)
    if since is not None:
        query = query.where(EVENTS.c.timestamp >= since)
    with engine.connect() as connection:
        for sender_id, data in connection.execute(query):
            yield sender_id, json.loads(data)


def build_report(rows: Iterable[Tuple[str, dict]]) -> Report:
    """Reads the events of every conversation once, in order."""
    report = Report()
    days: Counter = Counter()
    sender, topic, counted_session = None, None, True
    # The answer the next feedback is about (its topic), and the feedback it already got, so that
    # clicking Yes then No counts once, as No.
    answered_topic: Optional[str] = None
    feedback_given: Optional[str] = None

    def settle_feedback():
        if answered_topic and feedback_given == "helpful":
            report.helpful_per_topic[answered_topic] += 1
        elif answered_topic and feedback_given == "not_helpful":
            report.not_helpful_per_topic[answered_topic] += 1

    said: Optional[Tuple[str, str]] = None  # the latest typed message not yet listed: (day, text)
    # the latest two-part question (components/scope_decision.py): its answer comes after the
    # replies to clarifying questions, and its unanswered part is the question's, not the reply's
    two_part: Optional[Tuple[str, str]] = None
    for sender_id, event in rows:
        if sender_id != sender:
            settle_feedback()
            sender, topic, counted_session = sender_id, None, False
            answered_topic = feedback_given = said = two_part = None
        kind = event.get("event")
        if kind == "session_started":
            counted_session = False
        elif kind == "user":
            if not counted_session:  # a session counts on the day of its first message
                days[_day(event["timestamp"])] += 1
                counted_session = True
            text = (event.get("text") or "").strip()
            said = (_day(event["timestamp"]), text) if text and not text.startswith("/") else None
            entities = (event.get("parse_data") or {}).get("entities") or []
            if said and any(e.get("entity") == UNCOVERED_PART for e in entities):
                two_part = said
        elif kind == "slot" and event.get("name") == "topic":
            topic = event.get("value")
        elif kind == "slot" and event.get("name") == FEEDBACK_SLOT and event.get("value"):
            feedback_given = event["value"]
        elif kind == "bot":
            response = (event.get("metadata") or {}).get("utter_action")
            if response == ANSWERED:
                settle_feedback()
                answered_topic, feedback_given = topic or "unknown", None
                report.answers_per_topic[answered_topic] += 1
            elif response in HANDED_OFF:
                report.handoff_references.append(
                    (_day(event.get("timestamp", 0)), conversation_reference(sender_id))
                )
            elif response == PART_NOT_COVERED and (two_part or said):
                report.unanswered[NOT_COVERED].append(two_part or said)
                two_part = said = None
            elif response in UNANSWERED and said:
                report.unanswered[UNANSWERED[response]].append(said)
                said = None  # listed once, whatever else the reply said
    settle_feedback()
    report.conversations_per_day = dict(sorted(days.items()))
    return report


def _table(header: List[str], rows: List[List[object]]) -> List[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows
    ]
    return lines


def render_markdown(report: Report, title: str, titles: Dict[str, str]) -> str:
    lines = [
        f"# {title}",
        "",
        f"{report.conversations} conversation(s), "
        f"{sum(report.answers_per_topic.values())} answer(s), "
        f"{report.handoffs} handoff(s) to a person.",
        "",
        "## Conversations per day",
        "",
    ]
    lines += _table(
        ["day (UTC)", "conversations"], [[d, n] for d, n in report.conversations_per_day.items()]
    )
    lines += [
        "",
        "## Answers and feedback per topic",
        "",
        "Feedback: the answers to “Did this answer your question?” (no reply: not asked "
        "or not answered).",
        "",
    ]
    topics = sorted(report.answers_per_topic, key=lambda t: (-report.answers_per_topic[t], t))
    lines += _table(
        ["topic", "answers", "helpful", "not helpful", "no feedback"],
        [
            [
                titles.get(t, t),
                report.answers_per_topic[t],
                report.helpful_per_topic[t],
                report.not_helpful_per_topic[t],
                report.answers_per_topic[t]
                - report.helpful_per_topic[t]
                - report.not_helpful_per_topic[t],
            ]
            for t in topics
        ],
    )
    lines += [
        "",
        "## Handoffs to a person",
        "",
        "The reference a user quotes (shown to them where ICP_SUPPORT_SEES_CONVERSATIONS is "
        "set) finds their conversation: `make conversation REF=<reference>` prints it.",
        "",
    ]
    lines += (
        _table(
            ["day (UTC)", "conversation reference"],
            [[day, ref] for day, ref in report.handoff_references],
        )
        if report.handoff_references
        else ["None."]
    )
    lines += [
        "",
        "## What the assistant could not answer",
        "",
        "Every message, with how often it was sent. Use these to add training examples or to "
        "ask for the FAQ to cover them.",
        "",
    ]
    for heading in (NOT_UNDERSTOOD, OUT_OF_SCOPE, NOT_COVERED):
        said = report.unanswered.get(heading, [])
        lines += [f"### {heading}: {len(said)}", ""]
        counts = Counter(text for _, text in said)
        last_day = {text: day for day, text in said}
        lines += (
            _table(
                ["message", "times", "last day"],
                [[text, n, last_day[text]] for text, n in counts.most_common()],
            )
            if said
            else ["None."]
        )
        lines.append("")
    return "\n".join(lines)


def render_chart(report: Report, path: Path, titles: Dict[str, str]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, (per_day, per_topic) = plt.subplots(1, 2, figsize=(14, 4.5))
    days = list(report.conversations_per_day)
    per_day.bar(days, [report.conversations_per_day[d] for d in days], color="#4a6fa5")
    per_day.set_title("Conversations per day (UTC)")
    per_day.tick_params(axis="x", labelrotation=45)
    topics = sorted(report.answers_per_topic)
    helpful = [report.helpful_per_topic[t] for t in topics]
    not_helpful = [report.not_helpful_per_topic[t] for t in topics]
    silent = [report.answers_per_topic[t] - h - n for t, h, n in zip(topics, helpful, not_helpful)]
    labels = [titles.get(t, t) for t in topics]
    per_topic.barh(labels, helpful, color="#3a9a5b", label="helpful")
    per_topic.barh(labels, not_helpful, left=helpful, color="#c8553d", label="not helpful")
    per_topic.barh(
        labels,
        silent,
        left=[h + n for h, n in zip(helpful, not_helpful)],
        color="#bbbbbb",
        label="no feedback",
    )
    per_topic.set_title("Answers per topic, by feedback")
    per_topic.legend(loc="lower right")
    per_day.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts, not fractions
    per_topic.xaxis.set_major_locator(MaxNLocator(integer=True))
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def main(argv: List[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", type=Path, default=ROOT / "endpoints.yml")
    parser.add_argument("--days", type=float, help="only the last N days (default: everything)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports")
    args = parser.parse_args(argv)
    engine = engine_for(args.endpoints)
    since = time.time() - args.days * 86400 if args.days else None
    if has_conversations(engine):
        report = build_report(_rows(engine, since))
    else:  # a fresh store, or endpoints pointing at the wrong database: say which
        print(f"No conversations stored in {engine.url!r}.")
        report = Report()
    title = "Support report" + (f": the last {args.days:g} days" if args.days else "")
    args.out.mkdir(parents=True, exist_ok=True)
    titles = topic_titles()
    (args.out / "support-report.md").write_text(
        render_markdown(report, title, titles), encoding="utf-8"
    )
    render_chart(report, args.out / "support-report.png", titles)
    print(
        f"{report.conversations} conversation(s); wrote {args.out / 'support-report.md'} and "
        f"{args.out / 'support-report.png'}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
