"""Words -> fact values: what a user typed, an entity span or a button payload, as a closed value.

Each `to_<fact>` function returns one of `decision.FACT_VALUES[fact]`, or `None` when the text
does not say (the form then asks again). Pure Python: the validation actions and the tests call it.
"""

import functools
import re
from typing import Callable, Dict, Iterable, List, Optional, Pattern, Set, Tuple

from actions import decision as d
from actions.decision import Fact
from actions.places import (
    ABROAD,
    CDN_PROVIDERS,
    CITY_CODES,
    FOREIGN_ADJECTIVES,
    HONG_KONG,
    HOSTING_PROVIDERS,
    MAINLAND_CITIES,
    MAINLAND_GENERIC,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
    PROVINCE_ALIASES,
    REGION_IDS,
    SERVER_ONLY_CODES,
    SERVERS_AFTER_A_CITY_CODE,
    SHORT_CITY_CODES,
)

_NEGATION = (
    # ("zero" only of servers or a presence: not "zero problems with our ECS in Beijing")
    r"(?:no|zero(?=\s+(?:servers?|ecs|instances?|vps|machines?|hosts?|nodes?|presence|legal|"
    r"entit\w+|compan\w+|offices?|branch\w*|subsidiar\w+)|\s*$)|not|n't|never|without|don't|"
    r"dont|do not|doesn't|doesnt|does not|haven't|"
    r"havent|have not|isn't|isnt|aren't|arent|neither|nor|none|nothing|won't|wont|will not|"
    # (the past too: "we hadn't planned a domain", "we didn't buy one")
    r"hadn't|hadnt|had not|didn't|didnt|did not|wasn't|wasnt|weren't|werent|"
    # "I don't think we have a rep office in China"
    r"(?:don't|dont|do not) (?:think|believe) (?:we|i) (?:have|own|run|got)|"
    # a place turned down: "we refuse to host in China", "Tokyo rather than ECS Shanghai"
    r"refuse\w* to|avoid\w*|instead of|rather than|"
    # a thing gone without: "we skipped buying a domain"
    r"(?<!n't )(?<!not )(?<!cannot )skip(?:s|ped|ping)?)"
)
_DONT_KNOW = re.compile(
    r"\b(?:i )?(?:don't|dont|do not|doesn't) know\b|\bnot sure\b|\bno idea\b|\bidk\b|\bunsure\b|"
    r"\bdunno\b|\bno clue\b|\bnot a clue\b|\bcan't say\b|\bcannot say\b|\bnot certain\b|"
    r"\b(?:can't|cannot|don't) remember\b|\bhaven't checked\b|^\s*unknown\s*$"
)
_PROVINCES = {p.lower(): p for p in MAINLAND_PROVINCES}
_PROVINCES.update(PROVINCE_ALIASES)
_PROVINCES.update(MAINLAND_CITIES)


# The United States as initials: upper case only, in a message that is not all upper case (not
# the pronoun: "let us know", "HELP US").
# (a sentence's full stop after it stays: "hosted in the US. Do we need ICP?")
_US_INITIALS = re.compile(
    r"(?<![\w.])(?:[Tt]he\s+)?(?:U\.S(?:\.A)?(?:\.(?!\s+[A-Z]))?|USA?)(?!\w|\.\w)"
)


# A representative office by its initials, upper case: someone's ("our RO is in Tianjin"; not
# read-only access) or placed in mainland China ("RO in beijing"; not "HQ in RO", Romania).
_RO_INITIALS = re.compile(
    r"(?:(?<=\b[Oo]ur )|(?<=\b[Tt]he )|(?<=\b[Mm]y )|(?<=\b[Tt]heir )|(?<=\b[Aa] )|(?<=\b[Aa]n ))"
    r"RO\b(?!\s+(?:access|mode|permissions?|user|role|only)\b)|"
    # ... a company's ("Cust's RO used to be in Guangzhou"), or named with its papers ("RO
    # certificate issued in Beijing")
    # (not a replica's, nor a list of countries: "the DB's RO replica", "the client's RO and BG
    # shops")
    r"(?<='s )RO\b(?!\s+(?:access|mode|permissions?|user|role|only|replicas?|and|or|/)\b)|"
    r"\bRO(?=\s+certificate\b)|"
    r"\bRO(?=\s+(?:(?:is|was)\s+)?(?:registered\s+)?(?:in|at)\s+(?i:"
    + "|".join(
        sorted(
            {re.escape(p.lower()) for p in MAINLAND_PROVINCES}
            | {re.escape(c) for c in MAINLAND_CITIES if " " not in c},
            key=len,
            reverse=True,
        )
    )
    + r")\b)"
)
# A business licence by its initials, upper case: someone's ("their BL was issued in Jiangsu") or
# told of ("BL issued in Suzhou"); not "BL" alone (a bill of lading).
_BL_INITIALS = re.compile(
    r"(?:(?<=\b[Oo]ur )|(?<=\b[Tt]he )|(?<=\b[Mm]y )|(?<=\b[Tt]heir )|(?<=\b[Ii]ts )|(?<='s ))BL\b|"
    r"\bBL(?=\s+(?:was|is|issued|registered|from)\b)"
)
_YINGYE_ZHIZHAO = re.compile(r"\b(?:yingye\s*)?zhizhao\b")
_CITY_CODE = re.compile(r"(?<![\w.-])(?:" + "|".join(CITY_CODES) + r")(?![\w-])")
# The codes typed in lower case too where a server or a provider makes them a place: "sg server",
# "alibaba sh region" (not "sh" the shell, "sg" the abbreviation alone).
_SERVER_AFTER = r"\s+(?:" + "|".join(SERVERS_AFTER_A_CITY_CODE) + r")\b"
_LOWER_CITY_CODE = re.compile(
    r"(?<![\w.-])("
    + "|".join(c.lower() for c in {**SHORT_CITY_CODES, **SERVER_ONLY_CODES})
    + r")(?="
    + _SERVER_AFTER
    + ")|"
    r"\b((?:alibaba|aliyun|alicloud)\s+)(" + "|".join(c.lower() for c in SHORT_CITY_CODES) + r")\b"
)
# "origin server in us": the pronoun cannot stand there, the country can; nor can "sg" the
# security group ("servers are in sg").
_SERVER_IN = (
    r"\b((?:servers?|origin|hosted|hosting|ecs|instances?|vps|box|nodes?|sites?|websites?)"
    r"(?:\s+(?:is|are|located|based|running|hosted|sits?))*\s+in|"
    # ... typed without its "in": "server stay sg", "have ecs hk + ecs sh"
    r"(?:servers?|origin|ecs|instances?|vps|box)\s+(?:stays?|is|are|sits|remains?)|"
    # (the code closing its part, not a security group acting: "the ecs sg blocks port 80")
    r"\b(?:ecs|server|vps)(?=\s+(?:" + "|".join(c.lower() for c in SHORT_CITY_CODES) + r")"
    r"\s*(?:[,.;+&/?!]|\band\b|$))|"
    # ... moved there: "move ecs to sg" (not "attach the ecs to sg", a security group)
    r"\b(?:mov|migrat|relocat|shift)\w*\s+(?:(?:the|our|my|all)\s+)?"
    r"(?:servers?|ecs|instances?|vps|box|sites?|websites?)\s+to)\s+"
)
_SERVER_IN_US = re.compile(_SERVER_IN + r"us\b(?![-'])")
_SERVER_IN_CODE = re.compile(
    _SERVER_IN + r"(" + "|".join(c.lower() for c in SHORT_CITY_CODES) + r")\b(?![-'])"
)
# A region id, also inside a product's name for it: "cn-shanghai", "oss-eu-central-1".
_REGION_ID = re.compile(
    r"(?<![\w-])(?:oss-)?("
    + "|".join(sorted(map(re.escape, REGION_IDS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _city_of_code(match: re.Match) -> str:
    if match.group(1):
        return {**CITY_CODES, **SERVER_ONLY_CODES}[match.group(1).upper()].lower()
    return match.group(2) + CITY_CODES[match.group(3).upper()].lower()


# "can not" as one word (not "can not only ... but also")
_CAN_NOT = re.compile(r"\bcan not\b(?!\s+only\b)")


@functools.lru_cache(maxsize=1024)  # the same message is cleaned by every reader
def lower_case(text: str) -> str:
    """`text` in lower case, with the places people abbreviate spelled out first: "US" as "the
    us" (lower case, it is the pronoun), "SZ" and "FRA" as Shenzhen and Frankfurt (and "sg" before
    a server, "in us" after one), and region ids ("cn-shanghai", "oss-eu-central-1") as the place
    they name."""
    if "-" in text:  # (first: "US-East" is a region, not the US)
        text = _REGION_ID.sub(lambda m: REGION_IDS[m.group(1).lower()], text)
    if text != text.upper():
        if "RO" in text:
            text = _RO_INITIALS.sub("rep office", text)
        if "BL" in text:
            text = _BL_INITIALS.sub("business licence", text)
        if "U" in text:
            text = _US_INITIALS.sub("the US", text)
        if any(code in text for code in CITY_CODES):
            text = _CITY_CODE.sub(lambda m: CITY_CODES[m.group(0)], text)
    text = _LOWER_CITY_CODE.sub(_city_of_code, text.lower())
    if "can not" in text:
        text = _CAN_NOT.sub("cannot", text)  # "so we simply can not file"
    if "备案" in text:
        text = text.replace("备案", " beian ")  # the filing's Chinese name in an English message
    if "zhizhao" in text:
        text = _YINGYE_ZHIZHAO.sub("business license", text)  # its pinyin: "our yingye zhizhao"
    text = _SERVER_IN_CODE.sub(
        lambda m: f"{m.group(1)} {CITY_CODES[m.group(2).upper()].lower()}", text
    )
    return _SERVER_IN_US.sub(r"\1 the us", text)


def _clean(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = lower_case(text).replace("’", "'").replace("`", "'")
    return " ".join(text.split())[:500]


@functools.lru_cache(maxsize=None)  # the same few word lists, on every message
def words_pattern(words: Tuple[str, ...]) -> str:
    """A regex matching any of `words` (lower case) as whole words, longest first."""
    alternatives = sorted({re.escape(w.lower()) for w in words}, key=len, reverse=True)
    return r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])"


def _find(text: str, words: Iterable[str]) -> Optional[re.Match]:
    return re.search(words_pattern(tuple(words)), text)


def _mentioned(text: str, words: Iterable[str]) -> bool:
    """True when some word is mentioned and not negated just before ("no CDN", "don't have a
    branch")."""
    for match in re.finditer(words_pattern(tuple(words)), text):
        before = text[max(0, match.start() - 30) : match.start()]
        # ("don't have a single server in China": the stressed quantifier is one word)
        before = _A_SINGLE.sub("any", before)
        if not re.search(r"(?<![\w'])" + _NEGATION + r"(?:\s+\S+){0,3}\s*$", before) and not (
            _NONE_OF_OURS.search(text[max(0, match.start() - 60) : match.start()])
        ):
            return True
    return False


_A_SINGLE = re.compile(r"\b(?:(?:a|one)\s+single|even\s+(?:a|one)(?:\s+single)?)\b")


# Servers denied a few words further back: "none of our servers are in mainland China", "no
# server of ours is anywhere in China"
_NONE_OF_OURS = re.compile(
    # (the servers' own verb last: not "none of our sites on ECS in Hangzhou are filed")
    r"\b(?:(?:none|not (?:a single |even )?one) of (?:our|the|my|its|their)\s+(?:[\w-]+\s+){1,2}|"
    r"no\s+[\w-]+\s+of (?:ours|mine|"
    r"theirs)\s+)(?:are|is|were|sits?|runs?|lives?)\s+(?:\w+\s+)?(?:(?:in|on)\s+)?$"
)


# A rule said not to hold, not a fact denied: "don't apply to our Beijing-hosted site"
_A_RULE_DENIED = re.compile(
    r"\b(?:rules?|requirements?|regulations?|laws?|filing|icp|beian)\s+(?:\w+\s+)?"
    r"(?:don't|dont|do not|doesn't|does not|won't|will not|not)\s+(?:\w+\s+)?"
    r"(?:apply|applies|matter|matters|count|counts|affect|affects|concern|concerns)\b"
)


def negation_marked(value: str, message: str) -> str:
    """`value` (an entity's words) prefixed with "not " when the words just before it in
    `message` negate it: "we don't have a branch company", "servers are not in ...". Only the
    words since the last punctuation, bracket, "but" or a new clause's "and" count: "no branch, but
    a rep office", "(no mainland nodes) for our US-hosted site", "no domain and the site is on
    ECS Beijing"."""
    start = message.lower().find(value.lower())
    if start < 0:  # a synonym or a button payload: nothing to look at
        return value
    if _ANSWERED_NO.search(_clean(message[:start])):
        return value  # "ECS Tianjin? no - ECS Beijing": the "no" answers what came before
    # (and "and" that starts a clause of its own: "we don't have one and the site is on ...")
    before = re.split(
        r"[,.;:!?()—–]|\s-\s|\bbut\b|\bjust\b|\bonly\b|\band\s+(?=(?:the|our|my|we|it|they|i)\b)|"
        # (a correction's "no": "no wait, Qingdao")
        r"\bno\s+(?=wait\b)",
        _clean(message[:start]),
    )[-1]
    before = _A_SINGLE.sub("any", before)  # ("not a single one of our servers ...")
    negated = re.search(r"(?<![\w'])" + _NEGATION + r"(?:\s+\S+){0,4}\s*$", before + " ") or (
        # a place turned down right before it ("Cust refuses Hong Kong hosting"), or a domain
        # waited for ("while they wait on a domain")
        _TURNED_DOWN.search(before)
        or (_WAITED_FOR.search(before) and re.search(r"\bdomain", value, re.IGNORECASE))
    )
    if negated and _FILING_NAMED.search(negated.group(0)):
        return value  # "without beian on ECS Shanghai": the filing is what is missing
    if negated and _ACCESS_NEGATED.search(negated.group(0)):
        return value  # "won't be reachable from the mainland server": access, not the place
    if negated and re.match(r"(?:no|not any)\s+exceptions?\b", negated.group(0)):
        return value  # "no exceptions even for HK hosted origin": the rule holds there too
    if (
        negated
        and negated.group(0).startswith("wait")
        and _WAITED_FOR_IS_HAD.match(_clean(message[start + len(value) :]))
    ):
        return value  # "waiting on a domain transfer": the domain is had, its transfer waited for
    if negated and re.match(
        r"(?:not|n't|no longer)\s+(?:\w+\s+)?(?:required|needed|necessary|mandatory|obligatory)\b",
        negated.group(0),
    ):
        return value  # "icp not required overseas hosting": the requirement denied, not the place
    if negated and _A_RULE_DENIED.search(before):
        # "the ICP rules don't apply to our Beijing-hosted site": the rule denied (not "our CDN
        # acceleration doesn't apply to mainland China")
        return value
    if not negated:
        lead, rest = _clean(message[:start]), _clean(message[start + len(value) :])
        negated = _NEGATED_LIST.search(lead) or (  # "no subsidiary, branch or [office]"
            # "no branch, [WFOE] or office" (the phrase may run on into the list: "WFOE or office")
            _NEGATED_LIST_START.search(lead)
            and (
                _LIST_GOES_ON.match(rest)
                or _LIST_GOES_ON.match(" " + _clean(value).split(" ", 1)[-1])
            )
        )
    return f"not {value}" if negated else value


_ANSWERED_NO = re.compile(r"[?]\s*(?:no|nope)\s*[-–—]+\s*$")
_TURNED_DOWN = re.compile(
    r"(?<![\w'])(?:refuse|refuses|refused|rejects|rejected|rules out|ruled out)"
    r"(?:\s+(?:the|a|an|our|their|any))?\s*$"
)
_WAITED_FOR = re.compile(r"(?<![\w'])wait(?:s|ing)?\s+(?:on|for)(?:\s+(?:the|a|an|our|their))?\s*$")
# What is waited for about a thing already had: "a domain transfer", "the domain's verification"
_WAITED_FOR_IS_HAD = re.compile(
    r"^\W*(?:'s\s+)?(?:name\s+)?(?:transfer|verification|approval|renewal|change|migration|"
    # (not "our domain to be registered": not had yet)
    r"to (?:propagate|resolve|transfer|be transferred|be verified|be approved))\b"
)


# Negated lists: "no subsidiary, branch or office in China" (items of one or two words).
_ITEM = r"[\w-]+(?:\s+[\w-]+)?"
_LIST_HEAD = rf"\b(?:no|not|never|without|neither)\s+{_ITEM}(?:\s*,\s*{_ITEM})*"
# an item inside the list, and what follows it: "no branch, [WFOE] or office"
_NEGATED_LIST_START = re.compile(rf"{_LIST_HEAD}\s*,\s*$")
_LIST_GOES_ON = re.compile(rf"^(?:\s*,\s*{_ITEM})*\s*,?\s+(?:or|nor)\b")
# the last item: "no subsidiary, branch or [office in China]"
_NEGATED_LIST = re.compile(rf"{_LIST_HEAD}\s*,?\s+(?:or|nor)(?:\s+(?:an?|any))?\s*$")


_FILING_NAMED = re.compile(r"\b(?:icp|beian|filings?|records?|permits?|approval)\b")
# What is negated is reaching the site, not where it is
_ACCESS_NEGATED = re.compile(
    r"\b(?:reachable|accessible|accessed|visible|load\w*|opened|served|blocked|allowed|visited)\b"
)


# "Mainland China Website Record-Filing", "China website ICP registration": words that name a
# kind of filing, not where the user's site is.
_FILING_NOUN = re.compile(r"""^[\s"'“”()-]*(?:record|filing|registration|icp|beian|licen[cs]e)""")


def names_a_filing(value: str, message: str) -> bool:
    """True when the entity `value` is followed, in `message`, by a filing noun."""
    start = message.lower().find(value.lower())
    return start >= 0 and bool(_FILING_NOUN.match(message[start + len(value) :].lower()))


def _negated(text: str, words: Iterable[str]) -> bool:
    return _find(text, words) is not None and not _mentioned(text, words)


def _known(fact: Fact, value: object) -> Optional[str]:
    """Button payloads and already-clean values pass through unchanged."""
    return value if isinstance(value, str) and value in d.FACT_VALUES[fact] else None


def _is_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(text))


def _reads(
    fact: Fact, dont_know_anywhere: bool = True
) -> Callable[[Callable[[str], Optional[str]]], Callable[[object], Optional[str]]]:
    """Makes a normaliser from a reader of cleaned text: a value already in the fact's closed set
    (a button payload) passes through, and "I don't know" is UNKNOWN for every fact (a reader of
    the whole message, `dont_know_anywhere=False`, looks for it where its subject is)."""

    def wrap(read: Callable[[str], Optional[str]]) -> Callable[[object], Optional[str]]:
        @functools.wraps(read)
        def normalise(value: object) -> Optional[str]:
            known = _known(fact, value)
            if known:
                return known
            text = _clean(value)
            return d.UNKNOWN if dont_know_anywhere and _is_dont_know(text) else read(text)

        return normalise

    return wrap


# A representative office in pinyin, as users type it ("ban shi chu", "daibiaochu"), shared with
# the scope rules and the slot validation
REP_OFFICE_PINYIN = r"ban ?shi ?chu|dai ?biao ?chu"


# Words naming where a site runs, shared with the scope rules: the machines themselves
# (not "runs" or "region", which the scope rules read out of any clause).
SERVER_WORDS = (
    r"servers?|host|hosts|hosted|hosting|ecs|instances?|data ?cent(?:er|re)s?|vps|origin|"
    r"backend|back-end|frontend|front-end|box|droplets?|vms?|databases?|db|pools?|clusters?|"
    r"slb|alb|clb|(?:load )?balancers?|racks?|colo|buckets?|oss|mirrors?|replicas?|"
    # a node that serves the site (not a CDN's edge nodes): "one web node is in Shanghai"
    r"(?:web|app|application|compute|worker|k8s|kubernetes)\s+nodes?"
)
# Replies about hosting and replies about the CDN, told apart.
_HOSTING_TALK = re.compile(
    rf"\b(?:{SERVER_WORDS}|sites?|websites?|deploy(?:ed|ing)?|runs?|running|region|"
    r"points? to|resolves? to|machines?|vms?|containers?|clusters?)\b"
)
_REACH_WORDS = (
    r"covers?|covering|covered|coverage|includ(?:e|es|ed|ing)|accelerat\w*|nodes?|edges?|pops?"
)
_CDN_TALK = re.compile(rf"\b(?:cdns?|{_REACH_WORDS})\b")
# Where a CDN reaches, as opposed to the CDN named: its coverage, nodes, regions
_CDN_REACH = re.compile(rf"\b(?:{_REACH_WORDS}|regions?|only|serves?|serving)\b")
# The people a site serves
_PEOPLE = (
    r"users?|visitors?|customers?|clients?|readers?|consumers?|buyers?|shoppers?|viewers?|"
    r"players?|subscribers?|students?|fans?|collaborators?|colleagues?|employees?|researchers?|"
    r"followers?|patients?|"
    # typed short or said loosely: "china ppl visit", "Chinese netizens"
    r"ppl|folks|netizens|guests"
)
# Places of the company or of the users, not of the servers: "a Hong Kong company", "registered
# in Shanghai", "for users in China". Removed before hosting is read.
_USERS_PLACE = re.compile(
    # (the place before them too, where it starts the phrase: "Mainland visitors can still load
    # it", "for China users"; not a server's place just before: "the server is in China users are")
    r"(?:(?:^\s*|(?<=[.,;:!?(]\s)|(?<=\bour\s)|(?<=\bthe\s)|(?<=\bfor\s)|(?<=\bmany\s)|"
    r"(?<=\bmost\s)|(?<=\bsome\s)|(?<=\ball\s))(?:mainland|china|chinese|prc)\s+"
    r"(?:china\s+|chinese\s+)?)?"
    rf"\b(?:{_PEOPLE}|audience|market|traffic|people)\b"
    r"(?:[^,.;!?]{0,30}?\b(?:in|from|across|throughout|inside|outside)\s+(?:the\s+)?"
    # (or to the end of its clause: "china ppl visit, illegal no icp?")
    r"(?:mainland\s+)?\w+(?:\s+kong)?|[^,.;!?]*(?=[,.;!?]|$))"
)
# People served from a place: the server's place, not theirs ("serves China users straight from
# SG ECS"). The people, and their place before them, are dropped; "from" and its place are kept.
_SERVED_FROM = re.compile(
    r"\b(serv(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|stream(?:s|ed|ing)?)\s+"
    r"(?:(?:our|the|all|its|their|his|her)\s+)?(?:(?:mainland|china|chinese|prc)\s+"
    rf"(?:china\s+|chinese\s+)?)?(?:{_PEOPLE})\s+"
    r"((?:straight|directly|right|only|mostly|still|currently|today|now)\s+)?from\b"
    # (a server after it: not "we serve customers from Shanghai", where they are)
    r"(?=\s+(?:(?:our|the|an?|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:ecs|servers?|instances?|vps|"
    r"box|boxes|region|data ?cent(?:er|re)s?|cloud|hosting|origin)\b)"
)
# ... and a province or city naming the people after it ("because Shanghai customers say it's
# slow"), not where a server is (not after "in": "servers in Shanghai users can reach").
_PLACE_OF_USERS = re.compile(
    r"(?<!\bin )(?<!\bat )(?<!\bfrom )" + words_pattern(tuple(_PROVINCES)) + r"\s+"
    rf"(?=(?:{_PEOPLE}|offices?)\b)"
)
# The place a filing is for, not where a server is: "do we need ICP for China?", "a beian in
# mainland China", "is the filing required in China?"
_FILING_PLACE = re.compile(
    r"\b(?:icp|beian|filing|licen[cs]e|registration)\s+(?:\w+\s+)?(?:for|in)\s+(?:the\s+)?"
    r"(?:mainland\s+)?(?:china|chinese|prc|mainland)\b"
)
# Where a site is to be accelerated, not where it is hosted: "want accelerate the website in
# China with your CDN", "speed our shop up across mainland China".
_ACCELERATED_IN = re.compile(
    r"\b(?:accelerat\w*|speed\w*(?:\s+up)?|faster|boost\w*)\s+(?:(?:the|our|my|its|this)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:up\s+)?(?:in|for|into|across|throughout|inside|within)\s+(?:the\s+)?"
    r"(?:mainland\s+)?(?:china|chinese|prc|mainland)(?:\s+(?:mainland|china))?\b"
)
_COMPANY_PLACE = re.compile(
    r"(?:\w+\s+){0,3}(?:company|companies|firm|business|corporation|entity|office|offices|"
    r"headquarters|hq|team|staff)\b"
)
_COMPANY_WORDS = re.compile(
    r"\b(?:company|companies|firm|business|corporation|entity|office|offices|headquarters|hq|"
    r"registered|incorporated|headquartered|based|located|team|staff|we are from|we're from)\b"
)
# A plan or a possibility: not what is so today ("we'll move to Beijing", "maybe add a CDN")
_FUTURE = re.compile(
    # (not what stays as it is: "our site will stay in Frankfurt"; "will still move" is a plan)
    r"(?:'ll\b(?!\s+(?:stay|remain|keep|continue)\b))|"
    r"\b(?:will(?!\s+(?:stay|remain|keep|continue)\b)|going to|plan(?:s|ning|ned)? to|"
    r"next (?:month|year|week|quarter)|soon|later|in q[1-4]\b|"
    r"intend to|want to move|moving to|migrating to|yet|thinking (?:of|about)|consider\w*|"
    # a company's presence wished for ("we want register ban shi chu in Beijing", "we'd like to
    # set up a branch")
    r"(?:want|wants|would like|'d like|wish|hope|aim)\s+(?:to\s+)?(?:register|open|set up|"
    r"establish|create|found|incorporate)\b|"
    # only possible: "talk of adding a Shanghai region at some point, nothing is decided"
    r"at some point|talk of|some ?day|in the future|"
    r"(?:maybe|might|possibly|eventually)\s+(?:\w+\s+)?(?:add|move|open|switch|migrate|expand|"
    r"launch|set up|deploy|host|go|put|run)|"
    r"(?:nothing|not) (?:is |yet )?decided|undecided|"
    r"should (?:we|i) (?:move|host|switch|migrate|put|go)|"
    r"if (?:we|i) (?:move|host|switch|migrate|put|delete|remove|drop|terminate|shut down)|"
    r"mov(?:e|ing) (?:\S+ ){1,3}to|"
    # "are migrating everything to the Frankfurt region"
    # (a plan: not "we transfer files nightly to our ECS")
    r"(?:are|is|'re|will|going to|plan\w* to) (?:migrat(?:e|ing)|switch(?:ing)?|transfer(?:ring)?) "
    r"(?:\S+ ){1,3}to|"
    # supposed: "hosting it on the mainland would mean an ICP Filing"
    r"would (?:mean|require|need|make|trigger|involve|force|cost))\b"
)
# Advice: what follows it is someone's suggestion, not what is so ("support suggests running the
# site on Hong Kong ECS"; not "we host in Seoul as our agency advised", nor "advisory")
_ADVICE = re.compile(r"\b(?:suggest|recommend|advis|propos)(?:s|es|ed|ing)?\b|\badvice\b")
# What someone said would be needed, earlier in the sentence: "we were told we'd need ICP AND an
# ECS in China": a server asked for, not had
_TOLD_WE_NEED = re.compile(
    r"\b(?:told|tells?|says?|said|informed)\s+(?:us\s+|me\s+)?(?:that\s+)?(?:we|i|you)\s*"
    r"(?:'d|'ll|would|will|must|should)?\s*(?:need|have to|must|should|require)\b"
    # (the server itself what is needed: "need ICP AND an ECS in China", not "need an ICP for our
    # ECS in Shanghai")
    r"(?:\s+(?:to\s+)?(?:buy|get|rent|have))?(?:\s+(?:an?\s+)?(?:icp|filing|beian)(?:\s+filing)?\s+"
    r"(?:and|&|\+|plus)(?:\s+also)?)?\s+(?:an?|another|one)\s*$"
)
# The site said to run there (not only advised to): "so the site runs on Hong Kong ECS instead"
_RUNS_THERE = re.compile(
    r"\b(?:runs|running|ran|moved|migrated|lives|sits|is hosted|are hosted|we host|now on|"
    r"now in|stay|stays|staying|remain|remains)\b|"
    r"\b(?:site|shop|website|servers?)\s+(?:is|are)\s+(?:on|in)\b"
)
# The way out of a filing that cannot be done, not where the site is: "host on Alibaba Cloud
# Hong Kong instead", "the usual fallback"
# No filing, noted at the start of a note or a heading: "no beian -> ...", "No ICP Filing?"
_NO_FILING_NOTED = re.compile(
    r"^\W*(?:no|without)\s+(?:an?\s+)?(?:icp|beian)(?:\s+filing)?\s*(?:\?|:|->|—|-)"
)
_A_WAY_OUT = re.compile(
    r"\b(?:instead|fallback|fall back|alternatives?|substitutes?|replacements?|way out|workaround|"
    r"plan b)\b|"
    # "the only option is to host in Hong Kong"
    r"\b(?:only|other|best|usual|standard|common|remaining)\s+(?:options?|choices?|solutions?|"
    r"routes?|way)\b|"
    # "is shifting the ECS to Hong Kong the advisable route?"
    r"\b(?:recommended|advisable|advised|suggested|right|smart|sensible|usual)\s+(?:move|options?|"
    r"routes?|way|path|approach|solution|step|thing to do)\b"
)
# A place put forward as a choice, not where the site is: "I think Hong Kong ECS is an
# alternative", "Singapore as a fallback"
_PUT_FORWARD = re.compile(
    # (or asked: "is Alibaba Cloud Hong Kong a workable substitute?")
    r"^\s*(?:(?:is|are|would be|could be|might be|may be|as)\s+)?(?:an?|the|our|one|another)\s+"
    r"(?:\w+\s+)?(?:alternatives?|options?|substitutes?|fallback|workaround|way out|solution|"
    r"plan b)\b"
)
# A clause about the past says nothing about hosting today ("we used to host in Shanghai"); "no
# longer" is a negation of today's place ("no longer points to a server in mainland China").
# Gone, or not today's: "used to", "until last year", "decommissioned", "we had".
_GONE_WORDS = (
    r"used to|previously|formerly|in the past|(?:until|till|til) (?:last|recently|\d{4})|"
    r"originally|initially|at first|back then|back in (?:\d{4}|the day|those days)|"
    r"(?<!'ve )(?<!have )(?<!has )had(?! to\b)|"
    r"(?:got|was|were|been) shut|"
    # servers that are gone
    r"decommission\w*|terminated|retired|released|switched off|shut (?:down|off)|deleted|"
    # the verb split by what it acts on: "we shut the shanghai ecs down in march", "we're
    # shutting the hangzhou one down"
    r"(?:shut|shutting|switched|switching|turned|turning|took|taking) (?:the |our |that |this |"
    r"those |these |it |them )?(?:[\w-]+ ){0,2}?(?:down|off)|"
    r"removed|closed|got rid of|gave up|sold|dissolved|deregistered|wound up|dropped|"
    r"drop(?:s|ping)?\s+(?:the|our|that|this|those|these)|"
    # ... or the plan for it given up: "if we scrap the shenzhen plan", "ok forget shanghai",
    # "we delete the beijing landing page"
    r"(?:scrap(?:s|ped|ping)?|cancel(?:s|led|ling|ed|ing)?|ditch(?:es|ing)?|abandon(?:s|ing)?|"
    r"delet(?:e|es|ing))\s+(?:the|our|that|this|those|these)|"
    r"(?<!don't )(?<!dont )(?<!not )(?<!i )forget(?!\s+to\b)(?: about)?|"
    # a provider left ("we left Tencent Cloud Guangzhou in January"; not "we left the servers in
    # Beijing", which keeps them there)
    r"(?:moved|migrated) (?:off|away from)|ditched|abandoned|"
    r"left (?:our\s+|the\s+)?(?:" + words_pattern(HOSTING_PROVIDERS) + r")"
)
_GONE = re.compile(rf"\b(?:{_GONE_WORDS})\b")
# The past: what is gone, and a time gone by ("last year", "3 months ago", "the old plan").
_PAST = re.compile(
    rf"\b(?:{_GONE_WORDS}|last (?:year|month|week|quarter|summer|winter|spring|autumn|fall)|"
    r"(?:old|original|first|earlier) plan|\d+ (?:years?|months?) ago)\b"
)
_MOVED = r"(?:moved|migrated|switched|transferred|relocated)"
# Where a move starts: "moved from", "moved off", "migrated away from", "moved out of"
_MOVE_START = r"(?:from|off|out of)"
# A move's start with its place ("migrated the site from aliyun beijing to aws frankfurt": the
# place up to "to", else a word or three)
_MOVED_FROM = re.compile(
    rf"\b{_MOVED}\b(?:\s+\S+){{0,4}}?\s+{_MOVE_START}\s+"
    r"(?:(?:\S+\s+){0,3}?\S+(?=\s+(?:to|into|onto)\b)|(?:\S+\s+){0,2}?\S+)"
)
SENTENCES = re.compile(r"[^.?!]+[.?!]*")  # a message's sentences, with their end marks


def last_question(text: str) -> str:
    """The last sentence of `text` that ends with a question mark ("" when none does)."""
    questions = [q for q in SENTENCES.findall(text) if q.rstrip().endswith("?")]
    return questions[-1] if questions else ""


def _sentence_with(value: str, message: str) -> str:
    """The cleaned sentence of `message` that holds the phrase `value` ("" when none does)."""
    return next((t for t in SENTENCES.findall(_clean(message)) if _clean(value) in t), "")


def sentence_of(value: str, message: str) -> str:
    """The cleaned sentence of `message` holding the phrase `value` (the message when none does)."""
    return _sentence_with(value, message) or _clean(message)


# A case put to be answered, not a plan told: "what if we move the ECS to Tokyo?", "would moving
# to Hong Kong ECS then let us open without it?" (the case's facts are the ones asked about)
PUTS_A_CASE = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|hmm+|then|also|now|same|even|just)\W+)*"
    r"(?:(?:what|and|same|even|but|only)\s+)?(?:if|suppose|supposing|say|assuming)\s+(?:we|i)\b|"
    # ... its time first: "what if next quarter we give it a proper domain" (a "what if": not a
    # bare "if later we add ..., could the branch file?")
    r"^\W*(?:(?:and|but|so|ok|okay|hmm+|then|also|now)\W+)*what\s+if\s+"
    r"(?:next|this|in|by|later|someday|eventually|at some point)\b[^.?!,]{0,20}?\s+(?:we|i)\b|"
    r"^\W*(?:(?:and|so|ok|okay|hmm+)\W+)?(?:would|could|does|do|will|can|is)\s+\w+ing\b|"
    # a move asked about for its time: "when we move it to HK do we need anything?"
    r"^\W*(?:(?:and|so|ok|okay|then)\W+)?(?:when|once|after)\s+(?:we|i)\s+(?:move|migrate|switch|"
    r"relocate)\s+(?:it|them|everything|the\s+(?:site|website|servers?|ecs|shop)|our\s+\w+)\b"
)


