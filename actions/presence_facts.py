"""The company's presence in mainland China (`to_china_presence`, `read_presence`), the ICP
Commercial License (`to_commercial_license`) and the province that issued its Chinese business
license (`to_license_province`).

A branch or office placed outside mainland China, another company's, a partner's, one only
planned, applied for or moved away from is not a presence held today.
"""

import re
from typing import Optional

from actions import decision as d
from actions.decision import Fact
from actions.fact_words import (
    COMPANY_OTHER_NAMES,
    COMPANY_WORDS,
    ENDED_LATER,
    FIRST_PERSON,
    FUTURE_WORDS,
    MAINLAND_PLACES,
    NEGATION,
    NEGATIVE_WORDS,
    ORGANISATION,
    OUTSIDE_PLACES,
    PROVINCE_NAMES,
    REP_OFFICE_PINYIN,
    SOMEONE_ELSE,
    SOMEONE_ELSES,
    clause_about,
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
    yes_no_reply,
)
from actions.general_or_own import (
    GONE_WORDS_PATTERN,
    PAST_WORDS,
    asks_for_a_client,
    denied_next,
)
from actions.hedged_facts import weighs_options
from actions.hosting_facts import (
    A_PRESENCE_WORD,
    A_TIME_BETWEEN,
    FOR_NOW,
    mentioned,
    negated,
    puts_a_case,
)
from actions.places import (
    ABROAD,
    FOREIGN_ADJECTIVES,
    HONG_KONG,
    OTHER_CHINESE_REGIONS,
)

# A presence ended by the verb just before it: "closed the rep office", "dissolve our WFOE",
# "shut down the branch"
_ENDING_IT = re.compile(
    r"\b(?:clos(?:e|ed|es|ing)|shut(?:ting)?(?:\s+down)?|dissolv(?:e|ed|es|ing)|"
    r"deregister(?:ed|s|ing)?|wound up|wind(?:ing)? up|liquidat(?:e|ed|es|ing)|"
    r"g(?:a|i)ve up|giving up|sell(?:s|ing)?|sold|got rid of|get rid of)\s+"
    r"(?:down\s+)?(?:the|our|that|this|its|their|my)?\s*$"
)


# A question of the case a plan makes, asked in the sentence after it: "where do we file then?",
# "what then?", "what changes?"
# The time after a thing is had: "once we have it"
_ONCE_WE_HAVE_IT = (
    r"\bonce\s+(?:we|they|i)\s+(?:have|get|got|hold|receive)\s+(?:it|that|one|them)\b"
)
_ASKED_THEN = re.compile(
    r"^[^.?!]*(?:\bthen\s*\?|\bthen\s+what\b|\bwhat\s+(?:then|changes|would change)\b|"
    r"\b(?:does|would|will)\s+(?:that|this|it)\s+change\b)|"
    # ... or the time after it put first: "Once we have it - ... - where do we file?"
    r"^\W*" + _ONCE_WE_HAVE_IT + r"[^.!]*\?"
)


# ... or asked in the same sentence, after a comma: ", would that work for it?"
_WOULD_IT_DO = re.compile(
    r"^[^.?!]*,\s*(?:and\s+)?(?:would|will|does|could|can)\s+(?:that|this|it)\s+(?:work|do|help|"
    r"count|suffice|be\s+(?:enough|ok|okay|fine|accepted|sufficient))\b"
)


def _a_plan_asked_then(value: str, message: str) -> bool:
    """A presence planned and the case it makes asked about next ("we open a representative
    office in Shanghai next quarter. Where do we file then?"): the plan is the presence asked
    of, not today's (that is "for now")."""
    text = clean_text(message)
    told = sentence_with(value, message)
    if told and _WOULD_IT_DO.search(words_around(value, message)[1]) and not FOR_NOW.search(text):
        return True  # "we could open a rep office in guangzhou, would that work for it?"
    if not told or FOR_NOW.search(text) or "?" in told:
        return False
    if _ENDING_IT.search(words_around(value, message)[0]):
        return False  # a closure planned: "We'll close our rep office in Shanghai next quarter"
    return bool(_ASKED_THEN.match(text[text.find(told) + len(told) :].lstrip()))


# A thing had, as the case asked of: "Once we have it - the office will be registered in Beijing -
# in which province do we apply?"
ONCE_HAD = re.compile(
    _ONCE_WE_HAVE_IT + r"|"
    r"\bonce\s+(?:it|that)(?:'s|\s+is)\s+(?:done|registered|issued|approved|set up)\b"
)


