"""Validation of the fact slots, and the form's required slots, which come from the decision core.

Two actions share one set of validators: `action_validate_slot_mappings` cleans facts volunteered
in any message (outside the form too), and `validate_icp_facts_form` cleans replies to the form's
questions and says so when a reply was not understood. Each validator returns a value from the
fact's closed set, or `None` so that the form asks again: an injected `/inform{"hosting_location":
"mars"}` never reaches an answer. A phrase that is no fact of today (a server only asked about,
another place of the past, a plan beside a question of today) leaves the value told before.
"""

import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction, ValidationAction
from rasa_sdk.types import DomainDict

from actions import decision
from actions.access_facts import read_access
from actions.answer import ASKED_IN_GENERAL, UNCOVERED_PART, questions_not_covered
from actions.cdn_facts import read_cdn
from actions.decision import Ask, Fact
from actions.fact_words import REP_OFFICE_PINYIN, negation_marked, sentence_of
from actions.general_or_own import speaks_of_anyone
from actions.hedged_facts import (
    PAST,
    PLANNED,
    of_another_site,
    opens_with_yes_or_no,
    taken_back,
    told_for_another_time,
    unsure_of,
    weighs_options,
)
from actions.history import latest_intent, slots_set_by_this_message, value_before_this_message
from actions.hosting_facts import (
    ANOTHER_ONE,
    FOR_NOW,
    a_plan_asked_about,
    asks_in_general_of_another_place,
    chooses_a_place,
    names_no_place_of_the_site,
    place_of_a_plan,
    read_hosting,
    to_hosting_location,
)
from actions.message_parts import asking_parts, clean, stated_part
from actions.presence_facts import (
    ONCE_HAD,
    moved_elsewhere,
    names_no_presence_of_the_users,
    not_held_yet,
    read_presence,
    someone_elses,
)
from actions.topics import INTENT_TO_TOPIC, NOT_COVERED_INTENT, topic_from_slot
from actions.words_to_facts import NORMALISERS

logger = logging.getLogger(__name__)

FACT_SLOTS: List[Text] = [fact.value for fact in Fact]


# Yes/no facts are read from the whole message: "no idea whether we have a commercial licence",
# "if we already had a filing ...".
# A licence named bare, without its kind: "the licence", "no license"
BARE_LICENCE = re.compile(r"\b(?:the|that|this|our|a|an|any|no)\s+licen[cs]e\b")
WHOLE_MESSAGE_FACTS = {Fact.COMMERCIAL_LICENSE, Fact.CAN_COMPLETE_FILING, Fact.EXISTING_FILING}
# Several hosting places in one message: any server in mainland China makes the mainland rules
# apply ("ECS in Hangzhou and a backup in Singapore").
_HOSTING_PRIORITY = (
    decision.MAINLAND_CHINA,
    decision.HONG_KONG,
    decision.OUTSIDE_MAINLAND,
    decision.UNKNOWN,
)
_PRESENCE_PRIORITY = (
    decision.BRANCH_COMPANY,
    decision.REPRESENTATIVE_OFFICE,
    decision.NO_PRESENCE,
)


def _first_of(priority: tuple):
    def pick(read: set) -> Optional[str]:
        return next((v for v in priority if v in read), None)

    return pick


def _only_one(read: set) -> Optional[str]:
    read = read - {None}
    return read.pop() if len(read) == 1 else None


# How the readings of several phrases for one fact in a message make its value.
_COMBINE = {
    # any server in mainland China makes the mainland rules apply
    Fact.HOSTING_LOCATION: _first_of(_HOSTING_PRIORITY),
    # "a rep office, not a branch", "a branch; the HQ has no office in China": what the company
    # has outweighs what it has not, and a branch company outweighs an office
    Fact.CHINA_PRESENCE: _first_of(_PRESENCE_PRIORITY),
    # "now only Europe; before that it covered mainland China": phrases that disagree are asked
    # about, not guessed
    Fact.CDN_COVERAGE: _only_one,
    # "the site has a domain but the admin panel is reachable only by IP": asked
    Fact.ACCESS_METHOD: _only_one,
}


# A site's certificate, or the authority that issued it: "our SSL cert from a Shanghai CA", not
# a licence or an office's certificate.
_A_SITE_CERTIFICATE = re.compile(
    r"\b(?:ssl|tls|https|x\.?509|wildcard|domain)\s+(?:cert|certificate)s?\b"
    r"|\b(?:cert|certificate)s?\s+from\s+(?:\w+\s+){0,3}?(?:ca|certificate authority|vendor|"
    r"reseller|issuer|seller)\b"
)


