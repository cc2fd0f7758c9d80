"""Plays an evaluation case against the running assistant, as a user would, and scores it.

The user sends the case's text; answers each clarifying question with the button for the fact
they know (or "I don't know"); takes a "Did you mean" button naming an expected question when one
is offered (otherwise "None of these"). The replies are recognised by their `domain.yml` response,
so the outcome is which answer the user was shown.
"""

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Set, Tuple

from actions import decision
from actions.decision import Fact
from actions.seed_evidence import EVIDENCE
from eval.cases import (
    ARTICLE_TEXT,
    ASKING,
    HANDOFF,
    NOT_COVERED,
    OUT_OF_SCOPE,
    SMALL_TALK,
    expected_answers,
    form,
    user_facts,
)

MAX_TURNS = 8
# Redirects that only say why the answer is the hosting answer ("Your website is hosted outside
# mainland China, so here is what applies to you"): the same answer with or without one.
REDIRECTS = {
    "utter_applies_hosted_outside",
    "utter_applies_hosted_in_mainland",
    "utter_applies_no_cdn",
}


def _without_redirects(responses: Tuple[str, ...]) -> Tuple[str, ...]:
    return tuple(r for r in responses if r not in REDIRECTS)


RIGHT, WRONG, NOT_ANSWERED = "right", "wrong", "not_answered"
FAQ_QUESTIONS = "FAQ questions"
KINDS = {
    NOT_COVERED: "ICP questions the FAQ does not cover",
    OUT_OF_SCOPE: "unrelated questions",
    HANDOFF: "requests for a person",
    SMALL_TALK: "thanks, greetings and goodbyes",
}
# The replies that answer a conversation's own turns
CONVERSATION_REPLIES = {
    "utter_handoff": HANDOFF,
    "utter_handoff_with_reference": HANDOFF,
    "utter_youre_welcome": SMALL_TALK,
    # (thanks right after an answer, taken as its feedback: "Glad it helped!")
    "utter_feedback_helpful": SMALL_TALK,
    "utter_greet": SMALL_TALK,
    "utter_goodbye": SMALL_TALK,
}
ASK_PREFIX = "utter_ask_"


class Responses:
    """Tells which domain response a message of the bot is."""

    def __init__(self, domain: Dict[str, Any]):
        self._exact: Dict[str, str] = {}
        self._templated: List[Tuple[re.Pattern, str]] = []
        self.buttons: Dict[str, List[Dict[str, str]]] = {}
        for name, variations in domain.get("responses", {}).items():
            for variation in variations:
                text = variation.get("text", "")
                self.buttons.setdefault(name, variation.get("buttons", []))
                if "{" in text:
                    pattern = re.escape(text)
                    pattern = re.sub(r"\\\{\w+\\\}", ".+?", pattern)
                    self._templated.append((re.compile(pattern + r"\Z", re.S), name))
                else:
                    self._exact[text.strip()] = name

    def name(self, text: str) -> Optional[str]:
        text = text.strip()
        if text in self._exact:
            return self._exact[text]
        for pattern, name in self._templated:
            if pattern.match(text):
                return name
        return None


@dataclass
class Result:
    id: str
    outcome: str  # RIGHT, WRONG or NOT_ANSWERED
    shown: str  # what ended the conversation: the answer's responses, or the reply's name
    did_you_mean: bool = False
    by_the_other_honest_reply: bool = False  # an unrelated question given "not covered"
    asked: List[str] = field(default_factory=list)
    asked_again: List[str] = field(default_factory=list)  # facts the message had already stated
    turns: int = 0
    typed: bool = False  # a reply was typed, not clicked (in this turn or an earlier one)


Send = Callable[[str], List[Dict[str, Any]]]