# A presence said to end, just after it: "... in Guangzhou was deregistered", "... had its
# license revoked"
_ENDED_AFTER = re.compile(
    r"\W*(?:[\w-]+\s+){0,3}?(?:was|were|is|gets|got|has been|had been|had|has)\s+(?:\w+\s+){0,2}?"
    r"(?:deregistered|dissolved|closed|revoked|liquidated|struck off|wound up|shut down|"
    r"cancell?ed)\b"
)


# A case whose "had" is supposed, of anyone: "and if what they had in Suzhou was only a rep
# office?" (not a case put of what ended: "if they closed the rep office last year")
_SUPPOSED = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|then|now)\W+)*(?:what\s+if|if|suppose|supposing|say)\s+"
    r"(?:(?!closed|shut|dissolved|sold|last|ago|used to|previously|formerly|deregister|revok|"
    r"cancel|liquidat|wound up|struck off|expired|lapsed|removed|in \d{4})[^.?!])*[.?!]?\s*$"
)


_NOTHING_NOW = re.compile(
    r"\b(?:nothing|none|no presence|no office|no entity)\s+(?:now|left|any ?more|today|there|yet)\b"
)


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
# (not one's own office's: "the registration certificate of our permanent rep office")
_A_CERTIFICATE_OF = re.compile(
    r"\b(?:certificate|registration)\s+of\s+(?:(?!(?:our|my|its|their)\b)[\w-]+\s+){0,3}$"
)
# ... which the writer has ("We got the Registration Certificate of Foreign Enterprises Permanent
# Office for our office in Xiamen")
_A_CERTIFICATE_HAD = re.compile(
    # (by the writer or its office: not "do we need to have ...", "companies with ...")
    r"\b(?:we|i|(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:office|company|branch|entity)(?:\s+in\s+[\w-]+)?)"
    r"\s+(?:already\s+|now\s+|finally\s+|just\s+)?(?:have|has|had|got|hold|holds|obtained|"
    r"received|'ve got)\s+(?:the\s+|a\s+|our\s+|that\s+)?(?:registration\s+)?$|"
    r"\b(?:we've|i've)\s+(?:already\s+|now\s+|finally\s+|just\s+)?(?:got|obtained|received)\s+"
    r"(?:the\s+|a\s+|our\s+|that\s+)?(?:registration\s+)?$"
)


# (the shared negation, just before: "I don't think we have the ...")
_NOT_BEFORE = re.compile(r"(?<![\w'])" + NEGATION + r"(?:\s+\S+){0,2}\s*$")


def _a_certificate_not_had(before: str) -> bool:
    named = _A_CERTIFICATE_OF.search(before)
    if not named:
        return False
    had = _A_CERTIFICATE_HAD.search(before[: named.start()])
    return not had or bool(_NOT_BEFORE.search(before[: had.start()]))


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
    # (an "ok" of its own asks nothing: "ok, and with only a ban shi chu?" puts the case)
    r"\b(?:possible|allowed|able|enough|(?:(?<=is )|(?<=be )|(?<='s )|(?<=it ))(?:ok|okay))\b"
    r"[^.?!]{0,40}\bwith\s+(?:just|only|merely)\s+"
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
    # ... or what the applicant must be, a kind: "or does it have to be a registered branch?" (not
    # one named: "the applicant has to be our branch company in Wuhan")
    r"\b(?:must|have to|has to|need to|needs to)\s+be\s+(?:an?|any)\s+"
    r"(?:(?!(?:our|the|my|its|their)\b)[\w-]+\s+)?$|"
    # ... and the other of a pair needed: "you need either a branch company or a rep office"
    r"\b(?:need|needs|require|requires)\s+either\b[^.?!;]{0,60}\bor\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$"
)
_TO_BE_SET_UP = re.compile(
    r"(?:\b(?<!had )(?<!managed )(?<!able )(?<!months )(?<!weeks )(?<!years )(?<!days )"
    # (or advised: "our partner suggested we open a representative office")
    r"(?:to|should|would|could|must|can|might|will|shall|or|suggested|suggests|recommended|"
    r"recommends|advised|advises|proposed|proposes)\s+(?:\w+\s+){0,3}?"
    r"(?:set up|setup|establish|open|register|form|incorporate|create|start|found|need|require)|"
    # (the kind had turned into another, asked: "or should we upgrade to a proper branch
    # company?"; not one done, "we were forced to switch to a branch company in 2021")
    r"\b(?:should|shall|would|could|can|must|will)\s+(?:we|i)\s+(?:just\s+|rather\s+|then\s+)?"
    r"(?:upgrade|convert|switch|change|move)\s+(?:it\s+|that\s+)?(?:in)?to|"
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
    r"\b(?:set up|opened|established|registered|founded|incorporated|started|created|got|"
    r"obtained|received|launched)\b"
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


# A kind of presence that a rule is said of ("isnt possible for a ban shi chu", "same as a
# branch"): the kind is the case asked about, whatever negation the rule has
_A_KIND_A_RULE_IS_OF = re.compile(
    # (not one needed or not: "there is no need for a rep office since ...")
    r"(?<!\bneed )(?<!\breason )(?<!\brequirement )(?<!\buse )(?<!\bpoint )"
    r"\b(?:for|to)\s+(?:a|an|any)\s+$|"
    # ... or one that others turn down: "some provinces don't accept a ban shi chu" (their
    # refusal, not the writer's lack)
    r"\b(?:provinces?|they|authorit\w*|bureaus?|miit|government|administrations?|some|many|most|"
    r"cities|regions?)\s+(?:\w+ly\s+)?(?:don't|dont|do not|won't|wont|will not|doesn't|does not|"
    r"never|refuse to|no longer)\s+(?:accept|allow|take|recogni[sz]e|permit|approve)\w*\s+"
    r"(?:an?\s+|the\s+|any\s+)?$"
)
# ... or compared with another kind: "is a representative office the same as a branch company for
# icp purposes?", "... same as a branch": kinds weighed, no one's presence
_A_KIND_COMPARED = re.compile(
    r"\b(?:the\s+)?(?:same as|than|like|unlike|compared to|compared with|as opposed to|"
    r"different from|differs? from)\s+(?:a|an|any|the)\s+$"
)
# ... the first of the two, compared with the other after it
_COMPARED_WITH_ANOTHER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:really|basically|exactly)\s+)?(?:the same as|same as|different "
    r"from|differ(?:ent|s)? from|compared to|compared with|as opposed to)\s+(?:a|an|the|our)?\s*"
    r"(?:[\w-]+\s+)?(?:branch|subsidiary|wfoe|rep(?:resentative)?\s+office|office|ban shi chu|"
    r"company|entity)"
)


