"""The CDN's coverage (`to_cdn_coverage`, `read_cdn`): whether it covers mainland China.

Any coverage of mainland China counts ("mainland and international"). Alibaba Cloud's "Global"
acceleration area includes mainland China; a "global CDN" of no named provider is not taken for
international only (it is asked).
"""

import re
from typing import Optional

from actions import decision as d
from actions.decision import Fact
from actions.fact_words import (
    ADVICE,
    CDN_TALK,
    CLAUSES,
    COMPARED,
    FIRST_PERSON,
    FUTURE_WORDS,
    HOSTING_TALK,
    MAINLAND_PLACES,
    OUTSIDE_PLACES,
    PEOPLE_SERVED,
    REACH_WORDS,
    UNTIL_LATELY,
    clause_with,
    clean_text,
    find_words,
    negation_marked,
    reads_fact,
    rest_of_sentence,
    sentence_with,
    with_what_follows,
    words_around,
    words_pattern,
)
from actions.general_or_own import (
    denied_next,
    is_general_comparison,
    speaks_of_anyone,
    weighs_set_ups,
)
from actions.hosting_facts import (
    in_a_quoted_rule,
    puts_a_case,
)
from actions.places import CDN_PROVIDERS

# Where a CDN reaches, as opposed to the CDN named: its coverage, nodes, regions
_CDN_REACH = re.compile(rf"\b(?:{REACH_WORDS}|regions?|only|serves?|serving)\b")


