"""Where the site is hosted (`to_hosting_location`, `read_hosting`): mainland China, Hong Kong or
outside mainland China.

Read from the place of the site's own servers, not of the company, its users, a plan, a move's
start or a server kept only for the filing; a server in mainland China among others makes it
mainland China; an area with no server named, or a place that ends a sentence about something
else, is not the site's.
"""

import functools
import re
from typing import Iterable, Optional, Pattern

from actions import decision as d
from actions.decision import Fact
from actions.fact_words import (
    A_NO_CORRECTING,
    A_SERVER_ASKED_FOR,
    A_SINGLE,
    A_SITE_OF_OUR_OWN,
    ADVICE,
    ASKS_OF_THE_FILING,
    CDN_TALK,
    CLAUSES,
    COMPANY_WORDS,
    CORRECTION,
    ENDED_LATER,
    FIRST_PERSON,
    FUTURE_WORDS,
    HOSTING_TALK,
    MAINLAND_PLACES,
    MOVE_START,
    MOVED_TO,
    MOVED_WORDS,
    NEGATION,
    NO_LONGER,
    NOW_WORDS,
    OTHER_MAINLANDS,
    OUTSIDE_PLACES,
    OUTSIDE_WORDS,
    PEOPLE_SERVED,
    PROVINCE_NAMES,
    REP_OFFICE_PINYIN,
    SERVER_WORDS,
    SOMEONE_ELSES,
    TEMPORARY_SERVER,
    THE_FILING_AS_AIM,
    VERB_FIRST,
    WAS_THERE,
    clause_with,
    clean_text,
    find_words,
    is_dont_know,
    negation_marked,
    reads_fact,
    rest_of_sentence,
    sentence_with,
    with_what_follows,
    words_around,
    words_pattern,
)
from actions.filing_facts import (
    filing_out_of_reach,
    forgoes_the_filing,
    lacks_documents,
    names_a_filing,
)
from actions.general_or_own import (
    USERS_PLACE,
    a_choice_of_places,
    asks_for_a_client,
    asks_of_a_clients_site_beside_our_own,
    asks_of_sites_in_general,
    compares_hosting_places,
    denied_next,
    hosting_clauses,
    is_general,
    is_general_comparison,
    of_the_past,
    quoted_rules,
    speaks_of_anyone,
    then_now,
    unname_china,
)
from actions.places import (
    ABROAD,
    HONG_KONG,
    HOST_KINDS,
    HOSTING_PROVIDERS,
    OTHER_CHINESE_REGIONS,
)
from actions.scope_words import SERVER_WORD_PATTERN


def mentioned(text: str, words: Iterable[str]) -> bool:
    """True when some word is mentioned and not negated just before ("no CDN", "don't have a
    branch")."""
    for match in re.finditer(words_pattern(tuple(words)), text):
        before = text[max(0, match.start() - 30) : match.start()]
        # ("don't have a single server in China": the stressed quantifier is one word)
        before = A_SINGLE.sub("any", before)
        # (not across a sentence's end: "... not singapore. same domain as before.")
        if not re.search(
            r"(?<![\w'])" + NEGATION + r"(?:\s+(?:\S*[^\s.;!?]|\S*\.{2,})){0,3}\s*$", before
        ) and not (_NONE_OF_OURS.search(text[max(0, match.start() - 60) : match.start()])):
            return True
    return False


# Servers denied a few words further back: "none of our servers are in mainland China", "no
# server of ours is anywhere in China"
_NONE_OF_OURS = re.compile(
    # (the servers' own verb last: not "none of our sites on ECS in Hangzhou are filed")
    r"\b(?:(?:none|not (?:a single |even )?one) of (?:our|the|my|its|their)\s+(?:[\w-]+\s+){1,2}|"
    r"no\s+[\w-]+\s+of (?:ours|mine|"
    r"theirs)\s+)(?:are|is|were|sits?|runs?|lives?)\s+(?:\w+\s+)?(?:(?:in|on)\s+)?$"
)


def negated(text: str, words: Iterable[str]) -> bool:
    return find_words(text, words) is not None and not mentioned(text, words)


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
# A place suggested, in the phrase's own words ("we should just go with hk")
_A_SUGGESTION = re.compile(
    r"\W*(?:(?:so|then)\s+)?(?:(?:we|i)\s+)?(?:should|could|might as well|may as well|'d better|"
    r"had better)\s+(?:just\s+|simply\s+)?(?:go with|use|pick|choose|take|switch to|move to|"
    r"migrate to|host (?:in|on|with))\b"
)
# A place put forward as a choice, not where the site is: "I think Hong Kong ECS is an
# alternative", "Singapore as a fallback"
_PUT_FORWARD = re.compile(
    # (or asked: "is Alibaba Cloud Hong Kong a workable substitute?")
    r"^\s*(?:(?:is|are|would be|could be|might be|may be|as)\s+)?(?:an?|the|our|one|another)\s+"
    r"(?:\w+\s+)?(?:alternatives?|options?|substitutes?|fallback|workaround|way out|solution|"
    r"plan b)\b"
)


# A time put between "if" and who: "if later we ...", "if next year we ..."
A_TIME_BETWEEN = (
    r"(?:(?:later(?:\s+on)?|one day|someday|eventually|in (?:the )?future|at some point|"
    r"next (?:year|month|quarter|week)|this year)\s*,?\s+)?"
)


# A case put to be answered, not a plan told: "what if we move the ECS to Tokyo?", "would moving
# to Hong Kong ECS then let us open without it?" (the case's facts are the ones asked about)
PUTS_A_CASE = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|hmm+|then|also|now|same|even|just)\W+)*"
    r"(?:(?:what|and|same|even|but|only)\s+)?(?:if|suppose|supposing|say|assuming)\s+"
    # (its time between: "and if later we get the ICP commercial license, ...")
    + A_TIME_BETWEEN
    + r"(?:we|i)\b|"
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
    r"\b(?:does|would|will)\s+(?:that|this|it)\s+change\s+(?:anything|things|it|that|the answer|"
    r"much))"
    r"(?:\s+(?:then|for us|at all))?\W*$"
)
# ... or asked of its time, in the next sentence: "they're now considering moving to ECS
# cn-shanghai. Which province would they file in then?"
_ASKED_OF_ITS_TIME = re.compile(
    r"[.;!]\s+(?:(?:so|and|ok)\s+)?(?:\w+\s+){0,3}?(?:would|will|do|does|should|must|can|could)\s+"
    r"(?:we|they|i|it|he|she|the\s+\w+)\b[^.?!]{0,40}\bthen\s*\?\W*$"
)


def puts_a_case(value: str, message: str) -> bool:
    # (a place chosen is the case asked about: "we'll go with Macau, so nothing to file?")
    return bool(
        PUTS_A_CASE.search(sentence_with(value, message))
        or (
            _WHAT_A_PLAN_CHANGES.search(
                clean_text(message)[clean_text(message).find(clean_text(value)) :]
            )
            # (not a plan given up: "we were going to move to shanghai but management said no.
            # does that change it?")
            and not _A_PLAN_GIVEN_UP.search(clean_text(message))
        )
        or _a_move_asked_of_its_time(value, message)
    ) or chooses_a_place(value, message)


def _a_move_asked_of_its_time(value: str, message: str) -> bool:
    """A move to `value`'s place, even one only thought of, asked of in the next sentence for
    the time after it ("they're now considering moving to ECS cn-shanghai. Which province would
    they file in then?"), the message naming no other place (beside one, "thinking of adding an
    ECS in Wuhan" to a Lyon server, where the site is stays asked)."""
    text = clean_text(message)
    at = text.find(clean_text(value))
    if at < 0 or not _ANY_MOVE.search(text[:at]) or _A_PLAN_GIVEN_UP.search(text):
        return False
    # (the move's destination, not the place left: "migrate away from Beijing")
    if not re.search(
        r"\b(?:to|into|onto)\s+(?!(?:move|migrate|switch|relocate|transfer)\b)"
        r"(?:the\s+|an?\s+|our\s+)?(?:(?!(?:from|away|out|of)\b)[\w-]+\s+){0,2}$",
        text[:at],
    ) and not re.match(r"(?:to|into|onto)\b", clean_text(value)):
        return False
    if not _ASKED_OF_ITS_TIME.search(text[at:]):
        return False
    rest = text[:at] + " " * len(clean_text(value)) + text[at + len(clean_text(value)) :]
    return not any(
        place_of_a_plan(other.group(0)) != place_of_a_plan(clean_text(value))
        for other in _ANY_PLACE.finditer(rest)
    )