_CASE_OPENING = re.compile(r"^\s*if\s+(?:we|i)\s+(?=\w)", re.IGNORECASE)


# What a plan told would change, asked: "boss wants to move it to shanghai region next quarter,
# what changes then" (the plan is the case asked about)
_WHAT_A_PLAN_CHANGES = re.compile(
    r"(?:\bwhat\s+(?:changes|would change|will change)|\bthen\s+what|\bwhat\s+then|"
    r"\bdoes\s+(?:that|this|it)\s+change\s+(?:anything|things))"
    r"(?:\s+(?:then|for us|at all))?\W*$"
)


def _puts_a_case(value: str, message: str) -> bool:
    # (a place chosen is the case asked about: "we'll go with Macau, so nothing to file?")
    return bool(
        PUTS_A_CASE.search(_sentence_with(value, message))
        or _WHAT_A_PLAN_CHANGES.search(_clean(message)[_clean(message).find(_clean(value)) :])
    ) or chooses_a_place(value, message)


# A move anywhere in a message: where the site is until then is asked, not assumed
_ANY_MOVE = re.compile(r"\b(?:mov|migrat|switch|relocat|transferr?)\w*")
# A plan firmly told (not "might", "someday", "thinking about" or "considered")
_FIRM_PLAN = re.compile(r"\b(?:plan(?:s|ning)?\s+to|going\s+to|will|intend\s+to)\b|'ll\b")
_HEDGED = re.compile(
    r"\b(?:might|may|maybe|perhaps|possibly|someday|some day|eventually|consider\w*|"
    r"thinking|not|never)\b|n't\b"
)


def a_plan_asked_about(value: str, message: str) -> bool:
    """A plan firmly told, then asked about in the next sentence ("We plan to put an SLB in front
    of ECS in Singapore. How do I apply for an ICP filing?"): the plan is the case asked about,
    when the message names no other place and tells nothing of today's ("for now", "currently")
    and no move (from where?)."""
    text = _clean(message)
    phrase = _clean(value)
    at = text.find(phrase)
    if at < 0 or FOR_NOW.search(text) or _ANY_MOVE.search(text):
        return False
    # (the plan's own place named again is no other place: "we'll go hk then. anything to file
    # for hk?")
    others = _ANY_PLACE.finditer(text[:at] + " " + text[at + len(phrase) :])
    if any(place_of_a_plan(other.group(0)) != place_of_a_plan(phrase) for other in others):
        return False
    sentences = re.split(r"(?<=[.!?;])\s+", text)
    told = next((s for s in sentences if phrase in s), "")
    after = sentences[sentences.index(told) + 1 :] if told else []
    return bool(
        told
        and after
        and "?" not in told
        and _FIRM_PLAN.search(told)
        and not _HEDGED.search(told)
        and "?" in after[0]
        and _ASKS_OF_THE_FILING.search(after[0])
    )


_MOVED_TO = re.compile(rf"\b{_MOVED}\b[^.?!,]{{0,30}}\bto\b")
# Where a move started, just before a place: "migrated off <Huawei Cloud Chengdu> to ...",
# "migrated everything from <Beijing>" (the move's end is there today; its start is not), or
# where a move under way starts: "we're moving our site from <Alibaba Singapore> to Shanghai" (it
# is there until the move, which is what is asked about: asked, not assumed)
_LEFT_BY_A_MOVE = re.compile(
    rf"\b(?:{_MOVED}|moving|migrating|switching|transferring|relocating)\b(?:\s+[\w'-]+){{0,3}}?\s+"
    rf"{_MOVE_START}\s+(?:[\w'-]+\s+){{0,2}}$"
)
_MOVING_TO = re.compile(
    r"\b(?:are|'re|am|'m|is|'s)\s+(?:now\s+)?(?:moving|migrating|switching|relocating)\b"
    r"[^.?!,]{0,30}\bto\b"
)
# Where the site was, told in the simple past beside a move: before the move
_WAS_THERE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:on|in|hosted|running|based)\b")
# A clause that starts at its verb ("... but is now in the US", "... and now sits in Tokyo")
# shares the subject of the clause before it.
_VERB_FIRST = re.compile(
    r"^\s*(?:(?:now|today|currently|since|then|later)\s+)?(?:is|are|was|were|has been|have been|"
    r"sits?|lives?|moved|migrated|got moved|went)\b"
)
_NOW = re.compile(r"\b(?:now|today|currently|at the moment|these days|at present)\b")
_SAT_THERE = re.compile(r"\b(?:sat|ran|lived)\b")


def _then_now(clause: str, clauses_after: List[str]) -> bool:
    """`clause` says where something was ("the backend was in Beijing", "sat in Hangzhou at
    first") and the next clause, sharing its subject, where it is now ("and is in Frankfurt
    now"): the past."""
    return bool(
        (_WAS_THERE.search(clause) or _SAT_THERE.search(clause))
        and clauses_after
        and (
            (_VERB_FIRST.match(clauses_after[0]) and _NOW.search(clauses_after[0]))
            # the verb left out: "it was in Beijing until March, now Tokyo"
            or _NOW_FIRST.match(clauses_after[0])
        )
    )


_NOW_FIRST = re.compile(r"^\s*(?:(?:but|and)\s+)?(?:now|today|currently|these days)\b")


# Set up in the past, and there today: "we spun up an ECS in cn-shanghai last week".
_STARTED = re.compile(
    r"\b(?:spun up|set up|launched|bought|purchased|deployed|created|opened|started|provisioned|"
    r"rented|built|went live|signed up)\b"
)


def _of_the_past(clause: str) -> bool:
    """A clause about the past ("we used to host in Shanghai"), unless it moved somewhere ("we
    moved to Hong Kong last week") or was set up then ("we spun up an ECS in Beijing last week"):
    there today."""
    if not _PAST.search(clause) or _MOVED_TO.search(clause):
        return False
    return not (_STARTED.search(clause) and not _GONE.search(clause))


_NO_LONGER = re.compile(r"\bno longer\b|(?:\bnot|n't) (?:\w+ ){0,2}any ?more\b")
# (a dash between words too: "we've left Shenzhen — all servers are in Singapore now"; not a
# hyphen inside a word: "cn-hangzhou")
_CLAUSES = re.compile(
    r"[,;:.!?()+—–]|\s-{1,2}\s|\b(?:and|but|while|whereas|although|though|however|so)\b"
)
# The user speaking of themselves ("were": "we're" typed without its apostrophe).
# (not the country, "the US", nor a region, "us-east-1")
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|my|me|we|we're|were|we've|our|ours|(?<!\bthe )us(?![-.]\w))\b"
)

# A company or organisation of any kind, as a noun ("an entity", "foreign firms", "any business"):
# one list for every reader that tells a rule for anyone from the user's own case.
ORGANISATION = (
    r"(?:organi[sz]ations?|compan(?:y|ies)|enterprises?|business(?:es)?|entit(?:y|ies)|firms?)"
)
_OUTSIDE_WORDS = (
    "outside",
    "outside of china",
    "outside mainland china",
    "overseas",
    "abroad",
    "offshore",
    "not in china",
    "not in mainland",
)
_MAINLAND_PLACES = tuple(_PROVINCES) + MAINLAND_GENERIC
_OUTSIDE_PLACES = HONG_KONG + OTHER_CHINESE_REGIONS + ABROAD
# Any place a message may name (beside a plan's: today's place, or another option)
_ANY_PLACE = re.compile(words_pattern(_MAINLAND_PLACES + _OUTSIDE_PLACES))


# A rule about places stated with no one's site in it ("opening a website in mainland China
# needs a licence but not in Hong Kong"): an article's sentence, not where the user's site is.
_STATES_A_RULE = re.compile(
    r"\b(?:needs?|required|requires?|requirements?|must|ha(?:ve|s) to|shall|bypass\w*|avoid\w*|"
    r"exempt\w*|icp|filings?|files|licen[cs]es?)\b"
)


# A question about sites in general: plural sites or companies, or a tag asking for agreement
# ("sites there need one and Hong Kong ones don't, right?"); not a terse question about one's own
# servers ("Servers in Tokyo + CDN covering mainland China. ICP required?").
_ABOUT_ANY_SITE = re.compile(
    r"\b(?:sites|websites|companies|businesses|ones|anyone|everyone|people|apps)\b|"
    r"\b(?:right|correct|true|isn't it|don't they|doesn't it)\s*\?"
)


# Sites in general named as what is asked about ("is ICP only a thing for sites on servers inside
# mainland China?", "does every website hosted in Beijing need one?").
_SITES_IN_GENERAL = re.compile(
    r"\b(?:sites|websites)\s+(?:on|hosted|in|that|which|served|running)\b|"
    r"\b(?:any|all|every)\s+(?:\w+\s+)?(?:sites?|websites?)\b"
)


_EVERY_SITE = re.compile(r"\b(?:any|all|every)\s+(?:\w+\s+)?(?:sites?|websites?)\b")


def asks_of_sites_in_general(value: str, message: object) -> bool:
    """Whether the sentence holding `value` asks about sites in general, with no first person:
    its places are no one's, even when it names only one ("Shop runs on ECS Shanghai. Does every
    site need its own ICP?" still says where the shop runs)."""
    phrase = _clean(value)
    for sentence in re.split(r"(?<=[.?!])\s+", _clean(message)):
        if phrase and phrase in sentence:
            return (
                # asked, or stated as a rule of every site: "all websites that operate inside
                # China must ..." (not a terse "Websites hosted on ..., ICP filing required")
                (
                    ("?" in sentence and bool(_SITES_IN_GENERAL.search(sentence)))
                    or (
                        bool(_STATES_A_RULE.search(sentence)) and bool(_EVERY_SITE.search(sentence))
                    )
                )
                and not FIRST_PERSON.search(sentence)
            )
    return False


# The writer only as who heard a claim or whose colleague made it: "a friend told me", "my
# colleague says": no first person of a site's.
_FIRST_PERSON_AS_LISTENER = re.compile(
    r"\b(?:told|tells|telling|asked|asks|assured|assures|warned|warns|informed|advised)\s+(?:me|us)\b|"
    # the writer only checking what was said: "have I got that right?", "am I right?", "if I
    # understand correctly"
    r"\b(?:have|did|do)\s+i\s+(?:got|get|understood|understand)\s+(?:that|this|it)\s+"
    r"(?:right|correctly)\b|\bam\s+i\s+(?:right|correct|wrong|mistaken)\b|"
    r"\bif\s+i\s+(?:understand|understood|get|got)\s+(?:it\s+|this\s+|that\s+)?"
    r"(?:right|correctly)\b|\bis\s+my\s+understanding\s+(?:right|correct)\b|"
    # ("I've read that ...", "we'd heard ...")
    r"\b(?:i|we)(?:'ve|'d|\s+(?:have|had|was|were))?\s+(?:(?:just|also|often|always)\s+)?"
    r"(?:heard|read|seen|saw|learned|learnt|been told|was told|were told)\b|"
    r"\b(?:my|our)\s+(?:colleague|boss|manager|friend|lawyer|consultant|cto|ceo|coworker|"
    r"co-worker|teammate|supervisor|accountant|advisor|adviser)s?\s+(?:\w+\s+)?(?:says?|said|"
    r"told|tells|thinks?|thought|believes?|claims?|insists?|reckons?|heard)\b"
)


def _is_general(text: str) -> bool:
    """A question, or a rule, that says nothing of the asker's own site ("sites there need one,
    right?")."""
    if FIRST_PERSON.search(_FIRST_PERSON_AS_LISTENER.sub(" ", text)):
        return False
    if "?" in text:
        return bool(_ABOUT_ANY_SITE.search(text))
    # (a ticket about a customer tells one site's case: "Customer in Germany, ECS cn-beijing,
    # filing rejected twice.")
    return bool(_STATES_A_RULE.search(text)) and not asks_for_a_client(text)


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


# What a whether-clause asks of the filing: "whether our Shanghai ECS needs an ICP filing"
_ASKS_OF_THE_FILING = re.compile(
    r"\b(?:needs?|requires?|required|must|ha(?:ve|s) to|file|filing|icp|beian|licen[cs]e|"
    r"enough|allowed|apply|applies)\b"
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
    return ways | ({"domain"} if _mentioned(text, ("domain", "domains")) else set())


def of_another_site(value: str, message: str) -> bool:
    """`value`'s clause places a kind of site other than the one the message's question asks
    about: "our blog is on ECS in Beijing" of "... the shop is on an SG box. Does the shop need
    ICP?" (not when the question names no kind, or names that one too), or a part reached
    otherwise than the one it picks out: "an IP-only dashboard on ECS Hong Kong and a domain site
    on ECS Shanghai. The IP-only one - must they file it?"."""
    question = last_question(_clean(message))
    clause = _clause_with(value, message)
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
    before, after = _around(value, message)
    unsure = _UNSURE_WHETHER.search(before)
    if not unsure:
        return False
    between = re.split(r"\b(?:whether|if)\b", unsure.group(0))[-1]
    # (a relative clause's verb describes what is presumed: "whether a service on our Shanghai
    # ECS that has no domain name still needs ...")
    between = re.split(r"\b(?:that|which|who)\b", between)[0]
    rest = re.split(r"[.?!;]", after)[0]
    asked = _ASKS_OF_THE_FILING.search(rest)
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
    text = _clean(message)
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


def speaks_of_anyone(message: object) -> bool:
    """A question about anyone's site ("do you need an ICP license for your website in China?"):
    "you" with no first person is an article's reader, not a place the user gave; and what others
    believe ("many think: servers in mainland China, but no filing needed") is no one's site."""
    text = _clean(message)
    # (the writer only as who read or heard it: "I read a blog claiming that ...")
    if FIRST_PERSON.search(_FIRST_PERSON_AS_LISTENER.sub(" ", text)):
        return False
    # (asked, or stated as a rule: "an ICP License is only required if your website is hosted
    # ... inside of Mainland China")
    asked_or_ruled = "?" in text or bool(_STATES_A_RULE.search(text))
    readers = _THE_PROVIDERS.sub(" ", text)  # (not "your ECS", "hosted with you": the provider's)
    return (
        # (in a pasted chat, "you" is the other speaker: "agent: which CDN region did you pick?
        # cust: Global ...")
        (asked_or_ruled and bool(_GENERIC_YOU.search(readers)) and not _is_a_chat(text))
        or bool(_OTHERS_BELIEVE.search(_without_a_clients_belief(text)))
        # a rule stated for others, asking nothing ("customers must purchase a temporary ECS",
        # "Note for overseas customers: an origin in Frankfurt ... needs no filing")
        or ("?" not in text and bool(_STRONG_RULE.search(text)) and bool(_OTHERS.search(text)))
        # what others usually do ("teams that can't produce the documents usually fall back to
        # Hong Kong"): a habit of many, not the writer's case
        or ("?" not in text and bool(_WHAT_OTHERS_USUALLY_DO.search(text)))
    )


# The speakers' labels of a pasted chat: the support side's ("agent: ...") and the customer's
# ("cust: ..."); both, or a ticket's fields ("Customer: Acme GmbH. Client: ...") would count
_SUPPORT_LABEL = re.compile(
    r"\b(?:agent|support|csr|rep)\s*:|(?:^|[.?!)\]]\s+)(?:me|tam|sales)\s*:"
)
_CUSTOMER_LABEL = re.compile(r"\b(?:cust|customer|client|user)\s*:")


def _is_a_chat(text: str) -> bool:
    return bool(_SUPPORT_LABEL.search(text) and _CUSTOMER_LABEL.search(text))


# What a vendor's note or an article lays down, and for whom (not "we need ..." or a terse "ECS in
# Hangzhou, filing pending", which have a first person or no rule for others)
_STRONG_RULE = re.compile(
    r"\b(?:must|shall|mandatory|compulsory|required|requires?|needs? no|carr(?:y|ies) no|"
    r"(?:is|are) (?:needed|not needed)|becomes? (?:mandatory|required|necessary)|"
    # ("sites on servers outside the mainland are not subject to ICP filing")
    r"(?:is|are) (?:not )?(?:subject to|exempt(?:ed)? from)|"
    # (passive: "they have to be filed with the provincial authority")
    r"(?:has|have) to be)\b"
)
_OTHERS = re.compile(
    rf"\b(?:customers|users|clients|sites|websites|domains|origins|publishers|{ORGANISATION}|operators|"
    r"owners|holders|merchants|developers|tenants|an origin|anyone|everyone|anything)\b|"
    # ("an ICP Bei'an is required for any domain delivering content from mainland China")
    r"\b(?:any|every|each|all)\s+(?:[\w-]+\s+)?(?:domains?|sites?|websites?|web ?pages?|apps?|"
    r"servers?)\b|"
    # a rule's generic case: "wherever a domain was registered, a server located in mainland
    # China means a filing must be made"
    r"\b(?:wherever|whenever|whoever)\b|"
    r"\ban?\s+(?:[\w-]+\s+)?(?:servers?|sites?|websites?|domains?)\s+(?:located|hosted|based|"
    r"whose|that|which)\b|"
    # ("site going live on a server in china or on a chinese CDN = ICP is a must")
    r"\b(?:on|to|from)\s+an?\s+(?:[\w-]+\s+)?(?:servers?|hosts?)\s+(?:in|inside|within)\b|"
    r"(?:^|[.!]\s+)(?:(?:vendor|product|release|service|important)\s+)?(?:note|notice)\b[^.?!:]{0,40}:"
)


# (a group defined by what it lacks or does: "teams that can't ... usually", "most companies")
_GROUPS = (
    rf"(?:teams|{ORGANISATION}|customers|clients|operators|merchants|publishers|developers|people)"
)
_USUALLY = r"(?:usually|typically|generally|normally|often|tend to|mostly|in most cases)"
_WHAT_OTHERS_USUALLY_DO = re.compile(
    rf"\b{_GROUPS}\s+(?:that|who|which|with|without)\b[^.?!]{{0,60}}\b{_USUALLY}\b|"
    rf"\b(?:most|many)\s+(?:\w+\s+)?{_GROUPS}\b[^.?!]{{0,60}}\b{_USUALLY}\b|"
    rf"\b{_USUALLY}\W+(?:\w+\s+)?{_GROUPS}\s+(?:that|who|which|with|without)\b"
)
_OTHERS_BELIEVE = re.compile(
    r"\b(?:many|most|some|people|others|everyone|they)\s+(?:think|believe|say|assume|claim)\b|"
    # what something read says: "I saw an article claiming ...", "a blog post says ..."
    r"\b(?:articles?|blogs?|blog posts?|posts?|guides?|threads?|videos?|pages?|forums?)\s+"
    r"(?:\w+\s+)?(?:claim\w*|say(?:s|ing)?|said|stat(?:es|ed|ing)|suggest\w*|argu\w*|insist\w*)\b|"
    r"\bmisconceptions?\b|\bmyths?\b"
)
_THE_PROVIDERS = re.compile(
    r"\byour\s+(?:[\w-]+\s+)?(?:ecs|cdn|servers?|regions?|console|cloud|platform|services?|"
    r"products?|data ?cent(?:er|re)s?|network|nodes?|instances?)\b|\bwith you\b"
)
_GENERIC_YOU = re.compile(r"\b(?:you|your|you're|youre)\b")


# The mainland named as what is left out: "outside mainland China", "excluding the mainland"
_LEFT_OUT_MAINLAND = re.compile(
    r"\b(?:outside(?:\s+of)?|excluding|excl\.?|except(?:\s+for)?|not\s+(?:in|including)|beyond)"
    r"\s+(?:the\s+)?(?:chinese\s+)?(?:mainland(?:\s+china)?|china(?:\s+mainland)?|prc)\b"
)


def is_general_comparison(message: object) -> bool:
    """A general question naming places in and outside mainland China, or a choice between them
    ("Beijing vs Hong Kong region for our new site?"): no hosting fact in it."""
    text = _without_a_clients_belief(_without_quoted_rules(_clean(message)))
    # (nor where the CDN filing's temporary instance may be: "must that temporary ECS be in the
    # mainland or can it be the HK one we already have?")
    # (where it is the only sentence, the temporary instance alone is left out: "Origin outside
    # China, CDN inside China: why a temporary mainland ECS is needed")
    text = " ".join(
        s for s in SENTENCES.findall(text) if not TEMPORARY_SERVER.search(s)
    ) or _TEMPORARY_SERVER_AND_PLACE.sub(" ", text)
    # (the mainland named only as what a CDN covers is no place compared: "site is on alibaba SG,
    # a colleague says Global doesn't include china")
    # (nor is it named only as what is left out: "acceleration region 'outside mainland China'
    # only, origin in Sydney")
    unnamed = _LEFT_OUT_MAINLAND.sub("outside", _unname_china(text))
    mainland = any(_find(c, _MAINLAND_PLACES) for c in _hosting_clauses(unnamed))
    outside = _find(text, _OUTSIDE_PLACES + _OUTSIDE_WORDS + _ANY_OTHER_PLACE) is not None
    return mainland and outside and (_is_general(text) or _a_choice_of_places(text))


# The rest of the world, in a rule ("mainland China hosting = ICP, anywhere else = no ICP"): only
# for telling a general comparison (in a user's own facts, "elsewhere" names no place).
_ANY_OTHER_PLACE = ("anywhere else", "everywhere else", "elsewhere")


_BETWEEN = r"[^.?!]{0,30}?\b(?:vs\.?|versus|or)\s[^.?!]{0,30}?"
_CHOICES = (
    re.compile(
        f"(?:{words_pattern(_MAINLAND_PLACES)}){_BETWEEN}(?:{words_pattern(_OUTSIDE_PLACES)})"
    ),
    re.compile(
        f"(?:{words_pattern(_OUTSIDE_PLACES)}){_BETWEEN}(?:{words_pattern(_MAINLAND_PLACES)})"
    ),
)


# Two things compared: "what's the difference between hosting in Hong Kong and in Shenzhen?",
# "international CDN compared with mainland CDN".
_COMPARED = re.compile(
    r"\b(?:differences?|compare[ds]?|comparing|comparison)\b(?:\s+between)?[^.?!]{0,60}"
    r"\b(?:and|with|to|vs\.?|versus)\b"
)


def _a_choice_of_places(text: str) -> bool:
    """Places in and outside mainland China set against each other: "Beijing vs Hong Kong",
    "Shanghai or Singapore region", "the difference between Hong Kong and Shenzhen"."""
    asked = [q for q in SENTENCES.findall(text) if q.rstrip().endswith("?")]
    return any(choice.search(text) for choice in _CHOICES) or any(
        _COMPARED.search(q) for q in asked
    )


# The filing as what something is for: "(just) to get the ICP filing", "for the CDN beian".
_THE_FILING_AS_AIM = (
    r"(?:(?:do\s+|get\s+|complete\s+)?(?:the\s+|an?\s+|our\s+)?"
    r"(?:icp\s+|cdn\s+)*(?:filing|file|beian)\b|(?:do|get|complete)\s+(?:the\s+|an?\s+)?icp\b|"
    # the CDN it is needed for: "buy an ECS in China just to use CDN"
    r"(?:use|enable|turn on|switch on)\s+(?:the\s+|a\s+|alibaba(?:\s+cloud)?(?:'s)?\s+)?"
    r"(?:china\s+|chinese\s+|mainland\s+)?cdn\b"
    r"(?!\s+(?:features?|functions?|services?|capabilities|for\s+(?!china|mainland)\w+)))"
)
# "we'd have to buy a server in China purely for the filing": bought to file, not to host.
# (Marked as there only to file: not "our website runs on an ECS in Shanghai for the ICP filing".)
_SERVER_FOR_THE_FILING = re.compile(
    r"\b(?:buy|bought|rent|rented|get|purchase\w*|order\w*)\b[^.?!,;]{0,25}?"
    r"\b(?:ecs|servers?|instances?|vps|box)\b[^.?!,;]{0,30}?\b(?:purely|just|only|solely)\s+"
    r"(?:for|to)\s+" + _THE_FILING_AS_AIM + r"|"
    # one someone else asks for: "support told us to get a 3-month ECS in the mainland to do ICP"
    r"\b(?:told|asked|advised|wants?|wanted|requires?|required)\s+(?:us|me)\s+to\s+(?:buy|get|rent|"
    r"purchase)\b[^.?!,;]{0,40}?\b(?:ecs|servers?|instances?|vps|box)\b"
)


_A_SETTINGS_EXCLUSION = re.compile(r"^\W*(?:excluding|except|not including)\b")


# A server asked for: "do we need a server in China for it?"
_A_SERVER_ASKED_FOR = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?(?:do|would|will|must|should|shall)\s+(?:we|i)\s+(?:\w+\s+)?"
    r"(?:need|require|(?:(?:have|need) to\s+)?(?:buy|get|rent|purchase|have|order|set up|spin up))"
    # ("that" one, asked for: "do we need that mainland ECS for 3 months?"; not "the ECS in
    # Shanghai to have a domain", the user's own)
    r"\s+(?:an?|one|another|that)\s+(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|"
    r"machines?|vms?)\b"
)
# Where a CDN reaches, in a clause about the site: "CDN with mainland POPs", "nodes in China".
_CDN_PLACE = re.compile(
    r"\b(?:mainland|china|chinese|prc|domestic)\s+(?:china\s+)?(?:pops?|nodes?|edges?|"
    r"acceleration|coverage|points? of presence)\b|"
    r"\b(?:cdn|pops?|nodes?|edges?|acceleration)\s+(?:in|inside|within|for|covering)\s+"
    r"(?:the\s+)?(?:mainland\s+)?(?:china|mainland|prc)\b"
)


