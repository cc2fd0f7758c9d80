"""A fact told but not as it stands today: taken back for another, unsure, of another kind of
site, for another time (a plan), or one of options weighed; and a reply that opens with its own
yes or no.
"""

import re
from typing import Iterable, Optional, Set

from actions.fact_words import (
    ASKS_OF_THE_FILING,
    FIRST_PERSON,
    FUTURE_WORDS,
    SAYS_NO,
    SAYS_YES,
    SENTENCES,
    UNTIL_LATELY,
    clause_with,
    clean_text,
    last_question,
    words_around,
)
from actions.general_or_own import of_the_past
from actions.hosting_facts import (
    A_TIME_BETWEEN,
    mentioned,
    puts_a_case,
)

# Alternatives being weighed, each marked ("1. Use a CDN in mainland China ... 2. Use a CDN around
# it", "Option A: host in Shanghai. Option B: Hong Kong"): none of their facts is the user's own.
_OPTION_MARK = re.compile(
    r"(?:^|[\s(])(?:(?:option|alternative|plan|choice|approach|solution|scenario)\s*#?\s*"
    r"(1|2|a|b|one|two)\b|"
    # a numbered item that proposes ("1. Use ...", "2) host ..."), not one that reports ("1. our
    # servers are in Shanghai")
    r"([12])[.)]\s+(?:use|host|deploy|buy|choose|pick|put|move|go with|set up|serve|run|rent|"
    r"keep|get|stay|register|open|establish|migrate|switch)\b)"
)
_FIRST_AND_SECOND = ({"1", "2"}, {"a", "b"}, {"one", "two"}, {"first", "second"})
# ... or sentences that open "First, ..." and "Second, ..." after a choice named ("Two options are
# available. First, a CDN within mainland China ... Second, ...")
_ORDINAL_MARK = re.compile(r"(?:^|[.!?:;]\s+)(first|second)(?:ly)?\s*[,:]")


# The user unsure of the very thing named next ("not sure whether the acceleration region includes
# the mainland"): nothing to read from it, so it is asked (not read as negated by the "not").
_UNSURE_WHETHER = re.compile(
    r"\b(?:not (?:sure|certain)|unsure|no idea|(?:don't|dont|do not|doesn't|does not) know|"
    r"wonder\w*|uncertain|can't tell|cannot tell)\s+(?:\w+\s+){0,2}?(?:whether|if)\b"
    r"(?:(?!\bbut\b)[^.?!;:,]){0,60}$"
)
# A verb between "whether" and the fact: the fact is what is in doubt ("not sure whether our
# server is in Shanghai")
_A_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|does|do|did|covers?|includ\w*|runs?|"
    r"hosted|located|sits?|lives?|uses?|points?|resolves?|serves?|reach\w*|accessed|goes|went)\b|"
    r"'s\b"
)


# Kinds of site a message may run side by side ("our blog ... the shop ..."); a plain "site" is
# any of them
_SITE_KINDS = re.compile(
    r"\b(?:web ?|e-?)?(blog|shop|store|forum|app|api|portal|landing page|doc|wiki|dashboard|"
    r"status page|microsite|help ?desk|crm)s?\b"
)


_ONE_KIND = {"store": "shop"}


# How a part is reached, as a question may pick it out: "the IP-only one" (or "the domain site")
_REACHED_BY_IP = re.compile(r"\b(?:ip[- ]?only|only (?:by|via|through) (?:its )?ip|bare ip)\b")


def _reached_by(text: str) -> Set[str]:
    # (a domain denied is no way in: "the dashboard has no domain")
    ways = {"ip"} if _REACHED_BY_IP.search(text) else set()
    return ways | ({"domain"} if mentioned(text, ("domain", "domains")) else set())


def of_another_site(value: str, message: str) -> bool:
    """`value`'s clause places a kind of site other than the one the message's question asks
    about: "our blog is on ECS in Beijing" of "... the shop is on an SG box. Does the shop need
    ICP?" (not when the question names no kind, or names that one too), or a part reached
    otherwise than the one it picks out: "an IP-only dashboard on ECS Hong Kong and a domain site
    on ECS Shanghai. The IP-only one - must they file it?"."""
    question = last_question(clean_text(message))
    clause = clause_with(value, message)
    asked = {_ONE_KIND.get(k, k) for k in _SITE_KINDS.findall(question)}
    placed = {_ONE_KIND.get(k, k) for k in _SITE_KINDS.findall(clause)}
    if asked and placed and not asked & placed:
        return True
    # (reached by one way only, the question's, against the clause's other way)
    asked_way, placed_way = _reached_by(question), _reached_by(clause)
    return len(asked_way) == 1 and len(placed_way) == 1 and asked_way != placed_way


# A slip taken back in the same message: "our server is in shanghai, need icp? oh wait sorry, its
# singapore region", "servers in beijing - sorry, i mean tokyo"
_TAKEN_BACK = re.compile(
    r"\boh\s+wait\b|\bi\s+mean\b(?!\s+to\b)|\bscratch\s+that\b|\bmy\s+(?:bad|mistake)\b|"
    # (or found out: "a 'branch office' ... but checking the papers it is actually a representative
    # office")
    r"\b(?:it|that|this)\s*(?:'s|is|was)\s+(?:actually|in fact|really)\s+(?:an?|the|our|in|on)\s|"
    r"\b(?:turns|turned)\s+out\s+(?:it'?s|its|it\s+is|it\s+was|to\s+be)\b|"
    r"\bsorry\s*[,!.-]?\s+(?:it'?s|its|it\s+is|they'?re|they\s+are|"
    r"the\s+(?:server|servers|ecs|site|website)\s+(?:is|are))\b(?!\s+(?:a|an)\s+long\b)",
    re.IGNORECASE,
)