# The certificate's word after the office's name ("permanent office| certificate is issued")
_CERTIFICATE_NAMED = re.compile(r"^\s*(?:registration\s+)?(?:certificate|cert)\b")
# ... said to be issued: "is issued in Beijing", "gets approved"
_ISSUED = re.compile(
    r"\s*(?:is|was|gets|got|has been|had been|comes?|came|will be)\s+"
    r"(?:issued|granted|approved|through|ready|done)\b"
)


# The certificate had, by the words before it (not one not got: "if we cannot get the ...")
_CERTIFICATE_HAD_BEFORE = re.compile(
    r"\b(?:have|has|had|got|hold|holding|obtained|received|with)\s+(?:the\s+|a\s+|our\s+|"
    r"that\s+)?(?:permanent\s+)?$"
    # (or got in a case put: "if we did manage to get the permanent office certificate there")
    r"|\b(?:if|once|suppose|say|when(?=\s+(?:we|i)\b))\b"
    r"(?![^.?!,;]{0,30}\b(?:not|never|n't|cannot|can't|cant|unable)\b)[^.?!,;]{0,30}"
    r"\b(?:get|obtain|receive)\s+(?:the\s+|a\s+|our\s+|that\s+)?(?:permanent\s+)?$"
)
_TO_BE_GOT_BEFORE = re.compile(
    r"\b(?:get|obtain|receive)\s+(?:the\s+|a\s+|that\s+)?(?:permanent\s+)?$"
)
_A_TIME_BEFORE = re.compile(
    r"\b(?:once|when|after|as soon as|if)\s+(?:the\s+|our\s+)?(?:permanent\s+)?$"
)


def _the_certificate_had(before: str, after: str, message: str) -> bool:
    """The office's certificate, named between `before` and `after`, is had, today or in the case
    asked."""
    return bool(
        _CERTIFICATE_HAD_BEFORE.search(before)
        # (or to be got, and then had in the case asked: "we'd get the permanent office
        # certificate then. Once we have it ..., in which province do we apply?")
        or (_TO_BE_GOT_BEFORE.search(before) and ONCE_HAD.search(clean_text(message)))
        # (or issued in the case asked: "once the office certificate is issued in Beijing, we
        # file in Beijing, right?")
        or (
            _A_TIME_BEFORE.search(before)
            and _ISSUED.match(_CERTIFICATE_NAMED.sub("", after, count=1))
        )
        # (or the writer's own, said issued: "our Permanent Representative Office registration
        # cert was issued in Shanghai")
        or (
            re.search(r"\b(?:our|my)\s+(?:foreign\s+enterprises?\s+)?(?:permanent\s+)?$", before)
            and _CERTIFICATE_NAMED.match(after)
            and _ISSUED.match(_CERTIFICATE_NAMED.sub("", after, count=1))
        )
    )


