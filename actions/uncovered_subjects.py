"""Subjects the FAQ does not cover: a message about one of them gets "not covered", whatever FAQ
question it resembles.

`UNCOVERED`, a pattern per subject, gathers three modules by theme: the filing as a procedure
(actions/uncovered_filing_process.py: fees, timing, documents, the filing number and footer, PSB,
changing an existing filing, ...), what is run and where (actions/uncovered_sites_and_services.py:
settings in a console, API or Terraform, SSL, blocking, apps, domain suffixes, other providers,
...) and who the company is and what it does (actions/uncovered_business.py: individuals, licence
types, subsidiaries, ...). `uncovered_subjects` says which of them a message is about: a
subject's words count where the message asks something, and this module sets aside the ones that
only carry an FAQ question's facts or its backstory.
"""

import functools
import re
from typing import Dict, List, Pattern, Tuple

from actions.access_facts import to_access_method
from actions.cdn_facts import to_cdn_coverage
from actions.decision import HONG_KONG as HONG_KONG_HOSTING
from actions.decision import INCLUDES_MAINLAND as CDN_INCLUDES_MAINLAND
from actions.decision import IP_ONLY
from actions.decision import MAINLAND_CHINA as MAINLAND_HOSTING
from actions.decision import OUTSIDE_MAINLAND as OUTSIDE_MAINLAND_HOSTING
from actions.decision import YES as HAS_A_FILING
from actions.fact_words import (
    ORGANISATION,
    QUESTION_START,
    REP_OFFICE_PINYIN,
    SENTENCES,
    TEMPORARY_SERVER,
    last_question,
    words_pattern,
)
from actions.filing_facts import filing_out_of_reach, lacks_documents, to_existing_filing
from actions.hosting_facts import THE_WEBSITES_PLACE, to_hosting_location
from actions.message_parts import (
    asked_part,
    asking_parts,
    clean,
    names_the_filing,
    own_question,
)
from actions.need_or_next_step import (
    ASKS_IF_IT_NEEDS_ONE,
    asks_if_it_needs_a_filing,
    asks_what_to_do_now,
    speaks_of_needing_a_filing,
)
from actions.places import (
    ABROAD,
    CDN_PROVIDERS,
    FOREIGN_ADJECTIVES,
    HONG_KONG,
    HOSTING_PROVIDERS,
    OTHER_CHINESE_REGIONS,
)
from actions.scope_words import (
    A_CASE_PUT,
    A_PRESENCE_SET_UP,
    ASKS_WHOSE_PAPERS,
    BILLING_METHOD,
    BLAMES_THE_FILING,
    CENSORSHIP,
    COMPANY_ABROAD,
    ECS_TERM,
    FILES_THROUGH_THE_CONSOLE,
    GET_WORDS,
    HOSTING_WORDS,
    ICP_WORDS,
    MAY_GET,
    NAMES_A_PRESENCE,
    NEED_WORDS,
    PLACES,
    PLACES_OUTSIDE,
    REFERS_BACK,
    SENTENCE_ENDS,
    THE_AUTHORITY_TO_GO_TO,
    TOO_MUCH_TO_TAKE_ON,
    near_the_filing,
)
from actions.uncovered_business import PATTERNS as BUSINESS
from actions.uncovered_filing_process import (
    A_FILINGS_END,
    PAPERS_MADE_VALID_ASKED,
    SERVER_ENDED,
    SERVER_KEPT_RUNNING,
    WHAT_WE_NEED_TO,
    WHY_NEEDED_AT_ALL,
    already_had,
)
from actions.uncovered_filing_process import PATTERNS as FILING_PROCESS
from actions.uncovered_sites_and_services import (
    CONTENT_WITH_RULES,
    WEB_BUT_NOT_PUBLIC,
)
from actions.uncovered_sites_and_services import PATTERNS as SITES_AND_SERVICES

# What the FAQ says nothing about, a pattern per subject, from three modules by theme.
UNCOVERED: Dict[str, Pattern] = {
    name: re.compile(pattern)
    for name, pattern in {**FILING_PROCESS, **SITES_AND_SERVICES, **BUSINESS}.items()
}

# An IP address blocked, told: why is not the FAQ's ("our ip got blocked in china last week, is
# that because we dont have icp?"), whatever is said of the filing beside it
_AN_IP_BLOCKED = re.compile(
    r"\bips?\b(?:\s+address(?:es)?)?\s+(?:got|gets|was|were|is|are|has been|have been)\s+"
    r"(?:\w+\s+)?blocked\b|\bblocked\s+(?:our|my|the|its|their)\s+ips?\b"
)
# "Without an ICP Filing, will my site be blocked?" is the FAQ's own question (what if I do not
# have one): blocking is then its answer, not another subject.
_NO_FILING_QUESTION = re.compile(
    # (the writer's, typed without the apostrophe too: "wat if i dont have icp filing, will my site
    # get blocked??")
    r"\b(?:without|not have|don't have|(?:i|we)\s+dont\s+have|do not have|haven't|unfiled|"
    r"not filed|never filed|"
    r"in the absence of|absent|lacking|lack of|for want of)\b"
    r"[^.?!]{0,20}\b(?:icp|filing|beian|licen[cs]e)\b|\bunfiled\b|"
    # (not "no filing needed": "that means no ICP, right?" asks whether one is needed)
    r"\bno\b[^.?!]{0,20}\b(?:icp|filing|beian|licen[cs]e)\b(?!\s+(?:is\s+)?(?:needed|required|"
    r"necessary)\b|\s*,?\s*(?:right|correct|then|yes)\s*\?)|"
    # "... blocked if you don't have one?": in this assistant, "one" is the filing
    r"\b(?:without|don'?t have|do not have|haven'?t got|not have) (?:one|it)\b|"
    # ... or not done, said as a site's state ("this site has not completed filing, access
    # blocked", "the site isnt filed")
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:completed?|finished|done|did|made|passed|got|gotten|"
    r"obtained|applied for)\s+(?:the\s+|its\s+|an?\s+|any\s+)?(?:icp\s+)?(?:filing|beian|icp|"
    r"record)\b|"
    # ... or the page shown in its place: "site shows the 'not filed' page"
    r"\b(?:not|never)[ -]filed\b['\"’”]?\s+(?:page|notice|warning|message|screen|banner)\b|"
    r"\b(?:isn'?t|aren'?t)\s+(?:yet\s+)?filed\b|"
    # ... or before it is done: "must the site stay inaccessible for the duration of the ICP
    # record application?", "is it blocked while the filing is in review?"
    r"\b(?:during|for the duration of|while|until|till)\s+(?:(?:we|they|i) (?:wait|are waiting) "
    r"(?:for|on)\s+)?(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:icp|beian|filing|record)\s+){0,2}(?:application|filing|review|process|approval)\b"
)

# The ICP Commercial License held ("we already have a jingying ICP permit", "we hold the jing ying
# xing one")
_COMMERCIAL_LICENCE_HELD = re.compile(
    r"\b(?:already\s+)?(?:have|hold|holds|got|own)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:commercial|jing ?ying(?: ?xing)?|jingying\w*)\b(?:\s+[\w-]+){0,3}"
)

# ... or named as the cause: "is the ICP filing the reason the server has been blocked?"
_THE_FILING_AS_CAUSE = re.compile(
    r"\b(?:icp|beian|filing)\b[^.?!]{0,25}\b(?:the|a)\s+(?:\w+\s+)?(?:reason|cause)\b|"
    r"\b(?:reason|cause)\b[^.?!]{0,30}\b(?:is|was|be)\s+(?:the\s+|our\s+|a\s+)?(?:missing\s+|"
    r"lack of\s+(?:an?\s+)?)?(?:icp|beian|filing)\b|"
    r"\b(?:reason|cause)\s+(?:an?\s+|the\s+)?(?:missing|absent|lacking|lack of)\s+(?:an?\s+)?"
    r"(?:icp|beian|filing)\b"
)

_NEEDS_TO_FILE = re.compile(r"\bneeds?\s+to\s+(?:file|apply|register)\b")
# Blocked before, something else now: "(no ICP, site got blocked), now everything is on ..."
_BLOCKED_BEFORE_NOW = re.compile(
    r"\b(?:got|was|were|had been|been)\s+blocked\b[^.?!]{0,80}\bnow\b|"
    r"\b(?:used to|previously|formerly)\b[^.?!]{0,80}\bblocked\b[^.?!]{0,80}\bnow\b"
)
_PROTOCOLS = re.compile(r"\bhttps?\b|\bssl\b(?!\s+cert)|\btls\b(?!\s+cert)")


# "Does the CDN change the ICP picture?" asks whether something changes what is needed (the FAQ's
# questions), not how to change a filing ("how do I change my filing?"): told by what changes.
_CHANGES_WHAT_IS_NEEDED = re.compile(
    r"\bchang\w*\s+(?:\w+\s+){0,3}?(?:picture|story|equation|calculus|requirements?|rules?|needs?|"
    r"situation|answer|"
    r"anything|obligations?|things?)\b|\bchang\w*\s+(?:whether|if)\b"
)
# ... or "icp-wise", of no filing held ("if they go for it what changes icp-wise?"; not "our beian
# is approved. we're changing our company name, what changes icp-wise?")
_WHAT_CHANGES_FILING_WISE = re.compile(r"\bwhat\s+changes\s+(?:icp|beian|filing)[- ]wise\b")
_FILES_AS_OUR_ENTITY = re.compile(
    r"\b(?:apply|applying|file|filing|register|registering)\b(?:\s+for)?(?:\s+(?:the|an?|our))?"
    r"(?:\s+(?:icp|beian|filing))?\s+(?:in|under) the name of (?:our|my)\s+(?:\w+\s+){0,2}?"
    r"(?:branch|subsidiary|wfoe|rep|representative|office|company|entity)"
)
# Whether the term must be paid for, which is whether it is required: "do I seriously have to pay
# for 3 months of a server I won't even use??"
_PAYS_FOR_THE_TERM = re.compile(
    r"\b(?:have to|must|need to|should)\s+(?:really\s+)?pay for\s+(?:(?:\d+|three|3)\s+months?\s+"
    r"of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:ecs|instance|server|vps|box)\b|"
    # "how many months do I have to pay for the temporary china ECS?"
    r"(?:an?\s+|the\s+)?" + TEMPORARY_SERVER.pattern + ")"
)
# The site's own server, named as its: "their site ecs", "our web server", "the shop's instance"
_A_SITES_OWN_SERVER = re.compile(
    r"\b(?:our|their|my|his|her|the)\s+(?:(?:web)?site'?s?|shop'?s?|store'?s?|web|main|production|"
    r"prod)\s+(?:ecs|servers?|instances?|vps|box)\b"
)