_FOR_GOOD = r"(?!\s+(?:for|in|on|from|during|while|until|till|but)\b)(?![^.?!]{0,40}\bback on\b)"
_CDN_NONE = re.compile(
    r"\b(?:no|without)\s+(?:a\s+|any\s+)?cdn\b|\b(?:don't|dont|do not|not|never|aren't|arent)\s+"
    r"(?:use|using|have|need|plan to use)\b|^\s*(?:none|no|nope|nah)\s*[.!]?\s*$|\bno cdn\b|"
    # "CDN not used", "cdn: none"
    r"\bcdns?\s+(?:is\s+|are\s+)?(?:not|n't)\s+(?:used|needed)\b|\bcdns?:\s*(?:none|no)\b|"
    # (set as a field, or back to none: "CDN = none", "revert CDN to none")
    r"\bcdns?\s*(?:=|to)\s*(?:none|no|off)\b|"
    # the CDN itself dropped: "drop the cdn entirely", "switched off our CDN"
    r"\b(?:drop\w*|remov\w*|ditch\w*|disabl\w*|scrap\w*|cancel\w*|skip\w*|"
    r"(?:turn|switch|shut)\w*\s+off)\s+"
    r"(?:(?:the|our|that|this|alibaba|aliyun|cloud)\s+){0,2}cdns?\b|"
    # ... said the other way round or of the CDN, or stopped ("turned the cdn off", "the CDN is
    # switched off", "stop using the CDN", "without the CDN"; not for the mainland only: "the CDN
    # is disabled for mainland China")
    # (for good, not for a part, a place or a while: "turned the CDN off for testing", "disabled for
    # Europe", "... but it is back on now")
    # (the CDN named by its area too: "if we turned the china cdn off again")
    r"\b(?:turn|switch|shut)\w*\s+(?:(?:the|our|that|this|alibaba|aliyun|cloud|china|chinese|"
    r"mainland|new)\s+){0,3}cdns?\s+(?:back\s+)?off\b" + _FOR_GOOD + r"|"
    r"\bcdns?\s+(?:is\s+|was\s+|were\s+|are\s+|got\s+|gets\s+|being\s+)?(?:switched off|"
    r"turned off|shut off|shut down|disabled|removed|dropped|deactivated)\b" + _FOR_GOOD + r"|"
    # ("the cdn is OFF", "cdn's off now")
    r"\bcdns?\s*(?:is|was|are|'s)\s+(?:now\s+|already\s+|currently\s+)?off\b(?!\s+by default)"
    + _FOR_GOOD
    + r"|"
    # (stopped bare only by the writer, not negated: not "we can't stop the cdn", "if alibaba
    # stops the cdn")
    r"(?:\b(?:stop\w*\s+using|get\w*\s+rid\s+of|got\s+rid\s+of|deactivat\w*)|"
    r"(?<!n't )(?<!not )(?<!never )(?<!cannot )\bstop(?:ped)?)\s+"
    r"(?:(?:the|our|that|this|alibaba|aliyun|cloud)\s+){0,2}cdns?\b"
    # (the CDN itself, not a part of it: "stop the cdn cache from expiring")
    r"(?!\s+(?:cache|caching|nodes?|logs?|settings?|config\w*|domains?|console|bill\w*|traffic|"
    r"purge|refresh\w*|rules?|errors?|certificates?|from)\b)" + _FOR_GOOD + r"|"
    # (a case put: "same site without the cdn?", "what if we didn't use a cdn?", "and without the
    # cdn we're fine as is?"; not the CDN for a place or a part left out: "without the CDN for
    # Europe", "without the cdn's mainland nodes")
    r"\bwithout\s+(?:the|our|that|this)\s+cdns?\s*\?|"
    r"^\W*(?:(?:ok(?:ay)?|and|so|but|then)\W+)*without\s+(?:the|our|that|this|a|any)\s+cdns?\b"
    r"(?!'s|\s+(?:for|in|on|to|covering|nodes?|pops?|coverage|acceleration|area|region|part)\b)|"
    r"\b(?:if\s+(?:we|i)\s+(?:didn't|did not|didnt)|wouldn't|would not)\s+use\s+(?:a\s+|any\s+|"
    r"the\s+)?cdns?\b|"
    # ... or set aside for something else: "if instead of the CDN we moved the server"
    r"\b(?:instead of|rather than|in place of)\s+(?:(?:the|our|that|this|a|an|using|alibaba|"
    r"aliyun|cloud)\s+){0,2}cdns?\b"
)
# Any CDN denied in so many words, now or as a plan: "if we dont add any CDN", "we won't use a
# CDN", "not adding any cdn"
_ANY_CDN_DENIED = re.compile(
    r"\b(?:don't|dont|do not|won't|wont|will not|would not|wouldn't|not going to|never|not)\s+"
    r"(?:be\s+)?(?:add|adding|buy|buying|enable|enabling|put|putting|set up|setting up|use|using|"
    r"have|having|need|needing|get|getting)\s+(?:a\s+|any\s+)?cdns?\b(?!\s+(?:for|in|on|to|with|"
    r"that|which|nodes?|pops?|coverage|acceleration)\b)"
)
# A CDN's part for a place: "mainland acceleration", "the mainland coverage"
_CDN_PART = r"(?:acceleration|coverage|nodes?|pops?|region|area|part)"
_CDN_EXCLUDES_MAINLAND = re.compile(
    r"\b(?:not|n't|doesn't|doesnt|does not|don't|dont|never|without|excluding|excl\.?|ex|except|"
    r"excludes|exclude|outside|beyond|all but|everywhere but|but not|leav\w* out|skip\w*|avoid\w*|"
    r"minus)\s+(?:of\s+)?(?:[^\s;.]+\s+){0,3}(?:cover\w*\s+|includ\w*\s+)?(?:the\s+)?"
    r"(?:mainland\s+china|china\s+mainland|chinese\s+mainland|mainland|china|chinese|prc)|"
    # ... or left out by the CDN with the place between: "our CDN plan leaves the mainland out"
    # (not servers that keep it out, nor one that cannot: "we can't leave the mainland out")
    r"\b(?:cdn|plan|acceleration|edge|config\w*|settings?|coverage)\b[^.,;!?]{0,25}?"
    r"(?<!n't )(?<!not )(?<!cannot )\b(?:leav\w*|keep\w*)\s+(?:the\s+)?(?:mainland\s+china|"
    r"china\s+mainland|chinese\s+mainland|mainland|china|prc)(?:\s+(?:part|region|nodes))?\s+out\b|"
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
    before, after = words_around(value, message)
    said_from = _FROM.search(before) or _FROM_INSIDE.search(clean_text(value))
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
    r"[^.?!]{0,40}\b(?:to|on|off)\b|"
    # ... or said with "will", of the CDN or its area (not a server moved, nor "will never switch"):
    # "next quarter we'll switch it to cover mainland china too"
    r"\b(?:will|'ll|shall)\s+(?:(?!never\b|not\b)\w+\s+)?(?:switch|change|set|turn|extend|expand)\s+"
    r"(?:it|the\s+cdn|our\s+cdn|the\s+(?:acceleration\s+)?(?:area|region|coverage))\s+"
    r"(?:(?:to|on)\b[^.?!]{0,30}\b(?:mainland|china|global|cover\w*|includ\w*)|"
    r"off\b)"
)
_THE_SWITCH_ASKED = re.compile(
    r"\b(?:would|will|does|could)\s+(?:that|this|the)(?:\s+(?:switch|change|move))?\b[^.?!]*\?|"
    r"\b(?:after|once)\s+(?:the\s+|that\s+)?(?:switch|change)\b[^.?!]*\?|"
    # (the time of the change named at the question's end: "will we need an icp filing then?")
    r"\b(?:then|at that point|after that|by then|once we do|when we do)\s*\?"
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
    r"there\s+is|there's|"
    # (users or a place reached through it: "we also want to cover mainland users with the CDN")
    r"(?:cover\w*|serv(?:e|es|ed|ing)|reach\w*|accelerat\w*|speed\w*\s+up)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:with|through|via|using))\s+(?:(?:an?|the|our|some|their|its)\s+)?(?:[\w-]+\s+)?$"
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
    if found is None or _CDN_NONE.search(clean_text(message)):
        return None
    if _WEIGHED_AND_DROPPED.search(clean_text(message)):
        return None  # "we evaluated a cdn with china nodes last year and rejected it"
    # ("get rid of the CDN", "stop using our Alibaba CDN": the shared list of verbs that drop one;
    # nor a CDN only asked about: "how does the CDN change the ICP picture for us?")
    before = _PROVIDER_WORDS_AT_THE_END.sub("", clean_text(message[: found.start()]) + " ")
    if _DROPPING_BEFORE.search(before) or not _PUT_IN_BEFORE.search(before):
        return None
    # (nor one never had, not wanted, or only asked about: "we have never used a CDN", "should
    # we use a CDN?")
    clause = re.split(r"[,;.?!]", before)[-1]
    if _NOT_IN_USE.search(clause) or _USE_ASKED.search(clause):
        return None
    return found


# A CDN's stopping denied or someone else's: "we can't stop", "won't", "if alibaba stops"
_NOT_THE_WRITER_STOPPING = re.compile(
    r"(?:n't|\bnot|\bnever|\bcannot|\balibaba(?: cloud)?|\baliyun|\bthey|\bit|\bsupport)\s+$",
    re.IGNORECASE,
)


# CDN areas set against each other, asked: "Global or Global (excluding mainland china)?"
_AREA = r"(?:global|mainland|international|overseas|outside|chinese|china)"
# (or in a sentence of their own, then asked which: "... makes me pick Global or Global (excluding
# Mainland China). Origin is in Frankfurt. Which of those two drags us into ICP filing?")
_AREAS_WEIGHED = re.compile(
    # (the first area not one told before an "and": not "covers mainland China and we may add
    # overseas or global later")
    rf"(?P<areas>\b{_AREA}\b(?:(?!\band\b)[^.?!,;]){{0,40}}?\s+(?:or|vs\.?|versus)\s+[^.?!]{{0,10}}"
    rf"\b{_AREA}\b[^.?!]*)(?:\?|[.!]\s[^?]*?"
    # (which of them, asked after: not "Which province do we file in?")
    r"\bwhich\s+(?:one|of\s+(?:those|these|them|the\s+two)|option|setting|area|region|is|would|"
    r"will|does|do)\b[^.!?]*\?)"
)


# The words just before a choice that make it no choice made
_NOT_CHOSEN_BEFORE = re.compile(
    r"\b(?:against|should\s+(?:we|i)|shall\s+(?:we|i)|instead\s+of|rather\s+than|refused\s+to|"
    r"not|n't|never|whether\s+to|if\s+we\s+should)\s*$"
)


_NONE_TO_COME = re.compile(
    r"\b(?:won't|will not|don't plan to|do not plan to|not planning(?: to)?|not going to)\s+"
    r"(?:be\s+)?(?:use|using|need|have|add|any)\b"
    # (not only until later: "we don't plan to use a CDN until next year")
    r"(?![^.?!]*\b(?:until|till|before|yet|next|later)\b)"
)


def read_cdn(value: str, message: str) -> Optional[str]:
    """The CDN's coverage from `value` (a CDN phrase of `message`), read with the words after it
    ("a CDN for Chinese" + "-speaking users in Europe") and its clause ("we switched off the CDN
    for mainland China": no coverage to go by)."""
    if denied_next(value, message) or _switched_from(value, message):
        return None
    before, after = words_around(value, message)
    if (
        re.search(r"\bglobal\W*\s+region\b", clean_text(value))
        and _THE_SITE_IN_BEFORE.search(before)
        and not CDN_TALK.search(clean_text(message))
        and not _A_CDN_BY_ANOTHER_NAME.search(clean_text(message))
    ):
        return None  # "we're in alibaba cloud's 'Global' region": a server's region, none so named
    if (
        re.search(r"\bcdns?\b", clean_text(value))
        and re.search(r"\b(?:turn|switch|shut)\w*\s+(?:the\s+|our\s+)?$", before)
        and re.match(r"\s*(?:back\s+)?off\b", after)
    ):
        # "if we turned the china cdn off again" (not its nodes: "turn the china nodes off")
        return d.NO_CDN
    cleaned = clean_text(message)
    weighed = _AREAS_WEIGHED.search(cleaned)
    at = cleaned.find(clean_text(value))
    if weighed and weighed.start() - len(clean_text(value)) < at < weighed.end("areas"):
        return None  # "Global or Global (excluding mainland china)? ... what does each mean"
    if GLOBAL_CHOSEN.match(clean_text(value)) and _NOT_CHOSEN_BEFORE.search(before):
        return None  # "we decided against taking the global one", "should we pick global or ..."
    if _MAINLAND_DROPPED.match(clean_text(value)) or (
        # (the verb just before: "suppose we remove the mainland nodes from our CDN")
        re.match(r"(?:chinese|(?:chinese\s+)?(?:mainland|china|prc))\b", clean_text(value))
        and _DROPPING_BEFORE.search(words_around(value, message)[0])
    ):
        return d.INTERNATIONAL_ONLY  # "what if we drop mainland from the cdn"
    if (
        _CDN_NONE.search(clean_text(value))
        and FUTURE_WORDS.search(clause_with(value, message))
        and not puts_a_case(value, message)
        # (not none to come either: "we will not use any CDN")
        and not _NONE_TO_COME.search(clean_text(value))
    ):
        return None  # "we might drop the CDN later": a plan, not the CDN it has
    if _CDN_SWITCH_PLANNED.search(clean_text(message)) and _THE_SWITCH_ASKED.search(
        clean_text(message)
    ):
        return None  # "set to Global (Excluding Mainland China); next quarter we want to switch it
        # to Global. Would that switch mean we need ICP?": which setting is asked about is unsure
    if speaks_of_anyone(message) or in_a_quoted_rule(value, message):
        return None  # "an ICP License is only required if your website is ... delivered via CDN
        # from inside of Mainland China": an article's reader, not the user
    if weighs_set_ups(message) and is_general_comparison(message):
        return None  # "HK server + a cdn for mainland users, vs just one server in shanghai -
        # which setup ...?": a CDN in one of the set-ups weighed, not had
    text = clean_text(message)
    if (
        "?" in text
        and COMPARED.search(text)
        and _CDN_INTERNATIONAL.search(text)
        and _CDN_MAINLAND.search(text)
    ):
        return None  # "any difference between international CDN and CDN in mainland China?"
    if UNTIL_LATELY.search(clause_with(value, message)) or _SWITCHED_AWAY.match(
        rest_of_sentence(value, message)
    ):
        return None  # "up to last month we used only the international CDN", "... CDN with
        # mainland nodes but switched it to international-only": what it was, not what it is
    if _WAS.search(clause_with(value, message)) and _CHANGED_NOW.search(
        words_around(value, message)[1]
    ):
        return None  # "our CDN was Chinese mainland only. Now moving the CDN to outside-mainland
        # only": what it was, the coverage it is moved to read from its own words
    before = _A_SETTING_OPENS.sub("", words_around(value, message)[0])
    if _OPTIONS_LISTED.search(clean_text(value)) or _OPTIONS_LISTED.search(
        re.split(r"[.!?;]", before)[-1]
    ):
        return None  # "the acceleration region dropdown has 'Global' and 'Global (excluding
        # mainland China)'": the settings offered, not the one picked
    if _AREA_OR_BEFORE.search(before) or _OR_AREA_AFTER.match(words_around(value, message)[1]):
        return None  # "Mainland China Only or Global?": a choice, not the CDN's area
    if _SET_AGAINST.search(before) or _WEIGHING.search(CLAUSES.split(before)[-1]):
        return None  # "the price difference vs international-only?", "comparing alibaba CDN intl
        # only vs incl mainland": compared, not had
    if _AN_EXCEPTION.search(CLAUSES.split(words_around(value, message)[0])[-1]):
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
    if _ANOTHER_PARTYS.search(words_around(value, message)[0]):
        return None  # "our Chinese partner's CDN covers mainland China": not the user's
    clause_before = CLAUSES.split(words_around(value, message)[0])[-1]
    if ADVICE.search(clause_before) and not _ACTED_ON.search(clause_before):
        return None  # "suggested 'excluding mainland' if they'd rather skip it": advised, not had
        # (not "as support suggested we enabled Alibaba CDN for mainland China")
    gloss = _GLOSS_ASKED.match(words_around(value, message)[1])
    if (
        re.search(r"\bglobal\b", clean_text(value))
        and gloss
        and to_cdn_coverage(gloss.group(0)) == d.INTERNATIONAL_ONLY
    ):
        if GLOBAL_CHOSEN.match(clean_text(value)):
            # the setting chosen by its name, whatever the user takes it for ("if we select the
            # 'Global' coverage, which I assume is just everything outside china?"): Alibaba
            # Cloud CDN's Global area includes mainland China
            return d.INCLUDES_MAINLAND
        return None  # "'Global' - that means outside China, right?": the user's guess, asked
    if re.search(r"\bglobal\W*$", clean_text(value)) and re.match(
        r"^\W*exclud", words_around(value, message)[1]
    ):
        return None  # "'Global" of "'Global (Excluding Mainland China)'": read from the rest
    if re.match(r"stop", clean_text(value)) and _NOT_THE_WRITER_STOPPING.search(
        words_around(value, message)[0]
    ):
        return None  # "we can't stop the cdn, it serves our mainland users too"
    if re.match(r"(?:cdns?|dcdn)\b", clean_text(value)) and re.search(
        r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+){0,2}?any\s+$",
        words_around(value, message)[0],
    ):
        return (
            d.NO_CDN
        )  # "we are NOT using any CDN and nothing is in mainland China": no CDN at all
    read = to_cdn_coverage(negation_marked(with_what_follows(value, message), message))
    if (
        read == d.INCLUDES_MAINLAND
        and GLOBAL_CHOSEN.match(clean_text(value))
        # (not the user's guess of what it means: "which I assume is just everything outside
        # china?", read as the setting it names)
        and not _A_GUESS_AFTER.match(words_around(value, message)[1])
        # (read past an "i.e." or "e.g.": ", i.e. global minus china")
        and _AN_EXCLUSION_AFTER.match(
            re.split(
                r"[.?!]",
                re.sub(r"\b(?:i\.e|e\.g)\.", " ", words_around(value, message)[1]),
            )[0]
        )
    ):
        return None  # "we selected the global coverage, minus mainland": which area is unsure
    if (
        read == d.INCLUDES_MAINLAND
        and re.search(r"\b(?:non|ex|outside|excluding)-\s*$", words_around(value, message)[0])
        and not re.match(r"\s*" + _PEOPLE_GROUP, words_around(value, message)[1])
    ):
        return d.INTERNATIONAL_ONLY  # "a non-" + "China CDN"
    if read == d.INCLUDES_MAINLAND and _CDN_STOPPED.search(clause_with(value, message)):
        return None
    if read == d.INCLUDES_MAINLAND and _NO_MAINLAND_CDN.search(clean_text(value)):
        read = d.INTERNATIONAL_ONLY  # the denial inside the phrase: the reply "no China CDN"
    if (
        read == d.INTERNATIONAL_ONLY
        and _NO_MAINLAND_CDN.search(text)
        and not _A_CDN_USED.search(_NO_MAINLAND_CDN.sub(" ", text))
    ):
        return None  # "no China CDN involved": whether there is a CDN at all is not said
    sentence = sentence_with(value, message)
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