# A company set up by the writer, or in the case they put: "we formed a company in Lisbon", "if i
# set up a company in shanghai later" (not "our partner set up ...", "we have no plans to set up
# ...", "should we set up ...?")
_SET_UP = re.compile(r"(?:set|establish|found|form|open|start|creat)\w*\b", re.IGNORECASE)
_SET_UP_BY_THE_WRITER = re.compile(
    r"(?:^|[,;.?!]\s*|\b(?:and|so|ok|then)\s+)(?:(?:what\s+)?(?:if|once|when|after|suppose|say)\s+)?"
    r"(?:we|i)\s+(?:(?:have|'ve|had|already|just|recently|did|do|will|'ll|would|could|might|can)\s+)?$"
)


def _read_license_province(value: str, message: str) -> Optional[str]:
    if value.lower().startswith("cert") and _A_SITE_CERTIFICATE.search(message.lower()):
        return None
    at = message.lower().find(value.lower())
    if _SET_UP.match(value) and at >= 0:
        if not _SET_UP_BY_THE_WRITER.search(message.lower()[:at]):
            return None
    if not_held_yet(value, message) and not (
        ONCE_HAD.search(message.lower())
        and not re.search(r"\b(?:pending|applying|applied for)\b", message.lower())
    ):
        # (unless had in the case asked: "Once we have it - the office will be registered in
        # Beijing - in which province do we apply?")
        return None  # "our WFOE registration in Shenzhen is still pending"
    if moved_elsewhere(value, message):
        return None  # "moving our registration from Shanghai to Hainan next year": ask
    if someone_elses(value, message):
        return None  # "a friend's company registered in Hubei filed in Hubei"
    read = NORMALISERS[Fact.LICENSE_PROVINCE](negation_marked(value, message))
    if read == decision.OUTSIDE_MAINLAND and _MAINLAND_ENTITY.search(message.lower()):
        # "registered in the UK, with a WFOE in Shenzhen": the parent's registration, not where
        # the Chinese business licence was issued
        return None
    return read


# How one phrase is read in its message (the others: negated just before it or not).
_READERS = {
    Fact.HOSTING_LOCATION: read_hosting,
    Fact.CDN_COVERAGE: read_cdn,
    Fact.ACCESS_METHOD: read_access,
    Fact.CHINA_PRESENCE: read_presence,
    Fact.LICENSE_PROVINCE: _read_license_province,
}


_ONLY_POSSIBLE = re.compile(
    r"\b(?:maybe|might|may|possibly|perhaps|at some point|some ?day|would|could|thinking|"
    r"consider\w*|talk of|not decided|undecided|if)\b"
)


# A question of the time after a plan: "will we need an ICP then?", "would that need a filing?"
_ASKS_OF_THE_TIME_AFTER = re.compile(
    r"\b(?:will|would|'ll)\s+(?:we|i|it|that|this|they|the \w+)\s+(?:then\s+|still\s+|also\s+)?"
    r"(?:need|require|have to|must)\b|\bthen\s*\?"
)


# A question typed without its mark at the end of a long sentence: "..., for the chinese one
# which province do we file in"
_ASKS_AT_ITS_END = re.compile(
    r"[,;]\s*(?:[\w.-]+\s+){0,4}?(?:how|what|which|where|do|does|can|should|must)\s+"
    r"(?:[\w-]+\s+)?(?:do|does|can|should|must|need|we|i|it)\b[^.!?]*$"
)


# When to start the filing, asked of a plan: "should we start ICP now?", "can we already apply?"
# (its "now" is the filing's time, not the site's place today)
_WHEN_TO_START = re.compile(
    # (the filing's own verbs, or the filing started: not "our campaign starts now", "users
    # already started signing up")
    r"\b(?:now|already)\s+(?:apply|file|submit)\w*\b|"
    r"\b(?:should|shall|can|could|must|do)\s+(?:we|i)\s+(?:already|now)\s+(?:start|begin|prepare)\b|"
    r"\b(?:apply|file|submit)\w*\b[^.?!,;]{0,25}?(?<!\bfor )\b(?:now|already)\b"
    r"(?!\s+(?:while|that|as)\b)|"
    r"\b(?:start|begin|prepare|kick off|get going)\w*\s+(?:the\s+|our\s+|with\s+the\s+)?"
    r"(?:icp|filing|beian|application|process|it)\b[^.?!,;]{0,15}?\b(?:now|already)\b|"
    r"\b(?:icp|filing|beian|application)\b[^.?!,;]{0,15}\b(?:start|begin)\w*\s+(?:now|already)\b"
)