_ALSO_ASKS_WHY_NEEDED = re.compile(
    r"\b(?:why|when|whether|do|does|is|if)\b[^.?!]{0,40}"
    r"\b(?:need|needs|needed|necessary|required|requires|must)\b|"
    # ... or who needs one: "what's icp and which companies have to apply for it?"
    r"\b(?:who|which\s+[\w-]+)\s+(?:\w+\s+)?(?:need|needs|must|ha(?:ve|s) to)\b"
)
# The filing number as the thing applied for is the filing itself ("how to apply for an ICP
# filing number?"), not where the number is shown.
_GETS_THE_NUMBER = re.compile(
    # (a word of its own before it: "apply for a state-issued registration number")
    rf"\b{GET_WORDS}\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w]+-[\w]+\s+)?(?:icp\s+)?"
    r"(?:filing|registration|record|beian)\s+number\b|"
    # ("who has to get an ICP number?": the filing's own name for it)
    rf"\b{GET_WORDS}\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?icp\s+number\b(?![^.?!]{{0,40}}"
    r"\b(?:footer|display\w*|show\w*|where)\b)|"
    # having or needing one: "the consequence of having no ICP number", "when you need an ICP
    # number" (not where it is shown: "do we need the ICP number in the footer?")
    # ("no" only opening a clause: "Checklist note - no filing number = ...", not "does that
    # news site really have no ICP number?", another's)
    r"\b(?:without|(?:^|(?<=[-:;,(]\s))no|having no|not having|(?:we|i) have no|"
    r"(?:we|i) (?:don't|do not) have|need|needs|require|(?:must|to|should|gotta) have|"
    r"requires|lack\w*)\s+(?:an?\s+|any\s+|the\s+|that\s+|this\s+|(?:your|our|its|their)\s+own\s+)?"
    r"(?:icp|beian|filing)\s+number\b(?![^.?!]{0,40}"
    r"\b(?:(?:on|in|at)\s+(?:the\s+|our\s+|every\s+|each\s+)?(?:\w+\s+)?(?:homepage|home page|"
    r"websites?|sites?|pages?|footers?|screens?)\b|footer|display\w*|show\w*|put|place|where))"
)
# Documents issued outside mainland China used to file: the FAQ says they are not accepted.
_DOCUMENTS = r"(?:documents?|docs|papers|paperwork|certificates?|originals?|extracts?)"
FOREIGN_DOCUMENTS = re.compile(
    r"\b(?:(?:overseas|foreign|abroad|offshore|non-chinese|hong kong|hk)[- ]|(?:us|uk|eu)-)"
    r"(?:issued\s+|"
    rf"registered\s+)?(?:{_DOCUMENTS}|business licen[cs]es?)\b|"
    # "our Hong Kong CR and BR certificates"
    r"\b(?:hong kong|hk)\s+(?:[\w'-]+\s+){1,4}?(?:certificates?|certs?|documents?|docs|papers)\b|"
    # "its HK business registration" (Hong Kong's BR, a document)
    r"\b(?:hong kong|hk)\s+business registrations?\b|"
    # ... and its initials ("their Hong Kong BR", "our HK CR")
    r"\b(?:hong kong|hk)\s+(?:br|cr|bri)\b|"
    rf"\b{_DOCUMENTS}\s+(?:issued|from|registered)\s+(?:\w+\s+)?"
    r"(?:overseas|abroad|outside)\b|"
    # by the country's adjective: "our German originals", "Dutch registry extract" (not the
    # language: "English documents")
    r"\b"
    + words_pattern(tuple(a for a in FOREIGN_ADJECTIVES if a != "english"))
    + rf"\s+(?:\w+\s+){{0,2}}(?:{_DOCUMENTS}|business licen[cs]es?)\b"
)
# A company's registration papers, by their kind ("our ACRA business profile", "the certificate
# of incorporation"): documents issued outside mainland China when the company is said to be
# registered there ("our Singapore HQ", "a Delaware LLC"; not "our Shenzhen branch's
# certificate of incorporation").
_COMPANY_PAPERS = re.compile(
    r"\b(?:business profile|(?:certificates?|certs?) of (?:incorporation|registration)|"
    r"business registration (?:certificates?|certs?)|"
    r"(?:incorporation|company registration|registry|register|chamber of commerce)\s+"
    r"(?:certificates?|documents?|papers|extracts?)|articles of association|"
    r"companies house|handelsregister\w*|acra)\b"
)


# A company's papers by the country that issued them: "our German Handelsregisterauszug", "the
# Singapore ACRA business profile"
_PAPERS_OF_A_COUNTRY = re.compile(
    words_pattern(
        ABROAD
        + OTHER_CHINESE_REGIONS
        + tuple(a for a in FOREIGN_ADJECTIVES if a != "english")
        + ("hong kong", "hk", "delaware")
    )
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _COMPANY_PAPERS.pattern
)


def foreign_documents(text: str) -> bool:
    """Documents issued outside mainland China, named as such or as a foreign company's own."""
    return bool(
        FOREIGN_DOCUMENTS.search(text)
        or _PAPERS_OF_A_COUNTRY.search(text)
        or (_COMPANY_PAPERS.search(text) and COMPANY_ABROAD.search(text))
    )


# Whether a filing is needed, or something allowed without one: the FAQ's own point.
_ASKS_IF_ALLOWED = re.compile(
    rf"\b{NEED_WORDS}\b|\bcan (?:i|we) use\b|" + _NO_FILING_QUESTION.pattern
)


_ASKS_IF_NEEDED = near_the_filing(NEED_WORDS)


# How fast a site or CDN is, when the question asks it ("can a CDN without ICP be fast?"); not a
# wish stated beside the FAQ's question ("we want faster loading in China, do we need ICP?").
_PERFORMANCE = re.compile(
    r"\b(?:fast|faster|fastest|slow|slower|slowly|quickly|speed|speeds|latency|"
    r"performance|perform|lag|laggy|packet loss|package loss|ping times?|load(?:ing)? times?)\b"
)


# A condition before a question ("if we go with Hong Kong to skip the ICP filing, how bad is
# latency?"): what it says is not what is asked.
_CONDITION_FIRST = re.compile(
    r"^\s*(?:if|since|as|because|when|once|say|suppose|supposing|assuming|provided)\b[^,?]*,"
)


# Every subject uncovered_subjects names (the two last are found by the question's form).
UNCOVERED_SUBJECTS = (*UNCOVERED, "performance", "properties", "advice")


# "should" of what is to be expected, not of what is needed ("what latency should we expect?")
_EXPECTED = re.compile(r"\bshould\s+(?:[\w'-]+\s+){1,4}?(?:expect|anticipate)\b")


# The quickest way to do something, which is no speed of a site ("what's the fastest + easiest
# way for a UK company to do that?")
_FASTEST_WAY = re.compile(
    r"\b(?:fastest|quickest|faster|quicker)\s+(?:(?:\+|and|&)\s+\w+\s+)?(?:ways?|routes?|"
    r"methods?|paths?|options?|approach(?:es)?)\b|\b(?:and|\+|&)\s+(?:fastest|quickest)\s+"
    r"(?:ways?|routes?|methods?|paths?|options?)\b"
)


# Why a case put is put, not what it asks: "and if we turned on Alibaba CDN so mainland shoppers
# load it faster?" asks what applies then.
_A_PURPOSE = re.compile(
    r"\b(?:so(?: that)?|to make|to help)\s+(?:[\w'-]+\s+){0,5}?(?:load|loads|run|runs|is|are|"
    r"gets?|works?|opens?)\s+(?:[\w'-]+\s+){0,2}?(?:faster|quicker|better)\b[^.?!,]*|"
    # "... to make it faster there", "to speed things up", "for faster loading in China"
    r"\bto (?:make|get)\s+(?:it|them|things|everything|pages?|(?:the|our|my)\s+[\w-]+)\s+"
    r"(?:load\s+|run\s+)?(?:faster|quicker|snappier)\b[^.?!,]*|"
    r"\bto speed\s+(?:it|them|things|(?:the|our|my)\s+[\w-]+)\s+up\b[^.?!,]*|"
    r"\b(?:just|only|simply|in order|so as)\s+to be\s+(?:a\s+bit\s+|much\s+)?(?:faster|quicker|"
    r"snappier)\b[^.?!,]*|"
    r"\bfor\s+(?:faster|quicker|better)\s+(?:loading|load times|access|speeds?|performance)"
    r"\b[^.?!,]*"
)


# The filing's work gone without, in the question: "could Alibaba Cloud CDN speed that up without
# us going through the ICP paperwork?" asks whether the filing can be skipped (not "can a CDN
# without ICP be fast?", a CDN's speed)
_WITHOUT_DOING_THE_FILING = re.compile(
    r"\bwithout\s+(?:us\s+|me\s+|them\s+)?(?:going through|doing|getting|filing|applying for|"
    r"having to (?:do|get|file)|bothering with|dealing with)\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:icp|beian|filing)\b"
)


def _asks_about_performance(text: str) -> bool:
    text = _FASTEST_WAY.sub(" ", text)
    questions = [
        _A_PURPOSE.sub(" ", q) if A_CASE_PUT.search(q) else q
        for q in SENTENCES.findall(text)
        # (a question typed without its mark too: "would pages load fast enough from hk tho")
        if (q.strip().endswith("?") or re.match(rf"(?:{QUESTION_START})\b", q.strip()))
        and not _WITHOUT_DOING_THE_FILING.search(q)
    ]
    return any(
        _PERFORMANCE.search(q)
        and not _ASKS_IF_ALLOWED.search(_EXPECTED.sub(" ", _CONDITION_FIRST.sub(" ", q)))
        for q in questions
    )


# A recommendation or a judgement asked for ("would you choose mainland+icp or hk?", "is it worth
# paying an agency?", "which gives better uptime?", "is ip-only access safer than a domain?"): the
# FAQ says what each case needs, never which is better. (Not the FAQ's own advice where a filing
# cannot be done: "would you recommend Hong Kong if we can't file?")
_QUALITIES = (
    r"(?:safer|riskier|more reliable|more stable|more secure|less risky|better uptime|more uptime)"
)
_ADVICE_ASKED = re.compile(
    # (between options set out, not a fact asked: not "what do you recommend we do now?" after
    # the no-filing answer, whose advice the FAQ gives, nor "could you advise whether we need icp
    # or not?")
    r"(?:\b(?:would|do|can|could)\s+you\s+(?:personally\s+|honestly\s+)?(?:choose|recommend|pick|"
    r"go with|suggest|advise|prefer)\b(?!\s+(?:whether|if)\b)|"
    r"\bwhat\s+(?:would|do)\s+you\s+(?:recommend|suggest|advise|choose|pick)\b|"
    r"\byour\s+(?:recommendation|advice|opinion|suggestion)\b)"
    r"(?=[^?]*(?:\bor\b(?!\s+(?:not|no)\b)|\bvs\.?\s|\bversus\b|:\s))|"
    r"\b(?:is|are|was|would)\s+(?:it|that|this|they)\s+(?:even\s+|really\s+|still\s+)?worth\s+"
    # (not the filing itself, which the FAQ says when one needs: "is it even worth getting a
    # filing? we host in shanghai", "is it worth filing if ...", "is it worth it?")
    r"(?!(?:filing\b|(?:getting|having|doing|bothering with)\s+(?:an?\s+|the\s+)?"
    r"(?:icp|beian|filing)\b))"
    r"(?:the\b|(?:paying|hiring|using|going|getting|having|doing|switching|moving|keeping|"
    r"bothering)\b)|"
    # ... something else said to be worth it: "is the icp commercial license worth it for us?"
    r"\b(?:is|are|was|would)\s+the\s+(?!(?:icp\s+|beian\s+)?(?:filing|icp|beian)\s+(?:\w+\s+)?worth)"
    r"(?:[\w-]+\s+){1,4}?(?:even\s+|really\s+|still\s+)?worth\s+(?:it|the|paying|doing)\b|"
    r"\b(?:what'?s|what is|which is|which'?s|which one is|which would be)\s+(?:the\s+)?"
    r"(?:better|best|smarter|wiser)\s+(?:for\s+(?:us|me)\b(?!\s+to\s+(?:file|apply))|option|"
    r"choice|move|idea)|"
    r"\bbe honest\b|"
    # a quality compared, in the question: "which gives better uptime?", "is ip-only access safer
    # than a domain?" (not told of the set-up: "we moved to HK for better uptime. Do we need ICP?")
    r"\b" + _QUALITIES + r"\b(?=[^.!?]*\?)(?=[^.!?]*\b(?:than|or|vs\.?|versus)\b)|"
    r"\bwhich\b[^.!?]*\b" + _QUALITIES + r"\b(?=[^.!?]*\?)"
)


def _asks_for_advice(asked: str, text: str) -> bool:
    """A recommendation or judgement asked in the question itself (not its backstory)."""
    question = " ".join(q for q in SENTENCES.findall(asked) if q.strip().endswith("?")) or asked
    # (the FAQ's own advice where the documents or a domain cannot be provided:
    # lacks_documents reads both)
    return (
        bool(_ADVICE_ASKED.search(question))
        and not filing_out_of_reach(text)
        and not lacks_documents(text)
    )


# A property of something ("what is the validity period of ...", "the impact on other records
# when ...", "the packet loss rate when ..."): the FAQ states no properties, only when a filing is
# needed, who can file, where, and what to do without one. Told by the noun asked for.
_ASKS_FOR_THE = re.compile(
    r"(?:^|[.?!] )(?:so,? )?what(?:'s| is| are| was| were) the ((?:[\w-]+ ){0,2}[\w-]+) "
    r"(?:of|for|on|in|to|when|that|if|with|between|after|behind)\b"
)
_WHAT_THE_FAQ_STATES = re.compile(
    r"\b(?:scope|requirements?|rules?|regulations?|objective|purpose|point|need|process|"
    r"procedures?|steps?|way|options?|alternatives?|consequences?|impact|risks?|"
    # "what's the deal with ICP if our ECS is in HK?"
    r"deal|situation|story|picture|answer|case|difference|"
    # the FAQ's way around a filing that cannot be done: "what's the fallback for our site?"
    r"fallback|workaround|way out|plan b|solution|"
    # "what is the reason that servers in Singapore need no filing?": why, asked as a noun
    r"reasons?)$"
)


_PREPOSITIONS = {"of", "for", "on", "in", "to", "when", "that", "if", "with", "between", "after"}