def _reply_for(fact: Fact, known: Dict[Fact, str], buttons: List[Dict[str, str]]) -> str:
    value = known.get(fact, decision.UNKNOWN)
    by_payload = {b["payload"]: b["payload"] for b in buttons}
    for payload in by_payload:
        if f'"{value}"' in payload:
            return payload
    yes_no = {decision.YES: "/affirm", decision.NO: "/deny", decision.UNKNOWN: "/dont_know"}
    if value in yes_no and yes_no[value] in by_payload:
        return yes_no[value]
    if value == decision.UNKNOWN:
        return "/dont_know"
    return value  # a province without a button: typed, as a user would


def play(case: Dict[str, Any], send: Send, responses: Responses) -> Result:
    known = user_facts(case)
    expect = case["expect"]
    answers = expected_answers(case)
    stated = set(case.get("says") or {}) | set(case.get("scenario") or {})
    result = Result(case["id"], NOT_ANSWERED, "")
    result.typed = bool(case.get("typed_before"))
    message = case["text"]
    for turn in range(1, MAX_TURNS + 1):
        result.turns = turn
        replies = send(message)
        names = [responses.name(m.get("text", "")) or "?" for m in replies]
        buttons = [b for m in replies for b in m.get("buttons", [])]
        given = tuple(n for n in names if n in EVIDENCE)
        if given:
            result.shown = "+".join(given)
            if result.typed:
                answers = answers | _answers_from_all_facts(case)
            right = {_without_redirects(a) for a in answers}
            result.outcome = RIGHT if _without_redirects(given) in right else WRONG
            return result
        not_covered = any(n.startswith("utter_cannot_answer") for n in names)
        if not_covered or "utter_out_of_scope" in names:
            shown = NOT_COVERED if not_covered else OUT_OF_SCOPE
            result.shown = shown
            # "The FAQ does not cover this; a person can help" is true of an unrelated question
            # too; "I only answer ICP questions" is not true of an ICP question.
            honest = {shown} | ({OUT_OF_SCOPE} if shown == NOT_COVERED else set())
            result.outcome = RIGHT if honest & set(expect) else NOT_ANSWERED
            result.by_the_other_honest_reply = shown not in expect and result.outcome == RIGHT
            return result
        conversational = [CONVERSATION_REPLIES[n] for n in names if n in CONVERSATION_REPLIES]
        if conversational:
            result.shown = conversational[0]
            result.outcome = RIGHT if conversational[0] in expect else NOT_ANSWERED
            return result
        if "utter_did_you_mean" in names:
            result.did_you_mean = True
            wanted = [
                b for b in buttons if b["payload"].lstrip("/").replace("ask_", "", 1) in expect
            ]
            if not wanted:
                result.shown = "did_you_mean_without_the_question"
                return result
            message = wanted[0]["payload"]
            continue
        asks = [n for n in names if n.startswith(ASK_PREFIX)]
        if asks:
            slot = asks[-1][len(ASK_PREFIX) :]
            result.asked.append(slot)
            if slot in stated:
                result.asked_again.append(slot)
            # typed the first time it is asked, as the case writes it; a button after that (a
            # typed reply that was not understood is asked again, not repeated forever)
            typed = (case.get("typed") or {}).get(slot)
            first_time = result.asked.count(slot) == 1
            message = typed if typed and first_time else _reply_for(Fact(slot), known, buttons)
            result.typed = result.typed or message == typed
            continue
        result.shown = "+".join(names)
        return result
    result.shown = "too_many_turns"
    return result