def taken_back(value: str, message: str, others: Iterable[str]) -> bool:
    """Whether `value` is said and then taken back for one of `others`, said after the slip is
    owned ("our server is in shanghai ... oh wait sorry, its singapore region"): the one said last
    is the user's."""
    lowered = message.lower()
    at = lowered.find(value.lower())
    if at < 0:
        return False
    slip = _TAKEN_BACK.search(message, at + len(value))
    if not slip or lowered.find(value.lower(), slip.end()) >= 0:
        return False  # (said again after it: "... correction, one server in hangzhou plus ...")
    # (the place put instead right after the slip, in the same sentence)
    for other in others:
        found = lowered.find(other.lower(), slip.end())
        if other != value and 0 <= found - slip.end() <= 40:
            if not re.search(r"[.?!;]", message[slip.end() : found]):
                return True
    return False


_A_FACTS_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|being)\s+(?:\w+\s+)?(?:covered|included|enabled|disabled|in|on|"
    r"hosted|located|based|reachable|accessible|accessed|pointed|switched|turned|set)\b|"
    r"\b(?:covers?|includ\w+|runs?|hosted|located|points?|resolves?)\b"
)


def unsure_of(value: str, message: str) -> bool:
    """Whether `message` says the user does not know whether `value` holds. (Not when the fact
    stands in what the whether-clause asks about, and the clause asks of the filing: "I'm
    wondering whether our Virginia-hosted shop needs an ICP filing" presumes the shop's place.)"""
    before, after = words_around(value, message)
    unsure = _UNSURE_WHETHER.search(before)
    if not unsure:
        return False
    between = re.split(r"\b(?:whether|if)\b", unsure.group(0))[-1]
    # (a relative clause's verb describes what is presumed: "whether a service on our Shanghai
    # ECS that has no domain name still needs ...")
    between = re.split(r"\b(?:that|which|who)\b", between)[0]
    rest = re.split(r"[.?!;]", after)[0]
    asked = ASKS_OF_THE_FILING.search(rest)
    presumed = (
        not _A_VERB.search(between)
        and asked
        # (not when the fact is what the clause says of it: "not sure whether mainland China is
        # covered by our CDN plan, do we need ICP?")
        and not _A_FACTS_PREDICATE.search(rest[: asked.start()])
    )
    return not presumed


def weighs_options(message: object) -> bool:
    """Whether `message` sets out a first and a second option: what it says of places and CDNs
    are the options', not where the user's site is."""
    text = clean_text(message)
    marks = {a or b for a, b in _OPTION_MARK.findall(text)} | set(_ORDINAL_MARK.findall(text))
    if any(pair <= marks for pair in _FIRST_AND_SECOND) and _CHOICE_WORD.search(text):
        return True
    # kinds compared, of no one's site: "How do international CDN and mainland CDN differ when it
    # comes to ICP Filing?", "Branch company versus representative office: how does each affect
    # ICP Filing?"
    # (one question alone: not "Global acceleration area, origin in Germany. Is ICP required?
    # And the price difference vs international-only?", whose facts are someone's site)
    # (or one heading, with no end mark: "Eligibility matrix: branch company vs. representative
    # office for ICP Filing")
    text = re.sub(r"\bvs\.", "vs", text)
    return (
        len(SENTENCES.findall(text)) == 1
        and (text.rstrip().endswith("?") or not re.search(r"[.!,]\W*$|,", text))
        and bool(_COMPARES_KINDS.search(text))
        and not FIRST_PERSON.search(text)
    )


_COMPARES_KINDS = re.compile(
    r"\b(?:vs\.?|versus|compared (?:to|with)|differ|difference between|how does each)\b"
)


# What makes a numbered list a choice rather than a description of one's set-up.
_CHOICE_WORD = re.compile(
    r"\b(?:or|vs\.?|versus|which|better|best|options?|alternatives?|either|choose|choice|"
    r"compare|pros|cons|fastest|cheapest|plan [ab])\b"
)


def told_for_another_time(value: str, message: str) -> Optional[str]:
    """PLANNED when the clause of the phrase `value` tells a plan ("next year we'll open a WFOE
    in Hangzhou"), PAST when it tells what was ("we had the site on ECS in Hangzhou until last
    year"), None when it tells today (or puts a case: "what if we moved to Tokyo?")."""
    if (
        puts_a_case(value, message)
        or re.search(r"\bif (?:we|i|they)\b", clean_text(message))
        # (its time between, in the phrase's own clause: not another sentence's case, "next
        # year we'll open a wfoe in hangzhou. if later we also get a cdn, anything else?")
        or re.search(
            r"\bif " + A_TIME_BETWEEN + r"(?:we|i|they)\b", clean_text(clause_with(value, message))
        )
    ):
        return None  # "and if we only had a rep office instead?": the case put, read as such
    clause = clause_with(value, message)
    if FUTURE_WORDS.search(clause):
        return PLANNED
    if of_the_past(clause) or UNTIL_LATELY.search(clause):
        return PAST
    return None


PLANNED = "planned"
PAST = "past"


def opens_with_yes_or_no(text: str) -> bool:
    """The reply starts with its own yes or no ("no, we have neither ...", "yep, Shenzhen")."""
    text = clean_text(text)
    return bool(SAYS_YES.match(text) or SAYS_NO.match(text))