# People, not a place's coverage: "non-Chinese users", "non-China customers"
_PEOPLE_GROUP = rf"(?:{PEOPLE_SERVED}|people|speakers)\b"
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
_A_GUESS_AFTER = re.compile(
    r"^\W*(?:which|that|this|so|it)?\s*(?:(?:i|we)\s+(?:assume|guess|think|believe|thought|"
    r"understand|suppose)\s+)?(?:means?|is|covers?|excludes?|would be)\b[^.!?]*\?"
)
# A CDN named by words CDN_TALK does not hold: "the Global region with DCDN"
_A_CDN_BY_ANOTHER_NAME = re.compile(r"dcdn|alicdn|content delivery")
# The site or its servers said to be in what follows: "we're in alibaba cloud's ..."
_THE_SITE_IN_BEFORE = re.compile(
    r"\b(?:we're|we are|we|(?:our|the)\s+(?:site|website|server|servers|ecs|instances?|shop)\s+"
    r"(?:is|are)|hosted|running|deployed|located)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:(?:alibaba(?:\s+cloud)?|aliyun)(?:'s)?\s+)?(?:the\s+)?\W*$"
)
# The mainland left out just after a setting's name: ", minus mainland", ", i.e. global minus
# china"
_AN_EXCLUSION_AFTER = re.compile(
    # (not the other setting turned down: "plain 'Global', not the one without the mainland")
    r"^(?![^.?!;]{0,20}\bnot\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:one|option|setting|area)\b)"
    # (the mainland's: not "the site itself is hosted outside China", "without any exclusions";
    # nor the excluding area turned down: "not 'Global (excluding mainland China)'")
    r"(?![^.?!;]{0,30}\b(?:not|without|instead of|rather than)\s+\W*(?:global\W*)?"
    r"(?:exclud|except|minus))"
    r"[^.?!;]{0,40}?\b(?:exclud\w*|except\w*|without|minus|but not|not|no|leav\w* out)\s+"
    r"(?:the\s+)?(?:chinese\s+)?(?:mainland|china|prc)\b"
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
# A coverage switched away from later in its sentence
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
    r"(?<!\bnot\s)(?<!n't\s)(?<!never\s)(?<!cannot\s)(?<!nt\s)(?<!not going to\s)(?<!n't want to\s)"
    # (nor one decided against or asked about: "decided against taking the global one", "should
    # we take the global one or ...?")
    r"(?<!\bagainst\s)(?<!\bshould we\s)(?<!\bshould i\s)(?<!\binstead of\s)(?<!\brather than\s)"
    r"(?<!\brefused to\s)"
    # (nor one only possible: "we could switch it to global")
    r"(?<!\bmight\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bwould\s)(?<!'d\s)"
    r"\b(?:enabl\w*|(?:switch(?:ed|ing)?|flip(?:ped|ping)?|chang(?:e|ed|ing)|set(?:ting)?)\s+"
    r"(?:it\s+|that\s+|the\s+(?:cdn|area|region|setting)\s+)?(?:back\s+)?to|use|using|pick\w*|choos\w*|chose|go(?:ing)?\s+with|"
    r"select\w*|turn\w*\s+on|take|taking|opt\w*\s+for|settl\w*\s+on|stick\w*\s+with)\s+(?:the\s+)?(?:plain\s+|normal\s+|regular\s+|standard\s+|"
    r"full\s+)?['\"‘“]?global['\"’”]?(?:\s+(?:one|option|setting|area|coverage)\b|"
    # (or bare, the area's name ending the choice: "and if we pick global anyway, ...")
    r"(?=\s*(?:anyway|instead|then|after all)\b|\s*[,?!]|\s*$|"
    # (or said of the CDN: "we picked 'Global' for the CDN")
    r"\s+for\s+(?:the\s+|our\s+)?(?:cdn|acceleration)\b|"
    # (or when it was switched: "it was switched to plain Global last week" is today's area)
    r"\s+(?:last\s+(?:week|month|night|friday|monday)|yesterday|recently|earlier\s+today|"
    r"(?:a\s+few|a\s+couple\s+of|\d+|two|three)\s+(?:days|weeks|months)\s+ago)\s*(?:[.,;!?]|$)))"
    # (nor another service's: "the global setting in our DNS provider")
    r"(?!\s+(?:in|on|of|at|for)\s+(?:our|the|their|my)\s+"
    r"(?![^.?!,;]{0,25}\b(?:cdn|acceleration|content delivery|alibaba|aliyun)\b)\w+)|"
    # ... or switched to in a case put, the area's name last ("if marketing switches it to plain
    # Global later"; not "we could switch the CDN to global, we said no")
    r"\b(?:if|suppose|when|once)\b[^.?!,;]{0,30}?(?<!\bnot\s)(?<!n't\s)(?<!could\s)(?<!might\s)"
    r"\bswitch(?:es|ed)?\s+(?:(?:it|that|this|the\s+(?:cdn|area|region|setting))\s+)?to\s+"
    r"(?:the\s+)?(?:plain\s+|normal\s+|regular\s+|standard\s+|full\s+)?['\"‘“]?global['\"’”]?"
    r"(?=\s*(?:(?:later|instead|then|after all|too|again|eventually)\s*)?(?:[,;.!?]|$))|"
    # ... or put right after the other area was told: "sorry, I meant just 'Global', not the
    # excluding one", "it's actually the plain Global one, not ...", "area is now plain 'Global'"
    # (not "I meant a global CDN")
    r"(?:\b(?:i|we)\s+meant|\b(?:it'?s|its|it is|(?:the\s+)?(?:acceleration\s+)?(?:scope|area|"
    r"region|setting)\s+is)\s+(?:actually|really|in fact)|"
    # (the CDN's area set anew: not "it's now global", "our sales region is now global")
    r"(?:the\s+)?(?:(?:acceleration|cdn|coverage)\s+(?:area|region|scope)|area|scope)\s+is\s+now)\s+"
    r"(?:just\s+|only\s+|simply\s+)?(?:the\s+)?(?:plain\s+|normal\s+|regular\s+|standard\s+)?"
    r"['\"‘“]?global['\"’”]?(?:\s+(?:one|option|setting|area|region))?"
    r"(?=\s*(?:[,;.!-]|$|\bnot\b))(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside))",
    re.IGNORECASE,
)
# Alibaba Cloud CDN's acceleration area set to "Global", which includes mainland China (not
# "Global (Excluding Mainland China)", and not a "global CDN" in general: asked).
_GLOBAL_AREA = re.compile(
    GLOBAL_CHOSEN.pattern + "|"
    # (or the CDN set to it, as a field: "CDN = Global", "cdn: global")
    r"\bcdn\s*[=:]\s*['\"‘“]?global\b"
    r"(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside))|"
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
    # ... or the acceleration named by its quoted setting, the CDN's: "alibaba cdn with 'global'
    # acceleration" (not a "global acceleration" in general, nor one denied or asked about)
    r"\bcdn\s+(?:\w+\s+)?(?:with|using|on|set to)\s+(?:the\s+)?['\"‘“]global['\"’”]\s+"
    r"acceleration\b"
    r"(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside|vs\b|versus|or\b|compared))|"
    # picked or switched to: "Global as the acceleration region", "switching the area to plain
    # Global"
    r"\bglobal\s+as\s+(?:the\s+)?(?:acceleration\s+|cdn\s+)?(?:area|region)\b|"
    # ... or what the setting shows: "the region says Global" (no server region is called so)
    r"\b(?:area|region)s?\s+(?:says|said|shows|showed|reads|displays)\s+['\"‘“]?global\b"
    r"(?!\W*(?:\(\W*)?(?:exclu|excl|ex\b|except|without|minus|but not|outside))|"
    r"\b(?:(?:area|region)s?\s+(?:(?:is\s+|was\s+)?(?:set|switched|changed|configured)\s+)?|"
    # ("alibaba cdn set to Global": Alibaba Cloud CDN's area, not another provider's setting)
    r"(?:alibaba(?:\s+cloud)?|aliyun|alicloud)(?:'s)?\s+cdns?\s+(?:is\s+|was\s+)?"
    r"(?:set|switched|changed|configured)\s+)to\s+"
    r"(?:plain\s+|just\s+|simply\s+)?['\"‘“]?global\b"
    r"(?!\W*(?:\(\W*)?(?:exclud|except|without|minus|but not|outside))"
)