def names_no_presence_of_the_users(value: str, message: str) -> bool:
    """The presence phrase `value` says nothing of the user's presence, at any time: anyone's
    ("do foreign companies with only a rep office get ...?"), a kind asked about ("would a ban
    shi chu be enough?"), the certificate's name ("how long does it take to get the Registration
    Certificate of Foreign Enterprises Permanent Office?"), or one to be set up or said to be
    needed ("do we need to set up a WFOE?"). A presence told before still holds after it."""
    before, after = words_around(value, message)
    # (an option joined to one needed or asked of is needed or asked of too: "does a foreign
    # company need a branch company or a rep office in china?")
    before = _A_PRESENCE_OR_BEFORE.sub("", before)
    # (the certificate named short: "getting that permanent office certificate is impossible")
    permanent = re.search(r"\bpermanent\s*$", before) or re.search(
        r"\bpermanent\b", clean_text(value)
    )
    # (unless the certificate is had: "once we have the permanent office certificate from
    # Shenzhen" puts the office as the case)
    certificate_had = _the_certificate_had(before, after, message)
    # (the certificate named by the office's word alone: "how long does the office certificate
    # take?")
    # (not a kind's office before it: "our rep office certificate is from Fujian" has one)
    named_short = re.fullmatch(r"office\s+certificate", clean_text(value)) and not re.search(
        rf"\b(?:rep|representative|liaison|{REP_OFFICE_PINYIN})\s*$|办事处\s*$|代表处\s*$", before
    )
    companies_with = _COMPANIES_WITH.search(before)
    if companies_with and re.search(
        r"\b(?:we(?:'re| are)|i(?:'m| am))\s+$", before[: companies_with.start()]
    ):
        companies_with = None  # the writer's own: "we're a foreign firm with a rep office"
    return bool(
        companies_with
        or _A_KIND_COMPARED.search(before)
        or _COMPARED_WITH_ANOTHER.match(after)
        or _A_KIND_ASKED.search(before)
        or _a_certificate_not_had(before)
        or (
            (permanent or named_short)
            and (named_short or _CERTIFICATE_NAMED.match(after))
            and not certificate_had
        )
        or _TO_BE_SET_UP.search(before)
        or _NEEDED.search(before)
        # (a kind asked to be required: "..., or is a WFOE required?")
        or (bool(_IS_A_BEFORE.search(before)) and bool(_REQUIRED_AFTER.match(after)))
    )


_IS_A_BEFORE = re.compile(r"\b(?:is|are)\s+(?:an?\s+)?$")
_REQUIRED_AFTER = re.compile(
    r"\s*(?:really\s+|also\s+|then\s+)?(?:required|needed|necessary|mandatory|a must)\b"
)


