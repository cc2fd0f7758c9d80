"""Words -> fact values: what a user typed, an entity span or a button payload, as a closed value.

Each `to_<fact>` function returns one of `decision.FACT_VALUES[fact]`, or `None` when the text
does not say (the form then asks again). Pure Python: the validation actions and the tests call it.
"""
import re
from typing import Callable, Dict, Iterable, Optional

from actions import decision as d
from actions.decision import Fact
from actions.places import (
    ABROAD, HONG_KONG, MAINLAND_CITIES, MAINLAND_GENERIC, MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS, PROVINCE_ALIASES,
)

_NEGATION = r"(?:no|not|n't|never|without|don't|dont|do not|doesn't|doesnt|does not|haven't|" \
            r"havent|have not|isn't|isnt|aren't|arent|neither|nor|none)"
_DONT_KNOW = re.compile(
    r"\b(?:i )?(?:don't|dont|do not|doesn't) know\b|\bnot sure\b|\bno idea\b|\bidk\b|\bunsure\b|"
    r"\bdunno\b|\bno clue\b|\bnot a clue\b|\bcan't say\b|\bcannot say\b|\bnot certain\b|"
    r"\b(?:can't|cannot|don't) remember\b|\bhaven't checked\b|^\s*unknown\s*$"
)
_PROVINCES = {p.lower(): p for p in MAINLAND_PROVINCES}
_PROVINCES.update(PROVINCE_ALIASES)
_PROVINCES.update(MAINLAND_CITIES)


def _clean(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = text.lower().replace("’", "'").replace("`", "'")
    return " ".join(text.split())[:500]


def _pattern(words: Iterable[str]) -> str:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])"


def _find(text: str, words: Iterable[str]) -> Optional[re.Match]:
    return re.search(_pattern(words), text)


def _mentioned(text: str, words: Iterable[str]) -> bool:
    """True when some word is mentioned and not negated just before ("no CDN", "don't have a branch")."""
    for match in re.finditer(_pattern(words), text):
        before = text[max(0, match.start() - 30):match.start()]
        if not re.search(r"(?<![\w'])" + _NEGATION + r"(?:\s+\S+){0,3}\s*$", before):
            return True
    return False


def _negated(text: str, words: Iterable[str]) -> bool:
    return _find(text, words) is not None and not _mentioned(text, words)


def _known(fact: Fact, value: object) -> Optional[str]:
    """Button payloads and already-clean values pass through unchanged."""
    return value if isinstance(value, str) and value in d.FACT_VALUES[fact] else None


def _is_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(text))


# Replies about hosting and replies about the CDN, told apart.
_HOSTING_TALK = re.compile(r"\b(?:servers?|host|hosts|hosted|hosting|ecs|instances?|sites?|"
                           r"websites?|data ?cent(?:er|re)s?|origin)\b")
_CDN_TALK = re.compile(r"\b(?:cdn|covers?|covering|covered|accelerat\w*|nodes?|edge|pops?)\b")


_OUTSIDE_WORDS = ("outside", "overseas", "abroad", "not in china", "not in mainland",
                  "international", "offshore", "outside of china")


def to_hosting_location(value: object) -> Optional[str]:
    known = _known(Fact.HOSTING_LOCATION, value)
    if known:
        return known
    text = _clean(value)
    if _CDN_TALK.search(text) and not _HOSTING_TALK.search(text):
        return None  # "we use CDN in China" says nothing about where the site is hosted
    if _find(text, _OUTSIDE_WORDS):
        if _find(text, HONG_KONG):
            return d.HONG_KONG
        return d.OUTSIDE_MAINLAND
    if _mentioned(text, HONG_KONG):
        return d.HONG_KONG
    if _mentioned(text, OTHER_CHINESE_REGIONS) or _mentioned(text, ABROAD):
        return d.OUTSIDE_MAINLAND
    if _mentioned(text, tuple(_PROVINCES) + MAINLAND_GENERIC):
        return d.MAINLAND_CHINA
    if _negated(text, MAINLAND_GENERIC):
        return d.OUTSIDE_MAINLAND
    return d.UNKNOWN if _is_dont_know(text) else None


_CDN_NONE = re.compile(
    r"\b(?:no|without)\s+(?:a\s+|any\s+)?cdn\b|\b(?:don't|dont|do not|not|never|aren't|arent)\s+"
    r"(?:use|using|have|need|plan to use)\b|^\s*(?:none|no|nope)\b|\bno cdn\b"
)
_CDN_NOT_MAINLAND = re.compile(
    r"\b(?:not|doesn't|doesnt|does not|don't|dont|never|without|excluding|except|excludes)\s+"
    r"(?:\S+\s+){0,2}(?:cover|covering|covered|include|including|mainland|china)|"
    r"(?:mainland|china)(?: china)? (?:is |are )?not (?:covered|included)|"
    r"\binternational\b|\boverseas\b|\boutside\b|\babroad\b|\bglobal only\b"
)
_CDN_MAINLAND = re.compile(
    r"\bmainland\b|\bchina\b|\bchinese\b|\bprc\b|\bdomestic\b|\bboth\b|\bcovers? (?:it )?all\b"
)