def _hosting_clauses(text: str) -> Iterable[str]:
    """The clauses of `text` that may say where the site is hosted today: not those about a CDN,
    the company or its users, or the past."""
    clauses = _CLAUSES.split(text)
    for at, clause in enumerate(clauses):
        # (a clause that starts at its verb is about the subject before it: "our origin used to
        # be in Shanghai but is now in the US")
        subject = clauses[at - 1] if at and _VERB_FIRST.match(clause) else ""
        hosting = _HOSTING_TALK.search(clause) or _HOSTING_TALK.search(subject)
        if _CDN_TALK.search(clause) and not hosting:
            continue  # "we use a CDN in China"
        if (_COMPANY_WORDS.search(clause) or _COMPANY_WORDS.search(subject)) and not hosting:
            continue  # "our company is in Shanghai"
        if _then_now(clause, clauses[at + 1 :]):
            continue  # "the site was in Dallas and is now in Shenzhen"
        if _of_the_past(clause) or _SERVER_FOR_THE_FILING.search(clause):
            continue  # (a server bought only to file is not where the site runs)
        if _A_SETTINGS_EXCLUSION.match(clause):
            continue  # "'Global (Excluding Chinese Mainland)'": a CDN setting's words
        if _A_SERVER_ASKED_FOR.match(clause):
            continue  # "do we need a server in China for it?": asked for, not had
        if hosting and _CDN_TALK.search(clause):
            clause = _CDN_PLACE.sub(" ", clause)  # "CDN with mainland POPs in front of our site"
        clause = _ADVICE.split(clause, maxsplit=1)[0]  # (what is advised is not so)
        clause = _SERVED_FROM.sub(r"\1 \2from", clause)
        clause = _USERS_PLACE.sub(" ", _MOVED_FROM.sub(" ", _FILING_PLACE.sub(" ", clause)))
        clause = _PLACE_OF_USERS.sub(" ", _ACCELERATED_IN.sub(" ", clause))
        yield _COMPANY_PLACE.sub(" ", clause) if hosting else clause


def with_what_follows(value: str, message: str, words: int = 3) -> str:
    """`value` and the few words after it in its clause: "no office" + " in Singapore",
    "CDN for Chinese" + "-speaking users in"."""
    text, phrase = _clean(message), _clean(value)
    start = text.find(phrase)
    if start < 0:
        return value
    clause = _CLAUSES.split(text[start + len(phrase) :])[0]
    after = re.match(r"\S*(?:\s+\S+){0,%d}" % (words - 1), clause.lstrip())
    joiner = " " if clause[:1].isspace() else ""
    return value + joiner + after.group(0) if after and after.group(0) else value


def _around(value: str, message: str) -> Tuple[str, str]:
    """The cleaned words of `message` before and after the phrase `value` ("", "" when it is not
    there: a synonym or a button payload)."""
    text, phrase = _clean(message), _clean(value)
    start = text.find(phrase)
    return (text[:start], text[start + len(phrase) :]) if start >= 0 else ("", "")


def _clause_with(value: str, message: str) -> str:
    """The clause of `message` that holds the phrase `value` (the phrase itself when absent)."""
    text, phrase = _clean(message), _clean(value)
    start = text.find(phrase)
    if start < 0:
        return phrase
    return (
        _CLAUSES.split(text[:start])[-1] + phrase + _CLAUSES.split(text[start + len(phrase) :])[0]
    )


# A phrase echoed in a question and then denied: "Beijing servers? No, ours are in Frankfurt.",
# "CDN covering the mainland? Not for us." The phrase is the user's question, not their fact.
_DENIAL = re.compile(
    r"^\s*(?:no|nope|nah|not (?:for |in )?(?:us|ours|our case|really|at all)|neither|never)\b"
)


def denied_next(value: str, message: str) -> bool:
    """`value` stands in a question that the next sentence answers with a no (not a question
    of its own that opens with "no": "so hong kong it is? no filing needed there?")."""
    text, phrase = _clean(message), _clean(value)
    sentences = SENTENCES.findall(text)
    for here, after in zip(sentences, sentences[1:]):
        if phrase in here and here.rstrip().endswith("?"):
            return bool(_DENIAL.match(after)) and not after.rstrip().endswith("?")
    return False


# Names with "China" or "mainland" in them that are not the mainland: "mainland Europe", "China
# Hong Kong region", "China's Hong Kong SAR", "China Telecom's data centre in London", and the
# market ("Greater China", "the China region").
# "mainland Europe", "mainland US": another country's mainland
_OTHER_MAINLANDS = ABROAD + ("us", "america")
_NOT_THE_MAINLAND_NAMES = [
    (re.compile(r"\bmainland\s+(?=" + words_pattern(_OTHER_MAINLANDS) + ")"), ""),
    (re.compile(r"\bchina(?:'s)?\s+(?=(?:hong ?kong|hk|macau|macao|taiwan)\b)"), ""),
    # "Hong Kong SAR (China)", "the China (Hong Kong) region"
    (
        re.compile(r"\b(hong ?kong|hk|macau|macao|taiwan)((?: sar)?)\s*[(,]?\s*(?:china|prc)\b\)?"),
        r"\1\2",
    ),
    (re.compile(r"\bchina\s*\(\s*(hong ?kong|hk|macau|macao|taiwan)\s*\)"), r"\1"),
    (re.compile(r"\bchina\s+(?:telecom|unicom|mobile|netcom)(?:'s)?"), "the carrier"),
    (re.compile(r"\bgreater china\b|\bchina region\b"), "the market"),
    # "in China but not the mainland": Hong Kong, Macau or Taiwan
    (
        re.compile(
            r"\b(?:in\s+)?china,?\s+but\s+not\s+(?:in\s+)?(?:on\s+)?(?:the\s+)?mainland"
            r"(?:\s+china)?\b"
        ),
        "outside mainland china",
    ),
    # "out of China" is outside it ("servers are out of China"), but a business run out of a
    # place is there ("we operate out of Shanghai")
    (
        re.compile(
            r"\b(run|runs|running|ran|operate|operates|operating|operated|work|works|working|"
            r"based|serve|serves|serving|served)\s+out of\b"
        ),
        r"\1 from",
    ),
    # (and "we host the site out of China" reads both ways: neither is taken)
    (
        re.compile(
            r"\b(host|hosts|hosted|hosting|deliver\w*)(\s+(?:\w+\s+){0,2}?)out of (?:the )?"
            r"(?:mainland china|mainland|china|prc)\b"
        ),
        r"\1\2",
    ),
    (re.compile(r"\bout of (?:the )?(mainland china|mainland|china|prc)\b"), r"outside \1"),
]
# Parties other than the writer: those the writer may ask for, and the rest
_OTHERS_OF_ANOTHER_KIND = (
    r"friend|partner|competitor|colleague|supplier|vendor|distributor|reseller"
)
_OTHER_PARTIES = r"client|customer|" + _OTHERS_OF_ANOTHER_KIND
# Someone else's site: "my client's site is on ECS in Hangzhou".
_SOMEONE_ELSES = re.compile(
    rf"\b(?:{_OTHER_PARTIES})s?'s?\b|\btheir (?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?:site|website|shop|"
    r"servers?|ecs|instances?|box|boxes|landing pages?)\b"
)
# The one the writer asks for, a client or customer ("A client asked me: ... would their
# Singapore-hosted site need ICP?", "Cust: ...", "our customer only has servers in ..."; not "our
# customers are mostly in China", the site's users), with no party of another kind and no site of
# the writer's own beside: its site's place is the case asked about.
_ACTED_FOR = re.compile(
    r"^\W*(?:(?:fw|fwd|handover|ticket|escalation|(?:internal\s+)?note)\s*:?\s*)?"
    r"(?:the\s+)?(?:clients?|customers?|custs?)\b|"
    r"\b(?:clients?|customers?|custs?)(?:'s)?\s*(?::|(?:only\s+|currently\s+|still\s+)?(?:asked|asks|"
    r"wants|wanted|wonders|needs|has|have|runs|hosts|uses|is on|is a|is an))\b|"
    r"\b(?:for|on behalf of)\s+(?:a|our|my)\s+(?:client|customer)\b"
)
_ANOTHER_KIND_OF_PARTY = re.compile(
    rf"\b(?:(?:{_OTHERS_OF_ANOTHER_KIND}|rival|provider)s?|sister|parent|subsidiar(?:y|ies))\b"
)
_A_SITE_OF_OUR_OWN = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:site|website|shop|servers?|ecs|instances?|"
    r"box|boxes|hosting)\b|\b(?:we|i)\s+(?:also\s+)?(?:host|run|serve|deploy)\b|"
    # ("we're on Alibaba HK ECS", "our SaaS runs in Frankfurt")
    r"\b(?:we're|we are|i'm|i am)\s+(?:\w+\s+)?on\b|"
    r"\b(?:our|my)\s+(?:saas|platform|app|product|service|api)s?\b|"
    # ("but mine is hosted in Singapore")
    r"\b(?:mine|ours)\s+(?:is|are|runs?|sits?)\b"
)


# What the customer asked for believes, told in a ticket ("Handover: customer origin = HK ECS, ...
# They assume HK origin means no ICP."): their belief about their own site, not a rule of anyone's
_A_CLIENTS_BELIEF = re.compile(
    r"(?:^|(?<=[.!?;:]\s))(?:they|the\s+(?:customer|client)|(?:customer|client|cust)s?)\s+"
    r"(?:\w+\s+)?(?:assumes?|assumed|thinks?|thought|believes?|believed|says?|said|claims?|"
    r"claimed|figures?|reckons?|expects?)\b[^.?!]*[.!]?"
)


def _without_a_clients_belief(text: str) -> str:
    if not asks_for_a_client(text):
        return text
    # (a belief that compares places is still a rule of anyone's: "They assume an ECS in Shanghai
    # needs ICP and one in Hong Kong doesn't")
    return _A_CLIENTS_BELIEF.sub(
        lambda m: (
            m.group(0)
            if _find(m.group(0), _MAINLAND_PLACES) and _find(m.group(0), _OUTSIDE_PLACES)
            else " "
        ),
        text,
    )


def asks_for_a_client(message: str) -> bool:
    text = _clean(message)
    return bool(
        _ACTED_FOR.search(text)
        and not _ANOTHER_KIND_OF_PARTY.search(text)
        and not _A_SITE_OF_OUR_OWN.search(text)
    )


# The question asked of them, the client, not of the writer: "do they need an icp filing?", "do
# THEY need icp?", "does the client's shop need one?"
_ASKED_OF_THEM = re.compile(
    r"\b(?:do|does|would|will|must|should|can|could)\s+(?:they|the\s+(?:client|customer)s?|"
    r"their\s+[\w-]+|(?:the|our|my|this)\s+(?:client|customer)'?s?\s+[\w-]+)\b"
)
# ... or for them, the writer doing it: "do I have to file an ICP for them?", "do we need ICP for
# the client's site?"
_ASKED_FOR_THEM = re.compile(r"\bfor\s+(?:them|the\s+(?:client|customer)(?:'s)?|their\s+[\w-]+)\b")


def asks_of_a_clients_site_beside_our_own(message: str) -> bool:
    """A client's site asked about, the writer's own site told beside it as background ("we're a
    web agency, our own site runs on ecs hk. now a client wants their china site on ecs shanghai.
    do they need an icp filing?"): the client's site is the case asked, the writer's is not."""
    text = _clean(message)
    asked = last_question(text)
    return bool(
        _A_SITE_OF_OUR_OWN.search(text)
        # (a client's site named, not the site's users: "our customers are chinese companies")
        and _SOMEONE_ELSES.search(text)
        and re.search(r"\b(?:clients?|customers?|custs?)\b", text)
        and (
            (_ASKED_OF_THEM.search(asked) and not FIRST_PERSON.search(asked))
            or _ASKED_FOR_THEM.search(asked)
        )
    )


# Another case asked about: "does the same apply to AWS's Beijing region?"
_ANOTHER_CASE = re.compile(
    r"\b(?:does|do|would|will|is|was)\s+(?:the same|this|that|it)\s+(?:also\s+)?"
    r"(?:apply|applies|hold|holds|go|goes|count|work|works|be true|true|the case)\s+"
    r"(?:to|for|with|on|in)\b"
)
# A case of anyone's, supposed: "if a company hosts in Shenzhen but is registered in Delaware"
_ANYONES_CASE = re.compile(
    r"\b(?:if|when|say|suppose|supposing|assuming|imagine)\s+(?:an?|some|any)\s+(?:[\w-]+\s+)?"
    r"(?:company|firm|business|enterprise|client|customer|site|website|shop|one|someone|person)\b"
)
# Someone else as a clause's subject: "our competitor is a licence holder".
_SOMEONE_ELSE = re.compile(
    rf"\b(?:{_OTHER_PARTIES})s?\b|"
    # a parent company holding it ("our parent group holds an ICP Commercial License")
    r"\b(?:our|their|the)\s+parent(?:\s+(?:company|group))?\s+(?:holds?|has|owns?)\b"
)


def _unname_china(text: str) -> str:
    for pattern, replacement in _NOT_THE_MAINLAND_NAMES:
        text = pattern.sub(replacement, text)
    return text


# Alibaba Cloud's region names: "the China (Hong Kong) region" is in Hong Kong.
_REGION_NAME = re.compile(r"^\s*\(\s*([^()]+?)\s*\)")


def _region_named(value: str, message: str) -> str:
    """`value` with a trailing "China" replaced by the region in brackets after it."""
    start = message.lower().find(value.lower())
    region = _REGION_NAME.match(message[start + len(value) :]) if start >= 0 else None
    if region and _clean(value).endswith("china"):
        return value[: -len("china")] + region.group(1)
    return value


# A phrase that names only a website ("our China website", "a website in China") says which
# market it is for as often as where it runs: read only when nothing else in the message says
# where servers are, and never from "China site" / "Chinese website" or from "no website in ...".
_SERVER_WORDS = re.compile(
    rf"\b(?:{SERVER_WORDS}|regions?|cloud|runs?|running|deployed|machines?)\b"
)
_MARKET_SITE = re.compile(r"^(?:the |our |my |a |an )?(?:china|chinese)\s+(?:web)?sites?$")


# A site on a provider is hosted there: "our site is on Vercel (US)".
_ON_A_PROVIDER = re.compile(
    r"\b(?:on|with|at)\s+" + words_pattern(HOSTING_PROVIDERS + ("alibaba", "aliyun"))
)


# "another one in Qingdao", "a small one in cn-shenzhen", "one of them in Beijing": one server
# more after a hosting phrase (actions/slot_validation.py reads each as a hosting phrase)
ANOTHER_ONE = re.compile(
    r"\b(?:(?:another|one more|a second|a third|(?:a|one)(?:\s+[\w-]+)?)\s+one|"
    r"one of them(?:\s+is)?)\s+"
    r"(?:in|at|on)\s+(?:the\s+)?[\w'-]+"
    r"(?:\s+(?!(?:that|which|for|to|and|or|with|but|so|as|serv\w*|too|now)\b)[\w'-]+)?",
    re.IGNORECASE,
)


def _elided_subject(value: str, message: str) -> str:
    """The clause before `value`'s own, when `value`'s clause leaves its subject out to share
    that clause's ("the backend was in Beijing and is in Frankfurt now"); else nothing."""
    text, phrase = _clean(message), _clean(value)
    start = text.find(phrase)
    if start < 0:
        return ""
    sentence = re.split(r"[.?!;]", text[:start])[-1]
    clauses = _CLAUSES.split(sentence)
    if not clauses[-1].strip() and _VERB_FIRST.match(phrase):
        clauses[-1] = phrase  # the phrase starts its clause at the verb: "is now in the US"
    clauses = [c for c in clauses[:-1] if c.strip()] + clauses[-1:]
    if len(clauses) < 2 or not _VERB_FIRST.match(clauses[-1]):
        return ""
    return clauses[-2]


def _names_only_a_site(value: str, message: str) -> bool:
    phrase, text = _clean(value), _clean(message)
    # (with the word before it, which may be a server word's first: "data| centre in Lyon")
    word_before = re.search(r"([\w-]+)\s*$", _around(value, message)[0])
    with_word_before = f"{word_before.group(1)} {phrase}" if word_before else phrase
    if (
        _SERVER_WORDS.search(with_word_before)
        or _ON_A_PROVIDER.search(phrase)
        or ANOTHER_ONE.match(phrase)
        # (where the writer moved to names where the site runs: "we migrated to Tokyo")
        or (_MOVED_TO.search(phrase) and FIRST_PERSON.search(with_word_before))
        # (... or what its sentence named just before: "we had servers in HK until last year
        # then moved to Shenzhen")
        or (
            _MOVED_TO.search(phrase)
            and _SERVER_WORDS.search(re.split(r"[.?!;]", _around(value, message)[0])[-1])
        )
        # (or named as the subject its clause leaves out: "our origin used to be in Shanghai but
        # is now in the US")
        or _SERVER_WORDS.search(_elided_subject(value, message))
        # (or a set-up put before, returned to: "back to the mainland plan")
        or re.match(r"back to (?:the |our )?\S", phrase)
        # (or where the writer's move, its parts listed between, goes: "if we moved everything,
        # SLB and both ECS, to Hong Kong?")
        or (
            re.search(r"\bto\s*$", _around(value, message)[0])
            and re.search(
                rf"\b(?:we|i)\s+(?:\w+\s+)?(?:{_MOVED}|move|moving|migrate|migrating)\b[^.?!]*$",
                _around(value, message)[0],
            )
        )
    ):
        return False
    if (
        not FIRST_PERSON.search(text)
        and re.search(r"\b(?:web)?sites?\b", phrase)
        # (not a terse note that starts with it: "site in usa, cdn usa only. ok without icp?")
        and not text.startswith(phrase)
    ):
        return True  # "launching a website in China": anyone's site, or the market
    start = text.find(phrase)
    if _MARKET_SITE.match(phrase) or re.search(r"\bno\s*$", text[: max(start, 0)]):
        return True
    if start >= 0 and _SERVER_WORDS.match(text[start + len(phrase) :].lstrip()):
        return False  # "our site sits on SG ECS": the servers named right after the place
    rest = text[:start] + " " + text[start + len(phrase) :] if start >= 0 else text
    # (the CDN filing's temporary instance is no server of the site's: "our site stays in Oslo,
    # but we'd need a temporary ECS in Beijing", nor is it when referred back to: "... is there a
    # minimum subscription for that ECS?")
    if TEMPORARY_SERVER.search(rest) or FILING_ONLY_SERVER.search(rest):
        rest = FILING_ONLY_SERVER.sub(" ", TEMPORARY_SERVER.sub(" ", rest))
        rest = _THAT_SERVER.sub(" ", rest)
    # (nor is one said to be needed, or bought for the filing: "our website is in Virginia ... Do
    # we really have to buy an ECS in China for the filing?")
    rest = _A_SERVER_FOR_THE_FILING.sub(" ", _A_SERVER_NEEDED.sub(" ", rest))
    # (nor one that only might come: "a colleague thinks we might add a mainland ECS later"; nor
    # what is denied: "nothing runs in China")
    rest = _A_SERVER_MAYBE.sub(" ", rest)
    rest = _NOTHING_RUNS.sub(" ", rest)
    # (and "Alibaba Cloud CDN" names a CDN, not a cloud server)
    rest = re.sub(r"\b(alibaba|aliyun)\s+cloud(?:'s)?\s+(?=d?cdn\b)", r"\1 ", rest)
    # (nor is a CDN run: "we used to run Alibaba CDN for mainland users ... the site itself is in
    # Singapore")
    return bool(_SERVER_WORDS.search(_A_CDN_RUN.sub(" ", rest)))


_NOTHING_RUNS = re.compile(r"\bnothing\s+(?:\w+\s+)?(?:runs?|running|hosted|sits?|lives?)\b")
_A_SERVER_MAYBE = re.compile(
    r"\b(?:might|may|could|maybe|possibly|eventually|someday|plan(?:s|ning)? to|thinking of|"
    r"considering)\s+(?:\w+\s+){0,2}?(?:add|adding|buy|buying|get|getting|set up|setting up|"
    r"spin up|spinning up|rent|renting|deploy|deploying)\s+(?:an?\s+|one\s+|some\s+)?"
    r"(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|machines?|vms?)\b"
)


_A_SERVER_FOR_THE_FILING = re.compile(
    r"\b(?:ecs|instances?|servers?|vps|box|vms?|machines?)\b[^.?!,;]{0,30}?\bfor\s+"
    + _THE_FILING_AS_AIM
    # (not one the site was then put on: "... we bought for the filing now also serves the API")
    + r"(?![^.?!]*\b(?:serves?|serving|runs?|running|hosts?|hosting)\b)"
)


_A_CDN_RUN = re.compile(
    r"\b(?:runs?|running|ran|deployed)\s+(?:(?:the|our|an?|alibaba|aliyun|cloud|its)\s+){0,3}"
    r"cdns?\b"
)


_THAT_SERVER = re.compile(
    r"\b(?:that|this|the same|such an?)\s+(?:ecs|instances?|servers?|vps|box)\b"
)


# The CDN filing's temporary instance (shared with the scope rules).
TEMPORARY_SERVER = re.compile(
    # (or one kept only for it: "a throwaway ECS in china", "a dummy server")
    r"(?:\b(?:temp(?:orary)?|throw-?away|dummy|placeholder)\s+(?:[\w-]+\s+)?(?:ecs|instances?|"
    r"servers?|vps|box)\b|"
    # ... or by its term: "buy an ECS in mainland for at least 3 months"
    r"\b(?:ecs|instances?|servers?|vps)\b[^.?!]{0,25}\bfor (?:at least |a minimum of |min\.? |"
    r"(?:no|not) (?:less|fewer) than )?(?:3|three) months\b)"
)
# (with its place: "a mainland ECS instance bought for no less than 3 months")
_TEMPORARY_SERVER_AND_PLACE = re.compile(
    r"(?:\b(?:mainland|china|chinese|prc)\s+)*(?:" + TEMPORARY_SERVER.pattern + ")"
)


# ... and one named by its term or its aim, a server of the filing's (not the site's): "a 3-month
# ECS", "buy an ECS in the mainland just to file for CDN"
FILING_ONLY_SERVER = re.compile(
    r"\b(?:3|three)[- ]months?(?:'s)?\s+(?:[\w-]+\s+)?(?:ecs|instances?|servers?|vps)\b|"
    r"\b(?:ecs|instances?|servers?|vps|box|vms?|machines?)\b[^.?!,;]{0,30}?\b(?:just|only|purely|"
    r"solely)\s+(?:to|for)\s+" + _THE_FILING_AS_AIM
)