def _asks_for_a_property(text: str) -> bool:
    asked = _ASKS_FOR_THE.search(text)
    if not asked:
        return False
    words = asked.group(1).split()
    noun = next(
        (w for w, after in zip(words, words[1:] + [""]) if after in _PREPOSITIONS), words[-1]
    )
    if _A_TERM.search(noun) and TEMPORARY_SERVER.search(text):
        return False  # "the minimum subscription for the temporary ECS": the FAQ gives it
    if (
        asked.group(0).endswith(" for")
        and TEMPORARY_SERVER.search(asked.group(1))
        # (asked alone, or with how long it is kept, which the FAQ also says: not "... for? can
        # I run our database on it meanwhile?")
        and re.match(r"\W*(?:$|(?:and\s+)?(?:for\s+)?how long\b)", text[asked.end() :])
    ):
        return False  # "what is the temporary ECS for?": the FAQ says (to complete the filing)
    # (the first word too, when the noun's clause follows it with no preposition: "what is the
    # reason sites in Hong Kong need none?")
    return not (
        _WHAT_THE_FAQ_STATES.search(noun) or _WHAT_THE_FAQ_STATES.search(words[0])
    ) and bool(ICP_WORDS.search(text) or HOSTING_WORDS.search(text))


# The temporary ECS's subscription term, which the CDN answer states (three months at least)
_A_TERM = re.compile(r"^(?:subscriptions?|terms?|periods?|duration|length|minimum)$")


# Papers of "theirs" used for one's own filing, and another company they may be of
_USES_THEIR_PAPERS = re.compile(
    # ("their", not "its": "register a rep office and file with its certificate")
    r"\b(?:use|using|borrow\w*|file\s+(?:\w+\s+){0,2}?(?:with|under))\s+their\s+"
    # (papers, not "their business registration number" or "their company email")
    r"(?!own\b)(?:\w+\s+){0,2}?(?:papers?|documents?|docs|licen[cs]es?|certificates?)\b"
)


def _uses_another_partys_papers(asked: str, text: str) -> bool:
    return bool(
        (
            (_USES_THEIR_PAPERS.search(asked) and names_the_filing(asked))
            or _UNDER_THEIR_FILING.search(asked)
        )
        and _ANOTHER_PARTY.search(_CLAIM_SOURCE.sub(" ", text))
    )


# A site run under another party's filing, that party named before ("Our Chinese partner holds an
# ICP filing. Can our site simply run under their number?"; not "our branch ... under its own
# name")
_UNDER_THEIR_FILING = re.compile(
    r"\bunder\s+their\s+(?!own\b)(?:icp\s+)?(?:number|filing|beian|licen[cs]e|account|entity)\b|"
    # (or "theirs", their filing named before: "can we just put our domain under theirs")
    r"\b(?:under|on|onto|into|to)\s+theirs\b"
)


_ANOTHER_PARTY = re.compile(
    r"\b(?:clients?|customers?|partners?|suppliers?|distributors?|resellers?|friends?|landlords?|"
    r"(?:another|other) compan(?:y|ies))(?:'s|s')?\b(?!\s*:)"  # (not a ticket's "Client:")
)


# Subjects often named as a long message's backstory ("we're a SaaS", "our partner says the site
# gets blocked", "our sales lead talks about pricing"): they count only where something is asked.
# The others say what the question is about wherever they are named ("We have a mobile app. Does
# it need ICP?": "it" is the app; "our filing was rejected over the photo. What should we do?").
_CONTEXT_SUBJECTS = {
    "business_types",
    # (a server's upkeep or the company's books told as background: "we cloned a snapshot of our
    # HK ECS into Shanghai for the site. Do we need ICP?", "our branch has a bank account there")
    "operations",
    "company_admin",
    "companies",
    "blocking",
    "marketing",
    "performance",
    "properties",
    "advice",
    "other_products",
    "settings",
    "domains",
    "cost",
    # other registrations and the filing's circumstances, told as background ("our PSB filing
    # was done last month. Site on HK ECS: do we still need a beian?", "we registered our
    # trademark in 2022 ...", "just renewed our SSL ...", "we heard the fines are big")
    "psb",
    "other_registrations",
    "time",
    "penalties",
    "purchase",
    "messages",
    "miit_contact",
    # (an exemption told of: "we signed a waiver with our hosting provider; ... need ICP?")
    "exemptions",
}
# Things other than the website ("our mobile app backend runs in Virginia, but the marketing
# website is on Alibaba Cloud Singapore. Does the website need ICP?"): background when the
# question is about the website itself, in so many words.
_OTHER_THAN_THE_SITE = ("apps", "not_websites")
# ... the website asked about by name, its own place told (hosting_facts.THE_WEBSITES_PLACE: "the
# marketing website is on Alibaba Cloud Singapore"; not "our mail server is on ECS Beijing. Does
# our website need ICP?", whose only place is the other's)
_THE_WEBSITE_ITSELF = re.compile(
    r"\b(?:the|our|my|this)\s+(?:(?:public|main|marketing|corporate|company|customer-facing|"
    r"actual|real)\s+)?(?:website|web ?site|homepage|web ?shop|online shop|e-?shop|web portal|"
    r"portal|landing page)\b"
)


# What the site does for money is its business, not what a filing costs: "the site takes card
# payments", "we accept payments online", "processing payments in RMB" (read out before the
# subjects are looked for).
_SITE_TAKES_PAYMENTS = re.compile(
    r"\b(?:we|(?:our|the) (?:[\w']+\s+){0,2}?(?:site|shop|store|app|platform|website|company|wfoe|"
    r"branch|business|members? area)|it)\s+(?:\w+\s+){0,3}?(?:charges?|charging|takes?|taking|"
    r"accepts?|accepting|process(?:es|ing)?|collects?|collecting|receives?|receiving)\s+"
    r"(?:\w+\s+)?"
    r"(?:payments?|users|customers|members|subscribers|clients|fees|"
    # (whoever the site's trade charges: "since we charge employers", "it charges advertisers")
    r"employers|advertisers|sellers|vendors|merchants|tenants|students|patients|parents|"
    r"businesses|companies|brands)\b|"
    # "want to take payments on our site", "charging our users"
    r"\b(?:take|takes|taking|accept\w*|process\w*|collect\w*|receiv\w*)\s+(?:\w+\s+)?payments?\s+"
    r"(?:on|through|via|from|in)\s+(?:our|the)\s+(?:\w+\s+)?(?:site|shop|store|app|website|"
    r"platform)\b|"
    # "so they can take online payments" (what a licence is wanted for)
    r"\b(?:can|could|to)\s+(?:(?:take|accept|process|collect|receive)\s+(?:online\s+|card\s+)?"
    r"payments?\b|charge\s+(?:for|users|customers|clients|members)\b)|"
    r"\bcharg\w*\s+(?:our\s+)?(?:users|customers|members|subscribers|clients)\b|"
    # "because subscriptions are paid"
    r"\b(?:subscriptions?|plans?|memberships?|services?|accounts?|features?|tiers?|courses?)\s+"
    r"(?:are|is)\s+paid\b|"
    # "a commercial licence later for paid bookings", "we'll add paid courses" (not "is the filing
    # a paid service?")
    r"\b(?:for|our|add|adding|sell\w*|offer\w*|with)\s+paid\s+(?:bookings?|courses?|content|"
    r"subscriptions?|plans?|memberships?|downloads?|orders?|features?|tiers?|lessons?|tickets?|"
    r"products?)\b|"
    # the ways to pay a site offers: "a checkout service for chinese payment methods", "we
    # support local payment options"
    # (not Alibaba Cloud's: "do you accept foreign payment methods for the temporary ecs?")
    r"(?<!you )(?<!alibaba )(?<!aliyun )\b(?:for|support\w*|offer\w*|accept\w*|integrat\w*|"
    r"adding|added|adds?|enabl\w*|handl\w*|with)\s+"
    r"(?:[\w-]+\s+){0,2}?payment\s+(?:methods?|options?|providers?|channels?)\b|"
    # how the site's buyers pay: "most buyer is from China, they pay by Alipay"
    r"\b(?:they|buyers?|customers?|users?|clients?|shoppers?|members?)\s+(?:\w+\s+)?pay\s+"
    r"(?:by|with|via|through|using|in)\s+(?!(?:the\s+)?(?:icp|beian|filing))"
)


_CANNOT_REACH = re.compile(
    r"\b(?:can't|cannot|can not|unable to)\s+(?:visit|access|reach|open|load|download|read|see)\b"
)


def _cannot_reach_in_several_places(text: str) -> bool:
    """People in several countries unable to reach sites ("customers in China who can't visit
    your store, a client in Vietnam who can't download ..."): access in general, not the filing."""
    places = {m.group(0) for m in PLACES.finditer(text)} | set(re.findall(r"\bchina\b", text))
    return len(_CANNOT_REACH.findall(text)) >= 2 and len(places) >= 2


def uncovered_subjects(text: str) -> List[str]:
    """The subjects the FAQ does not cover that `text` is about (empty when none): named in
    what it asks, or, for a few, anywhere in it."""
    return list(_uncovered_subjects(text))


# An API of the user's own, a service like a website ("our mainland-hosted API"), not a provider's
# interface for settings
_OUR_OWN_API = re.compile(r"\b(?:our|my|their)\s+(?:[\w-]+\s+){0,2}?api\b")


# The filing's own progress, whose duration the FAQ does not give
_APPROVAL = re.compile(r"\b(?:approv\w*|review\w*|processed|processing|go(?:es)? live)\b")


# Individuals named beside organisations, stating who a rule is for ("any organization or
# individual shall ...", "all sites, whether personal or for an organization, must ..."): everyone,
# not the individuals' own case. (Only in a statement: "can a company or an individual file?" asks
# about individuals too.)
_EVERYONE = ORGANISATION
_ANYONE_WHO_FILES = re.compile(
    rf"\b{_EVERYONE}\s+(?:or|and|/)\s*(?:an?\s+)?individuals?\b|"
    rf"\bindividuals?\s+(?:or|and|/)\s*(?:an?\s+)?{_EVERYONE}|"
    r"\bpersonal\s+(?:or|and|/)\s*(?:for\s+)?(?:an?\s+)?(?:commercial|corporate|"
    rf"{_EVERYONE})"
)


def _rules_for_anyone(text: str) -> str:
    """`text` with the individuals that stand beside organisations in a statement said as anyone."""
    return " ".join(
        sentence if sentence.rstrip().endswith("?") else _ANYONE_WHO_FILES.sub("anyone", sentence)
        for sentence in SENTENCE_ENDS.split(text)
    )


# A company's own licence ("the Tianjin branch with its own license"), not another country's rules
_AN_ENTITYS_OWN_LICENCE = re.compile(
    # (a company of the writer's or named: not "In Vietnam, does every company need its own
    # license?", a country's rule)
    r"\b(?:our|the|that|this|its)\s+(?:[\w-]+\s+)?(?:branch(?:es)?|subsidiar(?:y|ies)|entit(?:y|ies)|compan(?:y|ies)|offices?|wfoe|jv)\b"
    r"[^.?!]{0,25}\b(?:its|their) own (?:business\s+)?licen[cs]es?\b"
)


# A subject waved away, not asked about: "I don't much care about the extra cost, but: ...",
# "regardless of the fees", "time is not an issue". (A short noun phrase, ending before a comma or
# a word that goes on: not "I'm not worried about the cost but how long does it take?")
_WAVED_THING = (
    r"(?:(?:the|any|an?|our|extra|additional|possible)\s+){0,2}(?:[\w-]+\s+)?"
    r"(?:costs?|price|fees?|money|time|timing|budget|expense|delay|wait|paperwork|cdn|apps?)\b"
    r"(?=\s*(?:[,.;:!?]|$|but\b|-))"
)
# What comes before the writer's "but we're only asking about the website": set aside ("there's
# an Android app too, but we're only asking about the website")
_SET_ASIDE_FOR_THE_SITE = re.compile(
    r"[^.?!:]*?\b(?:but|though|although|yet)\s+(?=(?:i'm|i am|we're|we are|i|we)\s+(?:only|just)\s+"
    r"(?:asking|ask|interested|concerned|wondering)\s+(?:about|in|with)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:web ?frontend|front-?end|web ?sites?|sites?|web ?app|web version|"
    r"web)\b)"
)
_WAVED_AWAY = re.compile(
    r"\b(?:(?:do|does|did)(?:n't| not)\s+(?:\w+\s+)?(?:care|mind|worry)|(?:am|are|is|'m|'re)?\s*"
    r"(?:not|n't)\s+(?:\w+\s+)?(?:worried|concerned|bothered|fussed))\s+(?:about|by|with)\s+"
    + _WAVED_THING
    + r"|\b(?:regardless|irrespective) of\s+"
    + _WAVED_THING
    + r"|\b(?:never mind|setting aside|leaving aside|putting aside)\s+"
    + _WAVED_THING
    + r"|"
    r"\b(?:the\s+)?(?:costs?|price|fees?|money|time|timing|budget)\s+(?:is|are)(?:n't| not)\s+"
    r"(?:really\s+)?(?:an?\s+)?(?:issue|problem|concern|question)\b"
)