# ... or its only company said to be there: "our only company is in hk", "we only have a company
# in Singapore"
# (the writer's own: not "our partner's only company is in Singapore")
ONLY_COMPANY_ABROAD = (
    r"(?:(?<![\w'’])(?:our|my)\s+only\s+(?:company|entity|legal entity|business|firm)\s+is\s+"
    r"(?:registered\s+|based\s+|incorporated\s+)?in|(?<![\w'’])(?:we|i)\s+(?:only|just)\s+have\s+"
    r"(?:a|one|the)\s+(?:company|entity|business|firm)\s+(?:registered\s+|based\s+)?in)"
)
_REGISTERED_ONLY_ABROAD = re.compile(
    r"only\s+(?:registered|incorporated)\s+in\s+.+|(?:registered|incorporated)\s+(?:only\s+in\s+.+|"
    r"in\s+.+\s+only)|" + ONLY_COMPANY_ABROAD + r"\s+.+"
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


# One kind of presence, then "or" ("vs") another, or the other way round: a choice, not the
# company's
_A_KIND = r"(?:branch|rep\b|representative|wfoe|office|subsidiary|ban ?shi ?chu|joint venture|jv\b)"
_OR_ANOTHER_KIND = re.compile(
    r"\s*,?\s*(?:or|vs\.?|versus)\s+(?:with\s+|through\s+|via\s+|using\s+)?(?:an?\s+|the\s+|our\s+)?(?:\w+\s+)?"
    + _A_KIND
)
_ANOTHER_KIND_OR = re.compile(
    _A_KIND + r"[\w\s]{0,20}?\s+(?:or|vs\.?|versus)\s+(?:with\s+|through\s+|via\s+|using\s+)?"
    r"(?:an?\s+|the\s+|our\s+)?"
    # (the second kind glossed: "branch company or rep office (ban shi chu)")
    r"(?:(?:rep(?:resentative)?\s+)?offices?\s*\(\s*|branch(?:\s+company)?\s*\(\s*)?$"
)

# Two kinds denied with one "no" or "without": "no subsidiary or office in china"
_NONE_OF_THE_KINDS = re.compile(
    r"\b(?:no|without(?:\s+an?|\s+any)?|not\s+(?:have|has|got)\s+(?:an?|any))\s+(?:\w+\s+)?"
    + _A_KIND
    + r"\s*,?\s*(?:or|nor)\s+(?:an?\s+|any\s+)?(?:\w+\s+)?"
    + _A_KIND
)


# What "not anything in China" is of, named after it, when not the company's: "to show you",
# "deployed", "on the CDN side"
_NOT_A_COMPANYS = re.compile(
    r"\s*(?:yet\s+)?(?:to\s+show|deployed|hosted|running|live|online|served|on\s+the\s+(?:cdn|"
    r"server|hosting)|(?:for|on)\s+(?:the\s+)?(?:site|cdn|servers?))\b"
)


def read_presence(value: str, message: str) -> Optional[str]:
    """The company's presence in mainland China from `value` (a presence phrase of `message`):
    read with the words after it ("no office" + " in Singapore") and its clause (a rep office
    that was closed, or one planned for next year, is no presence today)."""
    clause = clause_with(value, message)
    if re.search(r"\banything\b", clean_text(value)) and _NOT_A_COMPANYS.match(
        words_around(value, message)[1]
    ):
        return None  # "we don't have anything in China deployed": servers, not a company
    if _REGISTERED_ONLY_ABROAD.fullmatch(clean_text(value)):
        # "the company is only registered in Hong Kong" (components/scope_decision.py): no company
        # in mainland China, unless the place is one there after all
        return (
            d.NO_PRESENCE if to_license_province(clean_text(value)) == d.OUTSIDE_MAINLAND else None
        )
    if re.match(r"[,;(\-–—]\s*(?:and\s+|but\s+)?nothing\b", clean_text(value)):
        # nothing there, said after a clause: the company's when that clause is of the company
        # ("registered in Hong Kong only, nothing on the mainland"), not of its servers ("we host
        # in Tokyo, nothing on the mainland")
        before = re.split(r"[,;(.?!]|\s[-–—]\s", words_around(value, message)[0].rstrip(" ,;(-–—"))[
            -1
        ]
        after = words_around(value, message)[1]
        if A_PRESENCE_WORD.search(words_around(value, message)[0]) or re.match(
            r"\s*(?:for|as for|in terms of)\s+(?:the\s+)?(?:hosting|servers?|ecs|cdn)\b", after
        ):
            return None  # "a rep office in Beijing, nothing on the mainland for hosting though"
        return d.NO_PRESENCE if COMPANY_WORDS.search(before) else None
    # (a founding in the past stands today: "we set up a branch in Fujian last year")
    founded = _FOUNDED.search(clause) and not GONE_WORDS_PATTERN.search(clause)
    if puts_a_case(value, message) and _ENDING_IT.search(words_around(value, message)[0]):
        return d.NO_PRESENCE  # "what if we closed the rep office?": the case has none
    if _ENDED_AFTER.match(words_around(value, message)[1]):
        return None  # "If our representative office in Guangzhou was deregistered, what then?"
    # (not a case put in the past tense: "what if we only had a rep office instead?")
    if (
        PAST_WORDS.search(clause)
        and not founded
        and not puts_a_case(value, message)
        and not _SUPPOSED.search(sentence_with(value, message))
    ) or ENDED_LATER.search(rest_of_sentence(value, message)):
        # "we had a rep office in Beijing but closed it last year, so nothing now"
        return d.NO_PRESENCE if _NOTHING_NOW.search(clean_text(message)) else None
    # (a plan, and the case it makes asked about next: "we will open a branch company in Chengdu
    # next year. Which province do we file in then?")
    plan_asked = bool(
        FUTURE_WORDS.search(clause) or _WOULD_IT_DO.search(words_around(value, message)[1])
    ) and _a_plan_asked_then(value, message)
    if (
        (FUTURE_WORDS.search(clause) and not plan_asked)
        or denied_next(value, message)
        or weighs_options(message)
    ):
        return None  # (nor an option set out: "Options: (1) register a rep office ...; (2) ...")
    if names_no_presence_of_the_users(value, message) and not plan_asked:
        return None
    if _BEING_SET_UP.match(words_around(value, message)[1]):
        return None  # "a branch company in Suzhou is being registered"
    before, after = words_around(value, message)
    around = before + " " + value + " " + after[:40]
    if any(
        denied.start() < len(before) + 1 + len(value) and denied.end() > len(before) + 1
        for denied in _NONE_OF_THE_KINDS.finditer(around)
    ):
        # the kinds denied together, this one among them: "we're an australian company with no
        # subsidiary or office in china", "without a branch or a rep office there"
        return d.NO_PRESENCE
    # (not one's own set aside as the filer: "could we file under our HQ instead of our WFOE?")
    if re.search(
        r"\b(?:rather than|instead of)\s+(?:an?\s+)?(?:(?!(?:our|my|their|its|the)\b)[\w-]+\s+)?$",
        before,
    ):
        return (
            None  # "a representative office rather than a full subsidiary": set aside, not denied
        )
    if _OR_ANOTHER_KIND.match(after) or _ANOTHER_KIND_OR.search(before):
        # kinds weighed, not had: "easier with a branch company or with a representative office?"
        return None
    if (
        _A_KIND_LABELLED.match(words_around(value, message)[1])
        and len(_KINDS_LABELLED.findall(clean_text(message))) >= 2
        and not FIRST_PERSON.search(clean_text(message))
        and not asks_for_a_client(message)
    ):
        # a kind as a list's label ("Branch company: files with its own documents. Representative
        # office: ..."): what is said of each kind, no one's presence
        return None
    if not_held_yet(value, message) and not plan_asked:
        # "our WFOE registration is still pending"; nothing there yet, said so: none ("the rep
        # office is still just a plan, we have nothing there yet")
        return d.NO_PRESENCE if _NOTHING_NOW.search(clean_text(message)) else None
    if _ABROAD_BEFORE.search(words_around(value, message)[0]) and not find_words(
        clean_text(with_what_follows(value, message)), MAINLAND_PLACES
    ):
        return None  # "we are the German subsidiary of a Chinese group": not in China
    if "?" in message and _ASKED_IN_ITS_PLACE.search(words_around(value, message)[0]):
        return None  # "could the Singapore parent be the applicant instead of the WFOE?": had
    if _OPTION_PUT_BARE_BEFORE.search(
        words_around(value, message)[0]
    ) and _OPTION_PUT_BARE_AFTER.match(words_around(value, message)[1]):
        return None  # "what would we need for the licence then? a wfoe?": an option asked of
    read = (
        with_what_follows(value, message)
        if _A_KIND_A_RULE_IS_OF.search(words_around(value, message)[0])
        else negation_marked(with_what_follows(value, message), message)
    )
    if re.fullmatch(r"(?:\w+\s+)?RO(?:\s+(?:in|at)\s+[\w ]+)?", value.strip()):
        # the initials found upper case by the entity ruler ("our RO is in Shanghai"), read as
        # what they stand for (not any "ro" of a message: "example.ro")
        if re.match(
            r"\s*(?:access|mode|permissions?|user|role)\b", words_around(value, message)[1]
        ):
            return None  # "our RO access to the console": read-only
        read = re.sub(r"\bRO\b", "rep office", read, flags=re.I)
    return to_china_presence(read)


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
    # (a translation's words, and pinyin: 子公司, 分公司)
    *COMPANY_OTHER_NAMES,
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
    "representative organ",
    "physical office",
    "permanent office",
    "office",
    "办事处",
)