def _another_mainland(value: str, message: str) -> bool:
    """`value` ends with "the mainland" and names, in apposition, another one: "we host on the
    mainland - mainland Australia, that is"."""
    if not re.search(r"\bmainland\W*$", _clean(value)):
        return False
    _, after = _around(value, message)
    return bool(
        re.match(
            r"^[\s,:;(–—-]*(?:that is,?\s*|i mean,?\s*)?mainland\s+"
            + words_pattern(_OTHER_MAINLANDS),
            after,
        )
    )


# A place taken back: "Servers are in Shanghai - sorry, I meant Hong Kong", "ECS Beijing, no wait,
# Singapore", "Correction: Hangzhou was the old plan".
_CORRECTION = re.compile(
    r"\b(?:i meant|i mean|no wait|wait,? no|oops|correction|scratch that|my bad|typo|make that)\b"
)
# A message that corrects a fact or tells of a move ("oh wait, we migrated to Macau"), shared
# with the scope decision.
UPDATES_A_FACT = re.compile(
    _CORRECTION.pattern + rf"|\b(?:actually|wait|sorry|update|changed|{_MOVED})\b"
)


# A reply's correction: the last "I mean", "sorry", ... with a place after it.
_CORRECTED = re.compile(_CORRECTION.pattern + r"|\bsorry\b")


def _corrected_to(message: str) -> Optional[str]:
    """What a reply says after its last correction, when that names a place."""
    text = _clean(message)
    found = list(_CORRECTED.finditer(text))
    rest = text[found[-1].end() :] if found else ""
    return rest if rest and to_hosting_location(rest) is not None else None


def _correction_after(value: str, message: str) -> Optional[str]:
    """What follows a correction said after `value`, or None when none is."""
    _, after = _around(value, message)
    found = _CORRECTION.search(after)
    if not found:
        return None
    # the place said right after it ("sorry, I mean Singapore, the Shanghai one was cancelled")
    rest = after[found.end() :]
    if not re.search(r"\w", rest):
        return None  # "the ECS are in Singapore, not Hangzhou. my bad": owned up to, at the end
    first = re.split(r"[,.;!?]", rest)[0]
    return first if to_hosting_location(first) is not None else rest


# Hosting words that name servers only beside them; "region", "running", "deployed", "center" or
# "machines" also name a sales region, a business, staff, a service centre or products.
_NAMES_SERVERS = re.compile(
    rf"\b(?:{SERVER_WORDS}|(?:web)?sites?|web site|apis?|cloud|aws|azure|gcp|aliyun|alibaba)\b"
)
# A site served from a place, in so many words ("the client's site is served from
# ap-southeast-1"): where its servers are, whoever else the clause names
_A_SITE_SERVED_FROM = re.compile(
    r"\b(?:(?:web)?sites?|shops?|stores?|apps?|pages?|content|front-?ends?|apis?)\s+(?:is|are|gets?)\s+"
    r"(?:\w+\s+)?(?:served|hosted|delivered)\s+from\b"
)
_PEOPLE_OR_TRADE = re.compile(
    r"\b(?:team|staff|engineers?|employees?|people|workers?|office|offices|firm|company|"
    r"business|sales|buyers?|customers?|clients?|users?|visitors?|audience|factor(?:y|ies)|"
    r"products?|sell\w*|sold|trading|service|support|warehouses?|stores?|distributors?|"
    r"resellers?|dealers?|agents?|partners?)\b"
)
# "a download mirror", "the apt mirror", "a read replica": copies of software or data
_NOT_THE_SITES_COPY = re.compile(
    r"\b(?:download|update|package|software|repo\w*|apt|pip|pypi|npm|yum|maven|docker|registry|"
    r"image|os|linux|read|db|database)\s*(?:/\s*\w+\s*)?$"
)
# "a job site in Wuhan", "our factory site in Ningbo": not a website
_NOT_A_WEBSITE = re.compile(
    r"\b(?:job|construction|building|factory|mining|project|work|plant)\s*$"
)


# People in a pool or a cluster: "a talent pool in Shenzhen", "our user cluster in Beijing".
_PEOPLE_BEFORE = re.compile(
    r"\b(?:talent|user|users|customer|customers|developer|developers|dev|devs|staff|labou?r|"
    r"team|audience|reader|readers|fan|fans|worker|workers|candidate|candidates)\s*$"
)


# Some of the servers, not all, moved: "half the ECS ... are moved", "one of our three instances
# moves", "a couple of the nodes go" (not "one ECS in Singapore", nor "all three servers")
_A_PART_OF_THE_SERVERS = re.compile(
    r"\b(?:(?:half|some|part|a few|a couple|several|most)\s+(?:of\s+)?|"
    r"(?:one|two|three|four|\d+)\s+of\s+)(?:the|our|them|those|these)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ecs|servers|instances|nodes|boxes|vms|machines|backends|backend servers)\b"
    r"(?=[^.?!]*\b(?:mov\w*|migrat\w*|relocat\w*|shift\w*|go|goes|going|went)\b)"
)


def names_no_server(value: str, message: str) -> bool:
    """The hosting phrase `value` names no server of a site ("a job site in Wuhan", "our sales
    team in Shanghai", "a download mirror in PRC")."""
    phrase, (before, _) = _clean(value), _around(value, message)
    if re.match(r"sites?\b", phrase) and _NOT_A_WEBSITE.search(before):
        return True
    if re.match(r"(?:pools?|clusters?)\b", phrase) and _PEOPLE_BEFORE.search(before):
        return True
    if re.match(r"(?:mirrors?|replicas?)\b", phrase) and _NOT_THE_SITES_COPY.search(before):
        return True  # "a new download / update mirror in PRC": software's, not the site's
    if ANOTHER_ONE.match(phrase):
        return False  # "plus a small one in Hefei for Chinese visitors": one server more
    if _MOVED_TO.search(phrase) and _WHAT_MOVES.search(_clause_with(value, message)):
        return False  # "moved everything to the Shenzhen region to cut latency for buyers"
    clause = _clause_with(value, message)
    # (the server may be named right after the phrase: "if we move to HK" + " ECS", not after a
    # comma: "engineers deployed in Xi'an, servers in Perth")
    next_words = re.match(r"\s*((?:[\w-]+\s*){0,2})", _around(value, message)[1]).group(1)
    return (
        not _NAMES_SERVERS.search(phrase)
        and not _NAMES_SERVERS.search(next_words)
        and not _A_SITE_SERVED_FROM.search(clause)
        and bool(_PEOPLE_OR_TRADE.search(clause))
    )


# What a move takes along: the site's servers
_WHAT_MOVES = re.compile(r"\b(?:everything|it all|the whole (?:site|stack|thing)|stack|region)\b")


# A question about the time after a planned move ("we're moving it to Frankfurt. After the
# move, do we still need the filing?"): today's place is not the one asked about, so asked.
_AFTER_THE_MOVE = re.compile(
    r"\b(?:after|once|when)\s+(?:the|that|this|our|we)\s*(?:'ve|have|are|'re)?\s*"
    r"(?:move|moved|migration|migrated|switch|switched|transfer|transferred)\b|\bpost[- ]move\b|"
    # "after moving, do we need ICP?"
    r"\b(?:after|once)\s+(?:moving|migrating|switching|transferring)\b"
)


# ... or that time named back after the move is told ("Next year we'll move to Shanghai. Will we
# need an ICP filing at that point?")
_THAT_TIME = re.compile(
    r"\b(?:at that (?:point|time|stage)|by then|after that|then|when that happens|"
    # the move itself named back: "Do we have to do beian for that, or can it run like in HK?"
    r"for (?:that|the (?:move|migration|new setup)))\b[^.!]*\?"
)
_A_MOVE = re.compile(r"\b(?:mov(?:e|ing)|migrat(?:e|ing)|switch(?:ing)?)\b")


def _asks_after_a_move(message: str) -> bool:
    text = _clean(message)
    return bool(
        (_AFTER_THE_MOVE.search(text) or (_A_MOVE.search(text) and _THAT_TIME.search(text)))
        and _FUTURE.search(text)
    )


# The server the FAQ's CDN route has one buy only to file, not where the site runs: "a temp ECS in
# China for the CDN filing", "an ECS in Hangzhou just to get the beian". (Not "to register the
# domain", nor a temporary server the site runs on.)
_FOR_THE_FILING_AFTER = re.compile(
    r"^[^.?!,;]{0,30}?\b(?:for|just to|only to|to|so (?:that )?(?:i|we) can|in order to)\s+"
    + _THE_FILING_AS_AIM
)


# An instance someone else asks for, not one the site runs on: "why Alibaba wants me to buy a
# mainland ECS when my site runs on a droplet in New York".
_ASKED_TO_GET = re.compile(
    # "why buy an ECS in China just to use CDN?", "why must we get one in the mainland?"
    r"\bwhy\s+(?:(?:do|would|must|should)\s+(?:we|i)\s+(?:(?:have|need)\s+to\s+)?)?"
    r"(?:buy|get|rent|purchase)\s+(?:an?\s+|the\s+|one\s+)?$|"
    r"\b(?:alibaba(?: cloud)?|aliyun|support|sales|the (?:filing|portal|system|console|cdn|rules?|"
    r"agent|agency)|it|they)\s+"
    r"(?:\w+\s+)?(?:wants?|wanted|asks?|asked|requires?|required|tells?|told|makes?|made|forces?|"
    r"forced|expects?)\s+(?:me|us|you|them)\s+to\s+(?:buy|get|rent|purchase|order|set up|spin up|"
    r"have)\s+(?:an?\s+|the\s+|one\s+)?$"
)


# ... marked by what follows it or comes before it: "buy an ECS in mainland China even though we'll
# never host anything on it", "for the ICP filing we'd need to buy an ECS in mainland China"
_NOTHING_HOSTED_AFTER = re.compile(
    r"^[^.?!;]{0,40}?\b(?:never|won't|will not|wouldn't|would not|not going to)\s+host\s+"
    r"(?:anything|our site|the site|our website|it)\b(?!\s+else)|"
    r"^[^.?!;]{0,40}?\bnothing\s+(?:will|would)\s+(?:ever\s+)?(?:be\s+)?(?:hosted|run)\b"
)
_BOUGHT_FOR_THE_FILING_BEFORE = re.compile(
    r"\bfor (?:the\s+|our\s+|an?\s+)?(?:icp\s+|cdn\s+)*(?:filing|beian)\b[^.?!]{0,30}"
    r"\b(?:buy|bought|get|got|rent|rented|purchase|purchased|order|ordered)\s+"
    r"(?:an?\s+|one\s+)?$"
)
# ... unless the site was then put on it: "... had to get an ECS in Shanghai, and we moved the
# whole site onto it"
_SITE_PUT_ON_IT = re.compile(
    r"\b(?:moved|move|put|runs?|running|host\w*|deployed|migrated|lives)\b[^.?!]{0,40}"
    r"\b(?:(?:on|onto|to)\s+(?:it|that one|this one)|there)\b"
)


# A server said to be needed, by anyone: "i also need a china ecs for it??", "I read you need a
# server in China to do that" (one to get, not one the site runs on; not the past: "we had to get
# an ECS in Shanghai, and we moved the whole site onto it")
_A_SERVER_NEEDED = re.compile(
    # (said of the writer or anyone: not "the checkout needs an ECS in Shanghai")
    # ("they told me need a ECS in China": a non-native "told me I need")
    r"\b(?:we|i|you|one|they|told me|told us)(?:'d|'ll)?\s+(?:also\s+|still\s+|would\s+|will\s+|"
    r"really\s+)?"
    # ("so i need buy a ECS in mainland?": a non-native "need to buy")
    r"(?:needs?(?:\s+(?:to\s+)?(?:buy|get|rent|purchase|order|have|set up|spin up))?|requires?|"
    r"(?:have|has) to (?:buy|get|rent|purchase|order|have|"
    r"set up|spin up)|must (?:buy|get|rent|purchase|order|have|set up))\s+(?:also\s+|still\s+)?"
    r"(?:an?|one|another|some)\s+(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|machines?|"
    r"vms?)\b|"
    # asked in the passive: "is an ECS needed for that?"
    r"\b(?:is|are|isn't|aren't)\s+(?:an?|one|another|some)\s+(?:[\w-]+\s+)?(?:servers?|ecs|"
    r"instances?|vps|box|machines?|vms?)\s+(?:also\s+|still\s+|even\s+|really\s+)?(?:needed|"
    r"required|necessary|mandatory)\b"
)


def _asked_for(value: str, message: str) -> bool:
    """`value` is the server a question asks for, or one said to be needed: "do we have to buy a
    server in mainland ...?", "you need a server in China" (not the site's place after it: "...
    if my site lives in Frankfurt?")."""
    before = _CLAUSES.split(_around(value, message)[0])[-1]
    asked = _A_SERVER_ASKED_FOR.match(before + _clean(value))
    needed = [m for m in _A_SERVER_NEEDED.finditer(before + _clean(value))]
    return bool(asked and asked.end() > len(before)) or any(m.end() > len(before) for m in needed)


_RUNS_ON = r"\b(?:runs?|running|hosted|lives|sits|is|are)\s+on\s+(?:an?\s+|the\s+)?"


def _only_for_the_filing(value: str, message: str) -> bool:
    before, after = _around(value, message)
    return bool(
        _FOR_THE_FILING_AFTER.search(after)
        or _NOTHING_HOSTED_AFTER.search(after)
        or (
            _BOUGHT_FOR_THE_FILING_BEFORE.search(before)
            and not _SITE_PUT_ON_IT.search(re.split(r"[.?!]", after)[0])
        )
        or _ASKED_TO_GET.search(before)
        # ... or by its term: "rent an ECS in China for at least three months", "a three-month
        # ECS in mainland China"
        or TEMPORARY_SERVER.match(_clean(value) + " " + after.strip())
        or (
            re.search(r"\b(?:three|3)[- ]?months?(?:'s)?\s*$", before)
            # (not the site's own: "our shop runs on a three-month ECS in Shenzhen")
            and not re.search(_RUNS_ON + r"(?:three|3)[- ]?months?(?:'s)?\s*$", before)
        )
        # the CDN filing's temporary instance: "we need a temporary ECS in China" (not "our site
        # runs on a temporary ECS in Hefei")
        or (
            re.search(r"\b(?:temp(?:orary)?|throw-?away|dummy|placeholder)\s*$", before)
            and not re.search(
                _RUNS_ON + r"(?:temp(?:orary)?|throw-?away|dummy|placeholder)\s*$", before
            )
        )
    )


# More places after a hosting phrase's own, joined to it: "servers are in Frankfurt and Shanghai",
# "in Singapore, Tokyo and Beijing", "in London plus a replica in Hangzhou" (not "or": a choice).
_JOINED = (
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:also\s+)?|\s*[&+]\s*|\s+as well as\s+|"
    # (with "plus", what is there must be a server: not "plus an office in Shanghai")
    r"\s+plus\s+(?:(?:a|an|one|some|two|three)\s+)?(?:[\w-]+\s+)?(?:servers?|ecs|instances?|"
    r"standbys?|replicas?|nodes?|backups?|mirrors?|dr sites?|vms?|boxes|box)\s+|"
    # (or one more of the servers just named: "servers in Seoul plus one in Wuxi")
    r"\s*,?\s+(?:plus|and|as well as)\s+(?:(?:one|another|two|three|a few|a couple|some)"
    r"(?:\s+more)?|a (?:second|third))\s+(?=(?:in|at|on)\s))"
    r"(?:(?:in|at|on)\s+)?(?:the\s+)?"
)


@functools.lru_cache(maxsize=1)
def _places_joined() -> Pattern:
    place = words_pattern(_MAINLAND_PLACES + _OUTSIDE_PLACES)
    # each a place on its own, not a word of the next clause ("in Virginia, China users complain")
    ends = (
        r"(?![-\w])(?!\s+(?:users?|customers?|visitors?|clients?|people|ppl|folks|market|traffic|"
        r"teams?|"
        r"offices?|staff|audiences?|readers?|companies|company|based|is|are|was|were|has|have|"
        # (nor another thing of that place's: "origin in Lisbon, and the China CDN")
        r"cdns?|nodes?|acceleration|edges?|pops?|icp|beian|filing|licen[cs]es?|rules?|laws?|"
        r"government|authorit(?:y|ies))\b)"
    )
    # ("in us-west-1 (oregon), ap-northeast-1 and cn-guangzhou": a place's gloss is skipped)
    gloss = r"(?:\s*\([^()]{0,30}\))?"
    return re.compile(rf"^(?:{gloss}{_JOINED}(?:{place}){ends})+")


def places_joined(value: str, message: str) -> str:
    """The places joined to `value`'s own just after it in `message` ("" when none), cleaned."""
    text, phrase = _clean(message), _clean(value)
    start = text.find(phrase)
    if start < 0:
        return ""
    joined = _places_joined().match(text[start + len(phrase) :])
    return joined.group(0) if joined else ""


@functools.lru_cache(maxsize=1)
def _places_joined_before() -> Pattern:
    # (places by name: "mainland" or "china" before a server phrase may end a CDN's, "cdn excl
    # mainland + sg server")
    place = words_pattern(tuple(_PROVINCES) + _OUTSIDE_PLACES)
    return re.compile(rf"(?:(?<![-\w])(?:{place})(?:\s*,\s*|\s+and\s+|\s*[&+]\s*|\s+or\s+))+$")


def places_joined_before(value: str, message: str) -> str:
    """The places joined to `value`'s own just before it, when its place comes first ("Shenzhen
    and Singapore servers", "SZ + SG servers"), cleaned ("" when none)."""
    text, phrase = _clean(message), _clean(value)
    start = text.find(phrase)
    if start <= 0 or not _find(phrase.split(" ")[0], _MAINLAND_PLACES + _OUTSIDE_PLACES):
        return ""
    joined = _places_joined_before().search(text[:start])
    # ("or" is a choice, not more servers: "Beijing or Singapore servers?")
    return joined.group(0) if joined and not re.search(r"\bor\s*$", joined.group(0)) else ""


def _with_joined(read: Optional[str], joined: str) -> Optional[str]:
    """`read` (the phrase's own place) with the joined places: any in mainland China counts."""
    also = to_hosting_location("servers in " + joined.lstrip(" ,&")) if joined else None
    for value in (d.MAINLAND_CHINA, d.HONG_KONG, d.OUTSIDE_MAINLAND):
        if value in (read, also):
            return value
    return read


@functools.lru_cache(maxsize=1)
def _or_another_place() -> Pattern:
    place = words_pattern(_MAINLAND_PLACES + _OUTSIDE_PLACES)
    return re.compile(rf"^\s*,?\s*or\s+(?:in\s+|on\s+|the\s+)?(?:{place})")


def _a_choice_after(value: str, message: str) -> bool:
    """`value`'s place is one of a choice of places whose rules differ: "hosting in Hong Kong or
    Singapore can bypass ICP" (not "in Wuhan or Xi'an, I forget which": mainland China either
    way)."""
    other = _or_another_place().match(_around(value, message)[1])
    return bool(other) and to_hosting_location(
        "servers in " + other.group(0).split("or", 1)[1]
    ) != (to_hosting_location(_clean(value)))


# A quoted sentence ("the note says 'Sites on mainland China servers need an ICP Filing; ...'"),
# not a short quoted name such as a CDN setting ('Global (Excluding Mainland China)')
_QUOTED = re.compile(r"\"([^\"]{30,})\"|“([^”]{30,})”|(?<!\w)'([^']{30,}?)'(?!\w)")


def _quoted_rules(text: str) -> List[str]:
    """The quoted rules in `text`: someone's words about sites, not the user's site."""
    quoted = (next(group for group in match.groups() if group) for match in _QUOTED.finditer(text))
    # (not a message passed on, which tells its writer's or a customer's own set-up: "FW: 'Our
    # customer only has servers in the UAE region. ...'")
    return [
        words
        for words in quoted
        if _STATES_A_RULE.search(words)
        and (not _A_SET_UP_TOLD.search(words) or _A_RULE_FOR_ALL.search(words))
    ]


_A_RULE_FOR_ALL = re.compile(r"\b(?:any|every|all)\b[^.?!]{0,40}\b(?:requires?|needs?|must)\b")
_A_SET_UP_TOLD = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:site|website|shop|servers?|ecs|instances?)\s+"
    r"(?:is|are|runs?|sits?|lives?)\b|\b(?:we|i)\s+(?:only\s+)?(?:host|run|use)\b|"
    r"\b(?:we|i)\s+(?:only\s+)?have\s+(?:\w+\s+)?(?:servers?|ecs|instances?|a site|a shop)\b|"
    r"\b(?:customer|client|cust)s?\s+(?:only\s+|currently\s+|still\s+)?(?:has|have|runs?|hosts?|"
    r"uses?|is on)\b"
)


def _without_quoted_rules(text: str) -> str:
    for rule in _quoted_rules(text):
        text = text.replace(rule, " ")
    return text


def _in_a_quoted_rule(value: str, message: str) -> bool:
    phrase = _clean(value)
    return any(phrase in rule for rule in _quoted_rules(_clean(message)))


# What a provider itself has or offers, told ("AWS appears to have availability zones in Beijing
# with edge nodes in Shanghai"), not where a site runs
_A_PROVIDERS_OWN = re.compile(
    r"^\W*(?:aws|amazon(?: web services)?|azure|microsoft|google cloud|gcp|tencent(?: cloud)?|"
    r"huawei(?: cloud)?|cloudflare|akamai|fastly|cloudfront|oracle|ibm|digitalocean|linode|vultr|"
    r"ovh|hetzner|alibaba(?: cloud)?|aliyun)\b[^.?!]{0,25}\b(?:has|have|appears to have|offers?|"
    r"operates?|provides?|launched|opened|runs)\b(?!\s+(?:our|my)\b)"
)
# Hosting wished for in a condition: "if we really want hosting inside China"
_IF_WE_WANT = re.compile(
    r"\bif (?:we|i|they|you) (?:\w+ )?(?:want|wanted|wish|decide\w*|choose|chose|go with|"
    r"would like|'d like)\b"
)


def not_a_sites_place(value: str, message: str) -> bool:
    """A hosting phrase that places a provider's own regions ("AWS appears to have availability
    zones in Beijing"), or hosting wished for in a condition ("if we really want hosting inside
    China"): no site's server."""
    sentence = _sentence_with(value, message)
    return bool(
        _A_PROVIDERS_OWN.search(sentence[: sentence.find(_clean(value))])
        # (a case put outright is asked about: "what if we just go with hong kong")
        or (
            _IF_WE_WANT.search(_clause_with(value, message)) and not _WHAT_IF.match(_clean(message))
        )
    )


_WHAT_IF = re.compile(r"\W*(?:(?:and|but|so|ok|okay|then|hmm+)\W+)*(?:what|same|even)\s+if\b")
# A place chosen for the site ("we'll go with Hong Kong"), where the phrase ends: the end of its
# clause, or words that keep it the site's ("then", "instead", "region"; not "-based agency")
_GOES_WITH = re.compile(r"\bgo(?:ing)?\b")
_A_PLACE_CHOSEN_ENDS = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:then|instead|rather|region|regions|for|as|so|too|and|but|ecs|"
    r"servers?|hosting|data ?cent(?:er|re)s?)\b)"
)


# A presence in mainland China or its licence, and the company's own seat or another party: the
# words that say whose a place is when a message names no server
_PRESENCE_WORDS = (
    rf"branch\w*|rep(?:resentative)? offices?|{REP_OFFICE_PINYIN}|wfoe|subsidiar\w+|"
    r"joint venture|"
    r"licen[cs]e\w*"
)
_SEAT_WORDS = (
    r"hq|headquarters?|head office|parent(?:\s+company)?|holding|group|partners?|agency|team|staff|"
    r"founders?|ceo|owners?"
)
_A_PRESENCE_WORD = re.compile(rf"\b(?:{_PRESENCE_WORDS})\b")
# ("and if we had one in Shanghai?", "our parent is in Toronto")
_NOT_THE_SITES_PLACE = re.compile(
    _COMPANY_WORDS.pattern
    + rf"|\b(?:{_PRESENCE_WORDS}|{_SEAT_WORDS}|permits?|had|have|has|suppliers?|factory|"
    r"warehouse)\b"
)
# Mainland China as a whole, named with a CDN: the area the CDN covers, not a server's place
# ("in case we add China mainland to the CDN later")
_THE_MAINLAND = re.compile(
    r"^(?:the\s+)?(?:(?:chinese\s+)?mainland(?:\s+china)?|china(?:\s+mainland)?|prc)$"
)


# ... or all but it: "not outside mainland" said of a CDN's area
_OUTSIDE_THE_MAINLAND = re.compile(
    r"^(?:outside|out of|beyond)\s+(?:of\s+)?(?:the\s+)?(?:(?:chinese\s+)?mainland(?:\s+china)?|"
    r"china(?:\s+mainland)?|prc)$"
)


def names_an_area(place: str) -> bool:
    """`place` is mainland China as a whole, or all outside it ("in China", "outside mainland"):
    named beside a CDN, the area the CDN covers, not a server's place."""
    # (the place as the extractor may take it: "faster in China ... using your CDN")
    area = re.sub(r"^(?:in|on|at)\s+", "", _clean(place))
    return bool(_THE_MAINLAND.match(area) or _OUTSIDE_THE_MAINLAND.match(area))


# The people's place and the places listed with it ("customers in Shanghai and Beijing")
_USERS_PLACES_LISTED = re.compile(
    rf"(?:{_USERS_PLACE.pattern})(?:\s*(?:,|\band\b|\bor\b|&|/)\s*(?:the\s+)?\w+(?:\s+kong)?)*"
)


def tells_where_the_people_are(message: str) -> bool:
    """`message` tells where the site's users or customers are, and names no server ("most of
    our customers are in Shanghai and Beijing"): no fact the FAQ's answers rest on."""
    text = _clean(message)
    return bool(_USERS_PLACE.search(text)) and not _HOSTING_TALK.search(
        _USERS_PLACES_LISTED.sub(" ", text)
    )


# The company's own place, or a partner's, told beside no presence in mainland China: "our HQ is in
# Dublin", "our parent is in Toronto", "our partner agency is in Beijing"
_A_PLACE_THAT_IS_NO_FACT = re.compile(rf"\b(?:{_SEAT_WORDS})\b[^.?!]{{0,30}}\b(?:in|from)\b")
# A presence planned, today's facts kept: "we might open another branch in Guangzhou next year"
_A_PRESENCE_PLANNED = re.compile(
    r"\b(?:may|might|maybe|plan(?:ning)? to|will|'ll|intend to|going to|thinking of)\s+"
    r"(?:\w+\s+){0,2}?(?:open|set up|register|establish|start|add)\b"
)


def tells_what_does_not_change_the_facts(message: str) -> bool:
    """`message` tells only what no FAQ answer rests on: where the site's users are, the
    company's own or a partner's place ("our HQ is in Dublin"), a presence planned ("we might
    open a branch in Guangzhou next year"), or a part of the servers moved out; no server of the
    site's."""
    text = _clean(message)
    part = _A_PART_OF_THE_SERVERS.search(text)
    if part and to_hosting_location(text[part.end() :]) != d.MAINLAND_CHINA:
        # "only one of the two ECS moves to Tokyo": the rest stay where they were (a part moved
        # into mainland China changes what applies)
        return True
    if _HOSTING_TALK.search(_USERS_PLACES_LISTED.sub(" ", text)):
        return False
    if tells_where_the_people_are(message) or _A_PRESENCE_PLANNED.search(text):
        return True
    return bool(_A_PLACE_THAT_IS_NO_FACT.search(text)) and not _A_PRESENCE_WORD.search(text)


