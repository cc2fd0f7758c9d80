"""Facts of the filing itself: one already had (`to_existing_filing`), and whether one can be
completed (`to_can_complete_filing`: out of reach, given up, or the documents lacking).
"""

import re
from typing import Optional

from actions import decision as d
from actions.decision import Fact
from actions.fact_words import (
    NEGATION,
    QUESTION_START,
    SOMEONE_ELSE,
    STARTS_AS_A_QUESTION,
    clean_text,
    is_dont_know,
    reads_fact,
    yes_no_reply,
)

# "Mainland China Website Record-Filing", "China website ICP registration": words that name a
# kind of filing, not where the user's site is.
_FILING_NOUN = re.compile(r"""^[\s"'“”()-]*(?:record|filing|registration|icp|beian|licen[cs]e)""")


def names_a_filing(value: str, message: str) -> bool:
    """True when the entity `value` is followed, in `message`, by a filing noun."""
    start = message.lower().find(value.lower())
    return start >= 0 and bool(_FILING_NOUN.match(message[start + len(value) :].lower()))


# Documents or a domain name missing or impossible to provide: the FAQ's own example of a filing
# that cannot be completed ("we are unable to provide the paperwork"; not "we can't tell which
# documents").
_LACKS_DOCUMENTS = re.compile(
    r"\b(?:no(?!\s+(?:problems?|issues?|trouble|worries|doubt|questions?)\b)|without|lack|missing|"
    r"don't have|do not have|haven't got|neither)\b[^,;.]*\b(?:documents?|docs|domain|paperwork)\b"
    # (not only for now: "we don't have a domain yet" will have one)
    r"(?!\s+(?:name\s+)?(?:yet|for now|so far|at the moment|right now)\b)|"
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
    r"won't be able to|won't|will not|refuses? to|(?:could|can|will|would) never)\s+"
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
    # ... or would not, the getting right after it: "we wouldn't get the documents anyway" (not
    # "we wouldn't have to provide the documents ourselves")
    r"\b(?:wouldn't|wouldnt|would not)\s+(?:be\s+able\s+to\s+)?(?:get|obtain|provide|produce|"
    r"supply|submit|gather)\s+(?:the\s+|any\s+|those\s+|these\s+|our\s+)?(?:required\s+|needed\s+)?"
    r"(?:documents?|docs|paperwork|papers)\b|"
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
# ... or beyond the writer: "that certificate is way too much for a small NGO, we won't manage
# it" (read in its sentence: not "too complicated, but our lawyer will handle it", "too much if we
# had to do it every year", "too much to list here", "beyond me, which ones do we need?")
_PAPERS_BEYOND_US = re.compile(
    r"\b(?:certificates?|documents?|papers|paperwork)\s+(?:is|are|seems?|looks?|would be)\s+"
    r"(?:just\s+|way\s+|far\s+|much\s+|simply\s+)?(?:too\s+(?:much|hard|difficult|complicated)|"
    r"beyond\s+(?:us|me|them)|out of (?:our|my|their) reach)\b(?!\s+to\s+\w)|"
    r"\b(?:certificates?|documents?|papers|paperwork)\b[^.?!]{0,60}\b(?:we|i|they)\s+"
    r"(?:won't|will not|can't|cannot|could never|will never)\s+manage\b"
)
_NOT_BEYOND_US_AFTER_ALL = re.compile(
    r"\b(?:but|if|once|unless|which|what|how|explain|list|include\w*|now we have|not sure)\b"
)


def _papers_beyond_us(text: str) -> bool:
    return any(
        _PAPERS_BEYOND_US.search(sentence) and not _NOT_BEYOND_US_AFTER_ALL.search(sentence)
        for sentence in re.split(r"(?<=[.!?])\s+", text)
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
    r"couldn't|could not|are unable to|aren't able to|won't be able to)\s+(?:manage\s+to\s+)?"
    r"get\s+it\s+(?:done|through|approved|finished|completed)\b" + _NOT_A_DELAY + r"|"
    # ... or given up in a case put: "what if the paperwork drags on and we give up on it"
    # (the filing named before it: not "if the CDN is too slow we give up on it")
    r"\bif\b[^.?!]{0,40}\b(?:we|they|i)\s+(?:just\s+|simply\s+|eventually\s+|finally\s+)?"
    r"give\s+up\s+on\s+(?:the\s+)?(?:filing|icp|beian)\b|"
    r"(?:\b(?:filing|icp|beian|paperwork|approval|documents|papers|reject\w*)\b[^.?!]{0,40}\bif\b|"
    r"\bif\b[^.?!]{0,20}\b(?:filing|icp|beian|paperwork|approval|documents|papers|miit|"
    r"reject\w*)\b)[^.?!]{0,40}"
    r"\b(?:we|they|i)\s+(?:just\s+|simply\s+|eventually\s+|finally\s+)?give\s+up"
    r"(?:\s+on\s+(?:it|that))?(?=\s*(?:[.?!,;]|\band\b|$))|"
    # ... or it never approved: "if it's never going to be approved, ..."
    r"(?<![:?]\s)\bif\s+it(?:'s|\s+is)\s+never\s+(?:going\s+to\s+be|gonna\s+be|to\s+be)\s+"
    r"(?:approved|done|completed|finished)\b" + _NOT_A_DELAY + r"|"
    # ... or may not be managed at all: "we may not manage the filing at all"
    r"\b(?:we|i|they)\s+(?:may|might)\s+(?:\w+\s+)?(?:not|never)\s+"
    r"(?:manage|complete|finish)\s+(?:to\s+(?:get|do|complete|finish)\s+)?(?:an?\s+|the\s+|"
    r"our\s+)?(?:icp|beian|filing)\b" + _NOT_A_DELAY + r"|"
    # ... or what it would be for cannot be filed: "My domain can't be filed (registered abroad,
    # the registrar won't transfer it)"
    r"\b(?:domain|site|website)(?:\s+name)?\s+(?:can't|cannot|can not|couldn't|could not|won't)\s+"
    r"be\s+(?:filed|approved)\b" + _NOT_A_DELAY + r"|"
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
    r"\b(?:icp|beian|filing)\s+(?:cannot|can't|cant|can not|couldn't|could not|won't|wont|will not|"
    r"wouldn't|would not)\s+be\s+(?:completed|finished|done|obtained|passed|approved)\b"
    + _NOT_A_DELAY
    + r"|"
    # stuck for good, or never to go through: "the filing is stuck for good", "our beian will
    # never be approved" (not stuck for now: "the filing is stuck in review")
    r"\b(?:icp|beian|filing|application)\s+(?:is|was|got|gets|seems|'s)\s+(?:\w+\s+)?stuck\s+"
    r"(?:for good|permanently|forever|indefinitely|for ever)\b|"
    r"\b(?:icp|beian|filing|application)\s+(?:will|would|is going to|can)\s+never\s+"
    r"(?:go through|be (?:approved|completed|finished|done)|happen|succeed|pass)\b"
)


def filing_out_of_reach(text: str) -> bool:
    """The filing itself is said to be impossible to get."""
    return bool(_FILING_OUT_OF_REACH.search(clean_text(text)))


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
    return bool(_FILING_FORGONE.search(clean_text(text)))


def lacks_documents(text: str) -> bool:
    """The documents or domain name a filing needs are missing or cannot be provided."""
    return (
        bool(_LACKS_DOCUMENTS.search(text))
        or _papers_beyond_us(text.lower())
        # (missing for now, the filing held up by it: "no domain name yet so the filing can't go
        # ahead")
        or bool(_MISSING_FOR_NOW.search(text.lower()) and _HELD_UP.search(text.lower()))
    )


# A bare "we can" / "we can't", replying to "can you provide the required documents and a domain
# name?".
# ("we can, we just haven't started": what follows is no limit on it; not "we can, but not the
# domain")
_WE_CAN = re.compile(
    r"^\W*(?:yes\W+)?(?:we|i)\s+(?:can|could|will|are able to|am able to)"
    # ("we could file, we just don't want the wait")
    r"(?:\s+(?:file|apply|do it|do that|do the filing|complete it|complete the filing|finish it|"
    r"file it|get it done))?"
    r"(?:\W*$|\s*[,;:-]+\s*(?![^.?!]*\b(?:but|except|apart from|not (?:the|all|yet able)|if|only|"
    r"though|although|unless|lack|lacking|missing|don't have|do not have|no\s+\w+\s+(?:yet|though)|"
    r"(?:can't|cannot|can not|couldn't|unable)\b|no (?:domain|documents?)|without)\b))"
)
# The filing finished, put as the case asked about: "and if we DO manage to finish the filing, we
# can stay on mainland ECS?", "once the beian is approved, ..."
FINISHED_AS_A_CASE = re.compile(
    r"\b(?:if|once|when|after|as soon as)\s+(?:we|i|they|you)\s+(?:do\s+|did\s+|can\s+|could\s+|"
    r"actually\s+|eventually\s+|still\s+|are able to\s+|were able to\s+)?(?:manage\s+to\s+|"
    r"get\s+to\s+|succeed\s+in\s+)?(?:finish|finished|complete|completed|get|got|pass|passed|"
    r"obtain|obtained)\w*\s+(?:the\s+|our\s+|an?\s+)?(?:icp\s+|beian\s+)?(?:filing|icp|beian)\b"
    r"(?:\s+(?:done|approved|through|finished))?|"
    r"\b(?:if|once|when|after|as soon as)\s+(?:the\s+|our\s+)?(?:icp\s+|beian\s+)?(?:filing|icp|"
    r"beian)\s+(?:is|gets|has been|was|does get|does go)\s+(?:(?!not\b|never\b)\w+\s+)?"
    r"(?:done|approved|through|"
    r"finished|completed|accepted)\b"
)
# A way out only possible, later: "we might sort out the domain transfer in a month"
_ONLY_MAYBE = re.compile(
    r"\b(?:we|i|they)\s+(?:might|may|hope to|should be able to)\s+(?:\w+\s+){0,3}?"
    r"(?:sort|fix|solve|get|transfer|obtain|find)\b[^.?!]{0,40}\b(?:domain|documents?|papers?|"
    r"docs|paperwork|certificates?|licen[cs]es?)\b"
)
_WE_CANNOT = re.compile(
    r"^\W*(?:no\W+)?(?:we|i)\s+(?:can't|cannot|can not|cant|couldn't|won't|will not|"
    r"are not able to|aren't able to|am not able to)"
    r"(?:\W+(?:sadly|unfortunately|i'm afraid|i am afraid|at all|honestly))?"
    # (or with its reason after: "we can't, our domain is registered to our parent abroad"; not
    # a way found after all, "we can't yet, but we will by May")
    r"(?:\W*$|\s*[,;:-]+\s*(?![^.?!]*\b(?:but|yet|however|though|until|once|soon|by|unless|"
    r"maybe|perhaps|still|deciding|right|can we|could we)\b))"
)


# Papers or a domain missing only for now
_MISSING_FOR_NOW = re.compile(
    r"\b(?:no|don't have|do not have|dont have|haven't got|without)\b[^,;.]*"
    r"\b(?:documents?|docs|domain|paperwork)\b(?:\s+name)?\s+(?:yet|for now|so far|at the moment|"
    r"right now)\b"
)


_HELD_UP = re.compile(
    r"\b(?:can't|cannot|can not|won't|couldn't)\s+(?:go ahead|proceed|continue|start|be done|"
    r"happen|move forward)\b|\b(?:stuck|blocked|on hold)\b"
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


# The documents had, in a case put: "and if the documents do turn up", "once we get the papers"
# (the filing can then be completed; not "if we cannot get the papers")
DOCUMENTS_GOT = re.compile(
    # (not a time unknown: "we have no idea when the papers arrive, maybe never")
    r"(?<!idea )(?<!know )(?<!sure )(?<!unclear )(?<!wonder )(?<!wondering )"
    r"\b(?:if|once|when|after|suppose|say)\b(?![^.?!,]{0,30}\b(?:not|never|n't|cannot|cant)\b)"
    r"(?![^.?!]*\b(?:never|if ever)\b)"
    r"[^.?!,]{0,30}?\b(?:the\s+|those\s+|these\s+|our\s+|all\s+the\s+)?"
    # (not SSL certificates)
    r"(?<!ssl )(?<!tls )(?<!https )(?:documents?|papers?|docs|paperwork|certificates?)\s+"
    r"(?:do\s+|does\s+|did\s+|finally\s+)?(?:turn(?:s|ed)? up|arrive\w*|"
    r"come through|comes through|(?:are|is|were|get|gets)\s+(?:ready|available|sorted|in hand))|"
    r"\b(?:if|once|when|after)\s+(?:we|they|i)\s+(?:do\s+|finally\s+|ever\s+)?"
    # (or manage to: "and if we DO manage to get the papers later")
    r"(?:(?:do\s+)?manage\s+to\s+|are\s+able\s+to\s+)?(?:get|have|obtain|receive|"
    r"find)\s+(?:the|those|these|our|all the|all our)\s+(?:documents|papers|docs|paperwork)\b"
)


# An inability denied: "it's not that we can't file, we just haven't started yet"
_NOT_THAT_WE_CANNOT = re.compile(
    r"(?:\b(?:it'?s|it is|its)\s+not\s+(?:that|like)|(?:^|[.;,]\s*)not\s+that)\s+(?:we|i)\s+"
    r"(?:can't|cannot|can not|cant|couldn't|could not|are unable to|aren't able to)\s+"
    # (the filing's, not another: "it's not that we can't pay")
    r"(?:file|apply|do\s+(?:it|that|the\s+(?:filing|icp|beian))|complete\s+(?:it|the\s+filing)|"
    r"finish\s+(?:it|the\s+filing)|get\s+(?:it|the\s+(?:filing|icp|beian))(?:\s+done)?|"
    r"provide\s+(?:the\s+)?(?:documents|papers)|get\s+the\s+(?:documents|papers))\b"
)
# ... what the rest says of it all the same: "- we already did, it got rejected three times"
_DONE_FOR_ALL_THE_SAME = re.compile(
    r"\b(?:gave up|given up)\b|"
    r"\b(?:rejected|refused|turned down)\s+(?:again|twice|repeatedly|(?:two|three|several|"
    r"multiple|many)\s+times)\b|"
    r"\b(?:can't|cannot|cant|can not|unable to)\s+(?:file|apply)\b"
)


@reads_fact(Fact.CAN_COMPLETE_FILING, dont_know_anywhere=False)
def to_can_complete_filing(text: str) -> Optional[str]:
    if _no_longer_unable(text):
        return d.YES
    denied = _NOT_THAT_WE_CANNOT.search(text.lower())
    if denied:
        # (unless the rest still says it cannot be done: "it's not that we can't be bothered, we
        # simply cannot get the documents")
        rest = text[: denied.start()] + re.sub(r"^[^.;,\-–—]*", "", text[denied.end() :])
        out_of_reach = (
            lacks_documents(rest)
            or filing_out_of_reach(rest)
            or _DONE_FOR_ALL_THE_SAME.search(rest.lower())
        )
        return d.NO if out_of_reach else d.YES
    # (a missing domain still stops it: "Even if we get the documents, we still don't have a
    # domain name")
    if lacks_documents(text) or filing_out_of_reach(text) or _WE_CANNOT.search(text):
        return d.NO
    if DOCUMENTS_GOT.search(text) or FINISHED_AS_A_CASE.search(text.lower()):
        return d.YES
    if _ONLY_MAYBE.search(text) and not re.match(r"\W*(?:yes|yeah|yep|sure)\b", text.lower()):
        return None  # "we might sort out the domain transfer in a month": not yet, so not told
    if _WE_CAN.search(text):
        return d.YES
    if _MISSING_FOR_NOW.search(text.lower()) and not _HELD_UP.search(text.lower()):
        return None  # "we don't have a domain yet": one is to come, none is out of reach
    return yes_no_reply(
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


_FILED = re.compile(
    # (not a filing already required: "the ECS already requires ICP right?")
    r"\balready\b(?!(?:\s+[\w'-]+){0,2}?\s+(?:requires?|required|needs?|needed|means?|must)\b)"
    r"(?:\s+\S+){0,3}?\s+(?:filed|icp|filing|beian|registered|approved|licensed)\b"
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
    # a filing done, said by who did it: "we filed ICP two years ago", "we did our beian in 2021"
    # (not one still under way or turned down: "we filed for icp, still waiting")
    r"|\b(?:we|i|they)\s+(?:already\s+|successfully\s+)?(?:filed|did|completed)\s+(?:for\s+)?"
    r"(?:(?:the|our|their)\s+)?(?:icp|beian)(?:\s+filing)?(?=\s+(?:successfully|"
    r"(?:\d+|a|one|two|three|four|five|a few|several)\s+(?:years?|months?)\s+ago|"
    r"(?:back\s+)?in\s+(?:19|20)\d\d|last\s+year|years\s+ago)\b)"
    r"(?![^.?!]{0,40}\b(?:reject\w*|denied|refused|pending|waiting|still|review|not yet)\b)"
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
    r"must|should|will|'ll|cannot|can't|cant|couldn't|couldnt|"
    # (or any infinitive: "a 1 month ecs is enough to get the icp done")
    r"(?:is|are|be|was|'s)\s+enough\s+to)\s+(?:\w+\s+)?get\s+"
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


@reads_fact(Fact.EXISTING_FILING, dont_know_anywhere=False)
def to_existing_filing(text: str) -> Optional[str]:
    """Whether the user's site already has an ICP Filing ("our domain is already filed")."""
    match = _FILED.search(text)
    if not match:
        return d.UNKNOWN if is_dont_know(text) else None
    clause_start = re.split(r"[,;.!?]", text[: match.start()])[-1]
    if _HYPOTHETICAL.search(clause_start) or STARTS_AS_A_QUESTION.match(clause_start.strip()):
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
    if not ours and (SOMEONE_ELSE.search(clause_start) or _THIRD_PERSON.search(clause_start)):
        return None  # "someone at my previous company said they got an ICP"
    if _SOMETHING_ELSE_REGISTERED.match(text[match.end() :]):
        return None  # "we already registered the domain", "approved by the registry"
    before = text[max(0, match.start() - 30) : match.start() + 12]
    negated = re.search(r"(?<![\w'])" + NEGATION + r"\b|\bnothing\b|\bnot yet\b", before)
    # ("already open without icp": open, with none)
    negated = negated or _ALREADY_WITHOUT.match(match.group(0))
    return d.NO if negated else d.YES
