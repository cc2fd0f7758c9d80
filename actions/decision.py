"""The decision core: which fact to ask next, or which answer the FAQ gives.

Pure Python, no Rasa import. `decide(topic, facts)` returns either `Ask(fact)` — the one fact the
answer still depends on — or an `Answer`: the responses to say (names of `domain.yml` responses),
their template values, the facts the answer rested on and the FAQ sections it comes from.

Every rule below restates a sentence of the seed FAQ
(`shared/seed/000_56e0bda9209eb91f.txt`, "For enterprises registered outside mainland China");
`actions/seed_evidence.py` quotes the sentences behind each response and a test checks the quotes.
A fact whose value is `UNKNOWN` ("I don't know") is never asked again: the answer covers each case.
"""

import functools
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple, Union

from actions.places import MAINLAND_PROVINCES


class Topic(str, Enum):
    """The seven FAQ questions, plus the umbrella question "Do I need an ICP Filing?"."""

    PHYSICAL_OFFICE = "physical_office"
    NO_FILING = "no_filing"
    LOAD_BALANCER = "load_balancer"
    CDN = "cdn"
    HOSTED_OUTSIDE = "hosted_outside"
    IP_ONLY = "ip_only"
    WHICH_PROVINCE = "which_province"
    NEED_ICP = "need_icp"


class Fact(str, Enum):
    """The facts about a user's situation; each value is also the name of its Rasa slot."""

    HOSTING_LOCATION = "hosting_location"
    CDN_COVERAGE = "cdn_coverage"
    CHINA_PRESENCE = "china_presence"
    COMMERCIAL_LICENSE = "commercial_license"
    ACCESS_METHOD = "access_method"
    CAN_COMPLETE_FILING = "can_complete_filing"
    LICENSE_PROVINCE = "license_province"
    # Volunteered only, never asked: "our domain is already filed". The FAQ says nothing about
    # changing or extending an existing filing, so most questions then get "not covered".
    EXISTING_FILING = "existing_filing"


UNKNOWN = "unknown"  # the user said they do not know
OUTSIDE_MAINLAND = "outside_mainland"

# Hosting location
MAINLAND_CHINA = "mainland_china"
HONG_KONG = "hong_kong"
# CDN coverage
NO_CDN = "none"
INTERNATIONAL_ONLY = "international_only"
INCLUDES_MAINLAND = "includes_mainland"
# Presence in mainland China
BRANCH_COMPANY = "branch_company"
REPRESENTATIVE_OFFICE = "representative_office"
NO_PRESENCE = "none"
# Access method
DOMAIN_NAME = "domain_name"
IP_ONLY = "ip_only"
# Yes/no facts
YES = "yes"
NO = "no"
# License province: the company has no Chinese business license at all
NO_CHINESE_LICENSE = "none"

FACT_VALUES: Dict[Fact, Tuple[str, ...]] = {
    Fact.HOSTING_LOCATION: (MAINLAND_CHINA, HONG_KONG, OUTSIDE_MAINLAND, UNKNOWN),
    Fact.CDN_COVERAGE: (NO_CDN, INTERNATIONAL_ONLY, INCLUDES_MAINLAND, UNKNOWN),
    Fact.CHINA_PRESENCE: (BRANCH_COMPANY, REPRESENTATIVE_OFFICE, NO_PRESENCE, UNKNOWN),
    Fact.COMMERCIAL_LICENSE: (YES, NO, UNKNOWN),
    Fact.ACCESS_METHOD: (DOMAIN_NAME, IP_ONLY, UNKNOWN),
    Fact.CAN_COMPLETE_FILING: (YES, NO, UNKNOWN),
    # A Hong Kong, Macau or Taiwan licence is recorded as OUTSIDE_MAINLAND.
    Fact.LICENSE_PROVINCE: MAINLAND_PROVINCES + (OUTSIDE_MAINLAND, NO_CHINESE_LICENSE, UNKNOWN),
    Fact.EXISTING_FILING: (YES, NO, UNKNOWN),
}