# Where something is to be fast: its users' place, not the site's ("to be faster in china")
_WHERE_IT_IS_FAST = (
    r"\b(?:faster|quicker|fast|slow|slower|speedier|snappier|latency)\s+"
    r"(?:[\w']+\s+){0,2}?(?:in|for|across)\s+(?:the\s+)?"
)


def place_as_the_sites(place: str, message: str) -> Optional[str]:
    """Where the site is hosted, from a place a follow-up names with no server ("and to shanghai?",
    "it's actually ap-southeast-1 (Singapore)", "if we go HK, can we still use Alibaba CDN?"): in
    a conversation on where a site is hosted, the place is the site's, unless the message says
    whose else it is. None then, and when the place is not read as today's or the case put."""
    text = _clean(message)
    users = [m.span() for m in _USERS_PLACES_LISTED.finditer(text)]
    named = [m.start() for m in re.finditer(r"\b" + re.escape(_clean(place)) + r"\b", text)]
    if users and named and all(any(a <= at < b for a, b in users) for at in named):
        # "most of our customers are in Shanghai and Beijing. Does that matter?" (not a place
        # named for the site too: "Frankfurt only, chinese users just hit frankfurt")
        return None
    if _NOT_THE_SITES_PLACE.search(text):
        return None
    if names_an_area(place) and _CDN_TALK.search(text):
        return None
    bare = re.sub(r"^(?:in|from|for|across)\s+(?:the\s+)?", "", _clean(place))
    fast = len(re.findall(_WHERE_IT_IS_FAST + re.escape(bare) + r"\b", text))
    if fast and fast == len(re.findall(r"\b" + re.escape(bare) + r"\b", text)):
        return None  # where it should load fast: "just to be faster in china"
    if re.search(r"['\"‘“]\s*" + re.escape(_clean(place)), text):
        return None  # a setting's name, quoted: "same if we switched to 'Mainland China only'?"
    return read_hosting(place, message, place_alone=True)


_CHOICE_OPENING = r"(?:^|[.!?;]\s*)(?:(?:ok|okay|fine|alright|right|well|so|then|great|cool)\W+)*"
_CHOOSING = (
    r"\b(?:go|going|goes|went|opt|opted|opting)\s+(?:with|for)\s+|"
    r"\b(?:choose|chose|chosen|pick|picked|select|selected|settle on|settled on)\s+"
)


def chooses_a_place(place: str, message: str) -> bool:
    """`message` tells a choice of `place` ("ok HK it is. no ICP needed there?", "we'll go with
    Singapore then, anything to file?"): after an answer weighing where to host, the place
    chosen is the site's, even beside a question of its own."""
    text, where = _clean(message), re.escape(_clean(place))
    return bool(
        re.search(_CHOICE_OPENING + where + r"\s+it\s+is\b", text)
        or re.search(r"(?:" + _CHOOSING + r")(?:the\s+)?" + where + r"\b", text)
        # kept alone, opening its clause: "Frankfurt only + a CDN?", "stay tokyo-only", "after
        # that only silicon valley" (not "a CDN covering only Europe")
        or re.search(
            r"(?:^|[.!?;,:+]\s*|\b(?:ok|okay|so|then|and|just|after that)\s+)"
            r"(?:(?:keep|stay|remain)\s+(?:with\s+|in\s+|on\s+)?(?:the\s+)?" + where + r"\b|"
            r"only\s+(?:the\s+)?" + where + r"\b|" + where + r"[\s-]+only\b)",
            text,
        )
    )


def asks_in_general_of_another_place(value: str, message: str, told: str) -> bool:
    """The hosting phrase `value` is a place a general question asks about, other than the
    place `told` of the user's own site ("and websites on servers inside mainland?" from a user
    hosting in Singapore): the question is not the user's case, and their answer would not
    address it."""
    asked = to_hosting_location(value)
    return (
        asked is not None
        and asked != told
        and (is_general_comparison(message) or asks_of_sites_in_general(value, message))
    )


def names_no_place_of_the_site(value: str, message: str) -> bool:
    """The hosting phrase `value` says nothing of where the user's site is, at any time: a rule,
    a general comparison, anyone's case, a kind of filing, no server at all, or a server asked
    for, said to be needed or rented only for the filing ("so we need an ECS in China even though
    we're on AWS?"). A place told before still holds after it; the site's past or planned places
    are not these: they say the place told before may no longer be today's."""
    return (
        is_general_comparison(message)
        or names_a_filing(value, message)
        or _in_a_quoted_rule(value, message)
        or speaks_of_anyone(message)
        or asks_of_sites_in_general(value, message)
        # (not a copy of software or data: whether a mainland replica counts is unsure, and the
        # place told before is then asked again)
        or (names_no_server(value, message) and not _A_COPY.match(_clean(value)))
        or _only_for_the_filing(value, message)
        or _asked_for(value, message)
    )


_A_COPY = re.compile(r"(?:mirrors?|replicas?)\b")


# A server ended, or to be: "retired", "gets decommissioned", "shut down the ..." (not "had":
# "what if we had one in Chengdu?" puts a case)
# The verbs that end a server, shared by the readers of a place whose server is gone
_ENDING_A_SERVER = (
    r"decommission\w*|terminat\w*|retir(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|delet\w*|"
    r"remov\w*|drop(?:s|ped|ping)?|scrap\w*|cancel\w*|ditch\w*"
)
_SERVER_ENDED = re.compile(
    r"\b(?:" + _ENDING_A_SERVER + r"|"
    r"(?:shut(?:s|ting)?|switch\w*|turn\w*|take|took|taking)\s+(?:(?:the|our|that|this|it|them)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:down|off|offline))\b"
)


def ends_a_place_of_the_site(place: str, message: str) -> bool:
    """The server at `place` is gone or going ("the hangzhou API box gets retired next month.
    then?", "what if we shut down the Beijing ECS?"): a change of the facts told, the place told
    before no longer sure to be the site's, so asked again (it is not read as any value)."""
    clause = _clause_with(place, message)
    return (
        bool(_SERVER_ENDED.search(clause))
        # (a server's or a site's, not traffic or updates: "our traffic from Shanghai dropped";
        # "delete the beijing landing page")
        and bool(
            _SERVER_WORDS.search(clause)
            or re.search(r"\b(?:ones?|pages?|sites?|websites?|shops?|stores?)\b", clause)
        )
        and _find(clause, _MAINLAND_PLACES + _OUTSIDE_PLACES) is not None
        and not names_no_place_of_the_site(place, message)
    )


def told_for_another_time(value: str, message: str) -> Optional[str]:
    """PLANNED when the clause of the phrase `value` tells a plan ("next year we'll open a WFOE
    in Hangzhou"), PAST when it tells what was ("we had the site on ECS in Hangzhou until last
    year"), None when it tells today (or puts a case: "what if we moved to Tokyo?")."""
    if _puts_a_case(value, message) or re.search(r"\bif (?:we|i|they)\b", _clean(message)):
        return None  # "and if we only had a rep office instead?": the case put, read as such
    clause = _clause_with(value, message)
    if _FUTURE.search(clause):
        return PLANNED
    if _of_the_past(clause) or _UNTIL_LATELY.search(clause):
        return PAST
    return None


PLANNED, PAST = "planned", "past"
# Today set against a plan: "next year we open a branch. for now which province do we file?"
FOR_NOW = re.compile(
    _NOW.pattern + r"|\b(?:for the time being|at the moment|already|meanwhile|in the meantime|"
    r"until then|till then|as things stand)\b"
)


def read_hosting(value: str, message: str, place_alone: bool = False) -> Optional[str]:
    """Where the user's site is hosted, from `value` (a hosting phrase found in `message`, or the
    whole message when it replies to the question). Nothing from a general comparison ("sites on
    the mainland need one and Hong Kong ones don't, right?") or from words naming a kind of filing
    ("the Mainland China Website Record-Filing"). A phrase is read where it stands: the place is
    its own, not one elsewhere in the sentence ("our server is in Singapore, do we need ICP in
    China?"); its clause says whether it is today's ("no longer points to a server in mainland
    China", "we used to host in Beijing", "we will move the servers to Shanghai")."""
    # (a move put as a case is read from its verb: "if we move to HK" -> "move to HK"; a part's
    # closing mark is not its own: "ecs bj," of "got ecs sg + ecs bj, ICP?")
    value = _CASE_OPENING.sub("", value) or value
    value = re.sub(r"\s*(?:[,.;+&/?!]|\band)\s*$", "", value) or value
    if (
        is_general_comparison(message)
        or names_a_filing(value, message)
        or _in_a_quoted_rule(value, message)
        or speaks_of_anyone(message)
        or asks_of_sites_in_general(value, message)
        or (_asks_after_a_move(message) and not _puts_a_case(value, message))
    ):
        return None
    if value.strip() == message.strip():
        # a reply, read clause by clause; after a correction, what it corrects to ("Shanghai -
        # sorry, I mean Hong Kong")
        return to_hosting_location(_corrected_to(message) or message)
    if denied_next(value, message) or _a_choice_after(value, message):
        return None  # (a choice between places whose rules differ)
    if _another_mainland(value, message):
        return d.OUTSIDE_MAINLAND  # "on the mainland - mainland Australia, that is"
    correction = _correction_after(value, message)
    if correction is not None:
        return to_hosting_location(correction)  # "ECS Beijing, no wait, Singapore"
    if names_no_server(value, message) or _only_for_the_filing(value, message):
        return None
    if _asked_for(value, message):
        return None  # "do we have to buy a server in mainland ...?": asked for, not had
    if not_a_sites_place(value, message):
        return None
    if _GOES_WITH.search(_clean(value)) and not _A_PLACE_CHOSEN_ENDS.match(
        _around(value, message)[1]
    ):
        return None  # "we're going with a Shanghai-based agency": a supplier, not a server
    elided = _elided_subject(value, message)
    if _COMPANY_WORDS.search(elided) and not _HOSTING_TALK.search(elided):
        return None  # "our company was founded in Shanghai and is now in London"
    if _VERB_FIRST.match(_clean(value)) and _NOW.search(_clean(value)):
        # a place from its verb on ("is now in the US"): its subject, in its clause or the one
        # before, says whose place it is ("our origin used to be ... but", not "the company")
        subject = _CLAUSES.split(_around(value, message)[0])[-1].strip() or elided
        if not _HOSTING_TALK.search(subject) or _COMPANY_WORDS.search(subject):
            return None
    region = _region_named(value, message)
    # (a place a follow-up names alone is the site's, `place_as_the_sites`)
    if region == value and not place_alone and _names_only_a_site(value, message):
        return None
    value = region
    if re.search(r"\b(?:mainland|china)\W*$", _clean(value)):
        value = with_what_follows(value, message)  # "mainland" + " Europe (Frankfurt region)"
    clause = _clause_with(value, message)
    for_a_client = asks_for_a_client(message) or asks_of_a_clients_site_beside_our_own(message)
    if (_SOMEONE_ELSES.search(clause) and not for_a_client) or _ANOTHER_CASE.search(clause):
        return None
    if (
        _A_SITE_OF_OUR_OWN.search(clause)
        and not _SOMEONE_ELSES.search(clause)
        and asks_of_a_clients_site_beside_our_own(message)
    ):
        return None  # "our own site runs on ecs hk ... do they [the client] need icp?"
    if _ANYONES_CASE.search(clause) and FIRST_PERSON.search(_clean(message)):
        # "if a company hosts in Shenzhen ..., do they need icp? we are on Singapore ourself": a
        # case beside the writer's own (alone, it is the scenario asked about)
        return None
    if (
        _FUTURE.search(clause)
        and not _puts_a_case(value, message)
        and not a_plan_asked_about(value, message)
    ) or _of_the_past(clause):
        return None
    if _LEFT_BY_A_MOVE.search(_around(value, message)[0]):
        return None  # "we migrated off Huawei Cloud Chengdu to Alibaba Cloud Tokyo"
    if _then_now(clause, _CLAUSES.split(_rest_of_sentence(value, message))[1:]):
        return None  # "the backend was in Beijing and is in Frankfurt now"
    if _WAS_THERE.search(clause) and (
        _MOVED_TO.search(_clean(message)) or _MOVING_TO.search(_clean(message))
    ):
        # "we moved the servers to Singapore. Original post: ... was on ECS Beijing", "(it was on
        # a box in Tokyo). Now we're moving to ECS in Shenzhen"
        return None
    if _ADVICE.search(_CLAUSES.split(_around(value, message)[0])[-1]):
        return None  # "support suggests running the site on Hong Kong ECS"
    if _TOLD_WE_NEED.search(_around(value, message)[0]):
        return None  # "we were told we'd need ICP AND an ECS in China"
    if (
        (
            filing_out_of_reach(message)
            or forgoes_the_filing(message)
            or lacks_documents(_clean(message))
            # a note or heading: "No ICP Filing? Hong Kong ECS as the fallback"
            or _NO_FILING_NOTED.search(_clean(message))
        )
        and _A_WAY_OUT.search(
            _clause_with(value, message)
            + " "
            + _rest_of_sentence(value, message)
            # (or labelled so just before it: "fallback: HK ECS")
            + " "
            + re.split(r"[.?!;]", _around(value, message)[0])[-1][-20:]
        )
        and not _RUNS_THERE.search(_clause_with(value, message))
    ):
        return None  # "Hong Kong ECS instances are the usual fallback if you cannot file" (not
        # "so the site runs on Hong Kong ECS instead")
    if _an_option_asked(value, message) or (
        _PUT_FORWARD.match(_rest_of_sentence(value, message))
        and not _RUNS_THERE.search(_clause_with(value, message))
    ):
        return None  # "cant finish icp, use HK ecs?"
    if _ENDED_LATER.search(_rest_of_sentence(value, message)):
        return None  # "we bought an ECS in Nanning last year but deleted it"
    if _ENDED_JUST_BEFORE.search(_around(value, message)[0]):
        return None  # "what if we turn off the hangzhou one?": gone, so asked again
    if _NO_LONGER.search(clause) and not _NO_LONGER.search(_clean(value)):
        # "no longer" is the negation: not read twice
        read = to_hosting_location(value)
        return d.OUTSIDE_MAINLAND if read == d.MAINLAND_CHINA else None
    if _A_PART_OF_THE_SERVERS.search(clause) and to_hosting_location(value) != d.MAINLAND_CHINA:
        # "what if half the ECS behind the SLB are moved to Singapore?": the rest stay where they
        # were, so what was told of them still holds (one moved into mainland China is read:
        # any server there makes the mainland rules apply)
        return None
    marked = negation_marked(value, message)
    read = (
        place_of_a_plan(marked)
        if (_puts_a_case(value, message) or a_plan_asked_about(value, message))
        and not _is_dont_know(_clean(marked))
        else to_hosting_location(marked)
    )
    if read is None or marked.startswith("not "):
        return read  # "we don't have servers in Beijing and Shanghai": no place joined is read
    joined = places_joined(value, message) + " " + places_joined_before(value, message)
    return _with_joined(read, joined.strip())  # any in mainland China counts


@_reads(Fact.HOSTING_LOCATION)
def to_hosting_location(text: str) -> Optional[str]:
    """Where the website is hosted. Any server in mainland China makes the mainland rules apply
    ("ECS in Hangzhou, CDN outside China" -> mainland); places of the company or the users, the
    past, a plan, and a general question comparing places ("mainland needs one but Hong Kong
    doesn't, right?") say nothing about where the user's own site is hosted today."""
    return _hosting_read(text)


def place_of_a_plan(phrase: str) -> Optional[str]:
    """Where a hosting phrase puts the site, its plan read as the case ("move the site to
    Shanghai next year" -> mainland)."""
    return _hosting_read(_clean(phrase), as_a_case=True)


def _hosting_read(text: str, as_a_case: bool = False) -> Optional[str]:
    """`to_hosting_location` of cleaned text; for a case put ("and if we move ecs to sg?") a
    move or plan in it is the case asked about, read as such."""
    clauses = list(_hosting_clauses(_unname_china(text)))
    places = [c for c in clauses if _find(c, _MAINLAND_PLACES + _OUTSIDE_PLACES + _OUTSIDE_WORDS)]
    if not as_a_case and any(_FUTURE.search(c) for c in places):
        return None  # "we're moving it to Beijing next month": asked, not assumed
    mainland = outside = hong_kong = False
    for clause in places:
        if _NO_LONGER.search(clause):  # "no longer points to a server in mainland China"
            outside |= _find(clause, _MAINLAND_PLACES) is not None
            continue
        if _mentioned(clause, _OUTSIDE_WORDS):
            outside = True
            hong_kong |= _mentioned(clause, HONG_KONG)
            continue  # "outside mainland China" names the mainland only to exclude it
        if _negated(clause, _OUTSIDE_WORDS):  # "not hosted outside China"
            mainland = True
            continue
        mainland |= _mentioned(clause, _MAINLAND_PLACES)
        hong_kong |= _mentioned(clause, HONG_KONG)
        outside |= _mentioned(clause, OTHER_CHINESE_REGIONS + ABROAD)
        outside |= _negated(clause, _MAINLAND_PLACES) and not _mentioned(clause, _MAINLAND_PLACES)
    if mainland and (outside or hong_kong) and (_is_general(text) or _a_choice_of_places(text)):
        return None  # comparing places, or choosing one: not saying where the user's site is
    if mainland:
        return d.MAINLAND_CHINA
    if hong_kong:
        return d.HONG_KONG
    if outside:
        return d.OUTSIDE_MAINLAND
    return None


_CDN_NONE = re.compile(
    r"\b(?:no|without)\s+(?:a\s+|any\s+)?cdn\b|\b(?:don't|dont|do not|not|never|aren't|arent)\s+"
    r"(?:use|using|have|need|plan to use)\b|^\s*(?:none|no|nope|nah)\s*[.!]?\s*$|\bno cdn\b|"
    # "CDN not used", "cdn: none"
    r"\bcdns?\s+(?:is\s+|are\s+)?(?:not|n't)\s+(?:used|needed)\b|\bcdns?:\s*(?:none|no)\b|"
    # the CDN itself dropped: "drop the cdn entirely", "switched off our CDN"
    r"\b(?:drop\w*|remov\w*|ditch\w*|disabl\w*|scrap\w*|cancel\w*|(?:turn|switch|shut)\w*\s+off)\s+"
    r"(?:(?:the|our|that|this|alibaba|aliyun|cloud)\s+){0,2}cdns?\b|"
    # ... or set aside for something else: "if instead of the CDN we moved the server"
    r"\b(?:instead of|rather than|in place of)\s+(?:(?:the|our|that|this|a|an|using|alibaba|"
    r"aliyun|cloud)\s+){0,2}cdns?\b"
)
# A CDN's part for a place: "mainland acceleration", "the mainland coverage"
_CDN_PART = r"(?:acceleration|coverage|nodes?|pops?|region|area|part)"
_CDN_EXCLUDES_MAINLAND = re.compile(
    r"\b(?:not|n't|doesn't|doesnt|does not|don't|dont|never|without|excluding|excl\.?|ex|except|"
    r"excludes|exclude|outside|beyond|all but|everywhere but|but not|leav\w* out|skip\w*|avoid\w*|"
    r"minus)\s+(?:of\s+)?(?:[^\s;.]+\s+){0,3}(?:cover\w*\s+|includ\w*\s+)?(?:the\s+)?"
    r"(?:mainland\s+china|china\s+mainland|chinese\s+mainland|mainland|china|chinese|prc)|"
    r"(?:mainland|china|prc)(?: china)? (?:" + _CDN_PART + r"\s+)?"
    r"(?:is |are )?(?:not (?:covered|included)|excluded|left out|switched off|turned off|disabled|"
    r"off\b)|"
    # the mainland's part dropped: "drop the mainland coverage on the CDN"
    r"\b(?:drop\w*|remov\w*|disabl\w*|turn\w* off|switch\w* off|cut\w*)\s+(?:the\s+)?"
    r"(?:mainland|china|prc)(?: china)?\s+" + _CDN_PART + r"\b|"
    r"\b(?:has|have|with)\s+(?:the\s+)?(?:mainland\s+china|mainland|china|prc)\s+(?:excluded|"
    r"switched off|turned off|disabled)|"
    # no points of presence there: "no PoPs in China", "no mainland nodes" (not "no doubt it
    # covers China")
    r"\bno\s+(?:cdn\s+|edge\s+)?(?:nodes?|pops?|edges?|points? of presence|coverage)\s+"
    r"(?:in|inside|within|on|for)\s+(?:the\s+)?(?:mainland\s+china|mainland|china|chinese|prc)|"
    r"\bno\s+(?:mainland\s+)?(?:china|chinese|mainland|prc)\s+(?:cdn\s+|edge\s+)?"
    r"(?:nodes?|pops?|edges?|points? of presence|coverage)\b|"
    # "Akamai, nothing in mainland China"
    r"\bnothing\s+(?:\w+\s+)?(?:in|inside|within|on|for|covering)\s+(?:the\s+)?"
    r"(?:mainland\s+china|china\s+mainland|chinese\s+mainland|mainland|china|prc)\b|"
    # the mainland left out, said shortly: "global but no china" (not "no, China is covered")
    r"\bno\s+(?:mainland\s+china|china\s+mainland|mainland|china|prc)\b"
    # ("cdn international only no mainland icp": the filing after it)
    r"(?=\s*(?:[.,;!?)]|$|acceleration|coverage|nodes?|pops?|edges?|only|at all|icp|beian|"
    r"filing|network|networks|servers?|presence|regions?))"
)
# A CDN for the mainland that was switched off, is not wanted or is a thing of the past: not
# today's coverage.
_CDN_STOPPED = re.compile(
    r"\b(?:stopped|switched off|turned off|disabled|removed|cancell?ed|dropped|ended|"
    r"used to|previously|before that|formerly|no longer|rather (?:not|avoid)|avoid\w*|"
    r"don't want|do not want|no plans?)\b"
)


# An office or company ended after it is named: "... but closed it last year".
# ... or ended just before it is named: "turn off the hangzhou one", "shut down our Beijing ECS"
_ENDED_JUST_BEFORE = re.compile(
    r"\b(?:(?:turn\w*|switch\w*|shut\w*|tak(?:e|es|ing)|took)\s+(?:off|down)|"
    + _ENDING_A_SERVER
    + r"|kill\w*|get\s+rid\s+of)\s+(?:the|our|that|this|those|these)?\s*"
    # (words of the same thing only: not "we removed the CDN and host in Hangzhou")
    r"(?:(?!(?:and|or|but|then|so|now|we|i|our)\b)[\w-]+\s+){0,2}$"
)
_ENDED_LATER = re.compile(
    r"\b(?:closed|shut|dissolved|deregistered|sold|wound up|gave up|liquidated|deleted|"
    r"released|terminated|removed|decommissioned)\b[^.?!]{0,10}?"
    r"\b(?:it|them|that|down)\b"
)


# A presence ended by the verb just before it: "closed the rep office", "dissolve our WFOE",
# "shut down the branch"
_ENDING_IT = re.compile(
    r"\b(?:clos(?:e|ed|es|ing)|shut(?:ting)?(?:\s+down)?|dissolv(?:e|ed|es|ing)|"
    r"deregister(?:ed|s|ing)?|wound up|wind(?:ing)? up|liquidat(?:e|ed|es|ing)|"
    r"g(?:a|i)ve up|giving up|sell(?:s|ing)?|sold|got rid of|get rid of)\s+"
    r"(?:down\s+)?(?:the|our|that|this|its|their|my)?\s*$"
)


_NOTHING_NOW = re.compile(
    r"\b(?:nothing|none|no presence|no office|no entity)\s+(?:now|left|any ?more|today|there)\b"
)


# A place asked about as an option, not where the site is: "use HK ecs?", "should we just move
# to a Singapore instance?", "what about a Hong Kong ECS?", "would Hong Kong ECS work?"
_AN_OPTION_BEFORE = re.compile(
    r"(?:^\s*|[,;:]\s*|\b(?:so|then|or)\s+)(?:(?:should|shall|can|could|would|do|must)\s+"
    r"(?:we|i)\s+)?(?:just\s+|simply\s+|rather\s+|instead\s+)?(?:use|try|pick|choose|go with|"
    r"switch to|move to|migrate to|take)\s+(?:an?\s+|the\s+|one\s+)?$|"
    r"\b(?:what|how) about\s+(?:an?\s+|the\s+)?$|"
    # a server asked for ("do we need a server in China for it?": the CDN's temporary one)
    r"\b(?:do|would|will|must|should)\s+(?:we|i)\s+(?:(?:still|also|then|really)\s+)?"
    r"(?:need|require|have to (?:buy|get|rent|have))\s+(?:an?\s+|the\s+|one\s+)?$"
)
# ... the place being what is asked ("use HK ecs?", not "use HK ecs, need icp?")
_ASKED_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:instead|then|rather|now|region|too|as well|for (?:it|that|this|the (?:cdn|filing)))"
    r"\s*)*\?"
)
# a place put as a question on its own: "so... HK region?", "then Hong Kong ECS?"
_PUT_AS_A_QUESTION = re.compile(r"\b(?:so|then)\W*$")
# "would Hong Kong ECS work?", "is a Hong Kong ECS an option?"
_WOULD_IT_DO = re.compile(r"\b(?:would|could|will|is|does)\s+(?:an?\s+|the\s+)?$")
_DO_AFTER = re.compile(
    r"\s*(?:work|do|help|be (?:ok|okay|fine|allowed|an option|better|enough)|an option|"
    r"a (?:good |better )?(?:option|way|solution|alternative)|ok|okay|allowed|enough)\s*\?"
)


def _an_option_asked(value: str, message: str) -> bool:
    before, after = _around(value, message)
    clause_before = _CLAUSES.split(before)[-1]
    if re.search(r"\band\s*$", before[: len(before) - len(clause_before)]):
        return False  # "we host in Germany and use Beijing ECS?": what is used, then a question
    return bool(
        (
            (_AN_OPTION_BEFORE.search(clause_before) or _PUT_AS_A_QUESTION.search(before))
            and _ASKED_RIGHT_AFTER.match(after)
        )
        or (_WOULD_IT_DO.search(clause_before) and _DO_AFTER.match(after))
    )


def _rest_of_sentence(value: str, message: str) -> str:
    return re.split(r"[.?!]", _around(value, message)[1])[0]


# A country or its adjective just before a presence phrase: "our German subsidiary", "a Hong
# Kong office".
_ABROAD_BEFORE = re.compile(
    words_pattern(FOREIGN_ADJECTIVES + ABROAD + HONG_KONG + OTHER_CHINESE_REGIONS)
    + r"(?:\s+(?:based|registered))?\s*$"
)