def _a_mainland_part_planned(phrases: List[Any], message: str) -> bool:
    """Today's servers told beside a mainland part planned for them ("SLB + 4 ECS in Tokyo today.
    Next quarter we add an ECS pool in cn-shenzhen. ICP?"): what is asked about is the plan, so
    where the site is hosted is asked, not read as today's (unless the message asks of today:
    "For now, do we need ICP?", in the sentence that asks; not when to start the filing: "should
    we start ICP now?" asks of the plan). A question typed without its mark
    asks too ("... will run on ecs in hangzhou from september, which province do we file in")."""
    asked = re.split(r"(?<=[.!;:])\s+", message.lower().strip())[-1]
    if "?" not in message and not asking_parts(message) and not _ASKS_AT_ITS_END.search(asked):
        return False
    if FOR_NOW.search(_WHEN_TO_START.sub(" ", asked)):
        return False
    return any(
        told_for_another_time(str(v), message) == PLANNED
        # (a decided plan: not one only possible, "maybe we add servers in Shenzhen at some point",
        # unless the question asks of the time after it: "will we need an ICP then?")
        and (
            not _ONLY_POSSIBLE.search(sentence_of(str(v), message))
            or _ASKS_OF_THE_TIME_AFTER.search(asked)
        )
        and place_of_a_plan(str(v)) == decision.MAINLAND_CHINA
        for v in phrases
    )


def clean_fact(fact: Fact, value: Any, message: Optional[str] = None) -> Optional[str]:
    """The fact's closed value for what the user said, or None.

    `message` is the user's whole message: an entity negated just before it ("we don't have a
    branch company", "doesn't run in mainland China") is read as negated.
    """
    if message and value != message and weighs_options(message):
        return None  # "1. a CDN in mainland China ... 2. a CDN around it": the options' facts
    if isinstance(value, list) and fact in _COMBINE:
        if fact == Fact.CHINA_PRESENCE and message:
            # (one taken back: "a 'branch office' ... it is actually a representative office")
            value = [v for v in value if not taken_back(str(v), message, map(str, value))] or value
        if fact in (Fact.HOSTING_LOCATION, Fact.ACCESS_METHOD) and message:
            # (not another site's servers or way in: "our blog is on ECS Beijing, but the shop is
            # on an SG box. Does the shop need ICP?")
            value = [v for v in value if not of_another_site(str(v), message)] or value
            # (nor one taken back: "in shanghai ... oh wait sorry, its singapore region")
            value = [v for v in value if not taken_back(str(v), message, map(str, value))] or value
            if fact == Fact.HOSTING_LOCATION and _a_mainland_part_planned(value, message):
                return None
        return _COMBINE[fact]({clean_fact(fact, v, message) for v in value})
    if isinstance(value, list) and fact == Fact.LICENSE_PROVINCE:
        # "the licence was issued in Shanghai; the parent is registered in Hong Kong": where the
        # licence was issued outweighs where a company is registered
        licences = [v for v in value if _NAMES_A_LICENCE.search(str(v))]
        value = licences[-1] if licences else value[-1]
    if isinstance(value, list):  # several entities in one message: the last one said counts
        value = value[-1] if value else None
    if value is None:
        return None
    if fact not in WHOLE_MESSAGE_FACTS and message and unsure_of(str(value), message):
        # "not sure whether the acceleration region includes the mainland": the user does not
        # know (not "it does not", from the "not"); yes/no facts read "no idea whether" themselves
        return decision.UNKNOWN
    normalise = NORMALISERS[fact]
    if (
        value in _FROM_A_YES_OR_NO.get(fact, ())
        and message
        and not message.startswith("/")
        # (a reply opening with its own yes or no keeps it: "no, we have neither ...")
        and not opens_with_yes_or_no(message)
    ):
        # a typed reply's value taken from its intent (yes, no): the reply's own words decide
        # when they say it ("we can, we just haven't started" is no "no")
        read = _said_otherwise(fact, value, normalise(message))
        if read:
            return read
    if value in decision.FACT_VALUES[fact] or not isinstance(value, str) or not message:
        return normalise(value)
    if fact == Fact.COMMERCIAL_LICENSE and BARE_LICENCE.fullmatch(value.strip().lower()):
        # "the licence" of a follow-up on the load balancer answer is its ICP Commercial License
        # (components/scope_decision.py): read as named so
        message = message.replace(value, re.sub(r"(?i)licen", "commercial licen", value, 1), 1)
    if fact in WHOLE_MESSAGE_FACTS:
        # (not a rule or a habit stated for others: "teams that can't produce the documents
        # usually fall back to Hong Kong"; a question's "if you can't provide the documents" is
        # its premise, and read)
        if "?" not in message and speaks_of_anyone(message):
            return None
        return normalise(message)
    if fact in _READERS:
        return _READERS[fact](value, message)
    return normalise(negation_marked(value, message))