# No filing, said as no number: "website blocked no icp number"
_NO_NUMBER = re.compile(
    # (not another site's number looked at: "does that news site really have no ICP number?")
    r"(?<!has )(?<!have )(?<!shows )(?<!show )"
    r"\b(?:no|without(?:\s+an?)?|lacks?(?:\s+an?)?|missing(?:\s+an?)?)\s+(?:icp|beian)\s+"
    r"(?:filing\s+)?(?:number|no\.?)(?=\s|$|[,;.!?'\"”’)])"
    r"(?!\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:footer|page))"
)


# ... or a site without one put as a case, what becomes of it asked: "what happens to a site that
# has no icp number?" (not another's site looked at: "a competitor site that has no ICP number")
_A_SITE_WITHOUT_ONE_PUT = re.compile(
    r"\bwhat\s+(?:happens|will happen|would happen)\s+(?:to|with)\s+(?:an?|any|my|our)\s+"
    r"(?:web)?(?:site|shop|domain)s?\s+(?:that|which)\s+(?:has|have)\s+no\s+(?:icp|beian)\s+"
    r"(?:filing\s+)?(?:number|no\.?)(?=\s|$|[,;.!?])"
)


# A pronoun standing for a thing said before ("does that need ICP?"), not a noun it points at
# ("does that move mean we need ICP?"), nor an event whose consequence is asked ("does that mean
# we need ICP now?")
_A_BARE_REFERENCE = re.compile(
    r"\b(?:it|this|that|these|those|they|them)\b(?!\s+(?:move|change|migration|switch|plan|setup|"
    r"set-up|shift|step|transfer|relocation|means?|makes?|changes?|triggers?)\b)"
)


# A thing the writer no longer has, named with what became of it ("other than a staging server in
# Shenzhen that we shut down in January, everything is in eu-central-1"): not what is asked about.
_A_THING_GONE = re.compile(
    r"\b(?:(?:other than|apart from|except for|besides)\s+)?(?:an?|the|our|one|some|that)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:(?:we|they|i|it)\s+|(?:was|were|has been|have been|"
    r"had been)\s+){1,2}(?:\w+\s+)?(?:shut (?:down|off)|deleted|decommissioned|retired|terminated|"
    r"released|switched off|turned off|closed|removed|cancell?ed|dropped)\b[^,.;?!]*"
)


# A choice already made, told with why ("our dev picked the cheapest ecs region, which turned out
# to be hangzhou"): the superlative was the reason then, not a price or a size asked about now.
# (or found: "the cheapest ECS we found was in cn-shanghai")
_A_CHOICE_MADE = re.compile(
    r"\b((?:picked|chose|chosen|went with|bought|selected|opted for|took)\s+(?:the|our|a)\s+|"
    r"the\s+(?=(?:cheapest|cheaper|least expensive)\s+(?:ecs|servers?|regions?|instances?|"
    r"options?|vps|hosting)\s+(?:we|i)\s+(?:found|saw|got|could find)\b))"
    r"(?:cheapest|smallest|lowest[- ]spec|cheaper|least expensive)\b"
)


_AN_SSL_CERTIFICATE = re.compile(r"\b(?:ssl|tls|https)\s+cert(?:ificate)?s?\b")
_THE_CERTIFICATE = re.compile(r"\b(?:the|that|this|a|an|our|their)\s+cert(?:ificate)?s?\b")
# (another certificate named, the one asked of may be it: "... got the permanent office
# registration certificate - can we use the certificate for the ICP filing?")
_ANOTHER_CERTIFICATE = re.compile(
    r"\b(?:office|registration|permanent|business|company|incorporation)\s+(?:registration\s+)?"
    r"cert(?:ificate)?s?\b|\bcertificate of\b"
)


# The website joined to other things in one phrase: "game servers and the website", "the site
# plus its api"
_THE_WEBSITE_JOINED = re.compile(
    r"\b(?:and|&|plus|as well as)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:website|web ?site|site|homepage|web ?shop)\b|"
    r"\b(?:website|web ?site|site|homepage|web ?shop)\s+(?:and|&|plus|as well as)\s+"
)

# ... placed somewhere: "are on", "runs in"
_PLACED = re.compile(r"\b(?:are|is|run|runs|sit|sits|live|lives|hosted)\s+(?:on|in|at)\b")


def _hosted_with_the_website(found: re.Match) -> bool:
    """The thing other than a site `found` names is in a sentence that places it together with
    the website ("game servers and the website are on alibaba cloud singapore"), not in the
    question."""
    text = found.string
    start = max(text.rfind(mark, 0, found.start()) for mark in ".?!") + 1
    ends = [text.find(mark, found.end()) for mark in ".?!"]
    end = min([e for e in ends if e >= 0] or [len(text)])
    sentence = text[start : end + 1]
    return (
        not sentence.rstrip().endswith("?")
        and bool(_THE_WEBSITE_JOINED.search(sentence))
        and bool(THE_WEBSITES_PLACE.search(sentence) or _PLACED.search(sentence))
    )


@functools.lru_cache(maxsize=256)  # asked several times per message by the scope decision
def _uncovered_subjects(text: str) -> Tuple[str, ...]:
    text = _rules_for_anyone(_SITE_TAKES_PAYMENTS.sub("sells online", clean(text)))
    text = _A_THING_GONE.sub(" ", _WAVED_AWAY.sub(" ", _SET_ASIDE_FOR_THE_SITE.sub(" ", text)))
    text = " ".join(
        # (told, not asked or supposed: "if we picked the cheapest ecs region, which one would
        # that be?")
        _A_CHOICE_MADE.sub(r"\1", sentence)
        if not sentence.rstrip().endswith("?") and not re.search(r"\bif\b", sentence)
        else sentence
        for sentence in SENTENCE_ENDS.split(text)
    )
    asked = asked_part(text)
    # (a short question that asks whether a filing is needed takes in the sentence before it for
    # its facts, not its subjects: "we had timeouts on our SaaS in Frankfurt, so we're moving it
    # to Hangzhou. Does that move mean we need ICP?")
    own = own_question(text)
    context_asked = (
        own
        # (not "Does that need ICP?", whose "that" is the sentence before: "We rent a Beijing
        # ECS just for a VPN for our staff. Does that need ICP?")
        if ASKS_IF_IT_NEEDS_ONE.search(own) and not _A_BARE_REFERENCE.search(own)
        else asked
    )
    if _AN_SSL_CERTIFICATE.search(text) and not _ANOTHER_CERTIFICATE.search(text):
        # (the certificate asked of is the SSL one named before: "cust wants an SSL cert for their
        # site on ECS cn-shanghai. Does the ICP filing have to be done before we can issue the
        # certificate?")
        context_asked = _THE_CERTIFICATE.sub("the ssl certificate", context_asked)
    site_asked = bool(_THE_WEBSITE_ITSELF.search(asked) and THE_WEBSITES_PLACE.search(text))
    # (the whole text searched again only where it holds more than what is asked: a one-question
    # message would be searched twice, and this is the scope decision's costliest step)
    more_than_asked = text != asked
    # (the site asked about by name, the other things than a site are searched in the question's
    # own words, not in the sentence a short question takes in: "we also have an ecs in beijing
    # but it only runs our data pipeline. does the website need icp?")
    other_than_the_site_asked = own if site_asked else asked
    found = [
        name
        for name, pattern in UNCOVERED.items()
        if (
            pattern.search(context_asked)
            if name in _CONTEXT_SUBJECTS
            else pattern.search(
                other_than_the_site_asked if name in _OTHER_THAN_THE_SITE else asked
            )
        )
        or (
            more_than_asked
            and name not in _CONTEXT_SUBJECTS
            and not (site_asked and name in _OTHER_THAN_THE_SITE)
            and pattern.search(text)
            # (other things than a site told hosted together with the website, in the
            # backstory: "game servers and the website are on alibaba cloud singapore. do we
            # need icp?" is about the website too)
            and not (
                name in _OTHER_THAN_THE_SITE
                and all(_hosted_with_the_website(found) for found in pattern.finditer(text))
            )
        )
    ]
    if "companies" not in found and _uses_another_partys_papers(asked, text):
        # "Our Chinese distributor has a business licence in Guangzhou. Can we just use their
        # licence to file?": another company's papers, that company named in the backstory
        found.append("companies")
    if "companies" not in found and (
        (_A_PARTY_HOSTS_OUR_SITE.search(text) and not _IN_THE_PAST.search(text))
        or _WE_ARE_DOMESTIC.search(text)
    ):
        # another company's server with a copy of the site ("our chinese partner hosts a mirror
        # of our site on their own server in guangzhou"), or a company registered in mainland
        # China ("we're a domestic company registered in hangzhou"): the FAQ is for enterprises
        # registered outside mainland China, on their own servers
        found.append("companies")
    if "other_providers" not in found and _another_providers_cdn_in_mainland(text):
        # another provider's CDN in mainland China, told as background ("we're putting
        # Cloudflare's China Network in front of it. ... would we also need Alibaba's temporary
        # ECS?"): the FAQ's CDN rule, temporary ECS and all, is Alibaba Cloud CDN's
        found.append("other_providers")
    if _cannot_reach_in_several_places(text) and "blocking" not in found:
        found.append("blocking")
    if _asks_about_performance(asked):
        found.append("performance")
    if _asks_for_a_property(asked):
        found.append("properties")
    if _asks_for_advice(asked, text):
        found.append("advice")
    if (
        "blocking" in found
        and (
            _NO_FILING_QUESTION.search(text)
            or (
                (BLAMES_THE_FILING.search(text) or _THE_FILING_AS_CAUSE.search(text))
                and to_existing_filing(text) != HAS_A_FILING
            )
        )
        # (censorship is not the filing's: "hosted in Hong Kong without any ICP, will the Great
        # Firewall block us?"; nor is blocking a site the FAQ says needs no filing)
        and not CENSORSHIP.search(text)
        and not _hosted_outside(text)
        # (nor an IP address blocked: "our ip got blocked in china last week, is that because we
        # dont have icp?")
        and not _AN_IP_BLOCKED.search(text)
    ):
        found.remove("blocking")
    if (
        "blocking" in found
        and (ASKS_IF_IT_NEEDS_ONE.search(own) or _NEEDS_TO_FILE.search(own))
        and _BLOCKED_BEFORE_NOW.search(text)
        and not CENSORSHIP.search(text)
    ):
        # a block in the set-up left behind, whether a filing is needed now asked ("they USED to
        # run on ECS cn-hangzhou (no ICP, site got blocked), now everything is on ECS Tokyo")
        found.remove("blocking")
    if "existing_filing" in found and not UNCOVERED["existing_filing"].search(
        _COMMERCIAL_LICENCE_HELD.sub(" ", text)
    ):
        # "we already have a jingying ICP permit": the Commercial License held, a fact the load
        # balancer answer uses, not a filing to change
        found.remove("existing_filing")
    if "existing_filing" in found and (
        _CHANGES_WHAT_IS_NEEDED.search(text)
        or (_WHAT_CHANGES_FILING_WISE.search(text) and to_existing_filing(text) != HAS_A_FILING)
    ):
        found.remove("existing_filing")  # "how does the CDN change the ICP picture for us?"
    if "number_and_footer" in found and not UNCOVERED["number_and_footer"].search(
        _NO_NUMBER.sub(" ", _GETS_THE_NUMBER.sub(" ", _A_SITE_WITHOUT_ONE_PUT.sub(" ", text)))
    ):
        # "how do I apply for an ICP filing number?", "website blocked, no icp number": getting
        # the filing, or having none
        found.remove("number_and_footer")
    if "other_countries" in found and not UNCOVERED["other_countries"].search(
        _AN_ENTITYS_OWN_LICENCE.sub(" ", text)
    ):
        found.remove("other_countries")  # "or the tianjin branch with its own license?"
    if "filing_details" in found and _FILES_AS_OUR_ENTITY.search(text):
        # "can we apply for ICP in the name of our Shanghai subsidiary?": which registration
        # documents a foreign company can use (not whose name a domain is in)
        found.remove("filing_details")
    if (
        "number_and_footer" in found
        and ASKS_IF_IT_NEEDS_ONE.search(_question_clause(text))
        and not _WHERE_SHOWN.search(text)
        and not UNCOVERED["number_and_footer"].search(_question_clause(text))
    ):
        # "A Chinese client asked about an ICP number - do we actually need one?": whether a
        # filing is needed, the number being how the client put it
        found.remove("number_and_footer")
    if "settings" in found and not UNCOVERED["settings"].search(
        _OUR_OWN_API.sub(" ", FILES_THROUGH_THE_CONSOLE.sub(" ", text))
    ):
        # "can we still file through your console?", "our mainland-hosted API is called by IP"
        found.remove("settings")
    if (
        "settings" in found
        and (asks_if_it_needs_a_filing(text) or speaks_of_needing_a_filing(text))
        and not UNCOVERED["settings"].search(_PROTOCOLS.sub(" ", text))
    ):
        # "a rep said we could skip ICP if the site serves HTTPS only": whether a filing is
        # needed, for a site of any protocol
        found.remove("settings")
    if "time" in found and ECS_TERM.search(text) and not _APPROVAL.search(asked):
        found.remove("time")  # "how long must the temporary ECS be subscribed?" (three months)
    if (
        "cost" in found
        and (ECS_TERM.search(text) or _PAYS_FOR_THE_TERM.search(text))
        # (the temporary instance's, not the site's own server: "their site ecs in shanghai is
        # pay-as-you-go, is that ok for filing or does it need to be subscription")
        and not (_A_SITES_OWN_SERVER.search(asked) and not TEMPORARY_SERVER.search(asked))
        and not UNCOVERED["cost"].search(_PAYS_FOR_THE_TERM.sub(" ", BILLING_METHOD.sub(" ", text)))
    ):
        # "can the temporary ECS be pay-as-you-go, or must it be a subscription?": the FAQ says
        # a subscription of at least three months (not what it costs)
        found.remove("cost")
    if "messages" in found and _ASKS_IF_NEEDED.search(text):
        found.remove("messages")  # "why does the CDN say mainland acceleration needs ICP?"
    if (
        "definition" in found
        and _ALSO_ASKS_WHY_NEEDED.search(text)
        and not WHY_NEEDED_AT_ALL.search(text)
    ):
        found.remove("definition")  # "what is an ICP license and why do I need it?"
    if (
        "data_and_content" in found
        and not UNCOVERED["data_and_content"].search(asked)
        and not CONTENT_WITH_RULES.search(text)
    ):
        # "servers in Frankfurt for GDPR reasons ... do we need ICP now?": the data rules are why
        # the servers are there, not what is asked (content with rules of its own still counts)
        found.remove("data_and_content")
    if "other_countries" in found and not (
        PLACES_OUTSIDE.search(text)
        or _FOREIGN_REGULATORS.search(text)
        or _ANOTHER_COUNTRYS_KIND.search(text)
    ):
        found.remove("other_countries")  # "is the CDN's filing the same as the ICP for our ECS?"
    if set(found) & _BACKSTORY_SUBJECTS and _asks_one_question(text):
        question = _question_clause(text)
        if (
            question != text
            and ASKS_IF_IT_NEEDS_ONE.search(question)
            and not REFERS_BACK.search(question)
        ):
            # "Our customers pay in RMB but the site is hosted in the US. Do we need ICP?": the
            # backstory's subjects are not what is asked, when the question asks only whether a
            # filing is needed (not "our app. does it need ICP?", which asks of the app)
            # (another provider's CDN in mainland China stays: whether it needs a filing is that
            # provider's rule, not the FAQ's)
            found = [
                f
                for f in found
                if f not in _BACKSTORY_SUBJECTS
                or UNCOVERED[f].search(question)
                or (f == "other_providers" and _another_providers_cdn_in_mainland(text))
            ]
    if (
        "existing_filing" not in found
        and _LEAVES_THE_BALANCER.search(text)
        and (to_existing_filing(text) == HAS_A_FILING or _COMMERCIAL_LICENCE_HELD.search(text))
    ):
        # "we hold an icp commercial license and are dropping the slb, going back to a single
        # ecs": the FAQ's load balancer answer covers changing to one, not away from it
        found.append("existing_filing")
    if (
        "existing_filing" not in found
        and (_COMMERCIAL_LICENCE_HOLDER.search(text) or _COMMERCIAL_LICENCE_HELD.search(text))
        and _A_NEW_IP.search(text)
        and _NO_BALANCER_INVOLVED.search(text)
    ):
        # "We hold an ICP Commercial License. New ECS, different IP, no load balancer involved.
        # Do we update the license?": the FAQ says so only of an IP changed to a load balancer's
        found.append("existing_filing")
    return tuple(_lifted(found, text))