_A_BRANCH_OFFICE = re.compile(r"\bbranch\s+offices?\b")
# ... said to be one kind or the other ("a registered branch office", "our branch office, a
# WFOE")
_SAYS_WHICH_KIND = re.compile(
    r"\b(?:registered|incorporated|branch compan(?:y|ies)|fen ?gong ?si|subsidiar\w+|wfoe|"
    r"joint venture|legal entity|rep(?:resentative)? offices?|liaison office|ban ?shi ?chu|"
    r"dai ?biao ?chu|permanent office)\b"
)


@reads_fact(Fact.CHINA_PRESENCE)
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
    elsewhere = (
        find_words(text, OUTSIDE_PLACES) is not None and find_words(text, MAINLAND_PLACES) is None
    )
    if elsewhere or FUTURE_WORDS.search(text) or re.search(r"\bpartner", text):
        return None
    if (
        _A_BRANCH_OFFICE.search(text)
        and not _SAYS_WHICH_KIND.search(text)
        and not negated(text, ("branch office", "branch offices"))
    ):
        # a "branch office" may be a registered branch company or a representative office, whose
        # answers differ: each case is said
        return d.UNKNOWN
    if mentioned(text, _BRANCH):
        return d.BRANCH_COMPANY
    if mentioned(text, _OFFICE):
        return d.REPRESENTATIVE_OFFICE
    if (
        negated(
            text,
            _BRANCH
            + _OFFICE
            + ("presence", "anything", "entity", "company", "companies", "business", "subsidiary"),
        )
        or re.search(
            r"^\W*(?:(?:well|so|ok|okay|sadly|unfortunately|actually)\W+)*(?:(?:we|i)(?:'ve)?\s+)?"
            r"(?:(?:have|has|had|with|got|own)\s+)?(?:got\s+)?(?:none|nothing|no|nope|neither)\b",
            text,
        )
        or _nothing_of_a_company_told_after(text)
    ):
        return d.NO_PRESENCE
    return None