# FAQ section of each source, by the anchor id it has in the seed file.
SECTION_ANCHORS: Dict[str, str] = {
    "intro": "concept_jmm_trl_zdb",
    "physical_office": "section_uw1_zxr_zdb",
    "no_filing": "section_ww1_zxr_zdb",
    "load_balancer": "section_xw1_zxr_zdb",
    "cdn": "section_yw1_zxr_zdb",
    "hosted_outside": "section_zw1_zxr_zdb",
    "ip_only": "section_ax1_zxr_zdb",
    "which_province": "section_bx1_zxr_zdb",
}

Facts = Mapping[Fact, Optional[str]]


@dataclass(frozen=True)
class Ask:
    """The answer still depends on `fact`: ask the user for it."""

    fact: Fact


@dataclass(frozen=True)
class Answer:
    """What to say. `responses` are domain response names, said in order, then one
    `utter_source_<section>` per entry of `sources`."""

    responses: Tuple[str, ...]
    facts_used: Tuple[Fact, ...]
    sources: Tuple[str, ...]
    values: Mapping[str, str] = field(default_factory=dict)

    def source_responses(self) -> Tuple[str, ...]:
        return tuple(f"utter_source_{section}" for section in self.sources)


@dataclass(frozen=True)
class NotCovered:
    """A situation the FAQ does not cover: say so (`response`) and offer a person."""

    response: str
    facts_used: Tuple[Fact, ...]


Decision = Union[Ask, Answer, NotCovered]


def clean_facts(raw: Mapping[str, Any]) -> Dict[Fact, Optional[str]]:
    """Facts from slot values; anything outside a fact's closed value set counts as not known."""
    facts: Dict[Fact, Optional[str]] = {}
    for fact in Fact:
        value = raw.get(fact.value)
        facts[fact] = value if value in FACT_VALUES[fact] else None
    return facts


# Topics whose FAQ answer still holds for a site that already has an ICP Filing: the Server Load
# Balancer steps start from an approved filing.
_HOLDS_WHEN_ALREADY_FILED = {Topic.LOAD_BALANCER}


def decide(topic: Topic, facts: Facts) -> Decision:
    """The next step for `topic` given what is known about the user's situation."""
    if _get(facts, Fact.EXISTING_FILING) == YES and topic not in _HOLDS_WHEN_ALREADY_FILED:
        return NotCovered("utter_cannot_answer_existing_filing", (Fact.EXISTING_FILING,))
    return _RULES[topic](facts)


def _rests_on(topic: Topic, facts: Facts, fact: Fact) -> bool:
    """Whether `topic`'s next step, from `facts`, changes with the value of `fact`."""
    first, *others = [decide(topic, {**facts, fact: value}) for value in (None, *FACT_VALUES[fact])]
    return any(step != first for step in others)


def answer_rests_on(topic: Topic, fact: Fact) -> bool:
    """Whether some value of `fact` changes `topic`'s answer, all else unknown."""
    return _rests_on(topic, {}, fact)


@functools.lru_cache(maxsize=None)  # (asked on every follow-up; the rules never change)
def answers_every_place(topic: Topic) -> bool:
    """Whether `topic` has an answer for a site whose place is not known, whatever the CDN: a
    question asked of sites in general can then be answered without the user's own place."""
    return all(
        isinstance(decide(topic, {Fact.HOSTING_LOCATION: UNKNOWN, Fact.CDN_COVERAGE: cdn}), Answer)
        for cdn in FACT_VALUES[Fact.CDN_COVERAGE]
    )


# The questions whose answer says whether a filing is needed
_SAY_IF_NEEDED = (Topic.NEED_ICP, Topic.HOSTED_OUTSIDE, Topic.CDN)