# Facts a message may state several times, each phrase to be read: the slot keeps only the last.
SPANNED_FACTS = (
    Fact.HOSTING_LOCATION,
    Fact.CHINA_PRESENCE,
    Fact.LICENSE_PROVINCE,
    Fact.CDN_COVERAGE,
    Fact.ACCESS_METHOD,
)
# The values the slot mappings take from a reply's intent (affirm, deny), for the facts read from
# the whole message. (Not the CDN's "none": an entity's synonym gives it too, "we don't use any
# CDN", and the whole message may name China for another reason.)
_FROM_A_YES_OR_NO = {fact: (decision.YES, decision.NO) for fact in WHOLE_MESSAGE_FACTS}
# The values the slot mappings take from a reply's "no" (deny) for the facts read from phrases
DENY_INTENT = "deny"
_FROM_A_DENIAL = {
    Fact.CDN_COVERAGE: (decision.NO_CDN,),
    Fact.CHINA_PRESENCE: (decision.NO_PRESENCE,),
}


def _said_otherwise(fact: Fact, value: Any, read: Optional[str]) -> Optional[str]:
    """`read`, a reply's own words, when they give a value of the fact other than `value`, the
    one its intent gave (nor "not known"); else None."""
    if read in decision.FACT_VALUES[fact] and read not in (value, decision.UNKNOWN):
        return read
    return None


def _read_a_denial(fact: Fact, value: Any, message: str) -> Optional[str]:
    """A reply to the form's question taken for a "no", whose own words say otherwise:
    "Cloudflare, no China network" is an international CDN, not "no CDN". None when they do not
    (a reply opening with its own "no" keeps it)."""
    if value not in _FROM_A_DENIAL.get(fact, ()) or message.startswith("/"):
        return None
    if opens_with_yes_or_no(message):
        return None
    return _said_otherwise(fact, value, _READERS[fact](message, message))


_NAMES_A_LICENCE = re.compile(r"licen[cs]e|\bissued\b", re.IGNORECASE)
# (a physical office too: its Registration Certificate is used as the business license, FAQ)
_MAINLAND_ENTITY = re.compile(
    r"\b(?:wfoe|subsidiary|branch|joint venture|jv)\b|\bchinese (?:business )?licen[cs]e\b|"
    rf"\b(?:rep(?:resentative)?|permanent) offices?\b|\b(?:{REP_OFFICE_PINYIN})\b"
)


def fact_spans(
    fact: Fact, value: Any, entities: List[Dict[Text, Any]], message: Optional[str] = None
) -> Any:
    """Every phrase of the message for `fact` when the slot's value is one of several: the slot
    keeps only the last, and each must be read ("servers in Shanghai. Our main site is hosted in
    Singapore.": any server in mainland China counts). A reply to the hosting question that
    names only places is the whole reply, read clause by clause: Rasa keeps the last place
    ("in Hangzhou, but our company is a HK one")."""
    if fact == Fact.HOSTING_LOCATION and message and _from_a_place(value, entities):
        return message
    if fact not in SPANNED_FACTS:
        return value
    spans = [e.get("value") for e in entities if e.get("entity") == fact.value]
    if fact == Fact.HOSTING_LOCATION and message and value in spans:
        # "ECS in Singapore plus a small one in Qingdao": "one" after a hosting phrase is one
        # server more, read in the message's own words (a deleted, planned or filing-only one
        # is read as such)
        spans += [m.group(0) for m in ANOTHER_ONE.finditer(message)]
    return spans if len(spans) > 1 and value in spans else value


def _from_a_place(value: Any, entities: List[Dict[Text, Any]]) -> bool:
    hosting = {e.get("value") for e in entities if e.get("entity") == Fact.HOSTING_LOCATION.value}
    places = {e.get("value") for e in entities if e.get("entity") == "place"}
    return isinstance(value, str) and value in places and value not in hosting


