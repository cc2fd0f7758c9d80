"""Words and helpers the fact readers share (actions/words_to_facts.py).

A message cleaned and lower-cased, words as one pattern, a negation marked before a fact's
words, the sentence or clause around a phrase, "don't know" and yes/no replies, and `reads_fact`,
which makes a fact's normaliser from a reader of cleaned text; the words of servers, moves,
time, places, a presence and other parties that several readers use.
"""

import functools
import re
from typing import Callable, Iterable, Optional, Tuple

from actions import decision as d
from actions.decision import Fact
from actions.places import (
    ABROAD,
    CITY_CODES,
    HONG_KONG,
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

NEGATION = (
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
PROVINCE_NAMES = {
    **{p.lower(): p for p in MAINLAND_PROVINCES},
    **PROVINCE_ALIASES,
    **MAINLAND_CITIES,
}


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
_SERVER_IN_US = re.compile(
    _SERVER_IN + r"us\b(?![-'])|"
    # ... or Alibaba Cloud's US regions by their side: "servers are in alibaba us east"
    r"\b((?:alibaba|aliyun|alicloud)(?:\s+cloud)?)\s+us\b(?=\s+(?:east|west|region|regions)\b)"
)
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
    return _SERVER_IN_US.sub(lambda m: f"{m.group(1) or m.group(2)} the us", text)


def clean_text(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = lower_case(text).replace("’", "'").replace("`", "'")
    return " ".join(text.split())[:500]


@functools.lru_cache(maxsize=None)  # the same few word lists, on every message
def words_pattern(words: Tuple[str, ...]) -> str:
    """A regex matching any of `words` (lower case) as whole words, longest first: not a part of
    a word joined by an apostrophe ("hk's", "o'brien"), but a word in quotes is one ("they have
    a 'ban shi chu' in Beijing")."""
    alternatives = sorted({re.escape(w.lower()) for w in words}, key=len, reverse=True)
    return r"(?<!\w)(?<!\w')(?:" + "|".join(alternatives) + r")(?!\w)(?!'\w)"


def find_words(text: str, words: Iterable[str]) -> Optional[re.Match]:
    return re.search(words_pattern(tuple(words)), text)


A_SINGLE = re.compile(r"\b(?:(?:a|one)\s+single|even\s+(?:a|one)(?:\s+single)?)\b")


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
    if _ANSWERED_NO.search(clean_text(message[:start])):
        return value  # "ECS Tianjin? no - ECS Beijing": the "no" answers what came before
    # (and "and" that starts a clause of its own: "we don't have one and the site is on ...")
    before = re.split(
        r"[,.;:!?()—–]|\s-\s|\bbut\b|\bjust\b|\bonly\b|\band\s+(?=(?:the|our|my|we|it|they|i)\b)|"
        # (a correction's "no": "no wait, Qingdao")
        r"\bno\s+(?=wait\b)",
        clean_text(message[:start]),
    )[-1]
    before = A_SINGLE.sub("any", before)  # ("not a single one of our servers ...")
    negated = re.search(r"(?<![\w'])" + NEGATION + r"(?:\s+\S+){0,4}\s*$", before + " ") or (
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
        and _WAITED_FOR_IS_HAD.match(clean_text(message[start + len(value) :]))
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
        lead, rest = clean_text(message[:start]), clean_text(message[start + len(value) :])
        negated = _NEGATED_LIST.search(lead) or (  # "no subsidiary, branch or [office]"
            # "no branch, [WFOE] or office" (the phrase may run on into the list: "WFOE or office")
            _NEGATED_LIST_START.search(lead)
            and (
                _LIST_GOES_ON.match(rest)
                or _LIST_GOES_ON.match(" " + clean_text(value).split(" ", 1)[-1])
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


def _known(fact: Fact, value: object) -> Optional[str]:
    """Button payloads and already-clean values pass through unchanged."""
    return value if isinstance(value, str) and value in d.FACT_VALUES[fact] else None


def is_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(text))


def reads_fact(
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
            text = clean_text(value)
            return d.UNKNOWN if dont_know_anywhere and is_dont_know(text) else read(text)

        return normalise

    return wrap


# A representative office in pinyin, as users type it ("ban shi chu", "daibiaochu"), shared with
# the scope rules and the slot validation
REP_OFFICE_PINYIN = r"ban ?shi ?chu|dai ?biao ?chu|representative organ"
# A company registered in mainland China, by its pinyin or a translation's words ("zi gongsi",
# "fen gongsi", "sub-company"): the fact readers', the scope rules' and the entity ruler's
COMPANY_OTHER_NAMES = (
    "sub-company",
    "sub company",
    "subcompany",
    "branch corporation",
    "zi gongsi",
    "zigongsi",
    "fen gongsi",
    "fengongsi",
)
COMPANY_PINYIN = "|".join(re.escape(name) for name in COMPANY_OTHER_NAMES)


# Words naming where a site runs, shared with the scope rules: the machines themselves
# (not "runs" or "region", which the scope rules read out of any clause).
SERVER_WORDS = (
    r"servers?|host|hosts|hosted|hosting|ecs|instances?|data ?cent(?:er|re)s?|vps|origin|"
    r"backend|back-end|frontend|front-end|box|droplets?|vms?|databases?|db|rds|polardb|pools?|"
    r"clusters?|"
    # (one of the site's, not the work: "our second deployment in cn-shanghai", not "deployment
    # within mainland China is harder")
    r"(?:(?<=our )|(?<=second )|(?<=new )|(?<=another )|(?<=its )|(?<=my ))deployments?|"
    r"slb|alb|clb|nlb|elb|(?:load )?balancers?|racks?|colo|buckets?|oss|mirrors?|replicas?|"
    # a node that serves the site (not a CDN's edge nodes): "one web node is in Shanghai"
    r"(?:web|app|application|compute|worker|k8s|kubernetes)\s+nodes?|"
    # ... or one more of them: "a second node in cn-shanghai" (not "our CDN nodes")
    r"(?:(?<=second )|(?<=another )|(?<=extra )|(?<=additional )|(?<=new ))nodes?"
)
# Replies about hosting and replies about the CDN, told apart.
HOSTING_TALK = re.compile(
    rf"\b(?:{SERVER_WORDS}|sites?|websites?|deploy(?:ed|ing)?|runs?|running|region|"
    r"points? to|resolves? to|machines?|vms?|containers?|clusters?)\b"
)
REACH_WORDS = (
    r"covers?|covering|covered|coverage|includ(?:e|es|ed|ing)|accelerat\w*|nodes?|edges?|pops?"
)
CDN_TALK = re.compile(rf"\b(?:cdns?|{REACH_WORDS})\b")
# (a presence by its kind too: "We have a branch in Xi'an but our website is hosted in Germany")
COMPANY_WORDS = re.compile(
    r"\b(?:company|companies|firm|business|corporation|entity|office|offices|headquarters|hq|"
    r"registered|incorporated|headquartered|based|located|team|staff|we are from|we're from|"
    r"branch|branches|subsidiary|subsidiaries|wfoe|ban ?shi ?chu|joint venture)\b"
)
# A plan or a possibility: not what is so today ("we'll move to Beijing", "maybe add a CDN")
FUTURE_WORDS = re.compile(
    # (not what stays as it is: "our site will stay in Frankfurt"; "will still move" is a plan)
    r"(?:'ll\b(?!\s+(?:stay|remain|keep|continue)\b))|"
    r"\b(?:will(?!\s+(?:stay|remain|keep|continue)\b)|going to|plan(?:s|ning|ned)? to|"
    r"next (?:month|year|week|quarter|spring|summer|autumn|fall|winter|season|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)|soon|later|in q[1-4]\b|"
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
ADVICE = re.compile(r"\b(?:suggest|recommend|advis|propos)(?:s|es|ed|ing)?\b|\badvice\b")
MOVED_WORDS = r"(?:moved|migrated|switched|transferred|relocated)"
# Where a move starts: "moved from", "moved off", "migrated away from", "moved out of"
MOVE_START = r"(?:from|off|out of)"
SENTENCES = re.compile(r"[^.?!]+[.?!]*")  # a message's sentences, with their end marks


def last_question(text: str) -> str:
    """The last sentence of `text` that ends with a question mark ("" when none does)."""
    questions = [q for q in SENTENCES.findall(text) if q.rstrip().endswith("?")]
    return questions[-1] if questions else ""


def sentence_with(value: str, message: str) -> str:
    """The cleaned sentence of `message` that holds the phrase `value` ("" when none does)."""
    return next((t for t in SENTENCES.findall(clean_text(message)) if clean_text(value) in t), "")


def sentence_of(value: str, message: str) -> str:
    """The cleaned sentence of `message` holding the phrase `value` (the message when none does)."""
    return sentence_with(value, message) or clean_text(message)


MOVED_TO = re.compile(rf"\b{MOVED_WORDS}\b[^.?!,]{{0,30}}\bto\b")
# Where the site was, told in the simple past beside a move: before the move
WAS_THERE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:on|in|hosted|running|based)\b")
# A clause that starts at its verb ("... but is now in the US", "... and now sits in Tokyo")
# shares the subject of the clause before it.
VERB_FIRST = re.compile(
    r"^\s*(?:(?:now|today|currently|since|then|later)\s+)?(?:is|are|was|were|has been|have been|"
    r"sits?|lives?|moved|migrated|got moved|went)\b"
)
NOW_WORDS = re.compile(r"\b(?:now|today|currently|at the moment|these days|at present)\b")


NO_LONGER = re.compile(r"\bno longer\b|(?:\bnot|n't) (?:\w+ ){0,2}any ?more\b")
# (a dash between words too: "we've left Shenzhen — all servers are in Singapore now"; not a
# hyphen inside a word: "cn-hangzhou")
CLAUSES = re.compile(
    r"[,;:.!?()+—–]|\s-{1,2}\s|\b(?:and|but|while|whereas|although|though|however|so)\b"
)
# The user speaking of themselves ("were": "we're" typed without its apostrophe).
# (not the country, "the US", nor a region, "us-east-1")
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|my|me|we|we're|were|we've|our|ours|(?<!\bthe )us(?![-.]\w))\b"
)

# The people a site serves, as a noun ("users", "Chinese netizens"): one list for every reader
# that tells a place of people from a place of servers.
PEOPLE_SERVED = (
    r"users?|visitors?|customers?|clients?|readers?|consumers?|buyers?|shoppers?|viewers?|"
    r"players?|subscribers?|students?|fans?|collaborators?|colleagues?|employees?|researchers?|"
    r"followers?|patients?|audiences?|"
    # typed short or said loosely: "china ppl visit", "Chinese netizens"
    r"ppl|folks|netizens|guests"
)

# A company or organisation of any kind, as a noun ("an entity", "foreign firms", "any business"):
# one list for every reader that tells a rule for anyone from the user's own case.
ORGANISATION = (
    r"(?:organi[sz]ations?|compan(?:y|ies)|enterprises?|business(?:es)?|entit(?:y|ies)|firms?)"
)
OUTSIDE_WORDS = (
    "outside",
    "outside of china",
    "outside mainland china",
    "overseas",
    "abroad",
    "offshore",
    "not in china",
    "not in mainland",
)
MAINLAND_PLACES = tuple(PROVINCE_NAMES) + MAINLAND_GENERIC
OUTSIDE_PLACES = HONG_KONG + OTHER_CHINESE_REGIONS + ABROAD


# What a whether-clause asks of the filing: "whether our Shanghai ECS needs an ICP filing"
ASKS_OF_THE_FILING = re.compile(
    r"\b(?:needs?|requires?|required|must|ha(?:ve|s) to|file|filing|icp|beian|licen[cs]e|"
    r"enough|allowed|apply|applies)\b"
)


# Two things compared: "what's the difference between hosting in Hong Kong and in Shenzhen?",
# "international CDN compared with mainland CDN".
COMPARED = re.compile(
    r"\b(?:differences?|compare[ds]?|comparing|comparison)\b(?:\s+between)?[^.?!]{0,60}"
    r"\b(?:and|with|to|vs\.?|versus)\b"
)


# The filing as what something is for: "(just) to get the ICP filing", "for the CDN beian".
THE_FILING_AS_AIM = (
    r"(?:(?:do\s+|get\s+|complete\s+)?(?:the\s+|an?\s+|our\s+)?"
    r"(?:icp\s+|cdn\s+)*(?:filing|file|beian)\b|(?:do|get|complete)\s+(?:the\s+|an?\s+)?icp\b|"
    # ... by its paperwork: "the ECS in China would only be there for the paperwork"
    # (the paperwork alone, not a portal or a trade's: "our paperwork platform")
    r"(?:the\s+|our\s+)?(?:icp\s+|filing\s+)?paperwork(?=\s*(?:[.?!,;)]|$|\s+(?:only|alone|then|"
    r"right|though|anyway)\b))|"
    # the CDN it is needed for: "buy an ECS in China just to use CDN"
    r"(?:use|enable|turn on|switch on)\s+(?:the\s+|a\s+|alibaba(?:\s+cloud)?(?:'s)?\s+)?"
    r"(?:china\s+|chinese\s+|mainland\s+)?cdn\b"
    r"(?!\s+(?:features?|functions?|services?|capabilities|for\s+(?!china|mainland)\w+)))"
)


# A server asked for: "do we need a server in China for it?"
A_SERVER_ASKED_FOR = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?(?:do|would|will|must|should|shall)\s+(?:we|i)\s+(?:\w+\s+)?"
    r"(?:need|require|(?:(?:have|need) to\s+)?(?:buy|get|rent|purchase|have|order|set up|spin up))"
    # ("that" one, asked for: "do we need that mainland ECS for 3 months?"; not "the ECS in
    # Shanghai to have a domain", the user's own)
    # (or one of the provider's: "do we need one of your servers inside China?")
    r"\s+(?:an?|one(?:\s+of\s+(?:your|their|alibaba(?:'s)?|aliyun(?:'s)?))?|another|that)\s+"
    r"(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|machines?|vms?)\b"
)


def with_what_follows(value: str, message: str, words: int = 3) -> str:
    """`value` and the few words after it in its clause: "no office" + " in Singapore",
    "CDN for Chinese" + "-speaking users in"."""
    text, phrase = clean_text(message), clean_text(value)
    start = text.find(phrase)
    if start < 0:
        return value
    clause = CLAUSES.split(text[start + len(phrase) :])[0]
    after = re.match(r"\S*(?:\s+\S+){0,%d}" % (words - 1), clause.lstrip())
    joiner = " " if clause[:1].isspace() else ""
    return value + joiner + after.group(0) if after and after.group(0) else value


def words_around(value: str, message: str) -> Tuple[str, str]:
    """The cleaned words of `message` before and after the phrase `value` ("", "" when it is not
    there: a synonym or a button payload)."""
    text, phrase = clean_text(message), clean_text(value)
    start = text.find(phrase)
    return (text[:start], text[start + len(phrase) :]) if start >= 0 else ("", "")


def clause_with(value: str, message: str) -> str:
    """The clause of `message` that holds the phrase `value` (the phrase itself when absent)."""
    text, phrase = clean_text(message), clean_text(value)
    start = text.find(phrase)
    if start < 0:
        return phrase
    return CLAUSES.split(text[:start])[-1] + phrase + CLAUSES.split(text[start + len(phrase) :])[0]


# Names with "China" or "mainland" in them that are not the mainland: "mainland Europe", "China
# Hong Kong region", "China's Hong Kong SAR", "China Telecom's data centre in London", and the
# market ("Greater China", "the China region").
# "mainland Europe", "mainland US": another country's mainland
OTHER_MAINLANDS = ABROAD + ("us", "america")
# Parties other than the writer: those the writer may ask for, and the rest
OTHERS_OF_ANOTHER_KIND = r"friend|partner|competitor|colleague|supplier|vendor|distributor|reseller"
_OTHER_PARTIES = r"client|customer|" + OTHERS_OF_ANOTHER_KIND
# Someone else's site: "my client's site is on ECS in Hangzhou".
SOMEONE_ELSES = re.compile(
    rf"\b(?:{_OTHER_PARTIES})s?'s?\b|\btheir (?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?:site|website|shop|"
    r"servers?|ecs|instances?|box|boxes|landing pages?)\b|"
    # ... or the other party hosting: "our Chinese distributor hosts on ECS in Xi'an"
    # (not one hosting the writer's own: "our partner hosts our site on ECS in Hangzhou")
    rf"\b(?:{OTHERS_OF_ANOTHER_KIND})s?\s+(?:hosts?|runs?|operates?|is on|are on)\b"
    r"(?![^,.;!?]*\b(?:our|my|for us|for me)\b)"
)
A_SITE_OF_OUR_OWN = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:site|website|shop|servers?|ecs|instances?|"
    r"box|boxes|hosting)\b|\b(?:we|i)\s+(?:also\s+)?(?:host|run|serve|deploy)\b|"
    # ("we're on Alibaba HK ECS", "our SaaS runs in Frankfurt")
    r"\b(?:we're|we are|i'm|i am)\s+(?:\w+\s+)?on\b|"
    r"\b(?:our|my)\s+(?:saas|platform|app|product|service|api)s?\b|"
    # ("but mine is hosted in Singapore")
    r"\b(?:mine|ours)\s+(?:is|are|runs?|sits?)\b"
)
# Someone else as a clause's subject: "our competitor is a licence holder".
SOMEONE_ELSE = re.compile(
    rf"\b(?:{_OTHER_PARTIES})s?\b|"
    # a parent company holding it ("our parent group holds an ICP Commercial License")
    r"\b(?:our|their|the)\s+parent(?:\s+(?:company|group))?\s+(?:holds?|has|owns?)\b"
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


# A place taken back: "Servers are in Shanghai - sorry, I meant Hong Kong", "ECS Beijing, no wait,
# Singapore", "Correction: Hangzhou was the old plan".
CORRECTION = re.compile(
    r"\b(?:i meant|i mean|no wait|wait,? no|oops|correction|scratch that|my bad|typo|make that)\b"
)
# ... or a bare "no" with an apology, when a place follows it: "server is in mainland - sorry no,
# it's in Tokyo" (not "No, sorry, we don't use a CDN")
A_NO_CORRECTING = re.compile(r"\b(?:sorry,?\s+no|no,?\s+sorry|actually,?\s+no|no,?\s+actually)\b")
# An office or company ended after it is named: "... but closed it last year".
ENDED_LATER = re.compile(
    r"\b(?:closed|shut|dissolved|deregistered|sold|wound up|gave up|liquidated|deleted|"
    r"released|terminated|removed|decommissioned)\b[^.?!]{0,10}?"
    r"\b(?:it|them|that|down)\b"
)


def rest_of_sentence(value: str, message: str) -> str:
    return re.split(r"[.?!]", words_around(value, message)[1])[0]


# A coverage that held until lately: "until recently", "while we were testing", "at first"
UNTIL_LATELY = re.compile(
    r"\b(?:up to|until|till|up until)\s+(?:last|recently|lately)\b|"
    r"\b(?:while|during|when)\s+(?:we were\s+)?(?:testing|in testing|in beta|prototyping)\b|"
    r"\b(?:at first|initially|originally|in the beginning)\b"
)


SAYS_YES = re.compile(
    r"^\s*(?:yes|yep|yup|yeah|ya|sure|correct|of course|y|absolutely|definitely|"
    r"certainly|indeed|right|true|affirmative|ok|okay|no problem)\b"
)
SAYS_NO = re.compile(r"^\s*(?:no|nope|nah|not really|negative|never)\b")
NEGATIVE_WORDS = re.compile(
    r"\b(?:can't|cannot|can not|cant|unable|don't|dont|do not|doesn't|doesnt|haven't|havent|"
    # ("we never had a commercial license")
    r"hasn't|hasnt|not|no|never|didn't|didnt|did not|without|lack|missing)\b"
)
_CONTRAST = re.compile(r"\b(?:but|except|although|however|though)\b")


def clause_about(text: str, subject: Iterable[str]) -> str:
    """The clause of `text` that mentions the subject ("we don't use a CDN, and we are a
    licence holder" -> "we are a licence holder"), or the whole text."""
    for clause in re.split(r"[,;.!?]|\band\b|\bbut\b", text):
        if find_words(clause, subject):
            return clause
    return text


# A question's first word, shared with the scope rules.
QUESTION_START = (
    r"can|could|do|does|did|is|are|should|will|would|must|may|how|what|who|why|which|where|when"
)
STARTS_AS_A_QUESTION = re.compile(rf"^(?:{QUESTION_START})\b")


# Having or getting something, or being unable, put as a case: "and if we didn't hold the
# licence?", "what if we had no commercial licence?", "what if we add a domain later" (not a need,
# a wish or an application put so: "if I need an ICP commercial license, where do I get it?")
_HOLDING_PUT_AS_A_CASE = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|then)\W+)*(?:what\s+)?(?:if|suppose|supposing|say|assuming)\s+"
    r"(?:we|i)\s+(?:(?:did|do|does|didn't|didnt|did not|don't|dont|do not|still|really|just)\s+)?"
    r"(?:had|have|hold|held|got|get|owned|own|add|added|buy|bought|obtain|obtained|register|"
    r"registered|cannot|can't|cant|can not|couldn't|are unable to|were unable to|lacked|lack|"
    # ("and if we weren't a license holder?")
    r"(?:were|was|are|am|weren't|werent|wasn't|aren't|were not|was not|are not)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:holders?|licensees?))\b"
)