# A company still to be set up, just before its name ("or do we need to set up a WFOE?", "should
# we open a rep office", "setting up a subsidiary"): not a presence today (not "we set up a WFOE
# in 2019", nor "we need to register our branch company's site").
_BEING_SET_UP = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:still\s+)?(?:being\s+(?:registered|set up|"
    r"established|incorporated|formed)|under registration)\b"
)
_A_CERTIFICATE_OF = re.compile(r"\b(?:certificate|registration)\s+of\s+(?:[\w-]+\s+){0,3}$")
# Companies in general that have it: "foreign companies with only a rep office", "a firm that
# has a branch" (not "our company with its branch")
_COMPANIES_WITH = re.compile(
    r"(?<!our )(?<!my )\b(?:(?:foreign|overseas|non-chinese)\s+)?(?:companies|firms|businesses|"
    r"enterprises|(?:an?|any)\s+(?:(?:foreign|overseas)\s+)?(?:company|firm|business|enterprise))"
    r"\s+(?:with|that (?:have|has|only have|only has)|having)\s+(?:only\s+|just\s+)?"
    r"(?:an?\s+|one\s+)?(?:[\w-]+\s+)?$"
)
_A_KIND_ASKED = re.compile(
    r"\b(?:would|could|will|does|do|can|may)\s+(?:a|an|one)\s+$|"
    # "is it possible to get ICP filing with just a physical office?"
    r"\b(?:possible|allowed|able|enough|ok|okay)\b[^.?!]{0,40}\bwith\s+(?:just|only|merely)\s+"
    r"(?:a|an|one)\s+$|"
    # "does that count as a physical office?": whether something is one, asked
    r"\b(?:count|counts|qualify|qualifies|pass|passes|considered|treated|regarded|recogni[sz]ed)"
    r"\s+as\s+(?:a|an|one)\s+(?:\w+\s+)?$"
)
# Needed or to be obtained, so not held: "we need a permanent rep office certificate"
_NEEDED = re.compile(
    # ("need get the ...": typed without its "to")
    r"\b(?:(?:need|needs|require|requires)\s+(?:(?:to\s+)?(?:have|hold|own|get|obtain|set up|"
    r"open)\s+)?|"
    r"apply for\s+|"
    # a step to take: "first must get the permanent office registration certificate"
    r"(?:must|have to|has to|should|shall)\s+(?:first\s+)?(?:get|obtain|apply for|acquire)\s+)"
    r"(?:either\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$|"
    # ... and the other of a pair needed: "you need either a branch company or a rep office"
    r"\b(?:need|needs|require|requires)\s+either\b[^.?!;]{0,60}\bor\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$"
)
_TO_BE_SET_UP = re.compile(
    r"(?:\b(?<!had )(?<!managed )(?<!able )(?<!months )(?<!weeks )(?<!years )(?<!days )"
    r"(?:to|should|would|could|must|can|might|will|shall|or)\s+(?:\w+\s+){0,3}?"
    r"(?:set up|setup|establish|open|register|form|incorporate|create|start|found|need|require)|"
    # (or sought: "without a mainland entity: getting a resident representative office
    # certificate"; not one got: "after getting a rep office we filed")
    r"(?<!after )(?<!since )(?<!finished )(?<!managed )"
    r"\b(?:setting up|establishing|opening|registering|forming|incorporating|creating|"
    r"founding|getting|obtaining|applying for))\s+(?:an?\s+|a new\s+|new\s+)?"
    r"(?:(?!(?:our|the|my|its|their)\b)[\w-]+\s+)?$"
)


_A_KIND_LABELLED = re.compile(r"^\s*[:–—]\s(?!\s*(?:yes|no|none|y|n)\b)")
# Kinds of presence as a list's labels, with what is said of each after them (not a field
# answered: "Rep office: yes, in Shanghai")
_KINDS_LABELLED = re.compile(
    rf"\b(?:branch(?: company)?|rep(?:resentative)? office|wfoe|subsidiary|{REP_OFFICE_PINYIN}|"
    r"(?:physical|permanent) office)\s*[:–—]\s(?!\s*(?:yes|no|none|y|n)\b)"
)


# A presence founded: "we set up a branch", "opened a rep office in 2022"
_FOUNDED = re.compile(
    r"\b(?:set up|opened|established|registered|founded|incorporated|started|created)\b"
)


# Another party asked about in a presence's place: the presence is had, only set aside for the
# question ("could our parent file instead of the subsidiary?")
_ASKED_IN_ITS_PLACE = re.compile(
    r"\b(?:could|can|may|should|would|must|does|do|is|are)\b[^.?!]*\b(?:instead of|rather than)\s+"
    r"(?:the\s+|our\s+|an?\s+|its\s+)?$",
    re.IGNORECASE,
)


# The first kind of presence of two, with the "or" that joins them: "a branch company or a rep "
_A_PRESENCE_OR_BEFORE = re.compile(
    r"(?<=\s)(?:an?\s+)?(?:(?:registered|local|chinese)\s+)?(?:branch(?:\s+company)?|subsidiary|"
    r"wfoe|(?:rep(?:resentative)?|physical|permanent)\s+office|office|entity|company|"
    rf"{REP_OFFICE_PINYIN})"
    r"\s+or\s+(?:an?\s+)?(?:(?:rep(?:resentative)?|physical|permanent|registered|local)\s+)?$"
)


def names_no_presence_of_the_users(value: str, message: str) -> bool:
    """The presence phrase `value` says nothing of the user's presence, at any time: anyone's
    ("do foreign companies with only a rep office get ...?"), a kind asked about ("would a ban
    shi chu be enough?"), the certificate's name ("how long does it take to get the Registration
    Certificate of Foreign Enterprises Permanent Office?"), or one to be set up or said to be
    needed ("do we need to set up a WFOE?"). A presence told before still holds after it."""
    before, after = _around(value, message)
    # (an option joined to one needed or asked of is needed or asked of too: "does a foreign
    # company need a branch company or a rep office in china?")
    before = _A_PRESENCE_OR_BEFORE.sub("", before)
    # (the certificate named short: "getting that permanent office certificate is impossible")
    permanent = re.search(r"\bpermanent\s*$", before) or re.search(r"\bpermanent\b", _clean(value))
    # (unless the certificate is had: "once we have the permanent office certificate from
    # Shenzhen" puts the office as the case)
    certificate_had = re.search(
        r"\b(?:have|has|had|got|hold|holding|obtained|received|with)\s+(?:the\s+|a\s+|our\s+|"
        r"that\s+)?(?:permanent\s+)?$"
        # (or got in a case put: "if we did manage to get the permanent office certificate there")
        r"|\b(?:if|once|suppose|say|when(?=\s+(?:we|i)\b))\b"
        r"(?![^.?!,;]{0,30}\b(?:not|never|n't|cannot|can't|cant|unable)\b)[^.?!,;]{0,30}"
        r"\b(?:get|obtain|receive)\s+(?:the\s+|a\s+|our\s+|that\s+)?(?:permanent\s+)?$",
        before,
    )
    companies_with = _COMPANIES_WITH.search(before)
    if companies_with and re.search(
        r"\b(?:we(?:'re| are)|i(?:'m| am))\s+$", before[: companies_with.start()]
    ):
        companies_with = None  # the writer's own: "we're a foreign firm with a rep office"
    return bool(
        companies_with
        or _A_KIND_ASKED.search(before)
        or _A_CERTIFICATE_OF.search(before)
        or (
            permanent
            and re.match(r"\s*(?:registration\s+)?(?:certificate|cert)\b", after)
            and not certificate_had
        )
        or _TO_BE_SET_UP.search(before)
        or _NEEDED.search(before)
    )


_REGISTERED_ONLY_ABROAD = re.compile(
    r"only\s+(?:registered|incorporated)\s+in\s+.+|(?:registered|incorporated)\s+(?:only\s+in\s+.+|"
    r"in\s+.+\s+only)"
)


# A presence put bare as a question of its own, an option asked of ("... then? a wfoe?", "or
# maybe a branch company?"), not one told
_OPTION_PUT_BARE_BEFORE = re.compile(
    r"(?:^|[.?!]\s*)(?:(?:or|maybe|perhaps|so|then|like)\s+)*(?:an?|one|some)\s*$"
)
_OPTION_PUT_BARE_AFTER = re.compile(
    # (the message's last words: not "so a branch company? we have one in Chengdu")
    r"\s*(?:(?:then|instead|maybe|perhaps|or something|or so)\s*)*\?\W*$"
)


def read_presence(value: str, message: str) -> Optional[str]:
    """The company's presence in mainland China from `value` (a presence phrase of `message`):
    read with the words after it ("no office" + " in Singapore") and its clause (a rep office
    that was closed, or one planned for next year, is no presence today)."""
    clause = _clause_with(value, message)
    if _REGISTERED_ONLY_ABROAD.fullmatch(_clean(value)):
        # "the company is only registered in Hong Kong" (components/scope_decision.py): no company
        # in mainland China, unless the place is one there after all
        return d.NO_PRESENCE if to_license_province(_clean(value)) == d.OUTSIDE_MAINLAND else None
    if re.match(r"[,;(\-–—]\s*(?:and\s+|but\s+)?nothing\b", _clean(value)):
        # nothing there, said after a clause: the company's when that clause is of the company
        # ("registered in Hong Kong only, nothing on the mainland"), not of its servers ("we host
        # in Tokyo, nothing on the mainland")
        before = re.split(r"[,;(.?!]|\s[-–—]\s", _around(value, message)[0].rstrip(" ,;(-–—"))[-1]
        after = _around(value, message)[1]
        if _A_PRESENCE_WORD.search(_around(value, message)[0]) or re.match(
            r"\s*(?:for|as for|in terms of)\s+(?:the\s+)?(?:hosting|servers?|ecs|cdn)\b", after
        ):
            return None  # "a rep office in Beijing, nothing on the mainland for hosting though"
        return d.NO_PRESENCE if _COMPANY_WORDS.search(before) else None
    # (a founding in the past stands today: "we set up a branch in Fujian last year")
    founded = _FOUNDED.search(clause) and not _GONE.search(clause)
    if _puts_a_case(value, message) and _ENDING_IT.search(_around(value, message)[0]):
        return d.NO_PRESENCE  # "what if we closed the rep office?": the case has none
    # (not a case put in the past tense: "what if we only had a rep office instead?")
    if (
        _PAST.search(clause) and not founded and not _puts_a_case(value, message)
    ) or _ENDED_LATER.search(_rest_of_sentence(value, message)):
        # "we had a rep office in Beijing but closed it last year, so nothing now"
        return d.NO_PRESENCE if _NOTHING_NOW.search(_clean(message)) else None
    if _FUTURE.search(clause) or denied_next(value, message) or weighs_options(message):
        return None  # (nor an option set out: "Options: (1) register a rep office ...; (2) ...")
    if names_no_presence_of_the_users(value, message):
        return None
    if _BEING_SET_UP.match(_around(value, message)[1]):
        return None  # "a branch company in Suzhou is being registered"
    if (
        _A_KIND_LABELLED.match(_around(value, message)[1])
        and len(_KINDS_LABELLED.findall(_clean(message))) >= 2
        and not FIRST_PERSON.search(_clean(message))
        and not asks_for_a_client(message)
    ):
        # a kind as a list's label ("Branch company: files with its own documents. Representative
        # office: ..."): what is said of each kind, no one's presence
        return None
    if not_held_yet(value, message):
        return None  # "our WFOE registration is still pending"
    if _ABROAD_BEFORE.search(_around(value, message)[0]) and not _find(
        _clean(with_what_follows(value, message)), _MAINLAND_PLACES
    ):
        return None  # "we are the German subsidiary of a Chinese group": not in China
    if "?" in message and _ASKED_IN_ITS_PLACE.search(_around(value, message)[0]):
        return None  # "could the Singapore parent be the applicant instead of the WFOE?": had
    if _OPTION_PUT_BARE_BEFORE.search(_around(value, message)[0]) and _OPTION_PUT_BARE_AFTER.match(
        _around(value, message)[1]
    ):
        return None  # "what would we need for the licence then? a wfoe?": an option asked of
    read = negation_marked(with_what_follows(value, message), message)
    if re.fullmatch(r"(?:\w+\s+)?RO(?:\s+(?:in|at)\s+[\w ]+)?", value.strip()):
        # the initials found upper case by the entity ruler ("our RO is in Shanghai"), read as
        # what they stand for (not any "ro" of a message: "example.ro")
        if re.match(r"\s*(?:access|mode|permissions?|user|role)\b", _around(value, message)[1]):
            return None  # "our RO access to the console": read-only
        read = re.sub(r"\bRO\b", "rep office", read, flags=re.I)
    return to_china_presence(read)


# A coverage switched away from, or to be switched away from: "we switched our CDN acceleration
# from mainland to overseas-only", "flipping the region from 'Global (Excluding Mainland China)'
# to 'Global'". What it is switched to is the coverage asked about.
_SWITCHING = re.compile(
    r"\b(?:switch(?:ed|es|ing)?|flip(?:ped|s|ping)?|chang(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|"
    r"migrat(?:e|ed|es|ing)|turn(?:ed|s|ing)?|went|updat(?:e|ed|es|ing)|set|reset)\b[^.?!]*$"
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+|our\s+)?\W*(?:[\w-]+[\s\W]+)?$")
_TO_NEXT = re.compile(
    r"^[\s'\"()\[\]]*(?:[\w-]+\s+){0,2}?to\s+(?:an?\s+|the\s+|['\"])?(?:[\w-]+\s+)?"
    r"(?:overseas|international|global|mainland|china|europe|asia|outside|only|regions?|"
    r"areas?|us|usa|americas?)\b"
)


_FROM_INSIDE = re.compile(r"\b(?:cdn|acceleration|coverage) from\b")


def _switched_from(value: str, message: str) -> bool:
    before, after = _around(value, message)
    said_from = _FROM.search(before) or _FROM_INSIDE.search(_clean(value))
    return bool(said_from and _SWITCHING.search(before) and _TO_NEXT.search(after))


# What a phrase is compared with or set aside for: "vs international-only", "instead of the
# mainland one" (right before the phrase).
_SET_AGAINST = re.compile(
    r"\b(?:vs\.?|versus|compared (?:to|with)|instead of|rather than|than)\s+(?:an?\s+|the\s+)?$"
)
# The settings a console offers, listed: "the dropdown has ...", "the options are ..."
_OPTIONS_LISTED = re.compile(
    r"\b(?:dropdown|drop-down|menu|list|options|choices|picker)\s+(?:has|have|shows?|offers?|"
    r"lists?|includes?|are|contains?)\b|\b(?:lets you|let you|you can) (?:pick|choose|select)\b"
    # (up to the choice made: "lets you pick the area, and we went with mainland China only")
    r"(?:(?![,;]|\band\b|\bbut\b)[^.?!])*$"
)
# A setting's name opening right before the phrase ("'Global (" + "excluding mainland China)"):
# read past, so what comes before the setting is what is read ("'Global' vs 'Global (excluding
# mainland China)'", "a comparison of 'Global (excluding ...)'")
_A_SETTING_OPENS = re.compile(r"['\"]?\s*[\w-]+\s*\(\s*$")


# Options being weighed, right before the phrase: "comparing", "choosing between"
_WEIGHING = re.compile(
    r"\b(?:comparing|compare|comparison|weighing|choosing between|deciding between|torn between)\b"
    r"[^.?!]*$"
)
# One of two areas to pick: "should we go for 'Global' or 'Global (excluding Mainland China)'?"
_AN_AREA = (
    r"(?:global|mainland(?: china)?(?: only)?|chinese mainland(?: only)?|international(?: only)?|"
    r"overseas)"
)
_AREA_OR_BEFORE = re.compile(
    rf"\b{_AN_AREA}\W{{0,3}}\s+or\s+(?:the\s+)?\W?(?:{_AN_AREA}\s*\(?\s*)?$"
)
_OR_AREA_AFTER = re.compile(rf"^\W{{0,3}}\s*or\s+(?:the\s+)?\W?{_AN_AREA}\b")
# Someone else's, right before the phrase: "our partner's", "the client's" (not "their", which
# may be the provider's: "we use Alibaba Cloud; their CDN covers China").
_ANOTHER_PARTYS = re.compile(
    r"\b(?:partner|client|customer|competitor|vendor|supplier|agency|reseller|parent company|"
    r"sister company)(?:'s|s')\s+(?:\w+\s+)?$"
)


# A change of the CDN's area planned, and asked about: the coverage asked about is unsure
_CDN_SWITCH_PLANNED = re.compile(
    r"\b(?:want|wants|plan|plans|planning|going|thinking of|considering|intend\w*|would like)\s+"
    r"(?:to\s+)?(?:switch|switching|change|changing|move|moving|set|setting|turn|turning)\b"
    r"[^.?!]{0,40}\b(?:to|on|off)\b"
)
_THE_SWITCH_ASKED = re.compile(
    r"\b(?:would|will|does|could)\s+(?:that|this|the)(?:\s+(?:switch|change|move))?\b[^.?!]*\?|"
    r"\b(?:after|once)\s+(?:the\s+|that\s+)?(?:switch|change)\b[^.?!]*\?"
)


# The mainland taken out of the CDN's area: "drop mainland from the cdn"
# Verbs that take something out of a CDN's coverage
_DROPPING = (
    r"(?:drop|dropped|dropping|remove|removed|removing|disable|disabled|cut|exclude|excluded|"
    r"deactivate|deactivated|(?:switch|switched|switching|turn|turned|turning|shut|shutting)\s+off|"
    r"shut down|shutting down|stop using|stopped using|get rid of|got rid of)"
)
_MAINLAND_DROPPED = re.compile(
    rf"^{_DROPPING}\s+(?:the\s+)?(?:chinese\s+)?(?:mainland|china|prc)\b"
)


_DROPPING_BEFORE = re.compile(rf"\b{_DROPPING}\s+(?:the\s+|our\s+|its\s+|all\s+(?:the\s+)?)?$")


# A CDN put in or used, by the verb before it: "what if we put Alibaba CDN in front", "we use a
# CDN", "we have a DCDN"
_PUT_IN_BEFORE = re.compile(
    r"\b(?:use|uses|using|put|puts|putting|plac(?:e|es|ed|ing)|add|adds|adding|"
    r"enabl\w*|activat\w*|"
    r"(?:turn|switch)\w*\s+on|go(?:ing)?\s+with|went\s+with|buy\w*|bought|set\w*\s+up|get|gets|"
    r"getting|got|deploy\w*|introduc\w*|have|has|plan\w*\s+to\s+use|"
    # (a CDN being weighed is the case put: "we're thinking about alibaba cdn")
    r"think\w*\s+(?:about|of)|consider\w*|looking\s+(?:at|into)|evaluat\w*|tr(?:y|ying)\s+out|"
    r"there\s+is|there's)\s+(?:(?:an?|the|our|some|their|its)\s+)?(?:[\w-]+\s+)?$"
)
_NOT_IN_USE = re.compile(
    r"\b(?:never|not|n't|no longer|don't|dont|won't|wont|didn't|didnt|without|before|used to|"
    r"in the past)\b"
)
_USE_ASKED = re.compile(
    r"\b(?:should|do|does|must|would|could|can)\s+(?:we|i)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:use|add|get|have|put|buy)\b"
)
# A CDN weighed and dropped: "... and rejected it", "but the boss said no"
_WEIGHED_AND_DROPPED = re.compile(
    r"\b(?:rejected|dropped|decided against|ruled (?:it )?out|gave up|abandoned|said no|"
    r"dropped the idea|went without)\b"
)
# A CDN by its name, and the provider's words before it
_A_CDN_NAMED = re.compile(r"\b(?:cdns?|dcdn|content delivery network)\b", re.I)
_PROVIDER_WORDS_AT_THE_END = re.compile(r"(?:\b(?:alibaba|aliyun|cloud|cloud's|that|this)\s+)+$")


def names_a_cdn_in_use(message: str) -> Optional[re.Match]:
    """Where `message` names a CDN in use or put in ("what if we put Alibaba CDN in front?",
    "we use alibaba cdn"), not one done without or dropped ("so if we drop the CDN we're fine?",
    "no CDN")."""
    found = _A_CDN_NAMED.search(message)
    if found is None or _CDN_NONE.search(_clean(message)):
        return None
    if _WEIGHED_AND_DROPPED.search(_clean(message)):
        return None  # "we evaluated a cdn with china nodes last year and rejected it"
    # ("get rid of the CDN", "stop using our Alibaba CDN": the shared list of verbs that drop one;
    # nor a CDN only asked about: "how does the CDN change the ICP picture for us?")
    before = _PROVIDER_WORDS_AT_THE_END.sub("", _clean(message[: found.start()]) + " ")
    if _DROPPING_BEFORE.search(before) or not _PUT_IN_BEFORE.search(before):
        return None
    # (nor one never had, not wanted, or only asked about: "we have never used a CDN", "should
    # we use a CDN?")
    clause = re.split(r"[,;.?!]", before)[-1]
    if _NOT_IN_USE.search(clause) or _USE_ASKED.search(clause):
        return None
    return found


def read_cdn(value: str, message: str) -> Optional[str]:
    """The CDN's coverage from `value` (a CDN phrase of `message`), read with the words after it
    ("a CDN for Chinese" + "-speaking users in Europe") and its clause ("we switched off the CDN
    for mainland China": no coverage to go by)."""
    if denied_next(value, message) or _switched_from(value, message):
        return None
    if _MAINLAND_DROPPED.match(_clean(value)) or (
        # (the verb just before: "suppose we remove the mainland nodes from our CDN")
        re.match(r"(?:chinese|(?:chinese\s+)?(?:mainland|china|prc))\b", _clean(value))
        and _DROPPING_BEFORE.search(_around(value, message)[0])
    ):
        return d.INTERNATIONAL_ONLY  # "what if we drop mainland from the cdn"
    if (
        _CDN_NONE.search(_clean(value))
        and _FUTURE.search(_clause_with(value, message))
        and not _puts_a_case(value, message)
    ):
        return None  # "we might drop the CDN later": a plan, not the CDN it has
    if _CDN_SWITCH_PLANNED.search(_clean(message)) and _THE_SWITCH_ASKED.search(_clean(message)):
        return None  # "set to Global (Excluding Mainland China); next quarter we want to switch it
        # to Global. Would that switch mean we need ICP?": which setting is asked about is unsure
    if speaks_of_anyone(message) or _in_a_quoted_rule(value, message):
        return None  # "an ICP License is only required if your website is ... delivered via CDN
        # from inside of Mainland China": an article's reader, not the user
    text = _clean(message)
    if (
        "?" in text
        and _COMPARED.search(text)
        and _CDN_INTERNATIONAL.search(text)
        and _CDN_MAINLAND.search(text)
    ):
        return None  # "any difference between international CDN and CDN in mainland China?"
    if _UNTIL_LATELY.search(_clause_with(value, message)) or _SWITCHED_AWAY.match(
        _rest_of_sentence(value, message)
    ):
        return None  # "up to last month we used only the international CDN", "... CDN with
        # mainland nodes but switched it to international-only": what it was, not what it is
    if _WAS.search(_clause_with(value, message)) and _CHANGED_NOW.search(
        _around(value, message)[1]
    ):
        return None  # "our CDN was Chinese mainland only. Now moving the CDN to outside-mainland
        # only": what it was, the coverage it is moved to read from its own words
    before = _A_SETTING_OPENS.sub("", _around(value, message)[0])
    if _OPTIONS_LISTED.search(_clean(value)) or _OPTIONS_LISTED.search(
        re.split(r"[.!?;]", before)[-1]
    ):
        return None  # "the acceleration region dropdown has 'Global' and 'Global (excluding
        # mainland China)'": the settings offered, not the one picked
    if _AREA_OR_BEFORE.search(before) or _OR_AREA_AFTER.match(_around(value, message)[1]):
        return None  # "Mainland China Only or Global?": a choice, not the CDN's area
    if _SET_AGAINST.search(before) or _WEIGHING.search(_CLAUSES.split(before)[-1]):
        return None  # "the price difference vs international-only?", "comparing alibaba CDN intl
        # only vs incl mainland": compared, not had
    if _AN_EXCEPTION.search(_CLAUSES.split(_around(value, message)[0])[-1]):
        return None  # "no filing when hosted in Tokyo, unless a mainland CDN gets added": the
        # case excepted from a rule, not the user's CDN
    if (
        not FIRST_PERSON.search(text)
        # (asked, of CDNs in general: not "CDN area Global. a teammate says Global doesn't
        # include the mainland, so no beian?", one CDN and a claim about it)
        and ("?" not in text or re.search(r"\bcdns\b", text))
        and _each_coverage_stated(text)
    ):
        return None  # "a CDN with PoPs inside mainland China requires a filing; global CDNs
        # that leave out the mainland do not", "CDNs with mainland nodes need one but
        # international ones don't, right?": a rule for each kind, no one's CDN
    if _ANOTHER_PARTYS.search(_around(value, message)[0]):
        return None  # "our Chinese partner's CDN covers mainland China": not the user's
    clause_before = _CLAUSES.split(_around(value, message)[0])[-1]
    if _ADVICE.search(clause_before) and not _ACTED_ON.search(clause_before):
        return None  # "suggested 'excluding mainland' if they'd rather skip it": advised, not had
        # (not "as support suggested we enabled Alibaba CDN for mainland China")
    gloss = _GLOSS_ASKED.match(_around(value, message)[1])
    if (
        re.search(r"\bglobal\b", _clean(value))
        and gloss
        and to_cdn_coverage(gloss.group(0)) == d.INTERNATIONAL_ONLY
    ):
        return None  # "'Global' - that means outside China, right?": the user's guess, asked
    if re.search(r"\bglobal\W*$", _clean(value)) and re.match(
        r"^\W*exclud", _around(value, message)[1]
    ):
        return None  # "'Global" of "'Global (Excluding Mainland China)'": read from the rest
    read = to_cdn_coverage(negation_marked(with_what_follows(value, message), message))
    if (
        read == d.INCLUDES_MAINLAND
        and re.search(r"\b(?:non|ex|outside|excluding)-\s*$", _around(value, message)[0])
        and not re.match(r"\s*" + _PEOPLE_GROUP, _around(value, message)[1])
    ):
        return d.INTERNATIONAL_ONLY  # "a non-" + "China CDN"
    if read == d.INCLUDES_MAINLAND and _CDN_STOPPED.search(_clause_with(value, message)):
        return None
    if read == d.INCLUDES_MAINLAND and _NO_MAINLAND_CDN.search(_clean(value)):
        read = d.INTERNATIONAL_ONLY  # the denial inside the phrase: the reply "no China CDN"
    if (
        read == d.INTERNATIONAL_ONLY
        and _NO_MAINLAND_CDN.search(text)
        and not _A_CDN_USED.search(_NO_MAINLAND_CDN.sub(" ", text))
    ):
        return None  # "no China CDN involved": whether there is a CDN at all is not said
    sentence = _sentence_with(value, message)
    if (
        read == d.INTERNATIONAL_ONLY
        and _GLOBAL_NAMED.search(sentence)
        and not _GLOBAL_EXCLUDING.search(sentence)
    ):
        return None  # "the global acceleration of our CDN leaves out mainland China": the same
        # disagreement, said of the CDN
    return read


def _each_coverage_stated(text: str) -> bool:
    """`text` (cleaned) sets a CDN covering mainland China beside one that does not, each in a
    clause of its own."""
    read = {
        to_cdn_coverage(clause) for clause in re.split(r"[;.!]|\b(?:while|whereas|but)\b", text)
    }
    return {d.INCLUDES_MAINLAND, d.INTERNATIONAL_ONLY} <= read


# People, not a place's coverage: "non-Chinese users", "non-China customers" (a group of its own,
# unlike _PEOPLE's bare alternation)
_PEOPLE_GROUP = (
    r"(?:users|people|customers|visitors|speakers|audiences?|players|readers|clients|buyers)\b"
)
# A coverage said as it was, then changed: "... was mainland only. Now moving it to ..."
_WAS = re.compile(r"\b(?:was|were|used to be|had been)\b")
_CHANGED_NOW = re.compile(
    r"\b(?:now|today|since then|meanwhile)\b[^.?!]{0,30}\b(?:mov|switch|chang|turn|set|flip|"
    r"migrat)\w*\s+(?:\w+\s+){0,2}?(?:cdn|coverage|acceleration|area|region|it)\b"
)
# The case a rule excepts: "unless a mainland CDN gets added", "except where the CDN covers ..."
_AN_EXCEPTION = re.compile(r"\b(?:unless|except\s+(?:if|when|where))\s+(?:[\w'-]+\s+){0,4}$")
# Advice followed: "as support suggested we enabled ...", "we went with the recommended CDN"
_ACTED_ON = re.compile(
    r"\b(?:we|i|they)\s+(?:\w+\s+)?(?:enabled|turned on|switched|went with|chose|picked|use|"
    r"used|set|configured|bought|run|activated)\b"
)
# What a setting's name means, asked: "'Global' - that means global outside China, right?",
# "Global, which is outside the mainland?"
_GLOSS_ASKED = re.compile(
    r"^\W*(?:(?:which|that|this|so|it|i\.?e\.?)\s+)?(?:(?:means?|meaning|is|equals?|"
    r"covers?|excludes?|includes?)\b)[^.!?]*\?"
)
# A CDN for the mainland denied, not a CDN's coverage: "no mainland CDN", "without a China CDN"
_NO_MAINLAND_CDN = re.compile(
    r"\b(?:no|without(?: an?| any)?|(?:do|does|did)n't (?:use|have)(?: an?| any)?|"
    r"not (?:use|using|have)(?: an?| any)?)\s+(?:mainland|china|chinese|domestic|prc)"
    r"(?: china)?\s+cdns?\b|"
    r"\bno cdns? (?:in|for|inside|covering) (?:the )?(?:mainland|china|prc)\b"
)
# A CDN said to be used
_A_CDN_USED = re.compile(
    r"\b(?:our|the|we use an?|we have an?|using an?|with an?|uses an?)\s+(?:\w+\s+)?cdns?\b|"
    + words_pattern(CDN_PROVIDERS)
    + r"|"
    r"\b(?:global|international|overseas)\s+(?:\w+\s+)?cdns?\b"
)


# A coverage that held until lately, or was switched away from later in its sentence.
_UNTIL_LATELY = re.compile(
    r"\b(?:up to|until|till|up until)\s+(?:last|recently|lately)\b|"
    r"\b(?:while|during|when)\s+(?:we were\s+)?(?:testing|in testing|in beta|prototyping)\b|"
    r"\b(?:at first|initially|originally|in the beginning)\b"
)
_SWITCHED_AWAY = re.compile(
    r"^[^.?!]{0,40}\b(?:but|and then|then|until)\s+(?:we\s+)?(?:switched|changed|moved|turned|"
    r"set|flipped)\s+(?:it|that|them|this|the (?:cdn|region|area|acceleration\w*|coverage))?\s*"
    r"(?:to|off|over)\b"
)
_CDN_MAINLAND = re.compile(r"\bmainland\b|\bchina\b|\bchinese\b|\bprc\b|\bdomestic\b|\binside\b")
# Not "global": Alibaba Cloud CDN's global acceleration area includes mainland China.
_CDN_INTERNATIONAL = re.compile(
    r"\binternational\b|\boverseas\b|\boffshore\b|\boutside\b|\babroad\b"
)


# "Chinese" that is a language, or people elsewhere: "Chinese-speaking users in Europe", "Chinese
# users in Malaysia".
_NOT_THE_MAINLAND = re.compile(
    r"\bchinese[- ](?:speaking|speakers?|language|version)\b|"
    r"\bchinese (?:users|people|customers|visitors|speakers|readers|tourists|travell?ers|"
    r"students|expats|communit(?:y|ies)|diaspora|shoppers|buyers|clients|fans|players) "
    r"(?:in|from|living in|studying in|visiting) "
    r"(?!(?:mainland|china|the mainland|the prc)\b)\w+"
)
# A place given only roughly ("in or around mainland China", "near China"): whether mainland
# China is covered is not said.
_HEDGED_PLACE = re.compile(r"\b(?:or around|or near|around|near|nearby|close to|next to)\b")


# The "Global" setting chosen by its name alone ("what if we enable the plain Global one
# instead"): the CDN's area, in a conversation on a CDN
GLOBAL_CHOSEN = re.compile(
    # (not one never chosen: "we did not pick the global option", "we cannot use it")
    r"(?<!\bnot\s)(?<!n't\s)(?<!never\s)(?<!cannot\s)(?<!nt\s)"
    r"\b(?:enabl\w*|switch\w*\s+to|use|using|pick\w*|choos\w*|chose|go(?:ing)?\s+with|"
    r"select\w*|turn\w*\s+on)\s+(?:the\s+)?(?:plain\s+|normal\s+|regular\s+|standard\s+|"
    r"full\s+)?['\"‘“]?global['\"’”]?\s+(?:one|option|setting)\b"
    # (nor another service's: "the global setting in our DNS provider")
    r"(?!\s+(?:in|on|of|at)\s+(?:our|the|their|my)\s+(?!cdn\b)\w+)|"
    # ... or switched to in a case put, the area's name last ("if marketing switches it to plain
    # Global later"; not "we could switch the CDN to global, we said no")
    r"\b(?:if|suppose|when|once)\b[^.?!,;]{0,30}?(?<!\bnot\s)(?<!n't\s)(?<!could\s)(?<!might\s)"
    r"\bswitch(?:es|ed)?\s+(?:(?:it|that|this|the\s+(?:cdn|area|region|setting))\s+)?to\s+"
    r"(?:the\s+)?(?:plain\s+|normal\s+|regular\s+|standard\s+|full\s+)?['\"‘“]?global['\"’”]?"
    r"(?=\s*(?:(?:later|instead|then|after all|too|again|eventually)\s*)?(?:[,;.!?]|$))|"
    # ... or put right after the other area was told: "sorry, I meant just 'Global', not the
    # excluding one", "it's actually the plain Global one, not ..." (not "I meant a global CDN")
    r"(?:\b(?:i|we)\s+meant|\b(?:it'?s|its|it is|(?:the\s+)?(?:acceleration\s+)?(?:scope|area|"
    r"region|setting)\s+is)\s+(?:actually|really|in fact))\s+"
    r"(?:just\s+|only\s+|simply\s+)?(?:the\s+)?(?:plain\s+|normal\s+|regular\s+|standard\s+)?"
    r"['\"‘“]?global['\"’”]?(?:\s+(?:one|option|setting|area|region))?"
    r"(?=\s*(?:[,;.!-]|$|\bnot\b))(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside))",
    re.IGNORECASE,
)
# Alibaba Cloud CDN's acceleration area set to "Global", which includes mainland China (not
# "Global (Excluding Mainland China)", and not a "global CDN" in general: asked).
_GLOBAL_AREA = re.compile(
    GLOBAL_CHOSEN.pattern + "|"
    r"\b(?:acceleration|cdn) (?:area|region)s?\b\W+"
    r"(?:(?!(?:not|was|were|until|used)\b)\w+\W+){0,3}?"
    r"global\b(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside|not\b|until\b))|"
    # the setting named the other way round: "the Global acceleration area", "the 'Global'
    # acceleration area"
    r"\bglobal['\"’”]?\s+(?:acceleration\s+|cdn\s+)?(?:area|region)\b"
    r"(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside))|"
    # ... or quoted after the CDN: "Alibaba CDN 'Global' turned on" (not set against another
    # setting: "CDN 'Global' vs 'Global (excluding mainland China)'")
    r"\bcdn\s+['\"‘“]global['\"’”]"
    r"(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside|vs\b|versus|or\b|compared))|"
    # picked or switched to: "Global as the acceleration region", "switching the area to plain
    # Global"
    r"\bglobal\s+as\s+(?:the\s+)?(?:acceleration\s+|cdn\s+)?(?:area|region)\b|"
    r"\b(?:(?:area|region)s?\s+(?:(?:is\s+|was\s+)?(?:set|switched|changed|configured)\s+)?|"
    # ("alibaba cdn set to Global": Alibaba Cloud CDN's area, not another provider's setting)
    r"(?:alibaba(?:\s+cloud)?|aliyun|alicloud)(?:'s)?\s+cdns?\s+(?:is\s+|was\s+)?"
    r"(?:set|switched|changed|configured)\s+)to\s+"
    r"(?:plain\s+|just\s+|simply\s+)?['\"‘“]?global\b"
    r"(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside))"
)


# "Global" named as a CDN's area or acceleration, and that area with the mainland left out in its
# own name ("Global (Excluding Mainland China)", "global CDN except the mainland")
_GLOBAL_NAMED = re.compile(r"\bglobal\s+(?:acceleration|cdn|area|region|coverage)\b")
_GLOBAL_EXCLUDING = re.compile(
    r"\bglobal\W+(?:[\w-]+\W+){0,2}?(?:\(\W*)?(?:exclud\w*|excl\b|except|without|minus|but not|"
    r"outside|ex\b)"
)


# Where the origin or the site is: "origin server in Germany", "the site sits in Frankfurt".
_ORIGIN_PLACE = re.compile(
    r"\b(?:origin|origins|origin servers?|servers?|site|website|backend|ecs|instances?)\s+"
    r"(?:(?:is|are|sits?|stays?|runs?|lives?|located|hosted)\s+)*(?:in|at)\s+(?:the\s+)?"
    r"[\w-]+(?:\s+(?:kong|york|zealand|korea|kingdom|states))?"
)


# The site's own server put outside the mainland beside the CDN: "cdn origin outside mainland",
# "CDN with the origin server outside China" (the server's place, not the CDN's area; not a
# CDN's "edge servers outside mainland")
_A_SERVER_OUTSIDE = re.compile(
    r"\b(?:origins?(?:\s+servers?)?|(?<!\bedge )(?<!\bcdn )(?<!\bcache )servers?|backend|ecs|"
    r"instances?|site|website|hosting)\s+(?:(?:is|are|sits?|stays?|runs?|lives?|located|hosted)\s+)*"
    r"(?:outside|beyond|out of)\s+(?:of\s+)?(?:the\s+)?(?:chinese\s+)?(?:mainland|china|prc)\b"
    r"(?:\s+china\b)?"
)


def _the_cdns_own_servers_kept(match: re.Match) -> str:
    """A site's server outside the mainland taken out of a CDN phrase, unless the servers are the
    CDN's own ("Alibaba CDN with servers outside mainland China only")."""
    before = match.string[max(0, match.start() - 20) : match.start()]
    if re.search(r"\bcdns?\b(?:\s+\w+){0,2}\s*$", before) and match.group(0).startswith("server"):
        return match.group(0)
    return " "


@_reads(Fact.CDN_COVERAGE)
def to_cdn_coverage(text: str) -> Optional[str]:
    """CDN coverage. Any coverage of mainland China counts ("mainland and international")."""
    if (
        _HOSTING_TALK.search(text)
        and not _CDN_TALK.search(text)
        # (a region set to "Global" is the CDN's: no server region is called so)
        and not _GLOBAL_AREA.search(text)
    ):
        return None
    text = _A_SERVER_OUTSIDE.sub(_the_cdns_own_servers_kept, _NOT_THE_MAINLAND.sub(" ", text))
    # hyphenated: "outside-mainland only", "a non-China CDN"
    text = re.sub(
        r"\b(?:outside|excluding|non|ex)-(mainland|china|prc)\b(?!\s+" + _PEOPLE_GROUP + ")",
        r"outside \1",
        text,
        flags=re.I,
    )
    if _GLOBAL_AREA.search(text) and not _CDN_EXCLUDES_MAINLAND.search(text):
        return d.INCLUDES_MAINLAND  # Alibaba Cloud CDN's "Global" area includes mainland China
    if (
        _GLOBAL_NAMED.search(text)
        and _CDN_EXCLUDES_MAINLAND.search(text)
        and not _GLOBAL_EXCLUDING.search(text)
    ):
        # "Global acceleration skips mainland China, right?": Global includes the mainland, so the
        # words disagree with the area they name (not "Global (excluding mainland China)"): asked
        return None
    mainland = _CDN_MAINLAND.search(_CDN_EXCLUDES_MAINLAND.sub(" ", text))
    if mainland and _HEDGED_PLACE.search(text):
        return None  # "a CDN in or around mainland China": ask
    if mainland:
        return d.INCLUDES_MAINLAND
    if _CDN_EXCLUDES_MAINLAND.search(text) or _CDN_INTERNATIONAL.search(text):
        return d.INTERNATIONAL_ONLY
    if _CDN_REACH.search(text) and _find(text, _MAINLAND_PLACES) and not _CDN_NONE.search(text):
        return d.INCLUDES_MAINLAND  # "serving Singapore and Beijing": a mainland city is reached
    if (
        _CDN_REACH.search(text)
        and _find(_ORIGIN_PLACE.sub(" ", text), _OUTSIDE_PLACES)
        and not _CDN_NONE.search(text)
    ):
        # "only Europe and US nodes" (not "a global CDN for our London-hosted site", "CDN with
        # acceleration, origin server in Germany": the place is the site's)
        return d.INTERNATIONAL_ONLY
    if _CDN_NONE.search(text):
        return d.NO_CDN
    return None


_BRANCH = (
    "branch company",
    "branch",
    "subsidiary",
    "wfoe",
    "registered company",
    "legal entity",
    "joint venture",
    "chinese company",
    "local company",
    "entity in china",
    "company in china",
    "company registered in china",
)
_OFFICE = (
    "representative office",
    "rep office",
    "liaison office",
    "ban shi chu",
    "banshichu",
    # (代表处, a representative office's other name)
    "daibiaochu",
    "dai biao chu",
    "physical office",
    "permanent office",
    "office",
    "办事处",
)


@_reads(Fact.CHINA_PRESENCE)
def to_china_presence(text: str) -> Optional[str]:
    """Presence in mainland China. A branch or office placed outside mainland China, a partner's
    company or a plan is not a presence."""
    # "our representative office's certificate" (not "the office's closed")
    text = re.sub(
        r"'s\b(?=\s+(?:certificates?|licen[cs]es?|registration|business|documents?|papers?))",
        "",
        text,
    )
    # (found, negated or not: "no office in Singapore" says nothing of mainland China either)
    elsewhere = _find(text, _OUTSIDE_PLACES) is not None and _find(text, _MAINLAND_PLACES) is None
    if elsewhere or _FUTURE.search(text) or re.search(r"\bpartner", text):
        return None
    if _mentioned(text, _BRANCH):
        return d.BRANCH_COMPANY
    if _mentioned(text, _OFFICE):
        return d.REPRESENTATIVE_OFFICE
    if _negated(
        text,
        _BRANCH
        + _OFFICE
        + ("presence", "anything", "entity", "company", "companies", "business", "subsidiary"),
    ) or re.search(
        r"^\W*(?:(?:well|so|ok|okay|sadly|unfortunately|actually)\W+)*(?:(?:we|i)(?:'ve)?\s+)?"
        r"(?:(?:have|has|had|with|got|own)\s+)?(?:got\s+)?(?:none|nothing|no|nope|neither)\b",
        text,
    ):
        return d.NO_PRESENCE
    return None


_YES = re.compile(
    r"^\s*(?:yes|yep|yup|yeah|ya|sure|correct|of course|y|absolutely|definitely|"
    r"certainly|indeed|right|true|affirmative|ok|okay|no problem)\b"
)
_NO = re.compile(r"^\s*(?:no|nope|nah|not really|negative|never)\b")
_NEGATIVE = re.compile(
    r"\b(?:can't|cannot|can not|unable|don't|dont|do not|doesn't|haven't|"
    # ("we never had a commercial license")
    r"hasn't|not|no|never|didn't|did not|without|lack|missing)\b"
)
_CONTRAST = re.compile(r"\b(?:but|except|although|however|though)\b")


def opens_with_yes_or_no(text: str) -> bool:
    """The reply starts with its own yes or no ("no, we have neither ...", "yep, Shenzhen")."""
    text = _clean(text)
    return bool(_YES.match(text) or _NO.match(text))


def _clause_about(text: str, subject: Iterable[str]) -> str:
    """The clause of `text` that mentions the subject ("we don't use a CDN, and we are a
    licence holder" -> "we are a licence holder"), or the whole text."""
    for clause in re.split(r"[,;.!?]|\band\b|\bbut\b", text):
        if _find(clause, subject):
            return clause
    return text


# A question's first word, shared with the scope rules.
QUESTION_START = (
    r"can|could|do|does|did|is|are|should|will|would|must|may|how|what|who|why|which|where|when"
)
_ASKS = re.compile(rf"^(?:{QUESTION_START})\b")


# Having or getting something, or being unable, put as a case: "and if we didn't hold the
# licence?", "what if we had no commercial licence?", "what if we add a domain later" (not a need,
# a wish or an application put so: "if I need an ICP commercial license, where do I get it?")
_HOLDING_PUT_AS_A_CASE = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|then)\W+)*(?:what\s+)?(?:if|suppose|supposing|say|assuming)\s+"
    r"(?:we|i)\s+(?:(?:did|do|does|didn't|did not|don't|do not|still|really|just)\s+)?"
    r"(?:had|have|hold|held|got|get|owned|own|add|added|buy|bought|obtain|obtained|register|"
    r"registered|cannot|can't|cant|can not|couldn't|are unable to|were unable to|lacked|lack)\b"
)