def topic_for_facts_told(topic: Topic, facts: Facts, told: Iterable[Fact]) -> Topic:
    """The question a statement of facts answers: the current one, unless its answer rests on
    none of the facts just told while the umbrella question's does ("we'd go with Hong Kong
    hosting then" after the physical office answer: where the site is hosted decides whether a
    filing is needed, and the physical office answer would only be said again). After an answer
    that a filing is needed (the umbrella, hosted-outside or CDN answer), the company's presence
    or licence told alone ("we have small office in shanghai, only ban shi chu", "we have no
    entity of any kind in china, is that a problem?") asks what it means for the filing: the
    province answer for a licence, else the physical office answer (after the hosted-outside or
    CDN answer, a presence only: where the company is registered does not change them)."""
    told = list(told)
    if not told or not isinstance(decide(topic, facts), Answer):
        return topic
    if any(_rests_on(topic, facts, fact) for fact in told):
        return topic
    if topic not in _SAY_IF_NEEDED:
        if any(_rests_on(Topic.NEED_ICP, facts, fact) for fact in told):
            return Topic.NEED_ICP
        return topic
    needed = (
        _get(facts, Fact.HOSTING_LOCATION) == MAINLAND_CHINA
        or _get(facts, Fact.CDN_COVERAGE) == INCLUDES_MAINLAND
    )
    asked_of = [
        (Fact.LICENSE_PROVINCE, Topic.WHICH_PROVINCE),
        (Fact.CHINA_PRESENCE, Topic.PHYSICAL_OFFICE),
    ]
    if topic != Topic.NEED_ICP:
        # (after the hosted-outside or CDN answer, only a presence: where a company is registered
        # does not change that answer, "our company is registered in taiwan, does that change
        # anything?")
        asked_of = asked_of[1:]
    if Fact.CHINA_PRESENCE in told and _get(facts, Fact.CHINA_PRESENCE) == REPRESENTATIVE_OFFICE:
        # a representative office told with where it is registered: what the office allows (some
        # provinces only, no Commercial License) before the province ("we do have a
        # representative office in Guangzhou, registered there last year. Does that change
        # anything?")
        asked_of.reverse()
    for fact, other in asked_of:
        if (
            needed
            and fact in told
            and _rests_on(other, facts, fact)
            and isinstance(decide(other, facts), Answer)
        ):
            return other
    return topic


def _get(facts: Facts, fact: Fact) -> Optional[str]:
    value = facts.get(fact)
    return value if value in FACT_VALUES[fact] else None


def _hosted_outside_mainland(facts: Facts) -> bool:
    return _get(facts, Fact.HOSTING_LOCATION) in (HONG_KONG, OUTSIDE_MAINLAND)


# The FAQ sections each redirect response restates (an answer cites them with its own).
_PREFIX_SOURCES: Dict[str, Tuple[str, ...]] = {
    "utter_applies_hosted_outside": ("hosted_outside",),
    "utter_applies_hosted_in_mainland": ("intro",),
    "utter_applies_no_cdn": ("hosted_outside", "intro"),
}


def _with_prefix(prefix: str, fact: Fact, decision: Decision) -> Decision:
    """Say why a question is answered by the hosting rules ("Your website is hosted outside
    mainland China, so here is what applies to you")."""
    if not isinstance(decision, Answer):
        return decision
    return Answer(
        responses=(prefix,) + decision.responses,
        facts_used=(fact,) + tuple(f for f in decision.facts_used if f != fact),
        sources=decision.sources
        + tuple(s for s in _PREFIX_SOURCES[prefix] if s not in decision.sources),
        values=decision.values,
    )


def _physical_office(facts: Facts) -> Decision:
    presence = _get(facts, Fact.CHINA_PRESENCE)
    if presence is None:
        return Ask(Fact.CHINA_PRESENCE)
    response = {
        BRANCH_COMPANY: "utter_physical_office_branch_company",
        REPRESENTATIVE_OFFICE: "utter_physical_office_representative_office",
        NO_PRESENCE: "utter_physical_office_no_presence",
        UNKNOWN: "utter_physical_office_each_case",
    }[presence]
    return Answer((response,), (Fact.CHINA_PRESENCE,), ("physical_office",))