# A move anywhere in a message: where the site is until then is asked, not assumed
_ANY_MOVE = re.compile(r"\b(?:mov|migrat|switch|relocat|transferr?)\w*")
# A plan firmly told (not "might", "someday", "thinking about" or "considered")
_FIRM_PLAN = re.compile(
    r"\b(?:plan(?:s|ning)?\s+to|going\s+to|will|intend\s+to)\b|'ll\b|"
    # (or a launch with its date: "Launching a landing page on Alibaba Cloud Shanghai next week")
    r"\b(?:launch(?:ing)?|go(?:ing)? live|deploy(?:ing)?|open(?:ing)?)\b[^.?!]*"
    r"\b(?:next\s+(?:week|month|quarter|year)|tomorrow|soon|"
    r"in\s+(?:a|one|two|three|a few|\d+)\s+(?:days?|weeks?|months?))\b"
)
_HEDGED = re.compile(
    r"\b(?:might|may|maybe|perhaps|possibly|someday|some day|eventually|consider\w*|"
    r"thinking|not|never)\b|n't\b"
)


def a_plan_asked_about(value: str, message: str) -> bool:
    """A plan firmly told, then asked about in the next sentence ("We plan to put an SLB in front
    of ECS in Singapore. How do I apply for an ICP filing?"): the plan is the case asked about,
    when the message names no other place and tells nothing of today's ("for now", "currently")
    and no move (from where?)."""
    text = clean_text(message)
    phrase = clean_text(value)
    at = text.find(phrase)
    if at < 0 or FOR_NOW.search(text) or _ANY_MOVE.search(text):
        return False
    # (the plan's own place named again is no other place: "we'll go hk then. anything to file
    # for hk?"; nor the users', the company's or where the filing goes: "customers are mainly in
    # china", "a branch company in chongqing", "do we file in chongqing?")
    rest = text[:at] + " " * len(phrase) + text[at + len(phrase) :]
    others = [m for m in _ANY_PLACE.finditer(rest) if not _no_servers_place(m, rest)]
    if any(place_of_a_plan(other.group(0)) != place_of_a_plan(phrase) for other in others):
        return False
    sentences = re.split(r"(?<=[.!?;])\s+", text)
    told = next((s for s in sentences if phrase in s), "")
    after = sentences[sentences.index(told) + 1 :] if told else []
    asked = after[0] if after else ""
    at_its_end = _ASKED_AT_ITS_END.search(told)
    if at_its_end and phrase in told[: at_its_end.start()]:
        # asked in the plan's own sentence: "planning to put an SLB in singapore in front of 3 ecs
        # boxes, how do we do the icp filing for the slb"
        told, asked = told[: at_its_end.start()], told[at_its_end.start() :]
    return bool(
        told
        and asked
        and "?" not in told
        and _FIRM_PLAN.search(told)
        and not _HEDGED.search(told)
        and ("?" in asked or at_its_end)
        and ASKS_OF_THE_FILING.search(asked)
    )


# A question after a comma, to the end of its sentence: ", how do we do the icp filing"
_ASKED_AT_ITS_END = re.compile(
    r"[,;]\s*(?=(?:so\s+|and\s+|then\s+)?(?:how|what|which|where|do|does|can|should|must|will|"
    r"is|are)\b[^,;]*$)"
)
# A plan changed: "change of plan ... will now be in alibaba shanghai instead"
_A_PLAN_CHANGED = re.compile(
    r"\b(?:change of plans?|(?:the\s+)?plans?\s+(?:have\s+|has\s+)?changed|new plan|"
    r"plan has been changed|plan changed)\b"
)
_INSTEAD_AFTER = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?instead\b")


def a_plan_changed_to(value: str, message: str) -> bool:
    """A plan told as changed, to the place of `value` ("change of plan from mgmt, slb + the ecs
    will now be in alibaba shanghai instead"): the new plan is the case the conversation is
    about, as the plan before it was."""
    clause = clause_with(value, message)
    # (the new plan's place, said with "now" or "instead": not the plan given up, "change of plan:
    # we were going to host in shanghai, but we will stay in singapore")
    return bool(
        (
            _INSTEAD_AFTER.match(rest_of_sentence(value, message))
            or (_A_PLAN_CHANGED.search(clean_text(message)) and re.search(r"\bnow\b", clause))
        )
        and _FIRM_PLAN.search(clause)
        and not _HEDGED.search(clause)
        and not _A_PLAN_GIVEN_UP.search(clause)
    )


# A plan given up or turned down: "we were going to ...", "management said no"
_A_PLAN_GIVEN_UP = re.compile(
    r"\b(?:was|were)\s+going\s+to\b|\bsaid no\b|\b(?:cancel\w*|dropp?ed|scrapp?ed|abandon\w*|"
    r"rejected|turned down|called off|shelved)\b|\bno longer\b"
)


# Where a move started, just before a place: "migrated off <Huawei Cloud Chengdu> to ...",
# "migrated everything from <Beijing>" (the move's end is there today; its start is not), or
# where a move under way starts: "we're moving our site from <Alibaba Singapore> to Shanghai" (it
# is there until the move, which is what is asked about: asked, not assumed)
_LEFT_BY_A_MOVE = re.compile(
    rf"\b(?:{MOVED_WORDS}|moving|migrating|switching|transferring|relocating)\b(?:\s+[\w'-]+){{0,3}}?\s+"
    # (the place left, not where the move goes after it: "moved that API node out of Shanghai
    # to Tokyo")
    rf"{MOVE_START}\s+(?:(?!(?:to|into)\s)[\w'-]+\s+){{0,2}}$"
)
_MOVING_TO = re.compile(
    r"\b(?:are|'re|am|'m|is|'s)\s+(?:now\s+)?(?:moving|migrating|switching|relocating)\b"
    r"[^.?!,]{0,30}\bto\b"
)
# Any place a message may name (beside a plan's: today's place, or another option)
_ANY_PLACE = re.compile(words_pattern(MAINLAND_PLACES + OUTSIDE_PLACES))


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


# Alibaba Cloud's region names: "the China (Hong Kong) region" is in Hong Kong.
_REGION_NAME = re.compile(r"^\s*\(\s*([^()]+?)\s*\)")


def _region_named(value: str, message: str) -> str:
    """`value` with a trailing "China" replaced by the region in brackets after it."""
    start = message.lower().find(value.lower())
    region = _REGION_NAME.match(message[start + len(value) :]) if start >= 0 else None
    if region and clean_text(value).endswith("china"):
        return value[: -len("china")] + region.group(1)
    return value


# A phrase that names only a website ("our China website", "a website in China") says which
# market it is for as often as where it runs: read only when nothing else in the message says
# where servers are, and never from "China site" / "Chinese website" or from "no website in ...".
_SERVER_WORDS = re.compile(
    rf"\b(?:{SERVER_WORDS}|regions?|cloud|runs?|running|deployed|machines?)\b"
)
# Something switched back on, no server named: in a follow-up, what was switched off before (the
# CDN: "and with the CDN switched off?" ... "and switched back on for mainland?"), its "for
# mainland" the users' place, no server's
SWITCHED_BACK_ON = re.compile(
    # (the thing unnamed: not "we switched the WAF back on", "the site is back on Aliyun")
    # (or the CDN's area named: "and if we turn mainland back on in the autumn?")
    r"\b(?:(?:switch|turn)\w*\s+(?:(?:it|that|this|them|(?:the\s+)?(?:mainland|china)(?:\s+china)?"
    r"(?:\s+(?:coverage|nodes|acceleration))?)\s+)?(?:back\s+on|on\s+again)|"
    r"re-?enabl\w*(?:\s+(?:it|that|this))?(?=\s+(?:for|in|on|to)\b|\W*$)|"
    r"re-?activat\w*(?:\s+(?:it|that|this))?(?=\s+(?:for|in|on|to)\b|\W*$))"
)


# A clause that tells where a site or server is, by its own words
_A_SITES_PLACE_TOLD = re.compile(
    rf"\b(?:{SERVER_WORDS}|sites?|websites?|hosted|hosting|hosts?|lives|runs?|sits|origin)\b"
)


def switched_back_on(message: str) -> bool:
    """Something switched back on in `message`, when it names no server (see SWITCHED_BACK_ON)."""
    text = clean_text(message)
    return not _SERVER_WORDS.search(text) and bool(SWITCHED_BACK_ON.search(text))