# "Global" named as a CDN's area or acceleration, and that area with the mainland left out in its
# own name ("Global (Excluding Mainland China)", "global CDN except the mainland")
_GLOBAL_NAMED = re.compile(
    # (quoted too: "alibaba's 'global' cdn skips mainland china, right?"; not one denied or set
    # against the CDN told, "we use the cdn without mainland china, not 'global' acceleration")
    r"(?<!\bnot )(?<!\bnot the )(?<!\bunlike )(?<!\bunlike the )(?<!\binstead of )"
    r"(?<!\brather than )(?<!\bno longer on )(?<!\bno longer on the )(?<!\bnot on )"
    r"(?<!\bnot on the )"
    # (a quote is taken with the word: the words before the quote are the ones looked at)
    r"(?:['\"‘“]|(?<![\w'\"‘“]))global['\"’”]?\s+(?:acceleration|cdn|area|region|coverage)\b"
)
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


# No CDN in the mainland, said of the writer's own: "we don't use any CDN in mainland China"
_NO_CDN_IN_THE_MAINLAND = re.compile(
    r"\b(?:(?:don't|do not|dont|won't|will not|wont|not|never)\s+(?:be\s+)?(?:use|using|need|"
    r"needing|have|having|want|add|adding|buy|buying)\s+(?:an?\s+|any\s+)?|no\s+)"
    r"cdn\s+(?:in|inside|within|for|covering|into)\s+"
    r"(?:the\s+)?(?:chinese\s+mainland|mainland\s+china|china\s+mainland|mainland|china|prc)\b"
    r"(?:\s+(?:users?|visitors?|customers?|audiences?))?(?![^.!?,;]*\?)",
    re.IGNORECASE,
)