def _yes_no(text: str, subject: Iterable[str]) -> Optional[str]:
    """A yes/no answer. Unclear answers ("yes but not the domain", "what documents?") are None,
    so the question is asked again."""
    if _YES.search(text) and _CONTRAST.search(text):
        return None  # "yes but not the domain"
    clause = _clause_about(text, subject)
    sentence = next((t for t in SENTENCES.findall(text) if clause.strip() in t), text)
    # (a case put in the clause itself is read as the case asked about: "and if we didn't hold
    # the commercial licence?")
    if not _HOLDING_PUT_AS_A_CASE.search(clause.strip()) and (
        sentence.strip().endswith("?") or _ASKS.match(clause.strip())
    ):
        return None  # asked about, not stated: "if we have an office, can we get a licence?"
    if _SOMEONE_ELSE.search(clause):
        return None  # "our competitor is a licence holder; we are not": not the user's
    if _find(clause, subject) and clause.strip() != text.strip(" ?.!"):
        # The subject's own clause decides, not a "No," or "no idea" said of something else
        # ("No, no CDN. But we are an ICP Commercial License holder. How do we file?").
        if _is_dont_know(clause):
            return d.UNKNOWN
        return d.NO if _NEGATIVE.search(clause) else d.YES
    if text.endswith("?") and not _HOLDING_PUT_AS_A_CASE.search(clause.strip()):
        return None
    if _is_dont_know(text):
        return d.UNKNOWN
    if re.search(r"^\s*no problem\b", text):
        return d.YES
    if _NO.search(text):
        return d.NO
    if _YES.search(text):
        return d.YES
    if not _find(clause, subject):
        return None
    return d.NO if _NEGATIVE.search(clause) else d.YES


# A licence applied for, planned, pending or lapsed is not one held today: asked about.
_NOT_HELD_YET = re.compile(
    r"\b(?:pending|applying|applied for|in the process|plan(?:ning)? to|going to|will|lapsed|"
    r"expired|used to|until last|no longer)\b|'ll\b"
)
# A licence held, said so ("We hold an ICP Commercial License. If we move to an SLB, do we have
# to apply for a new commercial license?")
_HOLDS_ONE = re.compile(
    r"\b(?:we|i|they)\s+(?:already\s+)?(?:hold|have|own|got)\s+(?:an?\s+|the\s+|our\s+)?(?:icp\s+)?"
    r"commercial licen[cs]e"
)
# A licence to be got: "whether our office is enough to get both an ICP Filing and an ICP
# Commercial License"
_A_LICENCE_TO_GET = re.compile(
    r"\b(?:to|can|could|may|might)\s+(?:also\s+|both\s+|ever\s+)?(?:get|obtain|apply for|"
    r"acquire)\b[^.?!]{0,50}\bcommercial licen[cs]e\b"
)


# Any company at all, as a clause's subject: "an entity registered in Sichuan files in Sichuan"
_ANY_COMPANY = re.compile(rf"\b(?:an?|any|one|each|every)\s+(?:[\w-]+\s+)?{ORGANISATION}\b")


def someone_elses(value: str, message: str) -> bool:
    """`value`'s clause is about another company or any company, not the user's: "a friend's
    company registered in Hubei", "an entity registered in Sichuan files in Sichuan" (not "we
    are a company registered in Shanghai")."""
    clause = _clause_with(value, message)
    return not FIRST_PERSON.search(clause) and bool(
        _SOMEONE_ELSES.search(clause) or _SOMEONE_ELSE.search(clause) or _ANY_COMPANY.search(clause)
    )


def not_held_yet(value: str, message: str) -> bool:
    """`value`'s clause says it is applied for, pending or lapsed: not held today."""
    return bool(_NOT_HELD_YET.search(_clause_with(value, message)))


# A registration moved from one place to another: "moving our entity's registration from Shanghai
# to Hainan next year" (before it, and after it)
_MOVE = r"\b(?:mov|relocat|transferr?|migrat|shift)\w*\b"
_A_MOVE_BEFORE = re.compile(_MOVE + r"[^.?!;]{0,60}$")
# ... "to Hainan" after it, or the move said after it: "from Fujian moves to Jiangxi"
_TO_ANOTHER_PLACE = re.compile(r"^\s+to\s+(?:the\s+)?[a-z]")
_MOVES_TO_ANOTHER_PLACE = re.compile(
    r"^\s+(?:is\s+|are\s+|will\s+|'ll\s+|gets?\s+)?(?:be(?:ing)?\s+)?"
    + _MOVE
    + r"\s+(?:over\s+)?to\s+(?:the\s+)?[a-z]"
)


def moved_elsewhere(value: str, message: str) -> bool:
    """`value` ("registration from Shanghai") is where something moves away from, to another
    place: held there today, not after the move, so which one is meant is unsure."""
    lowered, at = message.lower(), message.lower().find(value.lower())
    if at < 0 or " from " not in f" {value.lower()} ":
        return False
    after = lowered[at + len(value) :]
    return bool(_A_MOVE_BEFORE.search(lowered[:at]) and _TO_ANOTHER_PLACE.search(after)) or bool(
        _MOVES_TO_ANOTHER_PLACE.search(after)
    )


# A licence held only in a condition: "If you hold an ICP Commercial License, also update ..."
_IF_HELD = re.compile(
    r"\b(?:if|unless|in case)\s+(?:you|they|we|i|the\s+\w+|your\s+\w+|our\s+\w+)\s+"
    r"(?:already\s+)?(?:hold|holds|have|has|own|owns|got|get)\s+(?:an?\s+|the\s+)?(?:icp\s+)?"
    r"commercial\s+licen[cs]e"
)


@_reads(Fact.COMMERCIAL_LICENSE, dont_know_anywhere=False)
def to_commercial_license(text: str) -> Optional[str]:
    if _NOT_HELD_YET.search(_clause_about(text, _LICENCE_WORDS)):
        return None
    if _IF_HELD.search(_clean(text)):
        return None
    if _A_LICENCE_TO_GET.search(_clean(text)) and not _HOLDS_ONE.search(_clean(text)):
        return None
    clause = _clean(_clause_about(text, _LICENCE_WORDS))
    held = _HOLDS_ONE.search(clause)
    if (
        held
        and not _NEGATIVE.search(clause)
        and re.search(r"(?:^|[:;]|\b(?:but|and|so|ok|okay|well|now))\s*$", clause[: held.start()])
    ):
        # held, said in a clause of its own before a question ("we hold an ICP commercial
        # license, does that change the SLB step?")
        return d.YES
    return _yes_no(text, _LICENCE_WORDS)


_LICENCE_WORDS = (
    "commercial license",
    "commercial licence",
    "icp license",
    "icp licence",
    "license holder",
    "licence holder",
    "hold one",
    "have one",
    "holder",
)


# Documents or a domain name missing or impossible to provide: the FAQ's own example of a filing
# that cannot be completed ("we are unable to provide the paperwork"; not "we can't tell which
# documents").
_LACKS_DOCUMENTS = re.compile(
    r"\b(?:no(?!\s+(?:problems?|issues?|trouble|worries|doubt|questions?)\b)|without|lack|missing|"
    r"don't have|do not have|haven't got|neither)\b[^,;.]*\b(?:documents?|docs|domain|paperwork)|"
    r"\b(?:don't|do not) own\b[^,;.]*\bdomain|"
    # "our Chinese paperwork is incomplete"
    r"\b(?:documents?|papers|paperwork)\s+(?:is|are|was|were|remains?|stays?)\s+(?:still\s+)?"
    r"(?:incomplete|missing|unavailable)\b"
    r"(?![^.?!]{0,40}\b(?:but|will be|next (?:week|month)|tomorrow|in time|by)\b)|"
    # the documents turned down again and again: "the documents keep getting rejected"
    r"\b(?:documents?|papers|paperwork)\s+(?:we\s+|i\s+)?(?:no|not|don't|do not|dont)\s+"
    r"(?:have|got)\b|"
    r"\b(?:documents?|papers|paperwork)\s+(?:keep|kept|keeps)\s+(?:getting|being)\s+"
    r"(?:rejected|refused|turned down|denied)\b|"
    # everything asked for, not provided: "what if the branch can't provide everything you need?"
    r"\b(?:cannot|can't|cant|couldn't|could not|unable to|not able to|won't be able to)\s+"
    r"(?:\w+\s+)?(?:provide|supply|produce|submit|furnish)\s+(?:everything|all|what)\b[^,;.]{0,30}"
    r"\b(?:needed|need|needs|required|requires|require|asked for|ask for|asks for)\b|"
    # papers that cannot be made valid: "the papers from home can't be legalised in time"
    r"\b(?:documents?|paperwork|papers|domain)\b[^,;.]{0,40}\b(?:cannot|can't|cant|won't)\s+be\s+"
    r"(?:legali[sz]ed|notari[sz]ed|apostilled|certified|translated|issued|provided|obtained|"
    r"supplied|produced|gathered)\b|"
    # ("couldn't" as spaCy splits it in an entity: "n't produce the documents")
    r"\b(?:cannot|can't|cant|couldn't|couldnt|could not|n't|unable to|not able to|"
    r"won't be able to|won't|will not|refuses? to|(?:could|can|will) never)\s+"
    # (not asked: "can't we get an ICP filing with our HK documents?")
    r"(?!(?:we|i|you|they)\b)(?:\w+\s+){0,2}?"
    r"(?:provide|"
    r"get|obtain|supply|submit|prepare|produce|furnish|gather|collect|assemble)\b[^,;.]{0,40}"
    r"\b(?:documents?|docs|"
    # (not "the domain we wanted": the one they could not get is not the one they have)
    r"domain(?!\s+(?:we|i)\s+(?:wanted|liked|chose|picked|preferred))|paperwork|papers|"
    # "can't get the permanent office registration certificate" (not an SSL certificate)
    r"(?:registration|office|permanent|company|incorporation)\s+certificates?|"
    # ... or the one just named, referred to ("and if we can't get that certificate either?")
    r"(?:that|this|said)\s+certificate(?!\s+to\b))\b|"
    # getting them said to be impossible: "getting that permanent office certificate is
    # impossible for them"
    r"\b(?:getting|obtaining|providing|producing)\s+(?:the\s+|that\s+|this\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:documents?|papers|paperwork|(?:registration|office|permanent|company|"
    r"incorporation)\s+certificates?)\s+(?:is|would be|seems|looks|will be)\s+(?:\w+\s+)?"
    r"(?:impossible|not possible|"
    r"out of the question|not an option)\b|"
    # ... or they themselves: "the permanent office certificate is impossible to get"
    r"\b(?:(?:registration|office|permanent|company|incorporation)\s+certificates?|documents?|"
    r"papers|paperwork)\s+(?:is|are|seems?|looks?)\s+(?:\w+\s+)?impossible\b"
)