def next_fact_to_ask(tracker: Tracker) -> List[Text]:
    """The form's required slots: the one fact the current topic's answer still depends on (none
    for a question asked in general that its answer for every place answers)."""
    facts = decision.clean_facts(tracker.slots)
    topic = topic_from_slot(tracker.get_slot("topic"))
    if ASKED_IN_GENERAL in slots_set_by_this_message(tracker) and isinstance(
        decision.decide(topic, {**facts, Fact.HOSTING_LOCATION: decision.UNKNOWN}), decision.Answer
    ):
        return []
    result = decision.decide(topic, facts)
    return [result.fact.value] if isinstance(result, Ask) else []


def _form_asked_for(fact: Fact, tracker: Tracker) -> bool:
    return (
        tracker.active_loop.get("name") == "icp_facts_form"
        and tracker.get_slot("requested_slot") == fact.value
    )


# What a phrase names, whatever its tense: "servers in Beijing" is the mainland
_TENSE_FREE = {
    Fact.HOSTING_LOCATION: to_hosting_location,
    Fact.CHINA_PRESENCE: NORMALISERS[Fact.CHINA_PRESENCE],
}


def _value_left_as_told(fact: Fact, value: str, message: str, tracker: Tracker) -> Optional[str]:
    """The value told before, for a phrase that read as no value and says nothing of today's: a
    server that is no place of the site ("so we need an ECS in China even though we're on
    AWS?"), or a place or presence of another time ("we had the site in Hangzhou until last
    year", "next year we open a branch. for now ..."). None when it does say (the site's own
    place that ended, a plan asked about: asked again) or nothing was told before."""
    if fact not in _TENSE_FREE:
        return None
    earlier = value_before_this_message(tracker, fact.value)
    if earlier not in decision.FACT_VALUES[fact]:
        return None
    if fact == Fact.HOSTING_LOCATION and names_no_place_of_the_site(value, message):
        return earlier
    if fact == Fact.CHINA_PRESENCE and names_no_presence_of_the_users(value, message):
        return earlier
    when = told_for_another_time(value, message)
    if when == PAST:
        # (the place or presence that ended is the one told: asked again)
        return None if _TENSE_FREE[fact](value) == earlier else earlier
    # (a plan only when the message asks of today beside it: "we're thinking of adding an SLB
    # plus ECS in Beijing, how would the filing work with that?" asks of the plan, and is asked)
    return earlier if when == PLANNED and FOR_NOW.search(message.lower()) else None


def _read(fact: Fact, value: Any, text: Optional[str], entities: List[Dict[Text, Any]]) -> Any:
    cleaned = clean_fact(fact, fact_spans(fact, value, entities, text), text)
    if cleaned is None and value is not None:
        logger.info("Rejected a value for %s", fact.value)
    return cleaned


def _read_what_is_said(fact: Fact, value: Any, tracker: Tracker) -> Any:
    """A reply that also asks what the FAQ does not cover ("www.ourshop.cn; and what does it
    cost?"), read from what it says only: a question's words are no fact of the user's ("how much
    is a filing in Shanghai?" names no server's place)."""
    text = tracker.latest_message.get("text") or ""
    said = stated_part(text)
    entities = [
        entity
        for entity in tracker.latest_message.get("entities") or []
        if clean(text[entity.get("start", 0) : entity.get("end", 0)]) in said
    ]
    said_values = {entity.get("value") for entity in entities}
    if isinstance(value, list):
        value = [v for v in value if v in said_values] or said
    elif value not in said_values:
        # the reply's text, or an entity of its question, which Rasa gives when it is the last
        # ("Xiamen; also do we need a Fujian phone number?"): what is said is read as typed
        value = said
    return _read(fact, value, said, entities) if said and value else None