def _no_filing(facts: Facts) -> Decision:
    # The FAQ's "you cannot open your website" is about sites hosted in mainland China.
    hosting = _get(facts, Fact.HOSTING_LOCATION)
    if hosting in (None, UNKNOWN) and _get(facts, Fact.CDN_COVERAGE) == INCLUDES_MAINLAND:
        # ... but a CDN covering mainland China needs a filing wherever the site is hosted: that
        # is said, not where it is hosted asked
        return _need_icp(facts)
    if hosting is None:
        return Ask(Fact.HOSTING_LOCATION)
    if hosting in (HONG_KONG, OUTSIDE_MAINLAND):
        return _with_prefix("utter_applies_hosted_outside", Fact.HOSTING_LOCATION, _need_icp(facts))
    can_complete = _get(facts, Fact.CAN_COMPLETE_FILING)
    if can_complete is None:
        return Ask(Fact.CAN_COMPLETE_FILING)
    response = {
        YES: "utter_no_filing_can_complete",
        NO: "utter_no_filing_cannot_complete",
        UNKNOWN: "utter_no_filing_each_case",
    }[can_complete]
    if hosting == UNKNOWN:
        return Answer(
            ("utter_applies_if_hosted_in_mainland", response),
            (Fact.HOSTING_LOCATION, Fact.CAN_COMPLETE_FILING),
            ("no_filing", "intro", "hosted_outside"),
        )
    return Answer((response,), (Fact.HOSTING_LOCATION, Fact.CAN_COMPLETE_FILING), ("no_filing",))


def _load_balancer(facts: Facts) -> Decision:
    # The FAQ's steps are for Server Load Balancer "together with ECS in mainland China".
    if _hosted_outside_mainland(facts):
        return _with_prefix("utter_applies_hosted_outside", Fact.HOSTING_LOCATION, _need_icp(facts))
    # The steps complete a filing with one of the ECS instances: a filing that cannot be completed
    # has its own answer ("we can't get the documents. Does the load balancer get us around it?").
    if _get(facts, Fact.CAN_COMPLETE_FILING) == NO:
        return _no_filing(facts)
    # Alibaba Cloud's system files domain names only: a site reached only by an IP (the load
    # balancer's, "only reached through the SLB's IP, no domain") has the IP-only answer.
    if _get(facts, Fact.ACCESS_METHOD) == IP_ONLY:
        return _ip_only(facts)
    holder = _get(facts, Fact.COMMERCIAL_LICENSE)
    if holder is None:
        return Ask(Fact.COMMERCIAL_LICENSE)
    extra = {
        YES: ("utter_load_balancer_update_commercial_license",),
        NO: (),
        UNKNOWN: ("utter_load_balancer_if_commercial_license",),
    }[holder]
    return Answer(
        ("utter_load_balancer_steps",) + extra, (Fact.COMMERCIAL_LICENSE,), ("load_balancer",)
    )


def _cdn(facts: Facts) -> Decision:
    coverage = _get(facts, Fact.CDN_COVERAGE)
    if coverage is None:
        return Ask(Fact.CDN_COVERAGE)
    if coverage == NO_CDN:
        # Not using Alibaba Cloud CDN: whether a filing is needed depends on hosting alone.
        return _with_prefix("utter_applies_no_cdn", Fact.CDN_COVERAGE, _need_icp(facts))
    hosting = _get(facts, Fact.HOSTING_LOCATION)
    if coverage == INCLUDES_MAINLAND and hosting not in (HONG_KONG, OUTSIDE_MAINLAND):
        # A filing is needed wherever the site is hosted (FAQ, CDN section).
        return Answer(("utter_cdn_includes_mainland",), (Fact.CDN_COVERAGE,), ("cdn",))
    if hosting not in (None, UNKNOWN):
        # Where the site is hosted is known: its own answer, outcome first ("Yes, ... hosted in
        # mainland China" rather than "No filing for the CDN", then a note).
        return _need_icp(facts)
    response = {
        INTERNATIONAL_ONLY: "utter_cdn_international_only",
        UNKNOWN: "utter_cdn_each_case",
    }[coverage]
    # The CDN answer alone would hide that a site hosted in mainland China needs a filing.
    return Answer(
        (response, "utter_note_if_mainland_site_needs_filing"),
        (Fact.CDN_COVERAGE,),
        ("cdn", "intro"),
    )


