"""Fact entities the extractors leave out or misread, told by the scope decision
(components/scope_decision.py) from the message and the conversation's question.

Each function takes the message's entities and text (and the conversation's question, as the
intent asking it, where it matters) and returns the entities to add, as phrases the form's
validation reads (actions/slot_validation.py): a company registered only abroad has no presence in
mainland China; a presence's place is its licence's province; "we have neither" after the physical
office answer; a bare branch, a CDN's nodes, the Commercial License, documents or a domain got,
IP-only access, told in a follow-up. `without_the_uncovered_parts_facts` instead drops the facts
named only in a question the FAQ does not cover.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Iterator, List, Optional, Text, Tuple

from actions.access_facts import HOST_NAME, THE_DOMAIN_DROPPED, read_access, to_access_method
from actions.cdn_facts import GLOBAL_CHOSEN, names_a_cdn_in_use, to_cdn_coverage
from actions.decision import (
    BRANCH_COMPANY,
    DOMAIN_NAME,
    INCLUDES_MAINLAND,
    INTERNATIONAL_ONLY,
    IP_ONLY,
    MAINLAND_PROVINCES,
    NO_CDN,
    OUTSIDE_MAINLAND,
    REPRESENTATIVE_OFFICE,
    UNKNOWN,
    Fact,
)
from actions.fact_words import SERVER_WORDS, words_pattern
from actions.filing_facts import DOCUMENTS_GOT, FINISHED_AS_A_CASE
from actions.hosting_facts import SWITCHED_BACK_ON, switched_back_on
from actions.message_parts import asking_parts, asks_on_its_own, clean
from actions.places import CDN_PROVIDERS
from actions.presence_facts import ONLY_COMPANY_ABROAD, read_presence
from actions.scope_rules import continues_with_facts
from actions.scope_words import A_CASE_PUT
from actions.slot_validation import BARE_LICENCE
from actions.uncovered_subjects import uncovered_subjects
from actions.words_to_facts import NORMALISERS

# Between a presence and its place: "a branch in Fujian", "rep office registered at Shenzhen"
_PRESENCE_TO_PLACE = re.compile(
    r"^(?:\s+(?:company|office|companies|offices|registered|based|located|set up|opened))*"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
)


# The company registered only abroad: "our company is registered in Hong Kong only", "the
# company is only registered in Hong Kong", "incorporated only in Delaware", "our only company is
# in hk", "we only have a company in Singapore"
_REGISTERED_ONLY = re.compile(
    r"\b(?:only\s+(?:registered|incorporated)\s+in\s+(?P<a>[\w' -]+?)|(?:registered|incorporated)"
    r"\s+(?:only\s+in\s+(?P<b>[\w' -]+?)|in\s+(?P<c>[\w' -]+?)\s+only)|"
    + ONLY_COMPANY_ABROAD
    + r"\s+(?P<d>[\w' -]+?))"
    r"(?=\s*(?:[,.;:!?)]|\s-\s|$|\band\b|\bbut\b|\bso\b))"
)


_THE_COMPANY = re.compile(
    r"\b(?:company|companies|firm|business|entity|corporation|we|we're|we are|ltd|inc|gmbh|llc|"
    # (the client the writer asks for: "our client is registered only in Hong Kong")
    r"client|customer|they|they're|they are)\b"
)


_NOT_THE_COMPANY = re.compile(
    r"\b(?:domains?|trademarks?|brands?|apps?|sites?|websites?|names?|accounts?|numbers?|phones?|"
    r"e-?mails?|ids?|cards?|passports?|logos?|banks?)\b"
)


def no_presence_of_a_company_registered_only_abroad(
    entities: List[Dict[Text, Any]], text: Text
) -> List[Dict[Text, Any]]:
    """A company said to be registered only outside mainland China ("the company is only
    registered in Hong Kong"): no company there, as a presence phrase the form's validation reads
    (presence_facts.read_presence), unless the message names a presence of its own."""
    if any(e.get("entity") == "china_presence" for e in entities):
        return []
    found = _REGISTERED_ONLY.search(text.lower())
    place = found and (found.group("a") or found.group("b") or found.group("c") or found.group("d"))
    if not place or NORMALISERS[Fact.LICENSE_PROVINCE](place) != OUTSIDE_MAINLAND:
        return []
    # (the company's registration, not a domain's or a trademark's: "our domain is registered
    # only in the US")
    subject = re.split(r"[,;.?!]", text.lower()[: found.start()])[-1]
    # (the match itself says it is the company's: "our only company is in hk")
    if not found.group("d") and (
        not _THE_COMPANY.search(subject) or _NOT_THE_COMPANY.search(subject)
    ):
        return []
    return [_told("china_presence", text, found.start(), found.end())]


def places_of_the_presence(entities: List[Dict[Text, Any]], text: Text) -> List[Dict[Text, Any]]:
    """Where the company's presence in mainland China is ("we set up a branch in Fujian", "our
    rep office in Shenzhen"): where its licence (or registration certificate) was issued, the
    province the FAQ's filing goes to, when the message tells no licence's place (or only the
    foreign parent's: "rep office in Xiamen, our company is registered in Taiwan"). As licence
    places, read by the form's validation."""
    if any(
        e.get("entity") == "license_province"
        and NORMALISERS[Fact.LICENSE_PROVINCE](str(e.get("value", ""))) != OUTSIDE_MAINLAND
        for e in entities
    ):
        return []
    presences = [
        e
        for e in entities
        if e.get("entity") == "china_presence"
        and read_presence(str(e.get("value", "")), text) in (BRANCH_COMPANY, REPRESENTATIVE_OFFICE)
    ]
    return [
        {**place, "entity": "license_province", "extractor": "ScopeDecision"}
        for place in entities
        if place.get("entity") == "place"
        and NORMALISERS[Fact.LICENSE_PROVINCE](str(place.get("value", ""))) in MAINLAND_PROVINCES
        and any(
            presence.get("end", 0) <= place.get("start", 0)
            and _PRESENCE_TO_PLACE.match(
                text[presence.get("end", 0) : place.get("start", 0)].lower()
            )
            for presence in presences
        )
    ]


# A branch named bare ("same with a branch?"): alone, it may be a bank's or a code branch; in a
# follow-up that puts a case or tells a fact in a conversation on the filing, the company's (not
# "the branch's papers": one told before, referred to)
_A_BRANCH = re.compile(
    r"\b(?:an?|our|one)\s+(?:own\s+)?(?:registered\s+|local\s+|chinese\s+|mainland\s+)?"
    r"branch(?!'s|\s+(?:office|manager|name|of\s+(?:a|the|our)\s+bank)\b)\b"
)


_OTHER_BRANCHES = re.compile(r"\b(?:bank|banking|git|code|feature|main|master|repo\w*|merge)\b")


_OURS_JUST_BEFORE = re.compile(r"\b(?:our|my|we|we're|i'm)\s+(?:[\w-]+\s+){0,2}$")


def without_the_uncovered_parts_facts(
    entities: List[Dict[Text, Any]], text: Text, fact_entities: List[Text]
) -> List[Dict[Text, Any]]:
    """`entities` less the places and facts named only in a question of `text` about a subject
    the FAQ does not cover, asked beside one it answers."""
    uncovered = [
        part for part in asking_parts(text) if asks_on_its_own(part) and uncovered_subjects(part)
    ]
    if not uncovered:
        return entities
    rest = clean(text)
    for part in uncovered:
        rest = rest.replace(part, " ")

    def only_in_the_uncovered(entity: Dict[Text, Any]) -> bool:
        said = clean(str(entity.get("value", "")))
        # (the writer's own thing stays theirs, wherever it is named: "how long does approval
        # take for our ECS in Shanghai?")
        return (
            bool(said)
            and any(
                said in part and not _OURS_JUST_BEFORE.search(part[: part.find(said)])
                for part in uncovered
            )
            and said not in rest
        )

    return [
        e
        for e in entities
        if e.get("entity") not in (*fact_entities, "place") or not only_in_the_uncovered(e)
    ]


_TOLD_BY = "ScopeDecision"


def _told(entity: Text, text: Text, start: int, end: int) -> Dict[Text, Any]:
    """A phrase of `text` told as a fact entity by this component, for the form's validation."""
    return {
        "entity": entity,
        "value": text[start:end],
        "start": start,
        "end": end,
        "extractor": _TOLD_BY,
    }


def a_branch_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A bare branch in a follow-up that continues the conversation's question with facts
    ("same with a branch?" after the physical office answer): a branch company, as a presence
    phrase read by the form's validation."""
    if not topic or any(e.get("entity") == "china_presence" for e in entities):
        return []
    if not continues_with_facts(text) or _OTHER_BRANCHES.search(text.lower()):
        return []
    found = _A_BRANCH.search(text.lower())
    return [_told("china_presence", text, found.start(), found.end())] if found else []


# Neither kind of presence the physical office answer names: "we have neither, what now",
# "neither of those"
_NEITHER = re.compile(
    r"^\W*(?:(?:well|so|ok|okay|hm+|sadly|unfortunately|actually)\W+)*"
    r"(?:(?:we|i)(?:'ve|\s+have|\s+got|\s+own|\s+run)(?:\s+got)?\s+)?neither\b"
    r"(?:\s+(?:of\s+(?:those|them|these|the two)|"
    r"one))?"
)


def neither_after_the_presence_answer(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A "we have neither" after the physical office answer, which names a branch company and a
    representative office: no presence, as a presence phrase read by the form's validation."""
    if topic != "ask_physical_office" or any(e.get("entity") == "china_presence" for e in entities):
        return []
    found = _NEITHER.search(text.lower())
    return [_told("china_presence", text, found.start(), found.end())] if found else []


# A CDN's nodes by their area, the CDN not named: "mainland nodes", "overseas POPs only"
_CDN_NODES = re.compile(
    r"\b(?:mainland|china|chinese|prc|overseas|international|foreign)\s+(?:(?:edge|cdn)\s+)?"
    r"(?:nodes?|pops?|edges?|points? of presence)\b|"
    # (the area after them: "what if we later add nodes inside china?")
    # (not nodes taken away: "what if we drop the nodes in mainland china?")
    r"(?<!drop the )(?<!remove the )(?<!disable the )(?<!off the )(?<!using the )(?<!drop )"
    r"(?<!remove )(?<!disable )(?<!off )(?<!using )"
    r"\b(?:(?:edge|cdn)\s+)?(?:nodes?|pops?|points? of presence)\s+(?:inside|in|within)\s+"
    r"(?:the\s+)?(?:mainland(?:\s+china)?|china|chinese mainland|prc)\b|"
    # ... or the CDN's own areas: "only the overseas acceleration areas"
    r"\b(?:mainland|china|chinese|prc|overseas|international|foreign)\s+(?:cdn\s+)?"
    r"acceleration\s+(?:areas?|regions?)\b|"
    # ... said bare, with the mainland left out or in: "only overseas acceleration, without the
    # mainland"
    r"\b(?:only\s+)?(?:overseas|international|foreign|mainland)\s+acceleration\b"
    r"[^.?!]{0,15}\b(?:without|excluding|not|no)\b[^.?!]{0,10}\b(?:mainland|china)\b"
)


# ... or China's users wanted too, after the answer for an overseas-only CDN ("and if later we
# want china users too?"): the CDN extended to them (not "can china users open it?")
_CHINA_USERS_WANTED = re.compile(
    r"\b(?:want|wants|wanted|add|adding|target|targeting|cover|covering|expand\w*\s+to|include|"
    r"including)\s+(?:\w+\s+){0,2}?(?:(?:china|chinese|mainland|prc)"
    r"\s+(?:users|visitors|customers|audience|traffic|market)\b|"
    # ("if later we want users in china too")
    r"(?:users|visitors|customers|people|traffic)\s+(?:in|from)\s+(?:the\s+)?(?:mainland\b|china\b))"
)


# A server asked of only for the filing: "just for the paperwork", "only to do the filing"
_A_SERVER_ONLY_FOR_THE_FILING = re.compile(
    r"\b(?:just|only|purely|solely)\s+(?:for|to do|to get)\s+(?:the\s+)?(?:paperwork|filing|"
    r"beian|icp)\b"
)


# Said after "Global": the area meant leaves the mainland out ("I meant Global - the one without
# mainland", "... i.e. worldwide except china", "... the overseas-only one"), unless the area
# leaving it out is the one set against it ("Global, not the excluding one")
_LEAVES_OUT_THE_MAINLAND = re.compile(
    r"^(?!\W*(?:not|rather than|instead of)\s+(?:the|that)\b)[^?!]*\b(?:without|exclud\w*|excl\b|"
    r"except|no mainland|not including|overseas|outside|international|minus)"
)


# The answers that rest on the CDN's coverage (not the physical office's, say)
_CDN_ANSWERS = ("ask_cdn", "ask_hosted_outside", "ask_need_icp")


# ... or a cluster's: "mainland nodes in our k8s cluster"
_CLUSTER_NODES = re.compile(r"\b(?:cluster|k8s|kubernetes|ack|database|db|servers?|ecs|vms?)\b")


def cdn_nodes_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text], cdn: Optional[Text]
) -> List[Dict[Text, Any]]:
    """Nodes named by their area in a follow-up on the CDN question, or in a conversation that
    told of a CDN ("and if we add a few mainland nodes for Chinese users?" after the answer for
    an overseas-only CDN), the "Global" setting chosen after an overseas-only CDN, or China's
    users wanted too on the CDN question: the CDN's coverage, as a CDN phrase read by the form's
    validation (not nodes of a cluster or of servers)."""
    if not topic or (topic != "ask_cdn" and cdn not in (INTERNATIONAL_ONLY, INCLUDES_MAINLAND)):
        return []
    if any(e.get("entity") == "cdn_coverage" for e in entities):
        return []
    lowered = text.lower()
    found = _CDN_NODES.search(lowered)
    if not found and (cdn == INTERNATIONAL_ONLY or topic == "ask_cdn"):
        # ("what if we enable the plain Global one instead" after "Global (excluding mainland
        # China)", or on the CDN question: "and if we pick global anyway, ...?")
        found = GLOBAL_CHOSEN.search(lowered)
    if found and _CLUSTER_NODES.search(lowered):
        return []
    if (
        not found
        and cdn == INTERNATIONAL_ONLY
        and (
            topic == "ask_cdn"
            or (topic in _CDN_ANSWERS and _A_SERVER_ONLY_FOR_THE_FILING.search(lowered))
        )
        and not any(
            e.get("entity") == "place"
            and not re.search(r"\b(?:china|mainland|prc)\b", str(e.get("value", "")).lower())
            for e in entities
        )
    ):
        # (China's users wanted: on the CDN question, or with a server asked of only for the
        # filing, "do we have to buy a server in china just for the paperwork?", the one the
        # CDN's filing needs; not beside a place the site may move to, "if we want users in
        # china, is moving to Hong Kong enough?")
        found = _CHINA_USERS_WANTED.search(lowered)
    if (
        found
        and found.re is GLOBAL_CHOSEN
        # (what follows it in its sentence, "i.e." no end of one)
        and _LEAVES_OUT_THE_MAINLAND.search(
            re.split(r"[?!]|\.\s", re.sub(r"\b(i\.e|e\.g)\.", r"\1", lowered[found.end() :]))[0]
        )
    ):
        return []  # "I meant Global - the one without mainland": the overseas-only area
    if not found:
        found = a_cdn_with_its_area(lowered, or_none=True)
    # (the "Global" area chosen in a case put holds for the question asked of that case too:
    # "and if we pick global anyway, what do we need apart from the filing itself?")
    if not found or not (
        continues_with_facts(text) or (found.re is GLOBAL_CHOSEN and A_CASE_PUT.search(lowered))
    ):
        return []
    return [_told("cdn_coverage", text, found.start(), found.end())]


# The clause that names the CDN: "we only want the CDN for Europe", "CDN = Global" (not a server's
# place in the clause before: "drop the Beijing ECS ..., same Middle East CDN?")
# (a CDN named by its provider too, and the clause that says what it covers after it: "behind
# CloudFront, which has no China edge")
_A_CDN_AND_ITS_AREA = re.compile(
    r"[^,.;!?]*(?:\bcdns?\b|" + words_pattern(CDN_PROVIDERS) + r")[^,.;!?]*"
    r"(?:,\s*(?:which|that|with|whose)\b[^,.;!?]*)?"
)


def a_cdn_with_its_area(lowered: Text, or_none: bool = False) -> Optional[re.Match]:
    """The CDN named with the area it covers, in a follow-up ("and if we only want the CDN for
    Europe?", "hosting = Singapore, CDN = Global"), when it reads as a coverage (or as none, after
    a CDN was told: "Q3: revert CDN to none, hosting = Shanghai")."""
    named = _A_CDN_AND_ITS_AREA.search(lowered)
    read = to_cdn_coverage(named.group(0)) if named else None
    if read in (INCLUDES_MAINLAND, INTERNATIONAL_ONLY) or (or_none and read == NO_CDN):
        return named
    return None


# The licence's holder, named bare: "and if we were a holder?"
_A_HOLDER = re.compile(r"\b(?:an?|the)\s+(?:licen[cs]e\s+)?holders?\b")


def the_licence_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A licence named bare in a follow-up on the load balancer question ("and if we didn't hold
    the licence?"): the ICP Commercial License that answer rests on, as a licence phrase read by
    the form's validation (not the business licence, named so)."""
    if topic != "ask_load_balancer" or any(
        e.get("entity") == "commercial_license" for e in entities
    ):
        return []
    if re.search(r"\b(?:business|chinese|company)\s+licen[cs]e", text.lower()):
        return []
    # (or its holder: "and if we were a holder?")
    found = BARE_LICENCE.search(text.lower()) or _A_HOLDER.search(text.lower())
    return [_told("commercial_license", text, *found.span())] if found else []


# A CDN for another part set against "no CDN": "website ... with no cdn, but we want alibaba cdn
# for the app download domain"
_ANOTHER_CDN_AFTER = re.compile(
    # (to the end of its sentence: a host name's dots do not end it)
    r"\b(?:but|however|while|whereas|though|although)\b(?:[^.;!?]|\.(?=\S))*?\bcdns?\b"
    r"(?:[^.;!?]|\.(?=\S))*"
)


def a_cdn_beside_no_cdn(entities: List[Dict[Text, Any]], text: Text) -> List[Dict[Text, Any]]:
    """A CDN with its coverage told for another part of the site, after "no CDN" told of one
    part ("website stays in singapore with no cdn, but we want alibaba cdn for the app download
    domain ... for users in mainland china"): the second CDN phrase, so that the two disagree
    and the coverage is asked (the no-CDN answer would be wrong for the part asked about)."""
    cdns = [e for e in entities if e.get("entity") == "cdn_coverage"]
    if len(cdns) != 1 or to_cdn_coverage(str(cdns[0].get("value", ""))) != NO_CDN:
        return []
    end = cdns[0].get("end")
    if not isinstance(end, int):
        return []
    other = _ANOTHER_CDN_AFTER.search(text, end)
    if not other or to_cdn_coverage(other.group(0)) not in (INCLUDES_MAINLAND, INTERNATIONAL_ONLY):
        return []
    return [_told("cdn_coverage", text, *other.span())]


# The clause that speaks of reaching the site by its IP address
_AN_IP_CLAUSE = re.compile(r"[^,.;!?]*\b(?:ips?|ip address(?:es)?)\b[^,.;!?]*", re.IGNORECASE)


# A domain got, by its name: "they just bought dash.client-example.cn", "we registered
# shop-example.com"
_A_DOMAIN_GOT = re.compile(
    r"\b(?:bought|buy|buying|registered|register|got|get|getting|have|has|own|purchased|added)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:domain\s+(?:name\s+)?)?" + HOST_NAME + "|"
    # ... or kept after all, after an IP-only case put: "ok we keep the domain." (told, not asked
    # or denied: "should we keep the domain?", "we can't keep the domain", "... but users will
    # use the ip")
    r"(?<!can't )(?<!cannot )(?<!won't )(?<!not )(?<!should we )(?<!to )"
    r"\b(?:keep|keeping|stay with|staying with|stick with|sticking with|keep using)\s+"
    r"(?:the\s+|our\s+)?domain(?:\s+name)?\b(?!\s+(?:for|as)\b)(?![^.?!]*\?)"
    r"(?![^.?!]*\b(?:but|or)\b)|"
    r"\bthe\s+domain\s+(?:stays|remains)\b(?![^.?!]*\?)|"
    # ... or live in a case put: "ok and once the domain is live?"
    r"\b(?:once|when|after|as soon as|if)\s+(?:the|our)\s+domain(?:\s+name)?"
    r"(?:\s+(?:is|goes|gets)|'s)\s+(?:live|up|active|ready|registered|connected|pointed\s+at\s+it)\b"
    # (this site's, not another's: "when the domain is live on our other server")
    r"(?![^.?!]*\b(?:other|another)\b)|"
    # ... or got, in a case put: "and when the dashboard gets its domain?"
    r"\b(?:once|when|after|as soon as|if)\s+(?:it|the\s+[\w-]+|our\s+[\w-]+)\s+(?:gets|has|"
    r"get|have)\s+(?:its|an?|the|our)\s+(?:own\s+)?domain(?:\s+name)?\b"
    r"(?![^.?!]*\b(?:other|another)\b)"
)


def a_domain_got_after_ip_only(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text], access: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A domain got, named, in a conversation told the site is reached only by IP ("update: they
    just bought dash.client-example.cn and will point it at the ECS. Does that change anything?"):
    an access phrase read by the form's validation (the IP-only told before no longer holds)."""
    if not topic or access != IP_ONLY or any(e.get("entity") == "access_method" for e in entities):
        return []
    found = _A_DOMAIN_GOT.search(text.lower())
    # (read in the whole message, or in the phrase's own clause: "ok we keep the domain. we'll
    # also put an slb in front later, ...", whose plan is another thing's)
    if not found or DOMAIN_NAME not in (
        read_access(text, text),
        read_access(text[found.start() : found.end()], text),
    ):
        return []
    return [_told("access_method", text, *found.span())]


def documents_got_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """The documents had, or the filing finished, in a case put in a follow-up ("ok and if the
    documents do turn up, how do we file with the SLB in place?", "and if we DO manage to finish
    the filing, we can stay on mainland ECS?"): a filing that can be completed, as a phrase read
    by the form's validation (a filing out of reach told before no longer holds); or the filing
    said not to be finished, one that cannot."""
    if not topic or any(e.get("entity") == "can_complete_filing" for e in entities):
        return []
    found = (
        DOCUMENTS_GOT.search(text.lower())
        or FINISHED_AS_A_CASE.search(text.lower())
        or _THE_FILING_NOT_FINISHED.search(text.lower())
    )
    return [_told("can_complete_filing", text, *found.span())] if found else []


# ... or the filing said not to be finished, in a case put: "and if the filing can't be finished at
# all because we have no domain yet?"
_THE_FILING_NOT_FINISHED = re.compile(
    r"\b(?:the\s+|our\s+)?(?:icp\s+)?(?:filing|beian|icp)\s+(?:can't|cant|cannot|can not|couldn't|"
    r"won't|wont|will not|wouldn't)\s+be\s+(?:finished|completed|done|approved|submitted)\b"
)


def ip_only_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A site to be reached only by IP, told in a follow-up with no phrase the extractor knows
    ("what if we drop the domain and people just use the server's IP?"): the clause of the IP,
    as an access phrase read by the form's validation (the domain told before no longer holds)."""
    if not topic or any(e.get("entity") == "access_method" for e in entities):
        return []
    if to_access_method(text) != IP_ONLY or (
        re.search(r"\bdomain\b", text.lower()) and not THE_DOMAIN_DROPPED.search(text.lower())
    ):
        # (a domain still the way in: "we only test it by ip, the real site uses our domain")
        return []
    found = _AN_IP_CLAUSE.search(text)
    # (the IP said to be the only way in: not "it still loads if you type the IP")
    if not found or not re.search(r"\b(?:only|just|solely|directly)\b", found.group(0).lower()):
        return []
    if read_access(found.group(0), text) == IP_ONLY:
        return [_told("access_method", text, *found.span())]
    if THE_DOMAIN_DROPPED.search(text.lower()) and read_access(text, text) == IP_ONLY:
        # (the domain given up in the same clause: the whole message read as the case put)
        return [_told("access_method", text, 0, len(text))]
    return []


def a_cdn_after_no_cdn(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text], cdn: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A CDN named in use or put in ("what if we put Alibaba CDN in front so users in China load
    faster?", "forgot to say, we use Alibaba CDN") in a conversation told "no CDN", told that
    it is not known, or told nothing of one ("we'd also put Alibaba Cloud CDN in front of it for
    mainland users" after the load balancer answer): the no-CDN told before no longer holds, and
    the CDN's coverage is read from its sentence or asked. As a CDN phrase, so the form's
    validation clears what was told (not "so if we drop the CDN")."""
    if (
        not topic
        # (or told not to be known: a CDN named since tells it)
        or cdn not in (NO_CDN, None, INTERNATIONAL_ONLY, UNKNOWN)
        or any(e.get("entity") == "cdn_coverage" for e in entities)
    ):
        return []
    found = names_a_cdn_in_use(text) if cdn != INTERNATIONAL_ONLY else None
    back_on = SWITCHED_BACK_ON.search(text.lower())
    if not found and cdn in (NO_CDN, INTERNATIONAL_ONLY) and back_on and switched_back_on(text):
        # (or switched back on, no server named: "and switched back on for mainland?" after "and
        # with the CDN switched off?", read to its sentence's end for the area it covers)
        start = back_on.start()
        end = start + re.search(r"[.;!?]|$", text[start:]).start()
        return [_told("cdn_coverage", text, start, end)]
    if not found:
        # (or named with its area: "hosting = Singapore, CDN = Global. Same question.")
        named = a_cdn_with_its_area(text.lower())
        if named and cdn == UNKNOWN and not _a_coverage_read(text[slice(*named.span())]):
            return []
        return [_told("cdn_coverage", text, *named.span())] if named else []
    # (its coverage told with it, "thinking about alibaba cdn to make it faster for them in
    # china", is read from the rest of its sentence)
    sentence_end = found.end() + re.search(r"[.;!?]|$", text[found.end() :]).start()
    if to_cdn_coverage(text[found.start() : sentence_end]) in (
        INCLUDES_MAINLAND,
        INTERNATIONAL_ONLY,
    ):
        return [_told("cdn_coverage", text, found.start(), sentence_end)]
    # (or before it: "we also want to cover mainland users with the CDN")
    sentence_start = max(text.rfind(mark, 0, found.start()) for mark in ".;!?") + 1
    if to_cdn_coverage(text[sentence_start:sentence_end]) in (
        INCLUDES_MAINLAND,
        INTERNATIONAL_ONLY,
    ):
        return [_told("cdn_coverage", text, sentence_start, sentence_end)]
    # (after a coverage not known, the CDN named again with none is no news: asked again, it
    # would be the same question)
    return [] if cdn == UNKNOWN else [_told("cdn_coverage", text, *found.span())]


# The CDN's area by its setting's name alone: "the excluding-mainland option", "the global one"
_AN_AREA_BY_ITS_NAME = re.compile(
    r"\b(?:the\s+)?(?:(?:excluding|excl\.?|without)[- ](?:the[- ])?mainland(?:[- ]china)?|global)"
    r"[- ](?:option|area|setting|one)\b"
)


def an_area_named_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """The CDN's area named by its setting alone in a follow-up ("and if we stay on the
    excluding-mainland option?"): a CDN phrase read by the form's validation, when it reads as a
    coverage."""
    if not topic or any(e.get("entity") == "cdn_coverage" for e in entities):
        return []
    found = _AN_AREA_BY_ITS_NAME.search(text.lower())
    if not found or not _a_coverage_read("cdn " + found.group(0)):
        return []
    return [_told("cdn_coverage", text, *found.span())]


# The CDN's coverage told by what it leaves out or covers, or the CDN ("it") set to an area, with
# no CDN word: "and if the coverage is only outside the mainland?", "what if we changed it to the
# one that leaves out mainland China?", "we'll change it to exclude the mainland"
_THE_COVERAGE_TOLD = re.compile(
    r"\b(?:(?<!ssl )(?<!certificate )(?<!icp )(?<!insurance )coverage|"
    r"acceleration\s+(?:area|region)|"
    r"(?:one|option|setting|area|region)\s+(?:that|which)\s+(?:leaves?\s+out|excludes?|skips?|"
    r"covers?|includes?)|"
    r"(?:change|changed|changing|switch|switched|switching|flip|flipped|flipping|set|setting)\s+"
    r"it\s+(?:back\s+)?to)\b"
)
# ... not another thing's reach (visitors, a market, shipping, a store listing), nor denied
_ANOTHER_THINGS_REACH = re.compile(
    r"\b(?:users?|visitors?|customers?|market|traffic|shipping|stores?|listings?|company|"
    r"geo-?blocking|waf|dns|not|\w*n't|never)\b"
)
_A_SERVER_NAMED = re.compile(rf"\b(?:{SERVER_WORDS}|move|moved|moving|migrat\w*)\b")


def a_coverage_told_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text], cdn: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A CDN told in the conversation, its coverage told again in a follow-up by what it leaves
    out or covers ("and if the coverage is only outside the mainland?"): the sentence, as a CDN
    phrase read by the form's validation, when it reads as a coverage and names no server (a
    move of the site is hosting: "what if we move it to outside the mainland?")."""
    if (
        not topic
        or cdn not in (INCLUDES_MAINLAND, INTERNATIONAL_ONLY)
        or any(e.get("entity") == "cdn_coverage" for e in entities)
        # (the extractor's hosting phrase: a site's place told, not a coverage)
        or any(
            e.get("entity") == "hosting_location" and e.get("extractor") != _TOLD_BY
            for e in entities
        )
    ):
        return []
    for sentence in re.finditer(r"[^.;!?]+[.;!?]*", text):
        words = sentence.group(0).lower()
        if (
            _THE_COVERAGE_TOLD.search(words)
            and not _A_SERVER_NAMED.search(words)
            and not _ANOTHER_THINGS_REACH.search(words)
            and _a_coverage_read(words)
        ):
            return [_told("cdn_coverage", text, *sentence.span())]
    return []


def _a_coverage_read(phrase: Text) -> bool:
    return to_cdn_coverage(phrase) in (INCLUDES_MAINLAND, INTERNATIONAL_ONLY)


# A bare branch placed by its registration: "German parent, branch registered in Tianjin"
_BRANCH_PLACED = re.compile(
    r"\bbranch\s+(?:is\s+|was\s+)?(?:registered|incorporated|established|set up|located|based)"
    r"\s+(?:in|at)\s+$|"
    # ... or had there: "we have a branch in jiangsu", "our branch in Tianjin"
    r"\b(?:(?:we|i)(?:\s+(?:have|own|run|got)|'ve\s+got|\s+have\s+got)\s+(?:a|one)|our)\s+"
    r"(?:own\s+|registered\s+|local\s+)?branch(?:\s+company|\s+office)?\s+in\s+$"
)


def a_branch_placed_in_the_mainland(
    entities: List[Dict[Text, Any]], text: Text
) -> List[Dict[Text, Any]]:
    """A bare branch registered in a mainland province ("branch registered in Tianjin"): a
    company's branch, as a presence phrase read by the form's validation (a bank's or a code
    branch is not registered in a province)."""
    for place, before in _mainland_places_where_a_branch_may_be(entities, text):
        found = _BRANCH_PLACED.search(before.lower())
        if found:
            at = found.start() + found.group(0).find("branch")
            return [_told("china_presence", text, at, at + len("branch"))]
    return []


def _mainland_places_where_a_branch_may_be(
    entities: List[Dict[Text, Any]], text: Text
) -> Iterator[Tuple[Dict[Text, Any], Text]]:
    """The place entities in a mainland province, each with the text before its name, in a
    message that tells no presence and names no other kind of branch (a bank's, a code one)."""
    if any(e.get("entity") == "china_presence" for e in entities):
        return
    if _OTHER_BRANCHES.search(text.lower()):
        return
    for place in entities:
        if place.get("entity") not in ("license_province", "place"):
            continue
        start = int(place.get("start", 0))
        value = str(place.get("value", ""))
        # (the place entity may hold "registered in": the words before its place's name)
        name = re.search(r"\b(?:in|at)\s+(?:the\s+)?(\S.*)$", value)
        if NORMALISERS[Fact.LICENSE_PROVINCE](name.group(1) if name else value) in (
            MAINLAND_PROVINCES
        ):
            yield place, text[:start] + (value[: name.start(1)] if name else "")


def a_branch_named_by_its_place_in_a_follow_up(
    entities: List[Dict[Text, Any]], text: Text, topic: Optional[Text]
) -> List[Dict[Text, Any]]:
    """A branch named by its mainland place in a follow-up ("legal decided the Shanghai branch
    will apply instead" after the province answer): a branch company, as a presence phrase read
    by the form's validation. (In a first message it may be only the backstory of a question of
    its own.)"""
    if not topic:
        return []
    for place, before in _mainland_places_where_a_branch_may_be(entities, text):
        start = int(place.get("start", 0))
        end = int(place.get("end", start + len(str(place.get("value", "")))))
        after = _BRANCH_NAMED_AFTER.match(text[end:].lower())
        if after and _THE_OR_OURS.search(text[:start].lower()):
            at = end + after.start(1)
            return [_told("china_presence", text, at, at + len("branch"))]
    return []


_BRANCH_NAMED_AFTER = re.compile(
    r"\s+(branch)(?:\s+company|\s+office)?\b"
    # (not another organisation's, nor its people: "the Hangzhou branch of Alibaba", "the Beijing
    # branch manager")
    r"(?!\s+(?:of|manager|managers|staff|director|head|employees?|colleagues?|team)\b)"
)
_THE_OR_OURS = re.compile(r"\b(?:the|our)\s+$")