# A load balancer given up: "dropping the slb", "going back from the SLB to a single ECS"
_COMMERCIAL_LICENCE_HOLDER = re.compile(r"\b(?:commercial|jing ?ying)\s+licen[cs]e\s+holders?\b")
_A_NEW_IP = re.compile(
    r"\b(?:new|different|another|changed|changing)\s+(?:public\s+)?ip(?:\s+address)?\b|"
    r"\bip(?:\s+address)?\s+(?:changes|changed|changing|will change)\b"
)
_NO_BALANCER_INVOLVED = re.compile(
    r"\b(?:no|without|not using|not behind)\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:slb|clb|alb|server load balancer|load[- ]?balanc\w*)\b"
)
_LEAVES_THE_BALANCER = re.compile(
    r"\b(?:drop\w*|remov\w*|ditch\w*|retir\w*|decommission\w*|delet\w*|releas\w*|"
    r"stop\w*\s+using|get\w*\s+rid\s+of|got\s+rid\s+of|"
    r"(?:go\w*|went|mov\w*|switch\w*)\s+back\s+from)\s+(?:(?:the|our|an?|that|this)\s+)?"
    r"(?:[\w-]+\s+)?(?:slb|clb|alb|server load balancer|load[- ]?balancers?)\b"
)


_OTHER_PARTY = r"(?:partners?|agents?|resellers?|distributors?|licensees?|franchisees?|importers?)"
# Another party hosting a copy of the user's site on its own server
_A_PARTY_HOSTS_OUR_SITE = re.compile(
    rf"\b{_OTHER_PARTY}(?:'s|s')?\s+(?:(?!(?:said|says|told|tells|thinks?|suggest\w*)\b)\w+\s+)"
    r"{0,2}?(?:host(?:s|ed|ing)?|mirror(?:s|ed|ing)?|runs?|running)\s+(?:an?\s+|the\s+)?"
    r"(?:copy|mirror|clone|version)\s+of\s+(?:our|my)\b|"
    r"\b(?:hosted|mirrored|run)\s+by\s+(?:our|an?|the|their)\s+(?:local\s+|chinese\s+|china\s+)?"
    + _OTHER_PARTY
    + r"\b|"
    rf"\bon\s+(?:our|the|an?)\s+(?:local\s+|chinese\s+|china\s+)?{_OTHER_PARTY}(?:'s|s')\s+"
    r"(?:own\s+)?(?:servers?|ecs|hosting|infrastructure)\b"
)
_IN_THE_PAST = re.compile(r"\bused to\b|\bno longer\b|\bpreviously\b|\bformerly\b|\bbefore\b")
# The writer's company registered in mainland China: "we're a domestic company", "we are a
# Chinese company, not foreign"
_WE_ARE_DOMESTIC = re.compile(
    # (not "chinese" alone: "we are a chinese restaurant business in london")
    r"\b(?:we|i)\s*(?:'re|are|am|'m)\s+(?:an?\s+)?(?:domestic|mainland(?:\s+chinese)?|prc|"
    r"china[- ]registered|locally registered)\s+(?:[\w-]+\s+)?(?:company|business|firm|"
    r"enterprise|entity|startup|corporation)\b"
    r"(?!\s+(?:(?:based|registered)\s+)?(?:in|from)\s+(?:hong kong|hk|taiwan|macau|macao|singapore|"
    r"overseas|abroad)\b)"
)


# Another country's regulator or rules, or a country named by its adjective ("Russian
# Roskomnadzor registry", "Indonesia PSE"; the country itself is a place abroad).
_FOREIGN_REGULATORS = re.compile(
    r"\b(?:kominfo|pse|roskomnadzor|meity|dpo|data protection officer|eu|gdpr)\b|"
    + words_pattern(tuple(a for a in FOREIGN_ADJECTIVES if a != "english"))
)


# Another country's kind of filing, named as such ("the Kazakh counterpart of ICP", "an
# ICP-style registration").
_ANOTHER_COUNTRYS_KIND = re.compile(
    r"\b(?:equivalent|counterpart|analog(?:ue)?|comparable)\b|"
    r"\b(?:icp|beian)[- ](?:style|like|type)\b"
)


def _asks_one_question(text: str) -> bool:
    """One question asked ("Which suffixes are allowed? Do we need ICP?" asks two)."""
    return len(asking_parts(text)) <= 1


# Subjects a need question's backstory may name without being asked about: how the site is paid
# for or set up, its business, its domain, its speed.
_BACKSTORY_SUBJECTS = {"settings", "cost", "business_types", "marketing", "domains"}


# A marketing site, said of the site ("a new marketing site", "the China site for a 2 month
# campaign"): the FAQ's rules hold for any website, so it is no other subject (asking about
# advertising still is). (Not so an e-commerce site: "is a filing enough for an e-commerce site?"
# asks about licences the FAQ does not name.)
_SITE_KIND = re.compile(
    r"\b(?:marketing|campaign|promotional|promo)\s+(?:sites?|websites?|shops?|"
    r"stores?|platforms?|pages?|landing pages?|microsites?|web ?apps?)\b|"
    r"\b(?:sites?|websites?|pages?|microsites?)\s+for\s+(?:an?|our|the|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:campaigns?|marketing|promotions?)\b|"
    # the people, not the subject: "our marketing team wants it faster in China"
    r"\bmarketing (?:team|department|dept|people|manager|colleagues?|folks|lead|director|hire|"
    r"person|guy|intern|head|staff)s?\b|"
    r"\bmarketing (?:wants?|says?|said|asks?|asked|insists?|would like|needs?|is asking|keeps)\b"
)
# (an office, of which the FAQ says it cannot get the commercial licence; not a company)
_THE_OFFICE_LEFT_FOR_A_COMPANY = re.compile(
    r"\b(?:from|upgrad\w*|convert\w*|turn\w*|replac\w*)\b[^.?!]{0,40}\b(?:rep(?:resentative)? "
    rf"offices?|{REP_OFFICE_PINYIN}|offices?)\b[^.?!]{{0,20}}\b(?:to|into|with|by)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:branch|subsidiary|wfoe|registered company|legal entity)"
)
_NAMES_AN_OFFICE = re.compile(
    rf"\b(?:rep(?:resentative)? offices?|{REP_OFFICE_PINYIN})\b|"
    r"(?<!its )(?<!their )(?<!head )(?<!main )(?<!registered )\boffices?\b"
)
# Documents the user cannot provide (filing_facts.lacks_documents) are the FAQ's own case for
# having no filing, not a question about which documents there are.
_ASKS_WHICH_DOCUMENTS = re.compile(
    r"\b(?:what|which|list)\b[^.?!]{0,30}\b(?:documents?|paperwork|papers)\b"
)
# Object storage as the site's origin behind a CDN (not a question about OSS itself).
_STORAGE_AS_ORIGIN = re.compile(
    r"\borigin\b[^.?!]{0,20}\b(?:oss|object storage|buckets?)\b|"
    r"\b(?:oss|object storage|buckets?)\b[^.?!]{0,15}\b(?:as|is) (?:the |our )?origin\b"
)
# The console turning the filing down ("alibaba console say cannot filing, why?")
_THE_CONSOLE_REFUSES = re.compile(
    r"\b(?:alibaba(?:\s+cloud)?\s+|aliyun\s+|the\s+|your\s+)?(?:console|filing system|system|"
    r"portal)\s+(?:says?|said|shows?|showed|tells?\s+(?:us|me)|told\s+(?:us|me)|won't let\s+"
    r"(?:us|me))\b[^.?!]{0,30}?\b(?:cannot|can't|cant|can not|unable to|not able to|not possible|"
    r"not allowed)\b[^.?!]{0,20}?\b(?:fil\w*|appl\w*|register\w*|submit\w*)"
)
# ... for a fault of its own, not for want of a domain: "submission failed", a plugin, an error code
_A_CONSOLE_FAULT = re.compile(
    r"\b(?:error\w*|fail\w*|bugs?|buggy|plugins?|browsers?|loading|crash\w*|time ?outs?|"
    r"timed out|codes?|glitch\w*|broken|stuck)\b"
)
# Storage that serves the site itself ("static site on an OSS bucket in Singapore")
_STORAGE = re.compile(r"\b(?:oss|object storage|buckets?)\b")
# A server's public address named: with a site reached only by IP, how it is reached
_A_PUBLIC_IP = re.compile(r"\b(?:(?:public|elastic|static|fixed)\s+(?:ip|ipv4)|eip)\b")
# ... or what else serves a site: a load balancer of another kind
_SERVES_THE_SITE = re.compile(
    r"\b(?:oss|object storage|buckets?|alb|nlb|(?:application|network) load balancers?)\b"
)
# Leaving another provider for Alibaba Cloud ("moving our workloads from AWS Tokyo to Alibaba ECS
# Hangzhou"): the question is about Alibaba Cloud.
_LEAVES_ANOTHER_PROVIDER = re.compile(
    r"\b(?:from|off|leav\w*|away from)\s+(?:\w+\s+)?"
    r"(?:aws|amazon\w*|azure|google cloud|gcp|tencent\w*|huawei\w*|digitalocean|linode|ovh|"
    r"vultr|hetzner)\b[^.?!]{0,60}\b(?:to|onto|into|with)\s+(?:\w+\s+)?(?:alibaba|aliyun|ecs)\b|"
    # ("we run on AWS Tokyo. Next year we plan to migrate to Alibaba Cloud Hangzhou")
    r"\b(?:migrat\w*|mov(?:e|es|ed|ing)|switch\w*|transfer\w*)\s+(?:\w+\s+){0,3}?(?:to|onto|into)\s+"
    r"(?:alibaba|aliyun|ecs)\b|"
    # ("we left Tencent Cloud Guangzhou in January and now run only from Alibaba Cloud Singapore")
    r"\b(?:left|quit|ditched|abandoned|(?:moved|migrated) (?:off|away from))\s+(?:our\s+|the\s+)?"
    r"(?:amazon\w*|google cloud|" + words_pattern(HOSTING_PROVIDERS) + r")|"
    # another provider given up for Alibaba Cloud's: "what if we drop cloudflare and use alibaba
    # cdn covering mainland china instead?", "replace cloudflare with alibaba cdn"
    r"\b(?:drop|dropp\w*|ditch\w*|replac\w*|swap\w*|stop using|get rid of|leav(?:e|ing))\s+"
    r"(?:our\s+|the\s+)?(?:amazon\w*|google cloud|"
    + words_pattern(HOSTING_PROVIDERS + CDN_PROVIDERS)
    + r")\b[^.?!]{0,40}\b(?:for|with|to|and (?:use|go with|switch to|move to))\s+"
    r"(?:\w+\s+)?(?:alibaba|aliyun|alicloud|ecs)\b"
)