class _FactValidators:
    """`validate_<slot>` for every fact slot."""

    def _validate(
        self, fact: Fact, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[Text, Any]:
        text = tracker.latest_message.get("text")
        read = _read(fact, value, text, tracker.latest_message.get("entities") or [])
        if (
            fact == Fact.HOSTING_LOCATION
            and isinstance(value, str)
            and text
            and a_plan_asked_about(value, text)
            # (a place told before: "I don't know" is none)
            and value_before_this_message(tracker, fact.value)
            in set(decision.FACT_VALUES[fact]) - {decision.UNKNOWN}
            # (nor a place chosen: "ok we'll take Shanghai then")
            and not chooses_a_place(value, text)
        ):
            # (a plan is the case asked about only with no place told before: beside one, it
            # leaves it or is asked, as any plan)
            read = None
        if read is None and isinstance(value, str) and text:
            read = _value_left_as_told(fact, value, text, tracker)
            if (
                fact == Fact.HOSTING_LOCATION
                and read is not None
                and asks_in_general_of_another_place(value, text, read)
            ):
                # (the user's place is kept; this question alone is answered in general)
                return {fact.value: read, ASKED_IN_GENERAL: True}
        return {fact.value: read}

    def validate_hosting_location(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.HOSTING_LOCATION, value, dispatcher, tracker)

    def validate_cdn_coverage(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.CDN_COVERAGE, value, dispatcher, tracker)

    def validate_china_presence(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.CHINA_PRESENCE, value, dispatcher, tracker)

    def validate_commercial_license(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.COMMERCIAL_LICENSE, value, dispatcher, tracker)

    def validate_access_method(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.ACCESS_METHOD, value, dispatcher, tracker)

    def validate_can_complete_filing(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.CAN_COMPLETE_FILING, value, dispatcher, tracker)

    def validate_license_province(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.LICENSE_PROVINCE, value, dispatcher, tracker)

    def validate_existing_filing(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.EXISTING_FILING, value, dispatcher, tracker)


class ValidateSlotMappings(_FactValidators, ValidationAction):
    """Cleans facts set by any message, in or out of the form."""

    def _validate(
        self, fact: Fact, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[Text, Any]:
        if _form_asked_for(fact, tracker):
            return {}  # the form's own validation cleans the reply and answers a bad one
        return super()._validate(fact, value, dispatcher, tracker)

    def domain_slots(self, domain: DomainDict) -> List[Text]:
        # The SDK leaves out slots with form-conditioned mappings; the facts have some, and
        # must be cleaned wherever they come from.
        return FACT_SLOTS


class ValidateIcpFactsForm(_FactValidators, FormValidationAction):
    """Cleans replies to the form's questions; asks only what the decision core needs."""

    def name(self) -> Text:
        return "validate_icp_facts_form"

    def _validate(
        self, fact: Fact, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[Text, Any]:
        if latest_intent(tracker) == NOT_COVERED_INTENT:
            return {fact.value: _read_what_is_said(fact, value, tracker)}
        if _form_asked_for(fact, tracker) and latest_intent(tracker) == DENY_INTENT:
            read = _read_a_denial(fact, value, tracker.latest_message.get("text") or "")
            if read:
                return {fact.value: read}
        return super()._validate(fact, value, dispatcher, tracker)

    def domain_slots(self, domain: DomainDict) -> List[Text]:
        # The form's slots as domain.yml lists them (a test keeps the two the same): the action
        # is sent no domain (domain.yml, `send_domain: false`), so 40 KB of JSON is not encoded
        # and decoded on every step of the form.
        return FACT_SLOTS

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        return next_fact_to_ask(tracker)

    async def get_validation_events(self, dispatcher, tracker, domain):
        # Validate every fact set this turn, not only the one being asked: a reply may also
        # correct an earlier fact ("no, we host in Hong Kong").
        slots = tracker.slots_to_validate()
        cleaned: Dict[Text, Any] = {}
        for slot_name, value in slots.items():
            if slot_name in FACT_SLOTS:
                cleaned.update(
                    getattr(self, f"validate_{slot_name}")(value, dispatcher, tracker, domain)
                )
        asked = tracker.get_slot("requested_slot")
        tracker.slots.update(cleaned)
        events = [SlotSet(name, value) for name, value in cleaned.items()]
        if latest_intent(tracker) == NOT_COVERED_INTENT and asked in cleaned:
            if cleaned[asked] is None:
                # No reply, only a question the FAQ does not cover: the rules say so and the
                # form asks again (facts it also gave are kept).
                return events + [ActionExecutionRejected(self.form_name())]
            # A reply with a question besides: the answer says that part is not covered.
            uncovered = questions_not_covered(tracker.latest_message.get("text") or "")
            return events + ([SlotSet(UNCOVERED_PART, uncovered)] if uncovered else [])
        if not (asked in cleaned and cleaned[asked] is None and slots.get(asked) is not None):
            return events
        if latest_intent(tracker) in INTENT_TO_TOPIC:
            # Not an answer but another FAQ question: hand the turn back so the rules switch
            # topic (facts it also gave are kept).
            return events + [ActionExecutionRejected(self.form_name())]
        if not any(value is not None for name, value in cleaned.items() if name != asked):
            # (a reply that gave another fact instead was understood; the form asks again)
            dispatcher.utter_message(response="utter_fact_not_understood")
        return events