def _nothing_of_a_company_told_after(text: str) -> bool:
    """None told after a question about a company or its papers ("Do we need a Chinese entity for
    it? We have none whatsoever."), or nothing registered: not "What about the CDN? We have
    none."."""
    told = _NOTHING_TOLD_AFTER.search(text)
    return bool(told) and bool(
        re.match(r"\s+(?:registered|set up)\b", text[told.end() :])
        or COMPANY_WORDS.search(text[: told.start()])
        or re.search(r"\b(?:instead|papers|documents|certificate)\b", text[: told.start()])
    )


# ... told after a question of its own: "then what should we use instead? we have nothing
# registered in China"
_NOTHING_TOLD_AFTER = re.compile(
    r"[.!?;]\s*(?:(?:and|but|well|so|sadly|unfortunately)\W+)?(?:we|i)\s+"
    r"(?:have|own|got|have got)\s+(?:none|nothing)(?=\s*(?:[.!]|$)|\s+(?:registered|set up|"
    r"at all|whatsoever|there|in\s+(?:the\s+)?(?:mainland|china|prc)))"
)


# A licence applied for, planned, pending or lapsed is not one held today: asked about.
_NOT_HELD_YET = re.compile(
    r"\b(?:pending|applying|applied for|in the process|plan(?:ning)? to|going to|will|lapsed|"
    r"expired|used to|until last|no longer)\b|'ll\b|"
    # ("the rep office is still just a plan", "the branch is only on paper so far")
    r"\b(?:is|are)\s+(?:still\s+)?(?:just\s+|only\s+|merely\s+)?(?:an?\s+)?(?:plan|idea|planned|"
    r"on paper|on the drawing board)\b"
)
# A licence held, said so ("We hold an ICP Commercial License. If we move to an SLB, do we have
# to apply for a new commercial license?")
_HOLDS_ONE = re.compile(
    # (two words between too: "we also already hold an ICP Commercial License")
    r"\b(?:we|i|they)\s+(?:(?:already|also|do|actually)\s+){0,2}(?:hold|have|own|got)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:icp\s+)?commercial licen[cs]e|"
    # "we are an icp commercial license holder btw"
    r"\b(?:we|i|they)\s*(?:are|'re|am|'m)\s+(?:already\s+)?(?:an?\s+)?(?:icp\s+)?commercial "
    r"licen[cs]e holders?\b"
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
    clause = clause_with(value, message)
    return not FIRST_PERSON.search(clause) and bool(
        SOMEONE_ELSES.search(clause) or SOMEONE_ELSE.search(clause) or _ANY_COMPANY.search(clause)
    )


def not_held_yet(value: str, message: str) -> bool:
    """`value`'s clause says it is applied for, pending or lapsed: not held today."""
    return bool(_NOT_HELD_YET.search(clause_with(value, message)))


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


# ... unless it is a case the writer puts of their own, opening the message
_OUR_CASE_PUT = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|then)\W+)*(?:what\s+)?if\s+" + A_TIME_BETWEEN + r"(?:we|i)\s+"
    # (a word between, not a denial: "and if we didnt have the commercial license" is the case
    # without it)
    r"(?:(?!(?:didn|didnt|don|dont|doesn|never|no|not|wouldn|couldn|haven|hadn|won|lost|lose|"
    r"can|cant|cannot)\b)\w+\s+)?"
    r"(?:get|got|had|hold|held|obtain|obtained|have)\s+(?:an?\s+|the\s+)?(?:icp\s+)?"
    # (the licence itself, not something of it: "... the commercial license revoked", "...
    # application rejected", "... number wrong", "... questions")
    r"commercial\s+licen[cs]e"
    r"(?=\s*(?:[,?.!;]|$|\b(?:what|does|do|would|will|then|too|as well|later|how|is|are)\b))"
)