# A provider's person or desk quoted: "an aws guy told us ...", "Tencent support says ..."
_A_PROVIDER_AS_SOURCE = re.compile(
    r"\b(?:an?|the|some|one|our|their)?\s*(?:"
    + words_pattern(HOSTING_PROVIDERS + CDN_PROVIDERS)
    + r"|aws|amazon|azure|google)\s+(?:guy|person|people|rep|reps|engineers?|support|sales\w*|"
    r"contacts?|account managers?|consultants?|architects?|employees?|staff|folks|team)\s+"
    r"(?:told|tell|tells|said|says|claims?|claimed|mentioned|thinks?|reckons?|insists?|"
    r"swears?)\b"
)
_THE_PROVIDERS_OWN = re.compile(
    r"\b(?:their|its)\s+(?:own\s+|[\w-]+\s+)?(?:cdns?|servers?|cloud|network|platform|services?|"
    r"regions?|rules?|filing|system|side)\b|"
    # ("a tencent rep says we need a filing with them too", "if we host with them in ningxia")
    r"\b(?:with|through|via|at|on)\s+them\b"
)
# The temporary server put outside mainland China, said or asked: the CDN answer places it
_THE_TEMPORARY_SERVER_ABROAD = re.compile(
    TEMPORARY_SERVER.pattern
    # (nothing of the instance's own between: "which instance type if we put it in hong kong?")
    + r"(?:(?!\b(?:types?|sizes?|specs?|cores?|v?cpus?|ram|memory|gb|cheapest|smallest)\b)"
    r"[^.?!]){0,60}\b(?:outside (?:of )?(?:mainland|china)|abroad|overseas|"
    + PLACES_OUTSIDE.pattern
    + r"|"
    + words_pattern(HONG_KONG)
    + r")"
)


# Where a filing number is shown: "... the ICP number in the footer", "display it".
_WHERE_SHOWN = re.compile(r"\b(?:footers?|display\w*|show\w*|put|place|homepage|pages?)\b")


def _question_clause(text: str) -> str:
    """The clause the last question stands in: "a client asked about an ICP number - do we
    actually need one?" -> "do we actually need one?"."""
    return re.split(r"\s[-–—]\s|[,;:]\s", last_question(text) or text)[-1]


# A web page of one's own reached by its IP address: the FAQ's IP-only question, though only
# staff or devices open it ("staff open the internal portal via http://106.14.x.x").
# (or opened in a browser: "staff type the IP in the browser")
_WEB_PAGES = re.compile(
    r"\b(?:portals?|dashboards?|panels?|web ?apps?|websites?|sites?|browsers?)\b"
)
_CLOSED_NETWORK = re.compile(r"\bno public access\b|\bprivate network\b|\bintranet\b|\bvpn\b")


_LOAD_BALANCER = r"(?:slb|clb|alb|server load balancer|load[- ]?balancers?)"
_POINTS_AT_THE_BALANCER = re.compile(
    r"\b(?:point|points|pointing|pointed|switch|switches|switched|switching|change|changes|"
    r"changed|changing|move|moves|moved|moving)\b"
    rf"[^.?!]{{0,30}}\b(?:to|at)\s+(?:the\s+|our\s+|an?\s+)?(?:new\s+)?{_LOAD_BALANCER}\b"
)
# The filing made with the ministry ("file anything with MIIT"), not a contact with it.
_FILES_WITH_MIIT = re.compile(
    r"\b(?:file|filed|filing|register|registered|registration|submit\w*|appl(?:y|ied|ication))\b"
    r"[^.?!]{0,25}\b(?:with|to|at)"
    r"\s+(?:the\s+)?miit\b"
)
_THE_CONSOLE = re.compile(r"\b(?:(?:alibaba cloud|aliyun|alicloud|cdn)\s+)?(?:console|portal)\b")
_THE_CONSOLE_SAYS = re.compile(
    r"\b(?:the\s+|our\s+)?(?:(?:alibaba cloud|aliyun|alicloud|ecs|cdn)\s+)?(?:console|portal)\s+"
    r"(?:says|said|shows?|showed|lists?|listed|labels?|labell?ed|calls? it|called it|displays?|"
    r"reads)\b|"
    # ... or a message got from it: "got this in the console: '...'"
    r"\b(?:got|get|getting|saw|see|seeing|received)\s+(?:this|that|an?\s+(?:error|message|"
    r"warning|notice)|the\s+(?:error|message|warning|notice))\s+(?:\w+\s+)?(?:in|from|on)\s+"
    r"(?:the\s+|our\s+)?(?:(?:alibaba cloud|aliyun|alicloud|ecs|cdn)\s+)?(?:console|portal)\b"
)
_QUOTED = re.compile(r"['\"“‘]([^'\"”’]{10,})['\"”’]")
# What a message shown means, asked: "what does this mean for us?"
_WHAT_IT_MEANS = re.compile(
    r"\bwhat\s+(?:does|do)\s+(?:this|that|it)\s+mean\b|\bwhat\s+(?:now|do we do now|should we do)\b"
)


# Who a claim comes from, not whose filing it is: "our China partner wrote:", "docs from a
# partner:", "the agent says"
# (quoted, or after a colon: "the agent says he can file for us" is a question of agents)
_CLAIM_SOURCE = re.compile(
    r"\b(?:partners?|agents?|agency|consultants?)(?:'s)?\s+(?:\w+\s+)?(?:wrote|writes\s*[:\"'“‘]|"
    r"(?:told us|tells us|says|said|claims?|insists?|mentioned|sent|emailed|replied)\s*[:\"'“‘])|"
    r"\b(?:docs|documents|notes?|mails?|e-?mails?|messages?|advice)\s+from\s+(?:an?|our|the|a\s+\w+)\s+"
    r"(?:partners?|agents?|agency|consultants?)\s*:"
)


# The licence itself called a document: "An ICP license is a document required by any business"
_THE_FILING_AS_A_DOCUMENT = re.compile(
    r"\b(?:icp|beian|filing|licen[cs]e|permit)s?\s+(?:is|are)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:documents?|certificates?)\b"
)


# A site of some kind, told where it runs: "the SaaS app runs on ECS in Beijing", "our e-commerce
# site is ready on ECS in Shanghai", "our SaaS dashboard sat on AWS Frankfurt"
_A_SITE_OF_A_KIND_PLACED = re.compile(
    r"\b(?:e-?commerce|saas)\s+(?:[\w-]+\s+)?(?:sites?|website|shop|store|apps?|platform|dashboard|"
    r"product|portal|backend|service)\s+(?:(?:is|are|was|were|now|currently|already|still)\s+)?"
    r"(?:runs?|ran|running|sits?|sat|lives?|hosted|deployed|ready|live|up)\b[^.?!]{0,15}?"
    r"\b(?:on|in|at)\b"
)


# Whether a filing suffices, or what else is needed, asked
_MORE_THAN_A_FILING = re.compile(
    r"\b(?:enough|sufficient|suffice|on top|additional|extra|other licen\w*|anything else|"
    r"more than (?:a|the|just a|just the) (?:icp\s+)?(?:filing|beian))\b"
)


# The user's site on Alibaba Cloud, named in what is asked ("for the new Alibaba Cloud site", "for
# the Alibaba side"; not "through Alibaba Cloud")
_THE_ALIBABA_SITE = re.compile(
    r"\b(?:alibaba(?:\s+cloud)?|aliyun|alicloud)(?:'s)?\s+(?:side|site|website|servers?|instances?|"
    r"ecs|part|box|hosting|shop|store)\b"
)


# What it takes to apply, asked in general ("what do we need in order to apply for the ICP?"), and
# a company with no entity in China
_WHAT_IT_TAKES_TO_APPLY = re.compile(WHAT_WE_NEED_TO + r"(?:apply|file|register)\b")
_NO_ENTITY = re.compile(
    r"\bno (?:registered |legal |local |chinese )?(?:entity|entities|company|presence|office|"
    r"branch|subsidiary)\b"
)


# The production site, placed ("production slb and ecs are in cn-shanghai", "prod is in hk")
_PRODUCTION_PLACED = re.compile(
    r"\b(?:production|prod|live (?:site|website|env\w*)|main (?:site|website))\b[^.?!]{0,40}?"
    r"\b(?:is|are|runs?|running|sits?|lives?|hosted|stays?)\b"
)
# A copy for trying things out: a staging, test or development site
_NAMES_A_TRIAL_SITE = re.compile(
    r"\b(?:staging|stage|test|testing|dev|development|qa|uat|sandbox)\b(?:\s+(?:env\w*|box|"
    r"boxes|servers?|sites?|ecs|instances?))?"
)