def play_conversation(
    case: Dict[str, Any], send: Send, responses: Responses
) -> List[Tuple[Dict[str, Any], Result]]:
    """The case's question, then each of its follow-ups (`then:`) in the same conversation, each
    scored as a case of its own (id `<id>.2`, `<id>.3`, ...). A follow-up's answer is expected
    from the facts the assistant was told by then (stated, or replied when it asked), those the
    follow-up states or changes overriding them."""
    played = [(case, play(case, send, responses))]
    for number, turn in enumerate(case.get("then") or [], start=2):
        before, result = played[-1]
        follow_up = {
            "id": f"{case['id']}.{number}",
            "text": turn["text"],
            "expect": turn["expect"],
            # (what a general question's scenario sets out stands for that question, over what was
            # told before: "so generally, a site hosted in Hong Kong wouldn't file anywhere?")
            # (nor a fact told before that the follow-up reopens, giving the reply it would now
            # get: "same if we add CDN?" after "no CDN", with the CDN's coverage as its reply; one
            # the user said they did not know stays so, as nothing tells the assistant to ask again)
            "says": {
                fact: value
                for fact, value in {**_told(before, result), **(turn.get("says") or {})}.items()
                if fact in (turn.get("says") or {})
                or (
                    fact not in (turn.get("scenario") or {})
                    and (
                        value == decision.UNKNOWN
                        or (turn.get("replies") or {}).get(fact, value) == value
                    )
                )
            },
            # (a general question later in the conversation: "generally speaking, can a rep
            # office file?")
            "scenario": turn.get("scenario") or {},
            # (what this user would reply, as the earlier turns and this one say)
            "replies": {**(before.get("replies") or {}), **(turn.get("replies") or {})},
            "typed": turn.get("typed") or {},
            "typed_before": result.typed,
        }
        played.append((follow_up, play(follow_up, send, responses)))
    return played


def _answers_from_all_facts(case: Dict[str, Any]) -> Set[Tuple[str, ...]]:
    """The answers from every fact the user knows. A typed reply may tell more than the fact
    asked ("our rep office's certificate is from Hangzhou" tells the presence too), and an
    answer from facts the user told, all true of them, is right for them."""
    return expected_answers(
        {**case, "says": {fact.value: value for fact, value in user_facts(case).items()}}
    )


def _told(case: Dict[str, Any], result: Result) -> Dict[str, str]:
    """The facts the assistant was told by the end of a turn: those its message stated and the
    replies to what it asked ("I don't know" for a fact the user does not know)."""
    known = user_facts(case)
    told = {**(case.get("scenario") or {}), **(case.get("says") or {})}
    for slot in result.asked:
        told[slot] = known.get(Fact(slot), decision.UNKNOWN)
    return told


def summarise(results: List[Result], cases: Dict[str, Dict[str, Any]]) -> Dict[str, Any]:
    """Right, wrong, not answered and did-you-mean counts, overall and per expected outcome
    (a case expecting several FAQ questions counts under its first)."""

    def counts(group: List[Result]) -> Dict[str, Any]:
        n = len(group)
        right = sum(r.outcome == RIGHT for r in group)
        wrong = sum(r.outcome == WRONG for r in group)
        dym = sum(r.did_you_mean for r in group)
        return {
            "cases": n,
            "right": right,
            "wrong": wrong,
            "not_answered": n - right - wrong,
            "right_by_the_other_honest_reply": sum(r.by_the_other_honest_reply for r in group),
            "did_you_mean": dym,
            "asked_again": sum(bool(r.asked_again) for r in group),
            "right_share": round(right / n, 3) if n else None,
            "did_you_mean_share": round(dym / n, 3) if n else None,
        }

    by_outcome: Dict[str, List[Result]] = {}
    # (a conversation's own turns are reported only where there are some: rounds, not make eval)
    by_kind: Dict[str, List[Result]] = {
        kind: [] for kind in (FAQ_QUESTIONS, KINDS[NOT_COVERED], KINDS[OUT_OF_SCOPE])
    }
    by_form: Dict[str, List[Result]] = {ASKING: [], ARTICLE_TEXT: []}
    for r in results:
        expected = cases[r.id]["expect"][0]
        by_outcome.setdefault(expected, []).append(r)
        by_kind.setdefault(KINDS.get(expected, FAQ_QUESTIONS), []).append(r)
        by_form[form(cases[r.id]["text"])].append(r)
    return {
        "overall": counts(results),
        "by_expected": {k: counts(v) for k, v in sorted(by_outcome.items())},
        # the FAQ questions apart: refusals, right for most uncovered questions, would hide them
        "by_kind": {k: counts(v) for k, v in by_kind.items()},
        # most cases that get no answer are articles' statements and headings, not questions
        "by_form": {k: counts(v) for k, v in by_form.items()},
    }