_MARKET_SITE = re.compile(r"^(?:the |our |my |a |an )?(?:china|chinese)\s+(?:web)?sites?$")


# A site on a provider is hosted there: "our site is on Vercel (US)".
_ON_A_PROVIDER = re.compile(
    r"\b(?:on|with|at)\s+" + words_pattern(HOSTING_PROVIDERS + ("alibaba", "aliyun", "alicloud"))
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
    text, phrase = clean_text(message), clean_text(value)
    start = text.find(phrase)
    if start < 0:
        return ""
    sentence = re.split(r"[.?!;]", text[:start])[-1]
    clauses = CLAUSES.split(sentence)
    if not clauses[-1].strip() and VERB_FIRST.match(phrase):
        clauses[-1] = phrase  # the phrase starts its clause at the verb: "is now in the US"
    clauses = [c for c in clauses[:-1] if c.strip()] + clauses[-1:]
    if len(clauses) < 2 or not VERB_FIRST.match(clauses[-1]):
        return ""
    return clauses[-2]


_A_SERVER_PLACED_BEFORE = re.compile(
    r"\b(?:servers?|ecs|instances?|vps|box|boxes|machines?)\s+(?:is\s+|are\s+|was\s+|were\s+|be\s+|"
    r"gets?\s+|got\s+)?(?:put|placed|moved|located|hosted|deployed)\s+(?:in|to|at|on|into)\s+$|"
    # ... or said to be there, the writer's or the conversation's: "even when the servers are up
    # in beijing?" (not another kind's: "our mail servers are in shanghai", "your servers")
    r"(?<![\w'])(?:the|our|my)\s+(?:servers?|ecs|instances?|vps|box|boxes|machines?)"
    r"(?:\s+(?:is|are|will be|would be)|'s|'re)\s+"
    r"(?:up\s+|now\s+|still\s+|all\s+|running\s+|currently\s+|actually\s+)?(?:in|at)\s+$"
)


def _names_only_a_site(value: str, message: str) -> bool:
    phrase, text = clean_text(value), clean_text(message)
    # (with the word before it, which may be a server word's first: "data| centre in Lyon")
    word_before = re.search(r"([\w-]+)\s*$", words_around(value, message)[0])
    with_word_before = f"{word_before.group(1)} {phrase}" if word_before else phrase
    if (
        _SERVER_WORDS.search(with_word_before)
        or _ON_A_PROVIDER.search(phrase)
        or ANOTHER_ONE.match(phrase)
        # (where the writer moved to names where the site runs: "we migrated to Tokyo")
        or (MOVED_TO.search(phrase) and FIRST_PERSON.search(with_word_before))
        # (... or what its sentence named just before: "we had servers in HK until last year
        # then moved to Shenzhen")
        or (
            MOVED_TO.search(phrase)
            and _SERVER_WORDS.search(re.split(r"[.?!;]", words_around(value, message)[0])[-1])
        )
        # (or named as the subject its clause leaves out: "our origin used to be in Shanghai but
        # is now in the US")
        or _SERVER_WORDS.search(_elided_subject(value, message))
        # (or a server placed by its verb just before: "and if server put in Xianggang instead?")
        or _A_SERVER_PLACED_BEFORE.search(words_around(value, message)[0])
        # (or a server the subject of a verb of staying just before: "and the origin stayed
        # abroad?")
        or (
            _A_SERVER_STAYS_BEFORE.search(words_around(value, message)[0])
            # (stayed, only in a case put: not "our old server remained in Beijing, but ...")
            and (
                not re.search(r"\b(?:stayed|remained)\s+\S*\s*$", words_around(value, message)[0])
                or _WHAT_IF.match(clean_text(message))
            )
        )
        # (or a set-up put before, returned to: "back to the mainland plan")
        or re.match(r"back to (?:the |our )?\S", phrase)
        # (or where the writer's move, its parts listed between, goes: "if we moved everything,
        # SLB and both ECS, to Hong Kong?")
        or (
            re.search(r"\bto\s*$", words_around(value, message)[0])
            and re.search(
                rf"\b(?:we|i)\s+(?:\w+\s+)?(?:{MOVED_WORDS}|move|moving|migrate|migrating)\b[^.?!]*$",
                words_around(value, message)[0],
            )
        )
    ):
        return False
    if (
        not FIRST_PERSON.search(text)
        and re.search(r"\b(?:web)?sites?\b", phrase)
        # (not a terse note that starts with it: "site in usa, cdn usa only. ok without icp?")
        and not text.startswith(phrase)
        # (nor a site placed by a verb of where it runs: "if a site sits in Tokyo and ...")
        and not _A_SITE_RUNS_THERE.search(phrase)
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


_A_SITE_RUNS_THERE = re.compile(
    r"\b(?:web)?sites?\s+(?:sits?|sitting|lives?|living|runs?|running|resides?|is\s+(?:located|"
    r"deployed|placed|running|sitting))\s+(?:in|on|at)\b"
)
_A_SERVER_STAYS_BEFORE = re.compile(
    r"\b(?:origins?|servers?|ecs|instances?|backend|vps|box)\s+(?:stays?|stayed|remains?|remained|"
    r"(?:would|will)\s+(?:stay|remain))\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?$"
)
_NOTHING_RUNS = re.compile(r"\bnothing\s+(?:\w+\s+)?(?:runs?|running|hosted|sits?|lives?)\b")
_A_SERVER_MAYBE = re.compile(
    r"\b(?:might|may|could|maybe|possibly|eventually|someday|plan(?:s|ning)? to|thinking of|"
    r"considering)\s+(?:\w+\s+){0,2}?(?:add|adding|buy|buying|get|getting|set up|setting up|"
    r"spin up|spinning up|rent|renting|deploy|deploying)\s+(?:an?\s+|one\s+|some\s+)?"
    r"(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|machines?|vms?)\b"
)


_A_SERVER_FOR_THE_FILING = re.compile(
    r"\b(?:ecs|instances?|servers?|vps|box|vms?|machines?)\b[^.?!,;]{0,30}?\bfor\s+"
    + THE_FILING_AS_AIM
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


# ... and one named by its term or its aim, a server of the filing's (not the site's): "a 3-month
# ECS", "buy an ECS in the mainland just to file for CDN"
FILING_ONLY_SERVER = re.compile(
    r"\b(?:3|three)[- ]months?(?:'s)?\s+(?:[\w-]+\s+)?(?:ecs|instances?|servers?|vps)\b|"
    r"\b(?:ecs|instances?|servers?|vps|box|vms?|machines?)\b[^.?!,;]{0,30}?\b(?:just|only|purely|"
    r"solely)\s+(?:to|for)\s+" + THE_FILING_AS_AIM
)


def _another_mainland(value: str, message: str) -> bool:
    """`value` ends with "the mainland" and names, in apposition, another one: "we host on the
    mainland - mainland Australia, that is"."""
    if not re.search(r"\bmainland\W*$", clean_text(value)):
        return False
    _, after = words_around(value, message)
    return bool(
        re.match(
            r"^[\s,:;(–—-]*(?:that is,?\s*|i mean,?\s*)?mainland\s+"
            + words_pattern(OTHER_MAINLANDS),
            after,
        )
    )


# A reply's correction: the last "I mean", "sorry", ... with a place after it.
_CORRECTED = re.compile(CORRECTION.pattern + r"|\bsorry\b")


def _corrected_to(message: str) -> Optional[str]:
    """What a reply says after its last correction, when that names a place."""
    text = clean_text(message)
    found = list(_CORRECTED.finditer(text))
    rest = text[found[-1].end() :] if found else ""
    return rest if rest and to_hosting_location(rest) is not None else None


def _correction_after(value: str, message: str) -> Optional[str]:
    """What follows a correction said after `value`, or None when none is."""
    _, after = words_around(value, message)
    found = CORRECTION.search(after)
    if not found:
        found = A_NO_CORRECTING.search(after)
        if not found or to_hosting_location(re.split(r"[.;!?]", after[found.end() :])[0]) is None:
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
    phrase, (before, _) = clean_text(value), words_around(value, message)
    if re.match(r"sites?\b", phrase) and _NOT_A_WEBSITE.search(before):
        return True
    if re.match(r"(?:pools?|clusters?)\b", phrase) and _PEOPLE_BEFORE.search(before):
        return True
    if re.match(r"(?:mirrors?|replicas?)\b", phrase) and _NOT_THE_SITES_COPY.search(before):
        return True  # "a new download / update mirror in PRC": software's, not the site's
    if ANOTHER_ONE.match(phrase):
        return False  # "plus a small one in Hefei for Chinese visitors": one server more
    if MOVED_TO.search(phrase) and _WHAT_MOVES.search(clause_with(value, message)):
        return False  # "moved everything to the Shenzhen region to cut latency for buyers"
    clause = clause_with(value, message)
    # (the server may be named right after the phrase: "if we move to HK" + " ECS", not after a
    # comma: "engineers deployed in Xi'an, servers in Perth")
    next_words = re.match(r"\s*((?:[\w-]+\s*){0,2})", words_around(value, message)[1]).group(1)
    return (
        not _NAMES_SERVERS.search(phrase)
        and not _NAMES_SERVERS.search(next_words)
        and not _A_SITE_SERVED_FROM.search(clause)
        and bool(_PEOPLE_OR_TRADE.search(clause))
    )


# (only after a copy of the site's data, not one ended with it: "we decommissioned the replica
# and one ECS in cn-shanghai")
_A_COPY_FIRST = re.compile(
    r"(?:read\s+)?(?:replicas?|mirrors?|backups?|databases?|dbs?|standbys?)\b"
)
_AND_ANOTHER_SERVER = re.compile(
    r"\s+and\s+(?=(?:one|an?|another|two|three|\d+)\s+(?:[\w-]+\s+)?(?:ecs|servers?|instances?|"
    r"vms?|nodes?|boxes)\s+(?:in|on|at)\b)",
    re.IGNORECASE,
)


def _with_the_word_making_it_a_server(value: str, message: str) -> str:
    """`value` with the word before it when that word makes it a server: "node in cn-shanghai"
    of "open a second node in cn-shanghai" is one more of the site's nodes."""
    word_before = re.search(r"[\w-]*\s*$", words_around(value, message)[0]).group(0)
    if (
        word_before
        and not _NAMES_SERVERS.search(clean_text(value))
        and _NAMES_SERVERS.search(clean_text(word_before + value))
        # (not a CDN's, in its own clause: "the CDN provider opened a new node in Beijing", "the
        # second node in Hangzhou is the CDN edge")
        and not _A_CDNS_PART.search(clause_with(value, message))
    ):
        return word_before + value
    return value


_A_CDNS_PART = re.compile(r"\b(?:cdns?|edges?|pops?|points? of presence|acceleration)\b")


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
    text = clean_text(message)
    return bool(
        (_AFTER_THE_MOVE.search(text) or (_A_MOVE.search(text) and _THAT_TIME.search(text)))
        and FUTURE_WORDS.search(text)
    )


# The server the FAQ's CDN route has one buy only to file, not where the site runs: "a temp ECS in
# China for the CDN filing", "an ECS in Hangzhou just to get the beian". (Not "to register the
# domain", nor a temporary server the site runs on.)
_FOR_THE_FILING_AFTER = re.compile(
    # (in the server's own clause: not "we host in Hong Kong and thinking to use Alibaba CDN")
    r"^(?:(?!\band\b)[^.?!,;]){0,30}?\b(?:for|just to|only to|to|so (?:that )?(?:i|we) can|"
    r"in order to)\s+(?:" + THE_FILING_AS_AIM + r")|"
    # (or joined by "and" to what is done with it, right after: "an ECS in Hangzhou and keep it
    # only for the filing", not "... and use it to host the site for the filing")
    r"^\s+and\s+(?:keep|use|have|hold|need)\s+it\s+(?:only\s+|just\s+|solely\s+|purely\s+)?"
    r"(?:for|to)\s+(?:" + THE_FILING_AS_AIM + r")"
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
    # (its subject left out: "really need to rent an ECS in the mainland even though ...?")
    r"(?:^|[.?!,;]\s*)\W*(?:(?:so|and|but|ok|okay)\s+)?(?:really|still|also|do i|do we)?\s*"
    r"(?:need|have)\s+to\s+(?:buy|get|rent|purchase|order|have|set up|spin up)\s+"
    r"(?:an?|one|another|some)\s+(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|machines?|"
    r"vms?)\b|"
    # (said of the writer or anyone: not "the checkout needs an ECS in Shanghai")
    # ("they told me need a ECS in China": a non-native "told me I need")
    r"\b(?:we|i|you|one|they|told me|told us)(?:'d|'ll)?\s+(?:also\s+|still\s+|would\s+|will\s+|"
    r"really\s+)?"
    # ("so i need buy a ECS in mainland?": a non-native "need to buy")
    r"(?:needs?(?:\s+(?:to\s+)?(?:buy|get|rent|purchase|order|have|set up|spin up))?|requires?|"
    r"(?:have|has) to (?:buy|get|rent|purchase|order|have|"
    r"set up|spin up)|must (?:buy|get|rent|purchase|order|have|set up))\s+(?:also\s+|still\s+)?"
    r"(?:an?|one(?:\s+of\s+(?:your|their|alibaba(?:'s)?|aliyun(?:'s)?))?|another|some)\s+"
    r"(?:[\w-]+\s+)?(?:servers?|ecs|instances?|vps|box|machines?|"
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
    before = CLAUSES.split(words_around(value, message)[0])[-1]
    asked = A_SERVER_ASKED_FOR.match(before + clean_text(value))
    needed = [m for m in _A_SERVER_NEEDED.finditer(before + clean_text(value))]
    # (or needed along with the filing: "we'd then need an ICP Filing and even an ECS in China")
    sentence_before = re.split(r"[.?!]", words_around(value, message)[0])[-1]
    return (
        bool(asked and asked.end() > len(before))
        or any(m.end() > len(before) for m in needed)
        or bool(_NEEDED_ALONG.search(sentence_before))
    )


_NEEDED_ALONG = re.compile(
    r"\b(?:need|needs|require|requires|have to get|has to get|must get)\s+(?:an?\s+|the\s+)?"
    r"(?:icp|beian|filing|icp filing|licen[cs]e)\b[^.?!]{0,20}"
    r"\b(?:and|plus|as well as)\s+(?:even\s+|also\s+)?(?:an?|one)\s+$"
)


_RUNS_ON = r"\b(?:runs?|running|hosted|lives|sits|is|are)\s+on\s+(?:an?\s+|the\s+)?"


def _only_for_the_filing(value: str, message: str) -> bool:
    before, after = words_around(value, message)
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
        or TEMPORARY_SERVER.match(clean_text(value) + " " + after.strip())
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
    place = words_pattern(MAINLAND_PLACES + OUTSIDE_PLACES)
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
    text, phrase = clean_text(message), clean_text(value)
    start = text.find(phrase)
    if start < 0:
        return ""
    joined = _places_joined().match(text[start + len(phrase) :])
    return joined.group(0) if joined else ""


@functools.lru_cache(maxsize=1)
def _places_joined_before() -> Pattern:
    # (places by name: "mainland" or "china" before a server phrase may end a CDN's, "cdn excl
    # mainland + sg server")
    place = words_pattern(tuple(PROVINCE_NAMES) + OUTSIDE_PLACES)
    return re.compile(rf"(?:(?<![-\w])(?:{place})(?:\s*,\s*|\s+and\s+|\s*[&+]\s*|\s+or\s+))+$")


def places_joined_before(value: str, message: str) -> str:
    """The places joined to `value`'s own just before it, when its place comes first ("Shenzhen
    and Singapore servers", "SZ + SG servers"), cleaned ("" when none)."""
    text, phrase = clean_text(message), clean_text(value)
    start = text.find(phrase)
    if start <= 0 or not find_words(phrase.split(" ")[0], MAINLAND_PLACES + OUTSIDE_PLACES):
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
    place = words_pattern(MAINLAND_PLACES + OUTSIDE_PLACES)
    return re.compile(rf"^\s*,?\s*or\s+(?:in\s+|on\s+|the\s+)?(?:{place})")


def _a_choice_after(value: str, message: str) -> bool:
    """`value`'s place is one of a choice of places whose rules differ: "hosting in Hong Kong or
    Singapore can bypass ICP" (not "in Wuhan or Xi'an, I forget which": mainland China either
    way)."""
    other = _or_another_place().match(words_around(value, message)[1])
    return bool(other) and to_hosting_location(
        "servers in " + other.group(0).split("or", 1)[1]
    ) != (to_hosting_location(clean_text(value)))


def in_a_quoted_rule(value: str, message: str) -> bool:
    phrase = clean_text(value)
    return any(phrase in rule for rule in quoted_rules(clean_text(message)))


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


# A server said to run only something other than a site ("it only runs our data pipeline",
# "nothing public there"), and a site placed by its own words elsewhere in the message
_SOMETHING_ELSE_ONLY = re.compile(
    r"\b(?:only|just|solely|purely)\s+(?:runs?|running|hosts?|hosting|for|used for|does|handles?)"
    r"\s+(?:our\s+|the\s+|a\s+|an\s+|some\s+)?(?:[\w-]+\s+)?(?:data pipelines?|pipelines?|"
    # (not the site's database: any server of the site's in mainland China makes the mainland
    # rules apply, "a mainland ECS that only runs a database replica")
    r"batch jobs?|jobs|backups?|mail|e-?mail|internal tools?|ci|builds?|analytics|"
    r"etl|crawlers?|workers?|queues?|cron jobs?)\b|"
    r"\bnothing public\b|\bno (?:public|web) (?:access|site|website|traffic)\b"
)
_ANOTHER_SERVICE = re.compile(
    r"\b(?:(?:company|corporate|work|our|the)\s+)?(?:e-?mail|mail|crm|erp|backups?|data pipelines?|"
    r"analytics|intranet|vpn|chat|office suite)\s+(?:is|are|runs?|sits?|lives?|hosted)\b"
)
# ... not when the site shares its server: "on ECS in Shanghai together with the website"
_THE_SITE_TOO = re.compile(
    r"\b(?:together with|along with|as well as|and so is|and also|plus|with)\s+(?:the\s+|our\s+)?"
    r"(?:website|web ?site|site|web ?shop|shop)\b"
)
# A site placed by its own words ("the marketing website is on Alibaba Cloud Singapore")
THE_WEBSITES_PLACE = re.compile(
    r"\b(?:website|web ?site|homepage|web ?shop|shop|site|portal|landing page|web app)\b"
    r"(?:[^.?!]{0,15}\b(?:is|are|runs?|sits?|lives?|hosted|stays?)\b[^.?!]{0,10})?\s*"
    r"\b(?:on|in|at|from)\b"
    # (not its language or protocol: "a website in English and Chinese", "on https")
    r"(?!\s+(?:english|chinese|mandarin|simplified|traditional|french|german|spanish|japanese|"
    r"korean|several|two|both|many|https?)\b)"
)


def _runs_only_something_else(value: str, message: str) -> bool:
    """The server of hosting phrase `value` is said to run only something other than a site,
    while the site is placed elsewhere in `message`: not the site's server."""
    sentence = sentence_with(value, message)
    start = sentence.find(clean_text(value))
    after = sentence[start:]
    # (or the clause's subject is another service: "our company email is on alibaba mail with
    # china servers")
    subject = CLAUSES.split(sentence[: max(start, 0)])[-1]
    if _SOMETHING_ELSE_ONLY.search(after):
        elsewhere = clean_text(message).replace(after, " ")
    elif _ANOTHER_SERVICE.search(subject) and not _THE_SITE_TOO.search(sentence):
        elsewhere = clean_text(message).replace(subject, " ").replace(clean_text(value), " ")
    else:
        return False
    return bool(THE_WEBSITES_PLACE.search(elsewhere))


# A region said to be left out of something, in the words after it ("mainland china region is not
# included"): with a CDN named, the CDN's area, not a server's place
_LEFT_OUT = re.compile(
    # (said of the region itself, not after a comma: "we host in Hangzhou, not included in the
    # global cdn area though")
    r"\s+(?:(?:region|area|zone|nodes?)\s+)?(?:(?:is|are|was|were|stays?|remains?)\s+)?"
    r"(?:not\s+(?:included|covered|selected|enabled|part of it)|excluded|left out|switched off|"
    r"turned off|disabled)\b"
)
_A_CDN = re.compile(r"\bcdn\b|\bacceleration\b")


def not_a_sites_place(value: str, message: str) -> bool:
    """A hosting phrase that places a provider's own regions ("AWS appears to have availability
    zones in Beijing"), hosting wished for in a condition ("if we really want hosting inside
    China"), or a CDN's region left out ("we use alibaba cloud cdn but only international
    acceleration, mainland china region is not included"): no site's server."""
    sentence = sentence_with(value, message)
    return bool(
        (
            _LEFT_OUT.match(words_around(value, message)[1])
            and _A_CDN.search(clean_text(message))
            # (not a server's: "the ECS in Beijing is not included in the backup plan")
            and not SERVER_WORD_PATTERN.search(clean_text(value))
        )
        or _A_PROVIDERS_OWN.search(sentence[: sentence.find(clean_text(value))])
        # (a case put outright is asked about: "what if we just go with hong kong")
        or (
            _IF_WE_WANT.search(clause_with(value, message))
            and not _WHAT_IF.match(clean_text(message))
        )
    )


# (or a follow-up's "and if ...?" that is all the question: "and if we chose the Beijing region
# instead?", not a condition for another, "and if we want hosting inside China, what papers do we
# need?")
_WHAT_IF = re.compile(
    r"\W*(?:(?:and|but|so|ok|okay|then|hmm+)\W+)*(?:what|same|even)\s+if\b|"
    r"\W*(?:(?:and|but|so|ok|okay|then|hmm+)\W+)+if\b[^,;:?]*\?\W*$"
)
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
A_PRESENCE_WORD = re.compile(rf"\b(?:{_PRESENCE_WORDS})\b")
# ("and if we had one in Shanghai?", "our parent is in Toronto")
_NOT_THE_SITES_PLACE = re.compile(
    COMPANY_WORDS.pattern
    + rf"|\b(?:{_PRESENCE_WORDS}|{_SEAT_WORDS}|permits?|had|have|has|suppliers?|factory|"
    r"warehouse)\b"
)
# Words that make a place no server's, in its clause just before it
_WHOSE_ELSE_BEFORE = re.compile(
    rf"\b(?:{_PRESENCE_WORDS}|{_SEAT_WORDS}|company|companies|office|registered|based|"
    r"headquartered|incorporated|fil(?:e|es|ed|ing)|apply|register)\b[^,.;:!?]{0,30}$"
)


def _no_servers_place(place: re.Match, text: str) -> bool:
    """The place `place` of `text` is the users', the company's, a presence's or the filing's
    ("customers are mainly in china", "a branch company in chongqing", "file in chongqing")."""
    if any(m.start() <= place.start() < m.end() for m in _USERS_PLACES_LISTED.finditer(text)):
        return True
    before = text[: place.start()]
    return bool(_WHOSE_ELSE_BEFORE.search(before)) and not HOSTING_TALK.search(
        re.split(r"[,.;:!?]", before)[-1][-30:]
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
    area = re.sub(r"^(?:in|on|at)\s+", "", clean_text(place))
    return bool(_THE_MAINLAND.match(area) or _OUTSIDE_THE_MAINLAND.match(area))


# The people's place and the places listed with it ("customers in Shanghai and Beijing")
_USERS_PLACES_LISTED = re.compile(
    rf"(?:{USERS_PLACE.pattern})(?:\s*(?:,|\band\b|\bor\b|&|/)\s*(?:the\s+)?\w+(?:\s+kong)?)*"
)


def tells_where_the_people_are(message: str) -> bool:
    """`message` tells where the site's users or customers are, and names no server ("most of
    our customers are in Shanghai and Beijing"): no fact the FAQ's answers rest on."""
    text = clean_text(message)
    return bool(USERS_PLACE.search(text)) and not HOSTING_TALK.search(
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
    text = clean_text(message)
    part = _A_PART_OF_THE_SERVERS.search(text)
    if part and to_hosting_location(text[part.end() :]) != d.MAINLAND_CHINA:
        # "only one of the two ECS moves to Tokyo": the rest stay where they were (a part moved
        # into mainland China changes what applies)
        return True
    if HOSTING_TALK.search(_USERS_PLACES_LISTED.sub(" ", text)):
        return False
    if tells_where_the_people_are(message) or _A_PRESENCE_PLANNED.search(text):
        return True
    return bool(_A_PLACE_THAT_IS_NO_FACT.search(text)) and not A_PRESENCE_WORD.search(text)


# Where something is to be fast: its users' place, not the site's ("to be faster in china")
_WHERE_IT_IS_FAST = (
    # (or blocked or reached there: "could our page get blocked in China without one?")
    r"\b(?:faster|quicker|fast|slow|slower|speedier|snappier|latency|blocked|banned|censored|"
    r"throttled|reachable|accessible|inaccessible|visible|unreachable)\s+"
    r"(?:[\w']+\s+){0,2}?(?:in|for|across)\s+(?:the\s+)?"
)


def place_as_the_sites(place: str, message: str) -> Optional[str]:
    """Where the site is hosted, from a place a follow-up names with no server ("and to shanghai?",
    "it's actually ap-southeast-1 (Singapore)", "if we go HK, can we still use Alibaba CDN?"): in
    a conversation on where a site is hosted, the place is the site's, unless the message says
    whose else it is. None then, and when the place is not read as today's or the case put."""
    text = clean_text(message)
    users = [m.span() for m in _USERS_PLACES_LISTED.finditer(text)]
    named = [m.start() for m in re.finditer(r"\b" + re.escape(clean_text(place)) + r"\b", text)]
    if users and named and all(any(a <= at < b for a, b in users) for at in named):
        # "most of our customers are in Shanghai and Beijing. Does that matter?" (not a place
        # named for the site too: "Frankfurt only, chinese users just hit frankfurt")
        return None
    if _back_to(re.escape(clean_text(place)), text):
        # (whatever else the message tells: "ok back to the mainland one, which province? we have
        # a branch in jiangsu")
        return read_hosting(place, message, place_alone=True)
    if _NOT_THE_SITES_PLACE.search(text):
        return None
    if names_an_area(place) and CDN_TALK.search(text):
        return None
    bare = re.sub(r"^(?:in|from|for|across)\s+(?:the\s+)?", "", clean_text(place))
    fast = len(re.findall(_WHERE_IT_IS_FAST + re.escape(bare) + r"\b", text))
    if fast and fast == len(re.findall(r"\b" + re.escape(bare) + r"\b", text)):
        return None  # where it should load fast: "just to be faster in china"
    if re.search(r"['\"‘“]\s*" + re.escape(clean_text(place)), text):
        return None  # a setting's name, quoted: "same if we switched to 'Mainland China only'?"
    if named and all(
        _PEOPLE_NAMED_AFTER.match(text[at + len(clean_text(place)) :]) for at in named
    ):
        return None  # people there, by the place's name: "our Shenzhen shoppers say it's slow"
    return read_hosting(place, message, place_alone=True)


# People named after a place: "Shenzhen shoppers", "Beijing-based customers"
_PEOPLE_NAMED_AFTER = re.compile(rf"(?:-based)?\s+(?:{PEOPLE_SERVED}|people|staff|team)\b")


_CHOICE_OPENING = r"(?:^|[.!?;]\s*)(?:(?:ok|okay|fine|alright|right|well|so|then|great|cool)\W+)*"
_CHOOSING = (
    r"\b(?:go|going|goes|went|opt|opted|opting)\s+(?:with|for)\s+|"
    r"\b(?:choose|chose|chosen|pick|picked|select|selected|settle on|settled on)\s+"
)


def chooses_a_place(place: str, message: str) -> bool:
    """`message` tells a choice of `place` ("ok HK it is. no ICP needed there?", "we'll go with
    Singapore then, anything to file?", "ok back to the mainland one", "so hong kong would be fine
    without any filing?", "once its in hk, ..."): after an answer weighing where to host, the
    place chosen is the site's, even beside a question of its own."""
    text, where = clean_text(message), re.escape(clean_text(place))
    return bool(
        re.search(_CHOICE_OPENING + where + r"\s+it\s+is\b", text)
        or re.search(r"(?:" + _CHOOSING + r")(?:the\s+)?" + where + r"\b", text)
        # ("ok we'll take Shanghai then"; not "take Shanghai customers", "it will take Shanghai a
        # week", "take Shenzhen out")
        or re.search(
            r"\b(?:we(?:'ll| will)|let's|i(?:'ll| will)|ok|okay|fine|so)\s+(?:just\s+)?take\s+"
            r"(?:the\s+)?" + where + r"(?:\s+(?:one|region))?\s*(?:then\b|instead\b|[,.;!?]|$)",
            text,
        )
        # kept alone, opening its clause: "Frankfurt only + a CDN?", "stay tokyo-only", "after
        # that only silicon valley" (not "a CDN covering only Europe")
        or re.search(
            r"(?:^|[.!?;,:+]\s*|\b(?:ok|okay|so|then|and|just|after that)\s+)"
            r"(?:(?:keep|stay|remain)\s+(?:with\s+|in\s+|on\s+)?(?:the\s+)?" + where + r"\b|"
            r"only\s+(?:the\s+)?" + where + r"\b|" + where + r"[\s-]+only\b|"
            # ("and the KL one alone? no cdn")
            r"(?:the\s+)?" + where + r"(?:\s+(?:one|server|ecs|box|instance))?\s+alone\b)",
            text,
        )
        or _back_to(where, text)
        # a place put to be checked, no filing there: "so hong kong would be fine without any
        # filing?", "is hong kong really exempt then?" (checked for the filing only: not "hong kong
        # is fine by our boss but ...", "is hong kong good for seo?")
        or re.search(
            r"(?:^|[.!?;,]\s*|\b(?:so|then|and|ok|okay)\s+)(?:(?:is|would|will)\s+)?(?:the\s+)?"
            + where
            + r"(?:\s+(?:servers?|ecs|region|hosting|one))?"
            r"\s+(?:(?:would|will|should)\s+be\s+|is\s+|are\s+|really\s+)*"
            r"(?:(?:fine|ok|okay|good)\s+(?:without|with no)\s+(?:any\s+|an?\s+|the\s+)?"
            r"(?:icp|beian|filing)\b|exempt\b)",
            text,
        )
        # ... or a filing asked of it: "does hong kong come with any icp requirement at all?"
        or re.search(
            r"(?:^|[.!?;,]\s*|\b(?:so|then|and|ok|okay)\s+)(?:does|do|would|will)\s+(?:the\s+)?"
            + where
            + r"(?:\s+(?:servers?|ecs|region|hosting|one))?\s+(?:(?:then|also|still)\s+)?"
            r"(?:come with|have|need|require|carry)\s+(?:any|an?)\s+(?:icp\s+|filing\s+|beian\s+)?"
            r"(?:requirements?|obligations?|icp|filing|beian)\b",
            text,
        )
        # ... or the site put there, as a case: "once its in hk, visitors from mainland can still
        # open it without a filing, yes?" (the site's or its server's, not people there: "after we
        # are in beijing for the audit")
        or re.search(
            r"\b(?:once|when|after)\s+(?:it'?s|it\s+is|the\s+(?:site|website|server|ecs|shop)\s+is)"
            r"\s+(?:hosted\s+|moved\s+)?(?:in|on|to)\s+(?:the\s+)?" + where + r"\b",
            text,
        )
        # ... or the writer's move there, decided: "alright, then we move it to hong kong. is the
        # icp topic closed for us then?"
        or re.search(
            # (a move to come is a plan, not a choice made: "we will move the shop to ...")
            _CHOICE_OPENING + r"(?:we|i)\s+(?:just\s+|simply\s+)?"
            r"(?:move|migrate|relocate|shift|put)\s+(?:it|the\s+(?:site|website|server|servers|ecs|"
            r"shop)|our\s+(?:site|website|server|servers|ecs|shop)|everything)\s+(?:over\s+)?to\s+"
            r"(?:the\s+)?" + where + r"\b"
            # (not with a time to come: "so we move the server to Singapore next year")
            r"(?![^.?!]{0,30}\b(?:next|later|soon|eventually|someday|tomorrow|in\s+\d+|in\s+a\s+"
            r"(?:few|couple))\b)",
            text,
        )
    )


def _back_to(where: str, text: str) -> bool:
    """Back to one set-up weighed before, named by its place: "ok back to the mainland one, which
    province?" (`where`: the place as a pattern; `text` cleaned)."""
    return bool(
        re.search(
            r"\bback\s+to\s+(?:the\s+|our\s+)?" + where + r"\s+(?:one|server|servers|ecs|option|"
            r"case|setup|set-up|version|plan)\b",
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
        or in_a_quoted_rule(value, message)
        or speaks_of_anyone(message)
        or asks_of_sites_in_general(value, message)
        # (not a copy of software or data: whether a mainland replica counts is unsure, and the
        # place told before is then asked again)
        or (names_no_server(value, message) and not _A_COPY.match(clean_text(value)))
        or _only_for_the_filing(value, message)
        or _asked_for(value, message)
    )


_A_COPY = re.compile(r"(?:mirrors?|replicas?)\b")


# A server ended, or to be: "retired", "gets decommissioned", "shut down the ..." (not "had":
# "what if we had one in Chengdu?" puts a case)
# The verbs that end a server, shared by the readers of a place whose server is gone
_ENDING_A_SERVER = (
    r"decommission\w*|terminat\w*|retir(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|delet\w*|"
    r"remov\w*|drop(?:s|ped|ping)?|scrap\w*|cancel\w*|ditch\w*|"
    # (a server closed, not one close to somewhere: "close the beijing ECS")
    r"clos(?:e|ed|es|ing)(?=\s+(?:down\s+)?(?:the|our|that|this|those|these|it|them)\b)"
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
    clause = clause_with(place, message)
    return (
        bool(_SERVER_ENDED.search(clause))
        # (a server's or a site's, not traffic or updates: "our traffic from Shanghai dropped";
        # "delete the beijing landing page")
        and bool(
            _SERVER_WORDS.search(clause)
            or re.search(r"\b(?:ones?|pages?|sites?|websites?|shops?|stores?)\b", clause)
        )
        and find_words(clause, MAINLAND_PLACES + OUTSIDE_PLACES) is not None
        and not names_no_place_of_the_site(place, message)
    )


# Today set against a plan: "next year we open a branch. for now which province do we file?"
FOR_NOW = re.compile(
    NOW_WORDS.pattern + r"|\b(?:for the time being|at the moment|already|meanwhile|in the meantime|"
    r"until then|till then|as things stand)\b"
)


# A second verb joined to a clause: "drop the Beijing ECS and host in the Dubai region" tells of
# two servers, each with its own verb
_AND_ANOTHER_VERB = re.compile(
    r"\s+(?:and|then|and then)\s+(?=(?:(?:we|i)\s+)?(?:host|run|put|move|use|go|keep|deploy|"
    r"serve|launch|spin up|set up|buy|rent|switch|stay)\b)"
)


def _own_part(value: str, clause: str) -> str:
    """The part of `clause` that holds `value`'s place when the clause joins two verbs, each with
    its own place ("what if we drop the beijing ecs and host in the dubai region": the server
    dropped is Beijing's, not Dubai's); the whole clause otherwise."""
    parts = _AND_ANOTHER_VERB.split(clause)
    place = find_words(clean_text(value), MAINLAND_PLACES + OUTSIDE_PLACES)
    if len(parts) < 2 or place is None:
        return clause
    holding = [part for part in parts if find_words(part, (place.group(0),))]
    return holding[0] if len(holding) == 1 else clause


# Sites spread over places, listed: "some on ECS Hangzhou, some in HK, a few in Virginia"
_SITES_SPREAD = re.compile(
    r"\bsome\s+(?:of\s+them\s+|are\s+|run\s+|sit\s+)?(?:on|in)\b[^.?!;]{0,40}?[,;]\s*"
    r"(?:and\s+)?(?:some|others?|a few|the rest)\s+(?:of\s+them\s+|are\s+|run\s+|sit\s+)?"
    r"(?:on|in)\b"
)


# Advice named right after a place: "alibaba cloud hongkong recommendation" (what is advised, not
# where the site is)
# (not "Hong Kong (recommended by your sales team)", "Shanghai, suggested by our partner")
_ADVICE_AFTER = re.compile(r"\s+(?:recommendations?|suggestions?|advice)\b", re.IGNORECASE)


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
    # (a phrase found across two verbs is the last one's: "[ECS and host in the Dubai] region"
    # of "drop the Beijing ECS and host in the Dubai region")
    value = _AND_ANOTHER_VERB.split(value)[-1] or value
    value = _with_the_word_making_it_a_server(value, message)
    # (a phrase found across two things, the last a server of its own: "[replica and one ECS in
    # cn-shenzhen]" of "plus a read replica and one ECS in cn-shenzhen")
    if _A_COPY_FIRST.match(clean_text(value)) and not _SERVER_ENDED.search(
        CLAUSES.split(words_around(value, message)[0])[-1]
    ):
        value = _AND_ANOTHER_SERVER.split(value)[-1] or value
    if (
        is_general_comparison(message)
        # (its own sentence: "we host in tokyo. is hosting in tokyo any different from seoul?")
        or compares_hosting_places(sentence_with(value, message))
        or names_a_filing(value, message)
        or in_a_quoted_rule(value, message)
        or speaks_of_anyone(message)
        or asks_of_sites_in_general(value, message)
        or (_asks_after_a_move(message) and not puts_a_case(value, message))
        # (a follow-up's bare place, after the CDN was switched back on: not a place told with
        # its own verb, "Our website lives in Hong Kong; we'll turn mainland coverage back on")
        or (
            switched_back_on(message)
            and not _A_SITES_PLACE_TOLD.search(clause_with(value, message))
        )
    ):
        return None
    if _SITES_SPREAD.search(clean_text(message)):
        # several sites, each somewhere ("~20 client sites: some on Alibaba Cloud Hangzhou, some
        # in HK, a few in Virginia"): no one site's place, the answer given for each case
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
    if _runs_only_something_else(value, message):
        return None  # "... an ecs in beijing but it only runs our data pipeline" beside the site's
    if _asked_for(value, message):
        return None  # "do we have to buy a server in mainland ...?": asked for, not had
    if not_a_sites_place(value, message):
        return None
    if _GOES_WITH.search(clean_text(value)) and not _A_PLACE_CHOSEN_ENDS.match(
        words_around(value, message)[1]
    ):
        return None  # "we're going with a Shanghai-based agency": a supplier, not a server
    elided = _elided_subject(value, message)
    if COMPANY_WORDS.search(elided) and not HOSTING_TALK.search(elided):
        return None  # "our company was founded in Shanghai and is now in London"
    if VERB_FIRST.match(clean_text(value)) and NOW_WORDS.search(clean_text(value)):
        # a place from its verb on ("is now in the US"): its subject, in its clause or the one
        # before, says whose place it is ("our origin used to be ... but", not "the company")
        subject = CLAUSES.split(words_around(value, message)[0])[-1].strip() or elided
        if not HOSTING_TALK.search(subject) or COMPANY_WORDS.search(subject):
            return None
    region = _region_named(value, message)
    # (a place a follow-up names alone is the site's, `place_as_the_sites`)
    if region == value and not place_alone and _names_only_a_site(value, message):
        return None
    value = region
    if re.search(r"\b(?:mainland|china)\W*$", clean_text(value)):
        value = with_what_follows(value, message)  # "mainland" + " Europe (Frankfurt region)"
    clause = clause_with(value, message)
    for_a_client = asks_for_a_client(message) or asks_of_a_clients_site_beside_our_own(message)
    if (SOMEONE_ELSES.search(clause) and not for_a_client) or _ANOTHER_CASE.search(clause):
        return None
    if (
        A_SITE_OF_OUR_OWN.search(clause)
        and not SOMEONE_ELSES.search(clause)
        and asks_of_a_clients_site_beside_our_own(message)
    ):
        return None  # "our own site runs on ecs hk ... do they [the client] need icp?"
    if _ANYONES_CASE.search(clause) and FIRST_PERSON.search(clean_text(message)):
        # "if a company hosts in Shenzhen ..., do they need icp? we are on Singapore ourself": a
        # case beside the writer's own (alone, it is the scenario asked about)
        return None
    plan_read = (
        puts_a_case(value, message)
        or a_plan_asked_about(value, message)
        or a_plan_changed_to(value, message)
    )
    if (FUTURE_WORDS.search(clause) and not plan_read) or of_the_past(_own_part(value, clause)):
        return None
    if re.search(r"\bsat\b", clean_text(value)) and not re.search(
        r"\b(?:if|suppose|supposing|say|imagine)\b[^.?!]*\bsat\b", sentence_with(value, message)
    ):
        return None  # "our server sat in Beijing for a year before we moved it" (not "what if")
    if _LEFT_BY_A_MOVE.search(words_around(value, message)[0]):
        return None  # "we migrated off Huawei Cloud Chengdu to Alibaba Cloud Tokyo"
    if then_now(clause, CLAUSES.split(rest_of_sentence(value, message))[1:]):
        return None  # "the backend was in Beijing and is in Frankfurt now"
    if WAS_THERE.search(clause) and (
        MOVED_TO.search(clean_text(message)) or _MOVING_TO.search(clean_text(message))
    ):
        # "we moved the servers to Singapore. Original post: ... was on ECS Beijing", "(it was on
        # a box in Tokyo). Now we're moving to ECS in Shenzhen"
        return None
    if ADVICE.search(CLAUSES.split(words_around(value, message)[0])[-1]):
        return None  # "support suggests running the site on Hong Kong ECS"
    if _ADVICE_AFTER.match(words_around(value, message)[1]):
        return None  # "no icp filing what happens alibaba cloud hongkong recommendation"
    if _TOLD_WE_NEED.search(words_around(value, message)[0]):
        return None  # "we were told we'd need ICP AND an ECS in China"
    if (
        (
            filing_out_of_reach(message)
            or forgoes_the_filing(message)
            or lacks_documents(clean_text(message))
            # a note or heading: "No ICP Filing? Hong Kong ECS as the fallback"
            or _NO_FILING_NOTED.search(clean_text(message))
        )
        and _A_WAY_OUT.search(
            clause_with(value, message)
            + " "
            + rest_of_sentence(value, message)
            # (or labelled so just before it: "fallback: HK ECS")
            + " "
            + re.split(r"[.?!;]", words_around(value, message)[0])[-1][-20:]
        )
        and not _RUNS_THERE.search(clause_with(value, message))
    ):
        return None  # "Hong Kong ECS instances are the usual fallback if you cannot file" (not
        # "so the site runs on Hong Kong ECS instead")
    if _A_SUGGESTION.match(clean_text(value)) and sentence_with(value, message).rstrip().endswith(
        "?"
    ):
        return None  # "so we should just go with hk ecs, right?": a choice checked, not had
    if _an_option_asked(value, message) or (
        _PUT_FORWARD.match(rest_of_sentence(value, message))
        and not _RUNS_THERE.search(clause_with(value, message))
    ):
        return None  # "cant finish icp, use HK ecs?"
    if ENDED_LATER.search(rest_of_sentence(value, message)):
        return None  # "we bought an ECS in Nanning last year but deleted it"
    if _ENDED_JUST_BEFORE.search(words_around(value, message)[0]):
        return None  # "what if we turn off the hangzhou one?": gone, so asked again
    if NO_LONGER.search(clause) and not NO_LONGER.search(clean_text(value)):
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
        if plan_read and not is_dont_know(clean_text(marked))
        else to_hosting_location(marked)
    )
    if read is None or marked.startswith("not "):
        return read  # "we don't have servers in Beijing and Shanghai": no place joined is read
    joined = places_joined(value, message) + " " + places_joined_before(value, message)
    return _with_joined(read, joined.strip())  # any in mainland China counts


@reads_fact(Fact.HOSTING_LOCATION)
def to_hosting_location(text: str) -> Optional[str]:
    """Where the website is hosted. Any server in mainland China makes the mainland rules apply
    ("ECS in Hangzhou, CDN outside China" -> mainland); places of the company or the users, the
    past, a plan, and a general question comparing places ("mainland needs one but Hong Kong
    doesn't, right?") say nothing about where the user's own site is hosted today."""
    return _hosting_read(text)


def place_of_a_plan(phrase: str) -> Optional[str]:
    """Where a hosting phrase puts the site, its plan read as the case ("move the site to
    Shanghai next year" -> mainland)."""
    return _hosting_read(clean_text(phrase), as_a_case=True)


# A host named by its kind between the hosting and its place, which it adds nothing to: "not
# hosted with a provider in China" reads as "not hosted in China"
_HOST_BY_ITS_KIND = re.compile(
    r"\b(?:at|with|by)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + words_pattern(HOST_KINDS)
    + r"|hosting\s+(?:company|firm))\s+(?=in\b)"
)


# A server denied, the place after it: "we don't have a server in mainland china" reads as "no
# server in mainland china" (the negation otherwise too far from the place)
_A_SERVER_DENIED = re.compile(
    r"\b(?:don't|dont|do not|doesn't|doesnt|does not|haven't|have not|didn't|did not)\s+"
    # (a server had: not "we don't need a server in Beijing if we use the CDN", "we don't rent a
    # server in Shanghai, we own one there")
    r"(?:have|run)\s+(?:a|an|any|one)\s+(?:single\s+)?"
    rf"(?P<server>(?:{SERVER_WORDS}))\s+(?=(?:in|inside|within|on)\b)"
)


def _hosting_read(text: str, as_a_case: bool = False) -> Optional[str]:
    """`to_hosting_location` of cleaned text; for a case put ("and if we move ecs to sg?") a
    move or plan in it is the case asked about, read as such."""
    text = _A_SERVER_DENIED.sub(r"no \g<server> ", _HOST_BY_ITS_KIND.sub(" ", text))
    clauses = list(hosting_clauses(unname_china(text)))
    places = [c for c in clauses if find_words(c, MAINLAND_PLACES + OUTSIDE_PLACES + OUTSIDE_WORDS)]
    if not as_a_case and any(FUTURE_WORDS.search(c) for c in places):
        return None  # "we're moving it to Beijing next month": asked, not assumed
    mainland = outside = hong_kong = False
    for clause in places:
        if NO_LONGER.search(clause):  # "no longer points to a server in mainland China"
            outside |= find_words(clause, MAINLAND_PLACES) is not None
            continue
        if mentioned(clause, OUTSIDE_WORDS):
            outside = True
            hong_kong |= mentioned(clause, HONG_KONG)
            continue  # "outside mainland China" names the mainland only to exclude it
        if negated(clause, OUTSIDE_WORDS):  # "not hosted outside China"
            mainland = True
            continue
        mainland |= mentioned(clause, MAINLAND_PLACES)
        hong_kong |= mentioned(clause, HONG_KONG)
        outside |= mentioned(clause, OTHER_CHINESE_REGIONS + ABROAD)
        outside |= negated(clause, MAINLAND_PLACES) and not mentioned(clause, MAINLAND_PLACES)
    if mainland and (outside or hong_kong) and (is_general(text) or a_choice_of_places(text)):
        return None  # comparing places, or choosing one: not saying where the user's site is
    if mainland:
        return d.MAINLAND_CHINA
    if hong_kong:
        return d.HONG_KONG
    if outside:
        return d.OUTSIDE_MAINLAND
    return None


# An office or company ended just before it is named: "turn off the hangzhou one", "shut down
# our Beijing ECS"
_ENDED_JUST_BEFORE = re.compile(
    r"\b(?:(?:turn\w*|switch\w*|shut\w*|tak(?:e|es|ing)|took)\s+(?:off|down)|"
    + _ENDING_A_SERVER
    + r"|kill\w*|get\s+rid\s+of)\s+(?:the|our|that|this|those|these)?\s*"
    # (words of the same thing only: not "we removed the CDN and host in Hangzhou")
    r"(?:(?!(?:and|or|but|then|so|now|we|i|our)\b)[\w-]+\s+){0,2}$"
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
_WOULD_IT_DO = re.compile(
    r"\b(?:would|could|will|is|does)\s+(?:an?\s+|the\s+|your\s+|alibaba(?:'s)?\s+|aliyun(?:'s)?\s+)?$"
)
_DO_AFTER = re.compile(
    r"\s*(?:work|do|help|be (?:ok|okay|fine|allowed|an option|better|enough)|an option|"
    r"a (?:good |better )?(?:option|way|solution|alternative)|ok|okay|allowed|enough|"
    # ("... be a valid alternative for China users?")
    r"be an? (?:valid |viable |good |real |possible |workable )?(?:option|alternative|solution|"
    r"way|fallback|workaround)\b[^.?!]{0,40})\s*\?"
)


def _an_option_asked(value: str, message: str) -> bool:
    before, after = words_around(value, message)
    clause_before = CLAUSES.split(before)[-1]
    if re.search(r"\band\s*$", before[: len(before) - len(clause_before)]):
        return False  # "we host in Germany and use Beijing ECS?": what is used, then a question
    return bool(
        (
            (_AN_OPTION_BEFORE.search(clause_before) or _PUT_AS_A_QUESTION.search(before))
            and _ASKED_RIGHT_AFTER.match(after)
        )
        or (_WOULD_IT_DO.search(clause_before) and _DO_AFTER.match(after))
    )