def _lifted(found: List[str], text: str) -> List[str]:
    """The subjects found that are background here, not what is asked."""
    lifted = set()
    if "marketing" in found and not UNCOVERED["marketing"].search(_SITE_KIND.sub(" ", text)):
        lifted.add("marketing")  # "which region lets our new marketing site skip ICP?"
    if (
        "documents" in found
        and foreign_documents(text)
        and not _ASKS_WHICH_DOCUMENTS.search(text)
        and not PAPERS_MADE_VALID_ASKED.search(text)
    ):
        lifted.add("documents")  # "can overseas-issued documents be used for the icp filing?"
    if (
        "licence_types" in found
        and _NAMES_AN_OFFICE.search(text)
        and MAY_GET.search(text)
        # (not the office left for a branch company, which the FAQ says nothing of: "if we
        # upgrade from our rep office to a proper branch company, will we then be able to get
        # the icp commercial license?")
        and not _THE_OFFICE_LEFT_FOR_A_COMPANY.search(text)
    ):
        # "with a physical office in China, can I get an ICP filing or a commercial license?":
        # the FAQ's own first question
        lifted.add("licence_types")
    if (
        "business_types" in found
        and not UNCOVERED["business_types"].search(_A_SITE_OF_A_KIND_PLACED.sub(" ", text))
        # (not "... and we take online payments. Is ICP filing enough?")
        and not _MORE_THAN_A_FILING.search(asked_part(text))
    ):
        # "the e-commerce site is ready on ECS in Shanghai": the kind describes the site whose
        # place is told, it is not what is asked
        lifted.add("business_types")
    if (
        "business_types" in found
        and NAMES_A_PRESENCE.search(text)
        and not _MORE_THAN_A_FILING.search(asked_part(text))
    ):
        # "can our rep office get a commercial licence for our shop?" (not "... can it sell
        # products through that website, or does online selling need more than a filing?")
        lifted.add("business_types")
    if (
        "companies" in found
        and not UNCOVERED["companies"].search(_CLAIM_SOURCE.sub(" ", text))
        and not _uses_another_partys_papers(asked_part(text), text)
        and not _A_PARTY_HOSTS_OUR_SITE.search(text)
        and not _WE_ARE_DOMESTIC.search(text)
    ):
        lifted.add("companies")  # "our China partner wrote: 'registered in Liaoning, so ...'"
    if "documents" in found and not UNCOVERED["documents"].search(
        _THE_FILING_AS_A_DOCUMENT.sub(" ", text)
    ):
        lifted.add("documents")  # "an ICP license is a document required by any business ..."
    if "documents" in found and lacks_documents(text) and not (_ASKS_WHICH_DOCUMENTS.search(text)):
        lifted.add("documents")  # "we can't provide the documents required, what now?"
    if (
        "documents" in found
        and ASKS_WHOSE_PAPERS.search(text)
        and not _ASKS_WHICH_DOCUMENTS.search(text)
    ):
        # "can we use its documents for the ICP or do we need our Irish parent's documents?":
        # whose registration documents count, which the physical office answer says
        lifted.add("documents")
    if "documents" in found and not UNCOVERED["documents"].search(
        TOO_MUCH_TO_TAKE_ON.sub(" ", text)
    ):
        # "that sounds like way too much paperwork for us. what now?": the burden alone named it
        lifted.add("documents")
    if filing_out_of_reach(text) and any(asks_what_to_do_now(p) for p in asking_parts(text)):
        # "the domain is registered under our partner's name, so I can't finish the filing. what
        # now?": why the filing cannot be done is background; what to do is the FAQ's no-filing
        # answer
        lifted |= {"companies", "documents", "domains", "filing_details"} & set(found)
    if (
        "documents" in found
        and (NAMES_A_PRESENCE.search(text) or _NO_ENTITY.search(text))
        and not UNCOVERED["documents"].search(_WHAT_IT_TAKES_TO_APPLY.sub(" ", text))
    ):
        # "no registered entity there, only a co-working desk. What do we need in order to
        # apply?": what a company with that presence (or none) needs to be able to file, which
        # the physical office answer says (not a list of papers)
        lifted.add("documents")
    if "miit_contact" in found and not UNCOVERED["miit_contact"].search(
        _FILES_WITH_MIIT.sub(" ", text)
    ):
        lifted.add("miit_contact")  # "do we have to file anything with MIIT?": the filing itself
    if "miit_contact" in found and not UNCOVERED["miit_contact"].search(
        THE_AUTHORITY_TO_GO_TO.sub(" ", text)
    ):
        # "which authority do we go to then?": where the filing goes, which the IP-only and
        # province answers name (not for setting up an office: "steps to register a ban shi chu,
        # and which authority do we apply to?")
        if not A_PRESENCE_SET_UP.search(text):
            lifted.add("miit_contact")
    if (
        "settings" in found
        and asks_if_it_needs_a_filing(text)
        and len(asking_parts(text)) <= 1
        and (
            # The console as where the CDN's coverage is set: "'Mainland China Only' as the
            # region in the CDN console: filing needed?"
            (
                to_cdn_coverage(text) is not None
                and not UNCOVERED["settings"].search(_THE_CONSOLE.sub(" ", text))
            )
            # ... or what it shows, told beside where the site is: "we're on the 'China (Hong
            # Kong)' region, the console says China so do we need ICP?"
            or (
                to_hosting_location(text) is not None
                and not UNCOVERED["settings"].search(_THE_CONSOLE_SAYS.sub(" ", text))
            )
        )
    ):
        lifted.add("settings")
    if (
        "settings" in found
        and _THE_CONSOLE_SAYS.search(text)
        and _WHAT_IT_MEANS.search(text)
        # (quoted, and of the filing: not "got an error in the console when setting the cdn
        # region, what does this mean?")
        and any(names_the_filing(quoted) for quoted in _QUOTED.findall(text))
        and not UNCOVERED["settings"].search(_THE_CONSOLE_SAYS.sub(" ", text))
    ):
        # a message the console showed, asked what it means: "Got this in the console: 'The
        # domain has no ICP filing, access has been blocked.' ... What does this mean for us?"
        lifted.add("settings")
    if (
        {"settings", "existing_filing"} & set(found)
        and _POINTS_AT_THE_BALANCER.search(text)
        # (not what becomes of the filing, asked: "if I release the filing's ECS once DNS points
        # at the SLB, is the filing cancelled?"), nor what becomes of the server filed with ("after
        # the DNS points at the SLB, do we have to keep that ECS running?")
        and not re.search(A_FILINGS_END, _question_clause(text))
        and not _THE_SERVER_KEPT_OR_RELEASED.search(_question_clause(text))
    ):
        # "filing approved with an ECS's IP; now we point the domain at the SLB: just change the
        # DNS record?": the FAQ's load balancer steps
        lifted |= {"settings", "existing_filing"}
    if (
        "instance_specs" in found
        and to_access_method(text) == IP_ONLY
        and not UNCOVERED["instance_specs"].search(_A_PUBLIC_IP.sub(" ", text))
    ):
        # "Our ECS has to have a public IP since customers connect by IP only, do we need ICP?":
        # the public IP is how the site is reached, the IP-only answer's case
        lifted.add("instance_specs")
    if (
        "settings" in found
        and to_access_method(text) == IP_ONLY
        and _THE_CONSOLE_REFUSES.search(text)
        and not _A_CONSOLE_FAULT.search(text)
        and not UNCOVERED["settings"].search(_THE_CONSOLE_REFUSES.sub(" ", text))
    ):
        # "server in shenzhen, only IP, no domain. alibaba console say cannot filing, why?": the
        # IP-only answer's point (Alibaba Cloud's system takes domain names only)
        lifted.add("settings")
    if (
        "other_products" in found
        and _hosted_outside(text)
        and asks_if_it_needs_a_filing(text)
        and not UNCOVERED["other_products"].search(_SERVES_THE_SITE.sub(" ", text))
    ):
        # "static site on OSS in ap-southeast-1, ICP needed?", "NLB in ap-southeast-1 with 3 ECS
        # behind it": hosted outside mainland China, the FAQ's answer holds whatever serves the
        # site (in the mainland the FAQ speaks of ECS and its Server Load Balancer only)
        lifted.add("other_products")
    if "other_products" in found and _STORAGE_AS_ORIGIN.search(text):
        # "CDN acceleration region Global, origin is an OSS bucket in Singapore. ICP needed?": the
        # CDN answer holds wherever the origin is
        lifted.add("other_products")
    if (
        "not_websites" in found
        and to_access_method(text) == IP_ONLY
        and _WEB_PAGES.search(text)
        and not _CLOSED_NETWORK.search(text)
    ):
        lifted.add("not_websites")
    if (
        "other_providers" in found
        and not UNCOVERED["other_providers"].search(_A_PROVIDER_AS_SOURCE.sub(" ", text))
        and not _another_providers_cdn_in_mainland(text)
        # (the claim about the provider's own: "tencent support says their cdn needs icp")
        and not _THE_PROVIDERS_OWN.search(text)
    ):
        # "an aws guy told us alibaba cdn for mainland only needs icp if the origin is in china
        # too": the provider's person is where the claim comes from, not what it is about
        lifted.add("other_providers")
    if (
        "instance_specs" in found
        and _THE_TEMPORARY_SERVER_ABROAD.search(text)
        and not UNCOVERED["instance_specs"].search(_THE_TEMPORARY_SERVER_ABROAD.sub(" ", text))
    ):
        # "forum says the temp ecs for a cdn filing can be in any region, even singapore": the
        # FAQ's CDN answer says it is in mainland China
        lifted.add("instance_specs")
    if (
        "other_providers" in found
        and _LEAVES_ANOTHER_PROVIDER.search(text)
        # (the provider left still asked about or kept: "we replaced cloudflare with alibaba cdn,
        # does cloudflare need icp?", "... or keep cloudflare and ...?")
        and not _asks_of_a_provider(asked_part(text))
        and not UNCOVERED["other_providers"].search(_LEAVES_ANOTHER_PROVIDER.sub(" ", text))
    ):
        lifted.add("other_providers")
    if "other_providers" in found and _asks_of_the_users_alibaba_cloud(text):
        lifted.add("other_providers")
    if (
        "other_providers" in found
        and not UNCOVERED["other_providers"].search(_ON_A_PROVIDER_OURSELVES.sub(" ", text))
        and not _asks_of_a_provider(asked_part(_ON_A_PROVIDER_OURSELVES.sub(" ", text)))
        # (an unnamed provider's CDN for the mainland stays: "another provider's cdn that has
        # china nodes (not alibaba)")
        and not _another_providers_cdn_in_mainland(text)
    ):
        # "so we need an ECS in China even though we're on AWS?": the provider is only where the
        # writer's site runs outside China, and the question is the FAQ's
        lifted.add("other_providers")
    if (
        {"other_providers", "business_types"} & set(found)
        and _hosted_outside(text)
        and not _another_providers_cdn_in_mainland(text)
        and not _asks_of_a_provider(asked_part(text))
    ):
        # "our shop is on AWS in Virginia, need ICP?": hosted outside mainland China, the FAQ's
        # answer holds whoever the provider and whatever the business (not so with another
        # provider's CDN in mainland China: the FAQ's CDN rule is Alibaba Cloud CDN's)
        lifted |= {"other_providers", "business_types"}
    if (
        "not_websites" in found
        and _hosted_outside(text)
        # (or the question before asked again of it: "same for the staging box in eu-central-1?")
        and (
            asks_if_it_needs_a_filing(text)
            or re.match(r"\W*(?:and\s+)?(?:the\s+)?same\s+for\b", text)
        )
        and not _another_providers_cdn_in_mainland(text)
        and not UNCOVERED["not_websites"].search(re.sub(WEB_BUT_NOT_PUBLIC, " ", text))
    ):
        # "internal tool hosted in Frankfurt, staff in China use it daily. ICP needed?": a web
        # site for staff, hosted outside mainland China: the FAQ's "no filing" holds (not a mail
        # or game server, which is no website at all)
        lifted.add("not_websites")
    if (
        "not_websites" in found
        and _PRODUCTION_PLACED.search(text)
        and not _NAMES_A_TRIAL_SITE.search(" ".join(asking_parts(text)))
        and not UNCOVERED["not_websites"].search(_NAMES_A_TRIAL_SITE.sub(" ", text))
    ):
        # "singapore is only the test environment. production slb and ecs are in cn-shanghai":
        # the test copy set aside, the production site's place told (not "does the test
        # environment need a filing?", asked of the copy that is not open to the public)
        lifted.add("not_websites")
    if (
        "licence_types" in found
        and _COMMERCIAL_LICENCE_HELD.search(text)
        and _ADDS_A_LOAD_BALANCER.search(text)
        and not UNCOVERED["licence_types"].search(_question_clause(text))
    ):
        # "We hold an ICP Commercial Licence (and an EDI one). Next week the site's IP moves from
        # the single ECS to the SLB's address - anything ICP-wise we must do?": the licences held
        # are the load balancer answer's facts, not what is asked
        lifted.add("licence_types")
    if (
        "settings" in found
        and _ADDS_A_LOAD_BALANCER.search(text)
        and not UNCOVERED["settings"].search(_DNS_TO_THE_BALANCER.sub(" ", text))
    ):
        # "now adding an SLB. where should the DNS record point?": the load balancer answer says
        # (to the SLB's IP, once the filing is approved)
        lifted.add("settings")
    if (
        "existing_filing" in found
        and _ADDS_A_LOAD_BALANCER.search(text)
        and not UNCOVERED["existing_filing"].search(
            _FILED_AGAIN.sub(" ", _ALREADY_FILED.sub(" filing ", text))
        )
        and not _ANOTHER_CHANGE.search(text)
    ):
        # "we already have an ICP filing for our ECS and add an SLB next week; do we file
        # again?": the load balancer answer's own case (point the DNS at it once the filing is
        # approved)
        lifted.add("existing_filing")
    return [f for f in found if f not in lifted]


# The server a filing was made with, kept running or let go: "keep that one ECS running", "release
# the ECS", "can it be deleted"
_THE_SERVER_KEPT_OR_RELEASED = re.compile(
    SERVER_KEPT_RUNNING + r"|"
    r"\b(?:" + SERVER_ENDED + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ecs|instances?|servers?|vps|box|it|them)\b"
)