def to_cdn_coverage(value: object) -> Optional[str]:
    known = _known(Fact.CDN_COVERAGE, value)
    if known:
        return known
    text = _clean(value)
    if _is_dont_know(text):
        return d.UNKNOWN
    if _HOSTING_TALK.search(text) and not _CDN_TALK.search(text):
        return None
    if _CDN_NOT_MAINLAND.search(text):
        return d.INTERNATIONAL_ONLY
    if _CDN_NONE.search(text):
        return d.NO_CDN
    if _CDN_MAINLAND.search(text):
        return d.INCLUDES_MAINLAND
    return None


_BRANCH = ("branch company", "branch", "subsidiary", "wfoe", "registered company", "legal entity",
           "joint venture", "chinese company", "local company", "entity in china",
           "company in china", "company registered in china")
_OFFICE = ("representative office", "rep office", "ban shi chu", "banshichu", "physical office",
           "permanent office", "office", "办事处")


def to_china_presence(value: object) -> Optional[str]:
    known = _known(Fact.CHINA_PRESENCE, value)
    if known:
        return known
    text = _clean(value)
    if _is_dont_know(text):
        return d.UNKNOWN
    if _mentioned(text, _BRANCH):
        return d.BRANCH_COMPANY
    if _mentioned(text, _OFFICE):
        return d.REPRESENTATIVE_OFFICE
    if (_negated(text, _BRANCH + _OFFICE + ("presence", "anything", "entity"))
            or re.search(r"^\s*(?:none|nothing|no|nope)\b", text)):
        return d.NO_PRESENCE
    return None


def _yes_no(fact: Fact, value: object, subject: Iterable[str]) -> Optional[str]:
    known = _known(fact, value)
    if known:
        return known
    text = _clean(value)
    if _is_dont_know(text):
        return d.UNKNOWN
    if re.search(r"^\s*(?:no|nope|nah|not)\b", text):
        return d.NO
    if re.search(r"^\s*(?:yes|yep|yeah|sure|correct|of course|y)\b", text):
        return d.YES
    if re.search(r"\b(?:can't|cannot|can not|unable|don't|dont|do not|doesn't|haven't|not)\b", text):
        return d.NO
    if re.search(r"\b(?:we do|we can|we have|we hold)\b", text) or _mentioned(text, subject):
        return d.YES
    return None


def to_commercial_license(value: object) -> Optional[str]:
    return _yes_no(Fact.COMMERCIAL_LICENSE, value,
                   ("commercial license", "commercial licence", "icp license", "icp licence",
                    "license holder", "licence holder", "hold one", "have one"))


def to_can_complete_filing(value: object) -> Optional[str]:
    return _yes_no(Fact.CAN_COMPLETE_FILING, value,
                   ("documents", "domain name", "domain", "complete it", "finish it", "do it"))


_IP = ("ip", "ip address", "ip addresses", "ip only", "by ip", "via ip")
_DOMAIN = ("domain", "domain name", "domian", "url", "hostname", "website address")


def to_access_method(value: object) -> Optional[str]:
    known = _known(Fact.ACCESS_METHOD, value)
    if known:
        return known
    text = _clean(value)
    if _is_dont_know(text):
        return d.UNKNOWN
    if _negated(text, _DOMAIN) or _mentioned(text, _IP):
        return d.IP_ONLY
    if _mentioned(text, _DOMAIN):
        return d.DOMAIN_NAME
    return None


def to_license_province(value: object) -> Optional[str]:
    known = _known(Fact.LICENSE_PROVINCE, value)
    if known:
        return known
    text = _clean(value)
    if _is_dont_know(text):
        return d.UNKNOWN
    match = _find(text, _PROVINCES)
    if match:
        return _PROVINCES[match.group(0)]
    if _find(text, HONG_KONG + OTHER_CHINESE_REGIONS + ABROAD):
        return d.OUTSIDE_MAINLAND
    return None


NORMALISERS: Dict[Fact, Callable[[object], Optional[str]]] = {
    Fact.HOSTING_LOCATION: to_hosting_location,
    Fact.CDN_COVERAGE: to_cdn_coverage,
    Fact.CHINA_PRESENCE: to_china_presence,
    Fact.COMMERCIAL_LICENSE: to_commercial_license,
    Fact.ACCESS_METHOD: to_access_method,
    Fact.CAN_COMPLETE_FILING: to_can_complete_filing,
    Fact.LICENSE_PROVINCE: to_license_province,
}