# A tag that asks what was just said: ", do we?", ", right?"
_A_TAG_ASKED = re.compile(
    r"\s*,\s*(?:do|does|don't|doesn't|is it|isn't it|right|correct)\b[^.!?,;]{0,10}\?"
)


@reads_fact(Fact.CDN_COVERAGE)
def to_cdn_coverage(text: str) -> Optional[str]:
    """CDN coverage. Any coverage of mainland China counts ("mainland and international")."""
    if (
        HOSTING_TALK.search(text)
        and not CDN_TALK.search(text)
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
    no_mainland_cdn = _NO_CDN_IN_THE_MAINLAND.search(text)
    if no_mainland_cdn:
        # "we won't use any CDN inside the mainland": no CDN for users in mainland China (or an
        # international one, told beside it)
        if _A_TAG_ASKED.match(text[no_mainland_cdn.end() :]):
            return None  # "we dont need a cdn in china, do we?": asked, not told
        rest = to_cdn_coverage(
            text[: no_mainland_cdn.start()] + " " + text[no_mainland_cdn.end() :]
        )
        if rest == d.INCLUDES_MAINLAND or _GLOBAL_NAMED.search(text):
            return None  # "... but we do use global acceleration": the words disagree, ask
        return d.INTERNATIONAL_ONLY if rest == d.INTERNATIONAL_ONLY else d.NO_CDN
    switched_off = _CDN_NONE.search(text)
    if (
        switched_off
        and _CDN_MAINLAND.search(switched_off.group(0))
        and not _CDN_MAINLAND.search(
            text[: switched_off.start()] + " " + text[switched_off.end() :]
        )
    ):
        return d.NO_CDN  # "if we turned the china cdn off again": the mainland only its name
    mainland = _CDN_MAINLAND.search(_CDN_EXCLUDES_MAINLAND.sub(" ", text))
    if mainland and _HEDGED_PLACE.search(text):
        return None  # "a CDN in or around mainland China": ask
    if mainland:
        return d.INCLUDES_MAINLAND
    denied = _ANY_CDN_DENIED.search(text)
    if denied and not CDN_TALK.search(text[: denied.start()] + " " + text[denied.end() :]):
        # "would the cn-hongkong region be fine w/o filing if we dont add any CDN?": no CDN at
        # all (the region is the server's)
        return d.NO_CDN
    if _CDN_EXCLUDES_MAINLAND.search(text) or _CDN_INTERNATIONAL.search(text):
        return d.INTERNATIONAL_ONLY
    if _CDN_REACH.search(text) and find_words(text, MAINLAND_PLACES) and not _CDN_NONE.search(text):
        return d.INCLUDES_MAINLAND  # "serving Singapore and Beijing": a mainland city is reached
    if (
        _CDN_REACH.search(text)
        and find_words(_ORIGIN_PLACE.sub(" ", text), OUTSIDE_PLACES)
        and not _CDN_NONE.search(text)
    ):
        # "only Europe and US nodes" (not "a global CDN for our London-hosted site", "CDN with
        # acceleration, origin server in Germany": the place is the site's)
        return d.INTERNATIONAL_ONLY
    if _CDN_NONE.search(text):
        return d.NO_CDN
    return None