# The filing itself out of reach, said outright: "if ICP is impossible for us", "we cannot get
# a beian".
# Not a delay: "can't get the beian in time", "can't be approved before our launch"
_NOT_A_DELAY = (
    r"(?![^.?!,]{0,20}\b(?:in time|on time|quickly|fast|soon|yet|before|by|until|till|within|"
    r"this|next|today|tomorrow|anytime)\b)"
)
_FILING_OUT_OF_REACH = re.compile(
    r"\b(?:icp|beian|filing)\s+(?:is|would be|seems|looks)\s+(?:\w+\s+)?(?:impossible|"
    r"not possible|out of the question|not an option)\b|"
    r"\b(?:cannot|can't|cant|couldn't|could not|unable to|not able to|won't be able to)\s+"
    r"(?!(?:we|i|you|they)\b)(?:\w+\s+)?(?:get|obtain|complete|finish|pass|do)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:icp|beian|filing)\b" + _NOT_A_DELAY + r"|"
    # "so we simply can't file" (not where, how or for whom: "we can't file through Alibaba")
    r"\b(?:we|i|they)\s+(?:simply\s+|just\s+|really\s+)?(?:cannot|can't|cant|are unable to|"
    r"are not able to)\s+(?:file|apply)\b(?!\s+(?:in|at|with|through|via|for|under|as|using|by|"
    r"it|yet|ourselves|online|if|when|unless|because|since|until|then)\b)(?![^.!?,;]*\?)"
    + _NOT_A_DELAY
    + r"|"
    # ... said of the filing named before, as a case put: "what if we simply can't get it done?"
    # (not "the DNS switch? we can't get it done ourselves")
    r"\bif\s+(?:we|they|i|the client)\s+(?:simply\s+|just\s+|really\s+)?(?:cannot|can't|cant|"
    r"couldn't|could not|are unable to|aren't able to|won't be able to)\s+get\s+it\s+(?:done|"
    r"through|approved|finished|completed)\b" + _NOT_A_DELAY + r"|"
    # tried and could not: "we try do filing but cannot"
    r"\b(?:try|tried|trying)\s+(?:to\s+)?(?:do\s+)?(?:the\s+)?(?:filing|icp|beian)\b[^.?!]{0,10}"
    r"\bbut\s+(?:cannot|can't|cant|couldn't|failed|fail)\b|"
    # turned down again and again: "our filing for the ECS in cn-guangzhou was rejected twice"
    # (or terse: "filing rejected twice")
    r"\b(?:icp|beian|filing|application)\b(?:\s+[\w-]+){0,5}?\s+(?:(?:was|were|got|has been|"
    r"have been|keeps? (?:being|getting))\s+)?(?:rejected|refused|denied|turned down)\s+"
    r"(?:twice|again|repeatedly|(?:two|three|several|multiple|many) times)\b|"
    # said bare: "icp fail, alt option?", "beian failed again"
    r"^\W*(?:our\s+|the\s+)?(?:icp|beian|filing)\s+(?:fail|failed|fails|no go|impossible)"
    r"\s*(?:[,.;!?\-–—]|$)|"
    # the FAQ's own words, passive: "if the filing can't be finished"
    r"\b(?:icp|beian|filing)\s+(?:cannot|can't|cant|can not|couldn't|could not|won't|will not)\s+"
    r"be\s+(?:completed|finished|done|obtained|passed|approved)\b" + _NOT_A_DELAY + r"|"
    # stuck for good, or never to go through: "the filing is stuck for good", "our beian will
    # never be approved" (not stuck for now: "the filing is stuck in review")
    r"\b(?:icp|beian|filing|application)\s+(?:is|was|got|gets|seems|'s)\s+(?:\w+\s+)?stuck\s+"
    r"(?:for good|permanently|forever|indefinitely|for ever)\b|"
    r"\b(?:icp|beian|filing|application)\s+(?:will|would|is going to|can)\s+never\s+"
    r"(?:go through|be (?:approved|completed|finished|done)|happen|succeed|pass)\b"
)


def filing_out_of_reach(text: str) -> bool:
    """The filing itself is said to be impossible to get."""
    return bool(_FILING_OUT_OF_REACH.search(_clean(text)))


# Choosing to go without a filing ("if you really don't want to do the application", "if they
# decide not to start the ICP license"): the FAQ's way around a filing that cannot be done (a
# server in Hong Kong) is the way around one not wanted.
_FILING_FORGONE = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not|didn't)\s+(?:really\s+)?want\s+to|rather not|"
    r"prefer not to|decided? not to|decides not to|chose not to|choose not to|not wanting to|"
    # "if a client decides to skip the ICP", "where a client elects not to begin the filing"
    r"(?:elects?|elected|opts?|opted) not to|"
    r"(?:decides?|decided|chooses?|chose|elects?|elected|opts?|opted) to (?:skip|forgo|drop|avoid)|"
    # "we've given up on ICP entirely"
    r"(?:given|give|gave|giving) up on)\s+"
    r"(?:(?:do|start|begin|pursue|undertake|go through|apply for|bother with|deal with)\s+)?"
    r"(?:an?\s+|the\s+|any\s+)?"
    r"(?:icp\s+|beian\s+)?(?:application|filing|icp|beian|licen[cs]e)\b"
    # (a choice for good: not "we won't start the filing until the ECS is migrated")
    r"(?![^.?!]*\b(?:until|till|before|yet)\b)|"
    # "Filing is off the table"
    r"\b(?:filing|icp|beian)\s+(?:is|'s|was)\s+(?:off the table|not an option|out of the question|"
    r"ruled out)\b"
)


def forgoes_the_filing(text: str) -> bool:
    """Going without a filing by choice is said."""
    return bool(_FILING_FORGONE.search(_clean(text)))


def lacks_documents(text: str) -> bool:
    """The documents or domain name a filing needs are missing or cannot be provided."""
    return bool(_LACKS_DOCUMENTS.search(text))


# A bare "we can" / "we can't", replying to "can you provide the required documents and a domain
# name?".
# ("we can, we just haven't started": what follows is no limit on it; not "we can, but not the
# domain")
_WE_CAN = re.compile(
    r"^\W*(?:yes\W+)?(?:we|i)\s+(?:can|could|will|are able to|am able to)"
    r"(?:\W*$|\s*[,;:-]+\s*(?![^.?!]*\b(?:but|except|apart from|not (?:the|all|yet able)|"
    r"(?:can't|cannot|can not|couldn't|unable)\b|no (?:domain|documents?)|without)\b))"
)
_WE_CANNOT = re.compile(
    r"^\W*(?:no\W+)?(?:we|i)\s+(?:can't|cannot|can not|cant|couldn't|won't|will not|"
    r"are not able to|aren't able to|am not able to)"
    r"(?:\W+(?:sadly|unfortunately|i'm afraid|i am afraid|at all|honestly))?\W*$"
)


# An inability that is over: "last year we couldn't finish the filing because we lacked a domain,
# but we've bought one since and can complete it now"
_COULD_NOT_THEN = re.compile(
    r"\b(?:couldn't|could not|was unable|were unable|wasn't able|weren't able|lacked|"
    r"didn't have|did not have|had no)\b"
)
_ABLE_NOW = re.compile(
    r"\b(?:but|and|now|since)\b[^.?!]{0,60}?\b(?:can|are able to|am able to)\s+(?:now\s+)?"
    r"(?:complete|finish|do|provide|file|get)\b(?![^.?!]{0,30}\b(?:not|n't)\b)"
)


def _no_longer_unable(text: str) -> bool:
    able = _ABLE_NOW.search(text)
    return bool(able and _COULD_NOT_THEN.search(text[: able.start()]))


@_reads(Fact.CAN_COMPLETE_FILING, dont_know_anywhere=False)
def to_can_complete_filing(text: str) -> Optional[str]:
    if _no_longer_unable(text):
        return d.YES
    if lacks_documents(text) or filing_out_of_reach(text) or _WE_CANNOT.search(text):
        return d.NO
    if _WE_CAN.search(text):
        return d.YES
    return _yes_no(
        text,
        (
            "documents",
            "document",
            "domain name",
            "domain",
            "complete it",
            "finish it",
            "do it",
            "provide",
        ),
    )


_IP = ("ip", "ip address", "ip addresses", "ip only", "by ip", "via ip")
# (the DNS changed or pointed somewhere is a domain's: "we only change the DNS to the SLB IP")
_DOMAIN = (
    "domain",
    "domain name",
    "domian",
    "url",
    "hostname",
    "website address",
    "dns name",
)
# The IP a DNS record is pointed at: how the domain resolves, not how visitors reach the site ("we
# only change the DNS to the SLB IP")
_DNS_POINTED_AT_AN_IP = re.compile(
    r"\b(?:dns|a record|dns record)\b[^.?!,]{0,30}\b(?:to|at)\s+(?:the\s+|our\s+|its\s+|an?\s+)?"
    r"(?:[\w-]+(?:'s)?\s+){0,2}ips?\b"
)
# (not "just" of time: "we just changed DNS to the SLB IP"; nor the IP a DNS record points at)
_ONLY_IP = re.compile(
    r"\b(?:only|just(?!\s+\w+ed\b)|solely)\b(?:(?!\bdns\b)[^,;.]){0,25}\bip\b|"
    r"\bip\b[^,;.]{0,12}\bonly\b"
)


# An IP address that was blocked or banned says nothing about how visitors reach the site.
_BLOCKED_IP = re.compile(
    r"\b(?:block|blocks|blocked|ban|bans|banned|blacklist\w*|whitelist\w*)\b"
    r"[^,;.]{0,25}\bips?\b|\bips?\b[^,;.]{0,25}\b(?:blocked|banned|"
    r"blacklisted|whitelisted|ban)\b"
)


# IP-only access asked about, not told: "does that make us ip-only?", "are we IP-only then?",
# "would that count as ip only access?"
_IP_ONLY_ASKED = re.compile(
    r"\b(?:does|do|would|will|could|is|are|am)\s+(?:that|this|it|we|us|i|the site)\s+"
    r"(?:make\s+(?:us|it|me|the site)\s+|count\s+as\s+|mean\s+(?:we(?:'re| are)|it'?s|it is)\s+|"
    r"be\s+|still\s+)?(?:an?\s+)?ip[- ]only\b"
    # (not one told of a site named: "is this ip-only site on ECS Beijing required to file?")
    r"(?!\s+(?:sites?|websites?|servers?|apps?|services?|box|api|tools?|dashboards?|shops?|"
    r"pages?|portals?|ecs))[^.?!]*\?|"
    r"\b(?:counts?|qualif(?:y|ies))\s+as\s+(?:an?\s+)?ip[- ]only\b[^.?!]*\?"
)


def asks_whether_ip_only(text: str) -> bool:
    """The message asks whether the site counts as reached only by IP ("the domain is blocked,
    the raw IP loads. does that make us ip-only?"), which it does not tell."""
    return bool(_IP_ONLY_ASKED.search(_clean(text)))


# A host name typed out: "people go to www.example-shop.com".
_HOSTNAME = re.compile(
    r"\bwww\.|https?://(?!\d)|\b[a-z][\w-]*\.(?:com|net|org|cn|io|shop|co|app)\b"
)


# A domain held but not how visitors reach the site: "we've got a domain but it's not pointed
# anywhere yet", "the domain is parked".
_DOMAIN_UNUSED = re.compile(
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:pointed|pointing|point|resolving|resolve|live|set up|"
    r"in use|used|connected|linked|configured|active)\b|\bparked\b|\bunused\b"
)


def _unused_domain(text: str) -> bool:
    """A domain named, then said in its sentence not to be in use."""
    domain = _find(text, _DOMAIN)
    after = re.split(r"[.;!?]", text[domain.end() :])[0][:60] if domain else ""
    return bool(_DOMAIN_UNUSED.search(after))


_NOT_ONLY_IP = re.compile(
    r"\b(?:not|n't|don't|dont|do not|doesn't|does not|isn't|is not)\s+(?:\w+\s+)?(?:only|just)\b"
    r"[^,;.]{0,25}\bip\b|"
    # "no IP-only stuff", "no ip only access"
    r"\bno\s+(?:\w+\s+)?ip[- ]only\b|"
    # "on a domain, not ip only", "it isn't IP-only access"
    r"\b(?:not|isn't|is not|aren't|are not)\s+(?:\w+\s+)?(?:by\s+|via\s+|through\s+)?"
    r"(?:the\s+|an?\s+)?ip(?:\s+address)?[- ]only\b"
)


@_reads(Fact.ACCESS_METHOD)
def to_access_method(text: str) -> Optional[str]:
    """Domain name or IP address only. A domain that points at an IP is still a domain name."""
    text = _DNS_POINTED_AT_AN_IP.sub(" ", _BLOCKED_IP.sub(" ", _NO_LONGER.sub(" ", text)))
    text = _A_DOMAIN_DEMANDED.sub(" ", _IP_ONLY_ASKED.sub(" ", text))
    if _NOT_ONLY_IP.search(text):  # "we don't only serve by IP - we also have a domain"
        return d.DOMAIN_NAME if _mentioned(text, _DOMAIN) or _HOSTNAME.search(text) else None
    if _negated(text, _DOMAIN) or _ONLY_IP.search(text):
        return d.IP_ONLY
    if _unused_domain(text):
        return d.IP_ONLY if _mentioned(text, _IP) else None
    if _mentioned(text, _DOMAIN) or _HOSTNAME.search(text):
        return d.DOMAIN_NAME
    if _mentioned(text, _IP) or _IP_LITERAL.search(text):
        return d.IP_ONLY
    return None


# An IP address typed out where the site is opened, or masked: "via http://106.14.x.x", "the IP
# 47.98.12.3" (not a version number: "version 1.2.3.4").
_IP_LITERAL = re.compile(
    r"(?:https?://|\bip(?: address)?:?\s*|\b(?:via|at|typing(?: in)?)\s+)\d{1,3}\."
    r"(?:\d{1,3}|x{1,3})\.(?:\d{1,3}|x{1,3})\.(?:\d{1,3}|x{1,3})(?!\w)(?!\.\d)|"
    r"(?<![\w.])\d{1,3}\.(?:\d{1,3}|x{1,3})\.x{1,3}\.x{1,3}(?!\w)"
)


_DEMANDED = re.compile(
    r"\b(?:demand\w*|requir\w*|ask\w* for|insist\w* on|wants?|needs?)\s+(?:an?\s+|the\s+)?$"
)


# ... in full: "the filing console keeps asking for a domain name" (what the site has not)
_A_DOMAIN_DEMANDED = re.compile(
    r"\b(?:demand\w*|requir\w*|ask\w* for|insist\w* on)\s+(?:an?\s+|the\s+)?domain(?:\s+names?)?\b"
)


# The IP used or typed, as the spaCy pipeline finds it ("use the IP", "type the public IP") ...
_THE_IP_USED = re.compile(r"^(?:use|uses|using|used|type|types|typing|typed|hit|enter)\b")
# ... by anyone who tries: "it still loads if you type the IP", "you can use the IP"
_ANYONES_WAY_IN = re.compile(
    r"\b(?:if|when|whenever|once)\s+(?:you|one|someone|anyone|people)\b|\byou\s+(?:can|could)\b"
)
# ... said to replace the domain: "... the IP from now on", "... the IP instead"
_IN_PLACE_OF_THE_DOMAIN = re.compile(
    r"^\W*(?:only|instead|from now on|going forward|for good|from then on|and drop the domain)\b"
)


# ... by the site's users: "customers reach it by typing the public IP", "tell users to use the IP"
_BY_THE_USERS = re.compile(
    r"\b(?:users?|visitors?|customers?|people|buyers?|clients?|everyone|everybody)\b[^.;,]{0,30}$"
)
# ... not the IP of something else, or for something else: "use the IP of the load balancer",
# "use the server IP for testing", "use the IP whitelist", "enter the IP as the A record"
_ANOTHER_USE_OF_THE_IP = re.compile(
    r"^\s*(?:of|for|in|as|on|at|to|whitelist\w*|records?|range|ranges|blocks?|lists?|allow\w*)\b"
)


def _the_ip_is_the_way_in(value: str, message: str) -> bool:
    """The IP used or typed (`value`) is how the site is reached: put as the case ("if we just
    tell users to use the IP"), said to replace the domain ("... the IP from now on"), or by the
    site's users ("customers reach it by typing the public IP"); not a way in anyone may try
    ("if you type the IP it loads"), nobody's ("nobody uses the bare IP"), or the IP of or for
    something else."""
    before, after = _around(value, message)
    if _ANOTHER_USE_OF_THE_IP.match(after):
        return False
    if re.search(
        r"\b(?:nobody|no one|noone|none of (?:us|them|our \w+|the \w+))\s+(?:\w+\s+)?$", before
    ):
        return False
    chosen = _puts_a_case(value, message) or _IN_PLACE_OF_THE_DOMAIN.match(after)
    if _ANYONES_WAY_IN.search(_around(value, _sentence_with(value, message))[0]):
        return bool(chosen)
    return bool(chosen or _BY_THE_USERS.search(before))


def read_access(value: str, message: str) -> Optional[str]:
    """A domain phrase followed, in its sentence, by words saying the domain is not in use is not
    how visitors reach the site: IP only when the message speaks of the IP, else asked."""
    if _DEMANDED.search(_around(value, message)[0]):
        return None  # "the filing portal keeps demanding a domain name": not what the site has
    if value.strip() != message.strip() and (
        speaks_of_anyone(message) or _in_a_quoted_rule(value, message)
    ):
        return None  # "With just a bare IP you have to go straight to the provincial authority"
    if any(_clean(value) in asked.group() for asked in _IP_ONLY_ASKED.finditer(_clean(message))):
        return None  # "does that make us ip-only?": asked about, not told
    clause = _clause_with(value, message)
    if _THE_IP_USED.match(_clean(value)) and not _the_ip_is_the_way_in(value, message):
        return None  # "it still loads if you type the IP", "our DNS will use the IP of the SLB"

    # (the sentence's words before the phrase, since a ";" or a "now": "while testing we reached it
    # by IP only", not "... by IP only; now it has a domain")
    sentence = _sentence_with(value, message)
    before = re.split(r"[;]|\bnow\b", sentence[: sentence.find(_clean(value))])[-1]
    reply = value.strip() == message.strip()
    if not reply and (
        _UNTIL_LATELY.search(before)
        or (_of_the_past(clause) and not _NOW.search(clause) and "since" not in clause)
    ):
        return None  # "while testing we reached it by IP only": not how it is reached now
    read = to_access_method(negation_marked(value, message))
    if read == d.DOMAIN_NAME and _FUTURE.search(clause) and not _puts_a_case(value, message):
        return None  # "IP-only while we test, a domain comes next month": not how it is reached
    if read == d.DOMAIN_NAME and _unused_domain(_clean(value) + _around(value, message)[1]):
        return d.IP_ONLY if _mentioned(_clean(message), _IP) else None
    return read


_LICENSE_WORDS = (
    "license",
    "licence",
    "business license",
    "business licence",
    "chinese license",
    "chinese licence",
    "chinese business license",
    "chinese business licence",
    "company in china",
    "chinese company",
    "entity in china",
    "chinese entity",
    "company there",
    "entity",
)


# None held, said of the licence asked about: "we don't have one", "there isn't one".
_HAS_NONE = re.compile(
    r"^\W*(?:(?:we|i)\s+(?:don't|do not|dont)\s+(?:have|hold)\s+(?:one|any(?!\s+(?:idea|clue)))|"
    r"(?:we|i)\s+(?:have|hold)\s+none|there\s+(?:is|'s)\s+(?:none|not one)|there isn't one|"
    r"(?:we|i)\s+(?:never|haven't)\s+(?:had|got)\s+one)\b"
)


@_reads(Fact.LICENSE_PROVINCE)
def to_license_province(text: str) -> Optional[str]:
    """The division that issued the Chinese business license; two different places is unclear;
    "we have no Chinese license" (or no company in China) is NO_CHINESE_LICENSE."""
    if (_negated(text, _LICENSE_WORDS) or _HAS_NONE.search(text)) and not _find(
        text, tuple(_PROVINCES)
    ):
        return d.NO_CHINESE_LICENSE
    found = {_PROVINCES[m.group(0)] for m in re.finditer(words_pattern(tuple(_PROVINCES)), text)}
    if _find(text, _OUTSIDE_PLACES):
        found.add(d.OUTSIDE_MAINLAND)
    return found.pop() if len(found) == 1 else None


_FILED = re.compile(
    r"\balready\b(?:\s+\S+){0,3}?\s+(?:filed|icp|filing|beian|registered|approved|licensed)\b"
    r"|\b(?:existing|approved|current|valid)\s+(?:icp|filing|beian)\b"
    r"|\b(?:icp|filing|beian|domain|site|website|shop)\b[^.?!,]{0,25}\b(?:is|are|was|were|been|"
    r"got)\s+(?:already\s+)?(?:icp[- ]?)?(?:filed|approved)\b"
    r"|\b(?:completed|finished|passed|hold|holds|obtained)\s+(?:our\s+|an?\s+|the\s+|its\s+)?"
    r"(?:icp|beian|filing)\b|\b(?:icp|beian|filing)\s+(?:is\s+|was\s+)?done\b"
    # (not how filing is done: "the filing is done in the province where ...")
    r"(?!\s+(?:in|at|by|through|via|with|for)\s+(?:the\s+)?(?:province|provincial|data ?cent\w*|"
    r"region|city|place|same|each|every|which|where)\b|\s+where\b)"
    r"|\b(?:got|obtained|received)\s+(?:our\s+|an\s+|the\s+)?(?:icp|beian|filing)\b"
    r"(?!\s+(?:rejected|refused|denied|turned down|back)\b)"
    # "filing approved!!"
    r"|\b(?:icp|filing|beian)\s+(?:finally\s+)?approved\b"
    r"|\b(?:have|has|'ve)\s+(?:had|held)\s+(?:an?\s+|our\s+|the\s+|its\s+)?(?:icp|filing|beian)"
    r"\b[^.?!]{0,20}\bsince\b"
    # a filing held, said by its holder: "we have our icp", "they've got a beian already" (not
    # "we have to have an icp")
    r"|\b(?:we|i|they|it|he|she)(?:\s+(?:already\s+)?(?:have|has|hold|holds)|'ve)\s+(?:got\s+)?"
    r"(?:an?|our|my|their|its|the)\s+(?:icp|beian|filing)(?:\s+(?:filing|number|record))?\b"
    # (an "ICP license" is read as the Commercial License: to_commercial_license)
    r"(?!\s+(?:application|process|question|issue|problem|requirement|licen[cs]e|permit|"
    r"appointment|deadline)s?\b)"
    # (not one under way or turned down: "we have a filing in progress", "... pending")
    r"(?!\s+(?:(?:\w+\s+)?(?:in progress|pending|to (?:submit|do|file)|rejected|under review)))"
)
# What was registered or approved, when it is not the filing.
_SOMETHING_ELSE_REGISTERED = re.compile(
    r"\s+(?:(?:the|a|an|our|my)\s+)?(?:domains?|company|companies|business|trademarks?|accounts?|"
    r"wfoe|entity|subsidiary|branch)\b|\s+by\s+(?:the\s+)?(?:registry|registrar|bank|tax|"
    r"market regulator|aic|samr)\b|"
    # the ICP Commercial License, which is no filing of the site ("we hold an ICP Commercial
    # License already")
    r"\s+(?:commercial|operating|business|edi|value-added)\s+(?:licen[cs]es?|permits?)\b"
)
# "has to get the ICP Filing done", "we must get our beian done": what is to be done (not "it took
# weeks to get the filing done")
_TO_GET_DONE = re.compile(
    r"\b(?:(?:need|needs|have|has|want|wants|going|plan|plans|planning|trying|able|unable)\s+to|"
    # (or one that cannot be done: "we cant get the ICP done")
    r"must|should|will|'ll|cannot|can't|cant|couldn't|couldnt)\s+(?:\w+\s+)?get\s+"
    r"(?:(?:the|an?|our|its|their|your)\s+)?(?:icp\s+)?$"
)
# "if we already had ...", "once it is filed": a condition, not a statement about the site.
_HYPOTHETICAL = re.compile(r"\b(?:if|once|after|when|whether|until|before|unless)\b")
# "have you obtained ICP records?": asked whether one was had (not "have had our ICP since 2019")
_ASKS_IF_HAD = re.compile(
    r"^(?:have|has)\s+(?:you|your|they|their|it|its|we|our|the|this|that)\b", re.I
)
# "the domain must have been filed", "it has to be filed": a requirement, not a filing had
_REQUIRED = re.compile(
    r"\b(?:must|shall|should|ha(?:ve|s) to|needs? to|required to)\s+(?:first\s+)?"
    r"(?:have\s+been|be)\s+(?:already\s+)?(?:icp[- ]?)?(?:filed|approved)\b"
)


_A_QUESTION_WORD = re.compile(rf"\b(?:{QUESTION_START})\b")
# Whose filing: "our ICP filing" (the user's), "they got an ICP" (someone else's).
_OURS = re.compile(r"\b(?:our|my)\b")
_OURS_BEFORE = re.compile(r"\b(?:our|my)\s+(?:\w+\s+)?$")
_THIRD_PERSON = re.compile(r"\b(?:they|he|she|someone|somebody|their|his|her)\b")


_ALREADY_WITHOUT = re.compile(r"already\b(?:\s+\S+){0,2}?\s+(?:without|no|not)\s")


@_reads(Fact.EXISTING_FILING, dont_know_anywhere=False)
def to_existing_filing(text: str) -> Optional[str]:
    """Whether the user's site already has an ICP Filing ("our domain is already filed")."""
    match = _FILED.search(text)
    if not match:
        return d.UNKNOWN if _is_dont_know(text) else None
    clause_start = re.split(r"[,;.!?]", text[: match.start()])[-1]
    if _HYPOTHETICAL.search(clause_start) or _ASKS.match(clause_start.strip()):
        return None  # "if we already had one", "can a Hong Kong company hold an ICP filing?"
    sentence_end = re.split(r"(?<=[.!?])\s", text[match.start() :])[0]
    if _ASKS_IF_HAD.match(clause_start.strip()) and sentence_end.rstrip().endswith("?"):
        return None  # "Have you obtained ICP records?"
    if _REQUIRED.search(match.group(0)):
        return None  # "the CDN domain must have been filed with the MIIT"
    if _TO_GET_DONE.search(clause_start):
        return None  # "has to get the ICP Filing done": a task, not a state ("got it done" is)
    if sentence_end.rstrip().endswith("?") and _A_QUESTION_WORD.search(clause_start):
        return None  # "in which province is the ICP filing done?"
    ours = _OURS_BEFORE.search(text[: match.start()]) or _OURS.search(match.group(0))
    if not ours and (_SOMEONE_ELSE.search(clause_start) or _THIRD_PERSON.search(clause_start)):
        return None  # "someone at my previous company said they got an ICP"
    if _SOMETHING_ELSE_REGISTERED.match(text[match.end() :]):
        return None  # "we already registered the domain", "approved by the registry"
    before = text[max(0, match.start() - 30) : match.start() + 12]
    negated = re.search(r"(?<![\w'])" + _NEGATION + r"\b|\bnothing\b|\bnot yet\b", before)
    # ("already open without icp": open, with none)
    negated = negated or _ALREADY_WITHOUT.match(match.group(0))
    return d.NO if negated else d.YES


NORMALISERS: Dict[Fact, Callable[[object], Optional[str]]] = {
    Fact.HOSTING_LOCATION: to_hosting_location,
    Fact.CDN_COVERAGE: to_cdn_coverage,
    Fact.CHINA_PRESENCE: to_china_presence,
    Fact.COMMERCIAL_LICENSE: to_commercial_license,
    Fact.ACCESS_METHOD: to_access_method,
    Fact.CAN_COMPLETE_FILING: to_can_complete_filing,
    Fact.LICENSE_PROVINCE: to_license_province,
    Fact.EXISTING_FILING: to_existing_filing,
}
