"""The evaluation cases: loading, the held-aside split, and the answer each case calls for.

Pure Python (no Rasa, no server): `make eval` and the tests use it. The format is in
`eval/README.md`. The expected answer is what the decision core says for the case's topic and the
user's facts, facts the user does not know counting as "I don't know": the core is checked on its
own (tests/test_decision.py); this measures whether the assistant understood the question and the
facts.
"""

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Set, Tuple

import yaml

from actions import decision
from actions.decision import Answer, Fact, Topic

HERE = Path(__file__).resolve().parent  # the case files sit beside this module
DEV = HERE / "dev.yml"
HELD_OUT = HERE / "heldout.yml"
NOT_COVERED = "not_covered"
OUT_OF_SCOPE = "out_of_scope"
# A conversation's own turns (red-team rounds): a request for a person, and thanks, a greeting or
# a goodbye, whose right replies are the handoff and the small-talk reply
HANDOFF = "handoff"
SMALL_TALK = "small_talk"
NO_TOPIC = (NOT_COVERED, OUT_OF_SCOPE, HANDOFF, SMALL_TALK)
OUTCOMES = {t.value for t in Topic} | set(NO_TOPIC)
FACT_NAMES = {f.value for f in Fact}
HELD_OUT_SHARE = 5  # one case in five, by a hash of its text


def normalise(text: str) -> str:
    """Lower case, letters and digits only: how texts are compared with the training data."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


def is_held_out(text: str) -> bool:
    digest = hashlib.sha256(normalise(text).encode()).digest()
    return digest[0] % HELD_OUT_SHARE == 0


# Who wrote the case, by its form alone (not by the assistant's own readers): a question, or a
# writer telling their own situation, is someone asking; a third-person sentence or a heading that
# asks nothing is an article's or a vendor document's text, which no chat user asks as such.
ASKING = "a question or the writer's own situation"
ARTICLE_TEXT = "third-person text that asks nothing"
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|me|my|we|we're|we've|us|our|ours)\b", re.IGNORECASE)


def form(text: str) -> str:
    return ASKING if "?" in text or _FIRST_PERSON.search(text) else ARTICLE_TEXT


_FACT_LABELS = ("says", "scenario", "replies")


def _yes_or_no(facts: Any) -> Any:
    """A fact's `yes` or `no` as written in the README (YAML reads them unquoted as booleans)."""
    if not isinstance(facts, dict):
        return facts
    return {
        k: ({True: decision.YES, False: decision.NO}.get(v, v) if isinstance(v, bool) else v)
        for k, v in facts.items()
    }


def load(path: Path) -> List[Dict[str, Any]]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    for case in cases:
        for turn in [case, *(case.get("then") or [])]:
            for label in _FACT_LABELS:
                if label in turn:
                    turn[label] = _yes_or_no(turn[label])
    return cases


def check(case: Dict[str, Any]) -> List[str]:
    """What is wrong with a case's labels (empty when it is well formed)."""
    problems = []
    for key in ("id", "text", "source", "expect"):
        if not case.get(key):
            problems.append(f"no {key}")
    if not str(case.get("source", "")).startswith(("http://", "https://")):
        problems.append("source is not a URL")
    expect = case.get("expect") or []
    if not set(expect) <= OUTCOMES:
        problems.append(f"unknown outcome in {expect}")
    if set(expect) & set(NO_TOPIC) and len(expect) > 1:
        problems.append(f"{' / '.join(NO_TOPIC)} cannot be combined with anything")
    for key in ("says", "scenario", "replies"):
        for name, value in (case.get(key) or {}).items():
            if name not in FACT_NAMES:
                problems.append(f"unknown fact {name}")
            elif value not in decision.FACT_VALUES[Fact(name)]:
                problems.append(f"{name}: {value!r} is not one of its values")
    # a typed reply stands for a value the user knows: the fact's value is in `replies` (or
    # stated), so the scoring knows what the reply means
    known = {**(case.get("replies") or {}), **(case.get("scenario") or {})}
    known.update(case.get("says") or {})
    for name, text in (case.get("typed") or {}).items():
        if name not in FACT_NAMES:
            problems.append(f"unknown fact {name} in typed")
        elif name not in known:
            problems.append(f"typed {name} has no value in replies")
        elif not isinstance(text, str) or not text.strip():
            problems.append(f"typed {name} is not a message")
    # follow-ups in the same conversation (eval/play.py play_conversation): labelled like a case,
    # a typed reply's value known from the whole conversation
    for number, turn in enumerate(case.get("then") or [], start=2):
        if not isinstance(turn, dict):
            problems.append(f"follow-up {number} is not a mapping")
            continue
        turn_case = {
            **turn,
            "id": f"{case.get('id')}.{number}",
            "source": case.get("source"),
            "replies": {**(case.get("replies") or {}), **(turn.get("replies") or {}), **known},
        }
        problems += [f"follow-up {number}: {p}" for p in check({**turn_case, "then": []})]
    return problems