def _outside_mainland_by_cdn(facts: Facts) -> Decision:
    """The FAQ's answer for a site hosted outside mainland China."""
    coverage = _get(facts, Fact.CDN_COVERAGE)
    if coverage is None:
        return Ask(Fact.CDN_COVERAGE)
    response = {
        NO_CDN: "utter_hosted_outside_no_cdn",
        INTERNATIONAL_ONLY: "utter_hosted_outside_international_cdn",
        INCLUDES_MAINLAND: "utter_hosted_outside_cdn_covers_mainland",
        UNKNOWN: "utter_hosted_outside_each_cdn_case",
    }[coverage]
    # Every answer but "no CDN" states a claim of the CDN section (the temporary ECS instance, or
    # international CDN needing no filing): it cites that section too.
    sources = ("hosted_outside",) if coverage == NO_CDN else ("hosted_outside", "cdn")
    return Answer((response,), (Fact.CDN_COVERAGE,), sources)


def _hosted_outside(facts: Facts) -> Decision:
    # The question assumes hosting outside mainland China; until the user has said so, a wrong
    # premise would give a wrong "no filing needed", so the umbrella rules ask first.
    if _get(facts, Fact.HOSTING_LOCATION) == MAINLAND_CHINA:
        return _with_prefix(
            "utter_applies_hosted_in_mainland", Fact.HOSTING_LOCATION, _need_icp(facts)
        )
    return _need_icp(facts)


def _ip_only(facts: Facts) -> Decision:
    # The question assumes hosting in mainland China; a site hosted outside needs no filing.
    if _get(facts, Fact.ACCESS_METHOD) == DOMAIN_NAME:
        return _need_icp(facts)  # the user said the site has a domain name after all
    hosting = _get(facts, Fact.HOSTING_LOCATION)
    if hosting is None:
        return Ask(Fact.HOSTING_LOCATION)
    if hosting == UNKNOWN:
        return Answer(
            ("utter_ip_only_each_hosting_case",),
            (Fact.HOSTING_LOCATION,),
            ("ip_only", "hosted_outside"),
        )
    if hosting == MAINLAND_CHINA:
        return Answer(("utter_ip_only",), (Fact.HOSTING_LOCATION,), ("ip_only",))
    return _with_prefix("utter_applies_hosted_outside", Fact.HOSTING_LOCATION, _need_icp(facts))


def _which_province(facts: Facts) -> Decision:
    # Where to file matters when a filing is needed: a site hosted outside mainland China needs
    # none unless a CDN covers mainland China ("licence from Shenzhen, servers in Hong Kong, so
    # we file in Guangdong?" is told first that it needs no filing).
    if _hosted_outside_mainland(facts) and _get(facts, Fact.CDN_COVERAGE) != INCLUDES_MAINLAND:
        return _with_prefix("utter_applies_hosted_outside", Fact.HOSTING_LOCATION, _need_icp(facts))
    province = _get(facts, Fact.LICENSE_PROVINCE)
    if province is None and _get(facts, Fact.CHINA_PRESENCE) == NO_PRESENCE:
        # No company in mainland China means no Chinese business license: no province to ask.
        return Answer(
            ("utter_which_province_no_chinese_license",),
            (Fact.CHINA_PRESENCE,),
            ("which_province", "physical_office"),
        )
    if province is None:
        return Ask(Fact.LICENSE_PROVINCE)
    if province == UNKNOWN and _get(facts, Fact.CHINA_PRESENCE) == REPRESENTATIVE_OFFICE:
        # ("our ban shi chu lets us file in any province, right?"): the rule, and the physical
        # office's limit to some provinces
        return Answer(
            ("utter_which_province_rule", "utter_note_representative_office_some_provinces"),
            (Fact.LICENSE_PROVINCE, Fact.CHINA_PRESENCE),
            ("which_province", "physical_office"),
        )
    if province == UNKNOWN:
        return Answer(("utter_which_province_rule",), (Fact.LICENSE_PROVINCE,), ("which_province",))
    if province == OUTSIDE_MAINLAND and _get(facts, Fact.CHINA_PRESENCE) == NO_PRESENCE:
        # A foreign licence and no company in mainland China: no Chinese business license, so
        # the route without one ("German company, no Chinese entity: which province?").
        return Answer(
            ("utter_which_province_no_chinese_license",),
            (Fact.LICENSE_PROVINCE, Fact.CHINA_PRESENCE),
            ("which_province", "physical_office"),
        )
    if province in (OUTSIDE_MAINLAND, NO_CHINESE_LICENSE):
        response = {
            OUTSIDE_MAINLAND: "utter_which_province_licence_outside_mainland",
            NO_CHINESE_LICENSE: "utter_which_province_no_chinese_license",
        }[province]
        return Answer((response,), (Fact.LICENSE_PROVINCE,), ("which_province", "physical_office"))
    if _get(facts, Fact.CHINA_PRESENCE) == REPRESENTATIVE_OFFICE:
        # The province follows the office's certificate, but a physical office can file only in
        # some provinces or municipalities (the FAQ's physical office answer): both are said.
        return Answer(
            ("utter_which_province_named", "utter_note_representative_office_some_provinces"),
            (Fact.LICENSE_PROVINCE, Fact.CHINA_PRESENCE),
            ("which_province", "physical_office"),
            {"license_province": province},
        )
    return Answer(
        ("utter_which_province_named",),
        (Fact.LICENSE_PROVINCE,),
        ("which_province",),
        {"license_province": province},
    )