@reads_fact(Fact.COMMERCIAL_LICENSE, dont_know_anywhere=False)
def to_commercial_license(text: str) -> Optional[str]:
    if _NOT_HELD_YET.search(clause_about(text, _LICENCE_WORDS)):
        return None
    one = _ONE_HELD_AFTER.search(clean_text(text))
    if one:
        # the licence named, then held by a pronoun in a sentence of its own ("need to update
        # something for commercial license? we hold one")
        return d.NO if one.group("not") else d.YES
    if _OUR_CASE_PUT.match(clean_text(text)):
        # a case of the writer's own put, the message's opening ("and if later we get the ICP
        # commercial license, what do we need to change?"): that case's licence
        return d.YES
    if _IF_HELD.search(clean_text(text)):
        return None
    if _A_LICENCE_TO_GET.search(clean_text(text)) and not _HOLDS_ONE.search(clean_text(text)):
        return None
    clause = clean_text(clause_about(text, _LICENCE_WORDS))
    if _NOT_A_HOLDER_PUT.search(clause):
        return d.NO  # "and what if we weren't a licence holder?": the case put has none
    if _A_HOLDER_PUT.search(clause):
        return d.YES  # "and if we were a holder?" (after the load balancer answer)
    if _NOT_HELD_STATED.match(clause) and not re.match(
        r"\s*\?", clean_text(text)[clean_text(text).find(clause) + len(clause) :]
    ):
        # not held, said in a clause of its own ("We aren't a commercial license holder, so there's
        # nothing else to update?")
        return d.NO
    held = _HOLDS_ONE.search(clause)
    if (
        held
        and not NEGATIVE_WORDS.search(clause)
        and re.search(r"(?:^|[:;]|\b(?:but|and|so|ok|okay|well|now))\s*$", clause[: held.start()])
    ):
        # ... or held, so said before a question ("we hold an ICP commercial
        # license, does that change the SLB step?")
        return d.YES
    return yes_no_reply(text, _LICENCE_WORDS)


_ONE_HELD_AFTER = re.compile(
    r"\bcommercial licen[cs]e\b(?:(?!licen[cs]e|permit|certificate)[^.?!]){0,30}[.?!]+\s*"
    r"(?:and\s+|but\s+|btw\s+)?(?:we|i)\s+"
    r"(?P<not>don't\s+|do not\s+|dont\s+)?(?:already\s+|also\s+|do\s+)?(?:hold|have|own|got)\s+"
    r"(?:one|it|that one)\s*(?:[.!?]|$)"
)
_NOT_A_HOLDER_PUT = re.compile(
    r"\b(?:if|suppose|assuming)\s+(?:we|i)\s+(?:weren't|werent|were not|wasn't|was not|aren't|"
    r"are not)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:holders?|licensees?)\b"
)
_A_HOLDER_PUT = re.compile(
    # (a case put, not whether one is: "we don't know if we are a commercial license holder")
    r"\b(?:if|suppose|assuming)\s+(?:we|i)\s+(?:were|became|become)\s+(?:an?\s+)?"
    r"(?:(?:icp\s+)?(?:commercial\s+)?licen[cs]e\s+)?holders?\b"
)
_NOT_HELD_STATED = re.compile(
    r"^\W*(?:(?:good|ok|okay|well|so|and|but|now|also)\W+)?(?:we|i|our\s+(?:company|firm|business))"
    r"\s+(?:(?:are not|aren't|arent|am not|is not|isn't)\s+(?:an?\s+)?|"
    r"(?:do not|don't|dont|does not|doesn't|have not|haven't|havent|never)\s+"
    r"(?:hold|have|own|held|had)\s+(?:an?\s+|any\s+|the\s+)?|"
    r"(?:hold|have)\s+no\s+)(?:icp\s+)?(?:commercial\s+)?licen[cs]e(?:\s+holders?)?\b"
    r"(?![^?]*\b(?:if|whether)\b)"
)


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


@reads_fact(Fact.LICENSE_PROVINCE)
def to_license_province(text: str) -> Optional[str]:
    """The division that issued the Chinese business license; two different places is unclear;
    "we have no Chinese license" (or no company in China) is NO_CHINESE_LICENSE."""
    if (negated(text, _LICENSE_WORDS) or _HAS_NONE.search(text)) and not find_words(
        text, tuple(PROVINCE_NAMES)
    ):
        return d.NO_CHINESE_LICENSE
    found = {
        PROVINCE_NAMES[m.group(0)] for m in re.finditer(words_pattern(tuple(PROVINCE_NAMES)), text)
    }
    if find_words(text, OUTSIDE_PLACES):
        found.add(d.OUTSIDE_MAINLAND)
    return found.pop() if len(found) == 1 else None