# Another provider named only as where the writer's site runs, outside China ("even though we're
# on AWS", "our site is hosted with Azure"; not "we're on AWS China", "our app is on Tencent in
# Beijing")
_ON_A_PROVIDER_OURSELVES = re.compile(
    # (the origin too, of whatever CDN: "origin is on Azure West Europe")
    r"\b(?:we(?:'re| are)|i(?:'m| am)|(?:(?:our|my)\s+(?:site|website|servers?|app|backend|stack|"
    r"shop|store)|(?:(?:our|my|the)\s+)?origin(?:\s+servers?)?)\s+(?:is|are|runs?|sits?|lives?)|"
    r"(?:we|i)\s+(?:run|host))\s+"
    r"(?:(?:hosted|running|all|still|currently|already)\s+)?(?:on|at|with)\s+"
    r"(?:aws|amazon(?: web services)?|azure|google cloud|gcp|digitalocean|linode|ovh|vultr|hetzner)"
    r"\b(?!(?:[\s(]+[\w-]+){0,2}[\s(]+(?:china|cn|cn-[\w-]+|beijing|ningxia|mainland)\b)"
)


# A load balancer put in front of the site
_ADDS_A_LOAD_BALANCER = re.compile(
    r"\b(?:add\w*|put\w*|plac\w*|switch\w*|mov\w*|introduc\w*|use|using|set(?:ting)? up|"
    rf"point\w*)\b[^.?!]{{0,30}}\b{_LOAD_BALANCER}\b|"
    # (or had in front: "with an SLB in front of my mainland ECS")
    rf"\b(?:with|behind)\s+(?:an?\s+|the\s+|our\s+)?{_LOAD_BALANCER}\b"
)
# Where the DNS points, asked beside a load balancer
_DNS_TO_THE_BALANCER = re.compile(
    r"\b(?:dns|domain)(?:\s+(?:record|resolution|settings?|entry))?\b(?=[^.?!]{0,30}\bpoint)|"
    # (or when it changes: "when do I change the DNS record?", the answer's second step)
    r"\bwhen\b[^.?!]{0,30}\b(?:change|switch|update|point)\w*\s+(?:the\s+|our\s+|my\s+)?dns"
    r"(?:\s+(?:record|entry|settings?))?\b"
)
# A change beside the load balancer: a domain, a region, the site moved
_ANOTHER_CHANGE = re.compile(
    r"\bnew domain\b|\b(?:chang\w*|switch\w*|mov\w*)\b[^.?!]{0,20}\bdomain\b|"
    # (a load balancer in another region: "a second SLB in another region later")
    r"\b(?:in|into|to)\s+(?:another|a different|a second|an other|other)\s+regions?\b|"
    # (a name, an owner or a site added: "now that we changed our company name", "when we add a
    # second domain")
    r"\b(?:company|business|entity|legal)\s+name\b|\b(?:second|another|new|additional|extra)\s+"
    r"(?:domain|site|website|brand)s?\b|\bchang\w*\s+(?:our|the)\s+(?:owner|address|name)\b|"
    r"\bmov\w* (?:the |our )?(?:site|website|servers?)\b|\b(?:revoked|lapsed|expired|cancell?ed)\b|"
    # (a move from one place to another, the load balancer with it: "move our SLB and ECS from
    # the Hangzhou region to the Beijing region")
    r"\b(?:mov|migrat|relocat)\w*\b[^.?!]{0,40}\bfrom\b[^.?!]{0,40}\bto\s+(?:the\s+)?[\w-]+"
)
# Filing a second time
_FILED_AGAIN = re.compile(
    r"\b(?:fil\w*|apply\w*)\s+(?:\w+\s+){0,2}again\b|\bre-?fil\w*|"
    r"\b(?:redo|re-do|repeat|resubmit)\s+(?:the\s+|our\s+|an?\s+)?(?:icp\s+)?(?:filing|beian|application)\b"
)
# A filing already had, said as such (not changed, moved or lost)
_ALREADY_FILED = re.compile(
    already_had(r"filings?|icp|beian|records?") + r"|\balready filed\b|\bexisting (?:filing|icp)\b"
)


# Another provider's CDN named: "Tencent Cloud CDN", "CloudFront", "Cloudflare's China Network".
_ANOTHER_PROVIDERS_CDN = re.compile(
    r"(?:" + UNCOVERED["other_providers"].pattern + r")"
    r"(?:(?!alibaba|aliyun|alicloud)[^.?!,;]){0,25}\b(?:cdns?|(?:china\s+)?network|edge)\b|"
    r"\bcloudfront\b|"
    # ... unnamed: "another provider's cdn that has china nodes (not alibaba)"
    r"\b(?:another|other|a different|an?\s+(?:third[- ]party|local|chinese)|third[- ]party|"
    r"non-alibaba)\s+(?:cdn\s+)?(?:providers?|vendors?|compan(?:y|ies))(?:'s|s')?\s+cdns?\b|"
    r"\bcdns?\b[^.?!]{0,40}\(\s*not (?:alibaba|aliyun)\b|\bnon-alibaba cdns?\b"
)
# (not one set aside: "Cloudflare's China Network instead of Alibaba CDN")
_ALIBABA_CDN = re.compile(
    r"(?<!instead of )(?<!rather than )(?<!than )(?<!not )(?<!vs )(?<!versus )"
    r"(?<!like for )(?<!as for )(?<!as with )"
    r"\b(?:alibaba|aliyun|alicloud)(?: cloud)?(?:'s)? (?:\w+ )?cdn\b"
)
# What another provider asks, asked: "does Cloudflare require an ICP for that?"
_ASKS_OF_A_PROVIDER = re.compile(
    r"\b(?:does|do|will|would|is|are|can|could)\s+(?:the\s+)?(?:"
    + UNCOVERED["other_providers"].pattern
    # (a gloss between: "does AWS China (the Sinnet one) accept ...?")
    + r")(?:'s)?(?:\s+[\w-]+){0,2}?(?:\s*\([^)]{0,40}\))?\s+(?:require|need|ask|demand|want|"
    r"insist|support|allow|"
    r"accept|check|enforce)"
)


# Another provider's way set against Alibaba Cloud's: "does their ICP process work the same as
# Alibaba's?"
_SET_AGAINST_ALIBABAS = re.compile(
    # (not the verb: "I'd like to put Alibaba Cloud CDN in front of it")
    r"\b(?:same|similar|similarly|differ\w*|different|differently|compare\w*|"
    r"(?<!'d )(?<!would )(?<!\bi )(?<!\bwe )like)\b[^.?!]{0,20}"
    r"\b(?:as|from|to|with|than)?\s*alibaba(?:\s+cloud)?(?:'s)?\b"
)


def _asks_of_a_provider(asked: str) -> bool:
    """What another provider does is asked (not only where the user's own site is)."""
    return bool(_ASKS_OF_A_PROVIDER.search(asked) or _SET_AGAINST_ALIBABAS.search(asked))


def _another_providers_cdn_in_mainland(text: str) -> bool:
    """Another provider's CDN covers mainland China, said in the sentence that names it (not when
    Alibaba Cloud CDN is what covers it: "CloudFront for Europe, Alibaba Cloud CDN for China")."""
    if _ALIBABA_CDN.search(text):
        return False
    return any(
        _ANOTHER_PROVIDERS_CDN.search(sentence)
        and (
            to_cdn_coverage(sentence) == CDN_INCLUDES_MAINLAND or _A_CHINA_NETWORK.search(sentence)
        )
        for sentence in SENTENCES.findall(text)
    )


# A provider's own network for mainland China, by its product name: "Cloudflare's China Network",
# "Akamai China CDN"
_A_CHINA_NETWORK = re.compile(
    r"(?:" + UNCOVERED["other_providers"].pattern + r")(?:'s)?\s+china\s+(?:network|cdn)\b"
)


# Alibaba Cloud as what the user runs on: an ECS, Alibaba Cloud's own server, or the name used
# ("a new Alibaba Cloud instance in Hangzhou", "hosted on Alibaba Cloud in Chengdu"), not the
# name compared ("does AWS China have the same ICP rules as Alibaba Cloud?")
_ON_ALIBABA = re.compile(
    r"(?<!not )(?<!no )(?<!than )\becs\b|"
    r"\b(?:on|in|with|onto|to|into|at|using|use|uses|our|new|an?|the)\s+(?:new\s+)?"
    r"(?:alibaba(?:\s+cloud)?|aliyun|alicloud)\b(?!\s+(?:rules?|polic\w+|requirements?|process)\b)"
)


def _on_alibaba_in_mainland(text: str) -> bool:
    """Alibaba Cloud named as what the user runs on, in mainland China (in the message, or right
    after the name: "the new Alibaba Cloud box in Hohhot will only be reached by IP")."""
    named = list(_ON_ALIBABA.finditer(text))
    # (an ECS anywhere with the message's place in the mainland; Alibaba Cloud by name only
    # where its own words place it there, not "we use Alibaba Cloud for email")
    return (
        any(m.group(0).endswith("ecs") for m in named)
        and to_hosting_location(text) == MAINLAND_HOSTING
    ) or any(
        to_hosting_location(_the_phrase_at(text, m.start())) == MAINLAND_HOSTING for m in named
    )


def _the_phrase_at(text: str, start: int) -> str:
    """The words of `text` from `start` to the next verb or punctuation ("the new alibaba cloud
    box in hohhot" of "... box in hohhot will only be reached by IP")."""
    return re.split(
        r"\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must)\b|[,.;:!?]",
        text[start : start + 60],
    )[0]


_NOT_ON_ALIBABA = re.compile(
    r"\b(?:not|n't|never|no longer)\s+(?:on\s+|with\s+|using\s+|through\s+)?"
    r"(?:alibaba|aliyun|alicloud)(?:\s+cloud)?\b(?!\s+(?:cdn|dns|slb)\b)"
)


def _asks_of_the_users_alibaba_cloud(text: str) -> bool:
    """The question is about the user's own use of Alibaba Cloud, whoever else is named in the
    message: the FAQ's own case."""
    question = last_question(text)
    if _THE_ALIBABA_SITE.search(question) and not UNCOVERED["other_providers"].search(question):
        # "... servers split between Alibaba Cloud Zhangjiakou and Tencent Cloud Guangzhou. For
        # the Alibaba side, which province do we file in?"
        return True
    # (not when what the other provider does is asked: "Does AWS China accept the filing we got
    # through Alibaba? ... ECS in Beijing too"; nor when Alibaba Cloud is denied: "we're on AWS
    # Beijing, not Alibaba. Does the temporary ECS rule apply to us?")
    if _another_provider_asked(text) or _NOT_ON_ALIBABA.search(text):
        return False
    # "mostly on AWS Ohio, but we added one Alibaba ECS in cn-wulanchabu" (not a China network
    # read as a place); "our status page sits on AWS us-east-1; we'd put Alibaba Cloud CDN in
    # front of it": the FAQ's CDN rule is Alibaba Cloud CDN's, wherever the origin is hosted
    return _on_alibaba_in_mainland(_A_CHINA_NETWORK.sub(" ", text)) or bool(
        _ALIBABA_CDN.search(text) and not _another_providers_cdn_in_mainland(text)
    )


def _another_provider_asked(text: str) -> bool:
    """Another provider is what is asked about: what it does, named in the last question, or which
    of the providers named ("Tencent CLB in front, Alibaba ECS behind. Which provider do we file
    through?")."""
    return (
        _asks_of_a_provider(asked_part(text))
        or bool(UNCOVERED["other_providers"].search(_question_clause(text)))
        or bool(_WHICH_PROVIDER.search(_question_clause(text)))
        # (or whether the rule holds for it: "does the CDN rule also count for Cloudflare, or is
        # it just for Alibaba Cloud CDN?")
        or any(
            UNCOVERED["other_providers"].search(found.group("what"))
            for found in _A_RULE_HELD_FOR.finditer(asked_part(text))
        )
    )


_A_RULE_HELD_FOR = re.compile(
    r"\b(?:count|counts|apply|applies|valid|hold|holds|the same|relevant)\s+(?:also\s+)?"
    r"(?:for|to|with)\s+(?P<what>[^.?!,;]{1,40})"
)


_WHICH_PROVIDER = re.compile(
    r"\b(?:which|what|whose)\s+(?:cloud\s+)?(?:providers?|vendors?|clouds?|platforms?|hosts?)\b"
)


def _hosted_outside(text: str) -> bool:
    return to_hosting_location(text) in (HONG_KONG_HOSTING, OUTSIDE_MAINLAND_HOSTING)