def yes_no_reply(text: str, subject: Iterable[str]) -> Optional[str]:
    """A yes/no answer. Unclear answers ("yes but not the domain", "what documents?") are None,
    so the question is asked again."""
    if SAYS_YES.search(text) and _CONTRAST.search(text):
        return None  # "yes but not the domain"
    clause = clause_about(text, subject)
    sentence = next((t for t in SENTENCES.findall(text) if clause.strip() in t), text)
    # (a case put in the clause itself is read as the case asked about: "and if we didn't hold
    # the commercial licence?")
    if not _HOLDING_PUT_AS_A_CASE.search(clause.strip()) and (
        sentence.strip().endswith("?") or STARTS_AS_A_QUESTION.match(clause.strip())
    ):
        return None  # asked about, not stated: "if we have an office, can we get a licence?"
    if SOMEONE_ELSE.search(clause):
        return None  # "our competitor is a licence holder; we are not": not the user's
    if find_words(clause, subject) and clause.strip() != text.strip(" ?.!"):
        # The subject's own clause decides, not a "No," or "no idea" said of something else
        # ("No, no CDN. But we are an ICP Commercial License holder. How do we file?").
        if is_dont_know(clause):
            return d.UNKNOWN
        return d.NO if NEGATIVE_WORDS.search(clause) else d.YES
    if text.endswith("?") and not _HOLDING_PUT_AS_A_CASE.search(clause.strip()):
        return None
    if is_dont_know(text):
        return d.UNKNOWN
    if re.search(r"^\s*no problem\b", text):
        return d.YES
    if SAYS_NO.search(text):
        return d.NO
    if SAYS_YES.search(text):
        return d.YES
    if not find_words(clause, subject):
        return None
    return d.NO if NEGATIVE_WORDS.search(clause) else d.YES