def _need_icp(facts: Facts) -> Decision:
    hosting = _get(facts, Fact.HOSTING_LOCATION)
    if hosting in (None, UNKNOWN) and _get(facts, Fact.CDN_COVERAGE) == INCLUDES_MAINLAND:
        # A CDN covering mainland China needs a filing wherever the site is hosted: no need to ask.
        return Answer(("utter_cdn_includes_mainland",), (Fact.CDN_COVERAGE,), ("cdn",))
    if hosting is None:
        return Ask(Fact.HOSTING_LOCATION)
    if hosting == UNKNOWN:
        return Answer(
            ("utter_need_icp_each_case",), (Fact.HOSTING_LOCATION,), ("intro", "hosted_outside")
        )
    if hosting in (HONG_KONG, OUTSIDE_MAINLAND):
        decision = _outside_mainland_by_cdn(facts)
        if isinstance(decision, Ask):
            return decision
        return Answer(
            decision.responses, (Fact.HOSTING_LOCATION,) + decision.facts_used, decision.sources
        )
    access = _get(facts, Fact.ACCESS_METHOD)
    if access != IP_ONLY and _get(facts, Fact.CAN_COMPLETE_FILING) == NO:
        # The FAQ's advice for a filing that cannot be completed: Hong Kong. (Not for a site
        # reached only by IP, whose missing domain name is the IP-only answer's own case.)
        return Answer(
            ("utter_need_icp_mainland_cannot_complete",),
            (Fact.HOSTING_LOCATION, Fact.CAN_COMPLETE_FILING),
            ("intro", "no_filing"),
        )
    if access is None:
        return Ask(Fact.ACCESS_METHOD)
    response, sources = {
        DOMAIN_NAME: ("utter_need_icp_mainland_domain", ("intro", "no_filing", "ip_only")),
        IP_ONLY: ("utter_ip_only", ("ip_only",)),
        UNKNOWN: ("utter_need_icp_mainland_each_access", ("intro", "ip_only")),
    }[access]
    return Answer((response,), (Fact.HOSTING_LOCATION, Fact.ACCESS_METHOD), sources)


_RULES = {
    Topic.PHYSICAL_OFFICE: _physical_office,
    Topic.NO_FILING: _no_filing,
    Topic.LOAD_BALANCER: _load_balancer,
    Topic.CDN: _cdn,
    Topic.HOSTED_OUTSIDE: _hosted_outside,
    Topic.IP_ONLY: _ip_only,
    Topic.WHICH_PROVINCE: _which_province,
    Topic.NEED_ICP: _need_icp,
}