def user_facts(case: Dict[str, Any]) -> Dict[Fact, str]:
    """What the user knows: the facts the message states (and the scenario a general or
    hypothetical question sets out), then what they would answer if asked."""
    facts = {Fact(k): v for k, v in (case.get("replies") or {}).items()}
    facts.update({Fact(k): v for k, v in (case.get("scenario") or {}).items()})
    facts.update({Fact(k): v for k, v in (case.get("says") or {}).items()})
    return facts


def expected_answer(
    topic: Topic, stated: Dict[Fact, str], replies: Dict[Fact, str]
) -> Tuple[str, ...]:
    """The answer the core gives from the facts the message states, asking the rest in turn: a
    fact is answered from what the user would reply ("I don't know" when they would not know),
    and only when the core asks for it. (A reply the core never asks for changes nothing: "do I
    need ICP to use Alibaba Cloud CDN?" answered "it covers the mainland" is the CDN answer,
    whatever the user would have said of their hosting.)"""
    facts: Dict[Fact, Optional[str]] = dict(stated)
    for _ in Fact:
        result = decision.decide(topic, facts)
        if isinstance(result, Answer):
            return result.responses
        facts[result.fact] = replies.get(result.fact, decision.UNKNOWN)
    raise AssertionError(f"{topic} never answers")


def expected_answers(case: Dict[str, Any]) -> Set[Tuple[str, ...]]:
    """The right answers: for a general or hypothetical question with a scenario, the answer for
    that scenario and the general one are both right."""
    topics = [Topic(t) for t in case["expect"] if t not in NO_TOPIC]
    says = {Fact(k): v for k, v in (case.get("says") or {}).items()}
    scenario = {Fact(k): v for k, v in (case.get("scenario") or {}).items()}
    replies = {Fact(k): v for k, v in (case.get("replies") or {}).items()}
    # (the situation asked about is the scenario's, where it sets a fact the user's own differs
    # on: "what happens if someone opens a site on mainland ECS with no filing? our own site is
    # in Singapore")
    variants = [({**says, **scenario}, replies), (says, replies)]
    # A CDN covering mainland China needs a filing "whether your website is hosted in mainland
    # China or not" (FAQ, CDN section): an answer that holds wherever the site is hosted is right
    # even when the user said where (the core asks the hosting wherever its answer depends on
    # it, and is then told it).
    variants += [
        (
            {f: v for f, v in stated.items() if f != Fact.HOSTING_LOCATION},
            {**answers, Fact.HOSTING_LOCATION: stated[Fact.HOSTING_LOCATION]},
        )
        for stated, answers in list(variants)
        if Fact.HOSTING_LOCATION in stated
        and {**answers, **stated}.get(Fact.CDN_COVERAGE) == decision.INCLUDES_MAINLAND
    ]
    return {expected_answer(t, stated, answers) for t in topics for stated, answers in variants}


def training_texts(data_dir: Path) -> FrozenSet[str]:
    """Every NLU example and lookup entry in `data_dir`, normalised."""
    texts: Set[str] = set()
    for path in data_dir.rglob("*.yml"):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = re.sub(r"^\s*-\s*", "", line)
                line = re.sub(r"\[([^\]]*)\]\{[^}]*\}|\[([^\]]*)\]\([^)]*\)", r"\1\2", line)
                if line.strip():
                    texts.add(normalise(line))
    return frozenset(texts)
