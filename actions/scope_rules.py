"""The scope decision's readers of what a message asks: does it ask one of the FAQ's questions?

Pure Python (no Rasa): `components/scope_decision.py` applies them inside the NLU pipeline, and
the tests call them directly. By form rather than by sentence: how to get a filing or file, who
may file or hold the ICP Commercial License, where to file, what becomes of a site without a
filing, what China takes, what the temporary server is for, a case put or a change asked after an
answer, and the same points said rather than asked ("China permits ICP only to Chinese companies").

The evidence they rest on is in modules of its own:
- actions/uncovered_subjects.py: subjects the FAQ does not cover;
- actions/faq_subjects.py: what each FAQ question is about;
- actions/need_or_next_step.py: whether a filing is needed, and "what now?";
- actions/message_parts.py: a message's sentences, the part that asks, the filing named;
- actions/small_talk_and_handoff.py: courtesies and requests for a person;
- actions/scope_words.py: the patterns they share.
"""

import re
from typing import Iterable, List

from actions.decision import MAINLAND_CHINA as MAINLAND_HOSTING
from actions.fact_words import (
    FIRST_PERSON,
    REP_OFFICE_PINYIN,
    SERVER_WORDS,
    TEMPORARY_SERVER,
    negation_marked,
    words_pattern,
)
from actions.faq_subjects import (
    NO_FILING,
    TOPIC_SUBJECTS,
    carries_subject,
)
from actions.general_or_own import asks_for_a_client
from actions.hosting_facts import to_hosting_location
from actions.message_parts import (
    asked_part,
    asking_parts,
    clean,
    is_question,
    names_the_filing,
    sentences,
)
from actions.need_or_next_step import asks_what_to_do_now
from actions.places import (
    ABROAD,
    HONG_KONG,
    MAINLAND_CITIES,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
)
from actions.scope_words import (
    A_CASE_PUT,
    A_PRESENCE_SET_UP,
    ASKS_WHOSE_PAPERS,
    BILLING_METHOD,
    BLAMES_THE_FILING,
    BLOCKED_FOR_THE_FILING,
    CENSORSHIP,
    COMPANY_ABROAD,
    ECS_TERM,
    FILES_THROUGH_THE_CONSOLE,
    FILING_WORD,
    GET_WORDS,
    HOSTING_WORDS,
    ICP_TERMS,
    MAINLAND_WORDS,
    MAY_GET,
    NAMES_A_PRESENCE,
    NO_CDN,
    PLACES_OUTSIDE,
    SERVER_WORD_PATTERN,
    SITE_NOUNS,
    THE_AUTHORITY_TO_GO_TO,
    TOO_MUCH_TO_TAKE_ON,
    WHERE_SOMEONE_FILES,
    hosts_in_china,
    near_the_filing,
)
from actions.uncovered_subjects import FOREIGN_DOCUMENTS, uncovered_subjects


def asks_of_filing_through_alibaba_cloud(text: str) -> bool:
    """Filing through Alibaba Cloud's own console or system is asked about ("can we do it via your
    filing system then?")."""
    return is_question(text) and bool(FILES_THROUGH_THE_CONSOLE.search(clean(text)))


_A_SERVER_WORD = re.compile(r"\b(?:ecs|instances?|servers?|vps|box)\b")
# Whether a server in mainland China is needed, asked: "so we need an ECS in China even though
# we're on AWS?", "is a mainland server really required?"
_A_MAINLAND_SERVER_NEEDED = re.compile(
    r"\b(?:need|needs|require|requires|must (?:buy|rent|get|have)|have to (?:buy|rent|get|have))\s+"
    r"(?:\w+\s+){0,3}?(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,20}?"
    r"\b(?:in|inside|within|on)\s+(?:the\s+)?(?:mainland|china|prc|cn)\b|"
    r"\b(?:mainland|china|chinese|prc)\s+(?:\w+\s+)?(?:ecs|instances?|servers?|vps|box)\b"
    r"[^.?!]{0,20}?\b(?:needed|required|necessary|mandatory)\b|"
    r"\b(?:need|needs|require|requires|(?:have to|has to|must) (?:buy|rent|get|have))\s+"
    r"(?:an?\s+|one\s+|some\s+|the\s+)?(?:mainland|china|"
    r"chinese|prc)\s+(?:\w+\s+)?(?:ecs|instances?|servers?|vps|box)\b"
)


# The instance named by its aim: "where would the ECS instance for the filing need to be?", "the
# mainland ECS instance used for the filing"
_THE_FILINGS_SERVER = re.compile(
    r"\b(?:ecs|instance|server|vps)\b(?:\s+instance)?\s+(?:(?:we\s+)?(?:used|bought|purchased|"
    r"rented|kept|needed|required|subscribed)\s+)?(?:just\s+|only\s+)?(?:for|of)\s+"
    r"(?:the\s+)?(?:icp\s+)?(?:filing|beian)\b"
)


# How long the instance is kept, asked (not a server's billing: "can I switch my ECS from monthly
# subscription to pay-as-you-go?")
_A_TERM_ASKED = re.compile(
    r"\bhow long\b|\b(?:minimum|min\.?|shortest)\b|\bfor what\b[^.?!]{0,20}"
    r"\b(?:period|term|time)\b|\bhow many months\b"
)


_IT = re.compile(r"\b(?:it|that one|this one|that|this)\b")


def asks_a_billing_method_of_it(text: str) -> bool:
    """A question whether a way of paying does for something named before ("and pay as you go is
    fine for it i assume?"), naming nothing else the FAQ leaves out: in a conversation on the CDN
    filing, its temporary ECS instance's subscription."""
    text = clean(text)
    rest = BILLING_METHOD.sub(" ", text)
    return (
        is_question(text)
        and rest != text
        and bool(_IT.search(rest))
        and not _A_SERVER_WORD.search(text)
        and not uncovered_subjects(rest)
    )


def asks_about_the_temporary_server(text: str) -> bool:
    """A question about the ECS instance in mainland China that the CDN answer says a filing
    needs: its term ("how long must the temporary ECS be subscribed?", "for how long do we need
    that server?") or the instance itself ("a throwaway ECS just for the filing - really?"),
    naming nothing the FAQ leaves out."""
    text = clean(text)
    return (
        is_question(text)
        and bool(_A_SERVER_WORD.search(text))
        and bool(
            (ECS_TERM.search(text) and _A_TERM_ASKED.search(text))
            or TEMPORARY_SERVER.search(text)
            or _THE_FILINGS_SERVER.search(text)
        )
        and not uncovered_subjects(text)
    )


def asks_if_a_mainland_server_is_needed(text: str) -> bool:
    """A question whether a server in mainland China is needed ("do we really need a server in
    China even though we're on AWS?"): after the CDN answer, its temporary ECS instance."""
    text = clean(text)
    return (
        is_question(text)
        and bool(_A_MAINLAND_SERVER_NEEDED.search(text))
        # (whether it is needed, not a question of its own: "..., which region is best?")
        and not _ASKS_ITS_OWN.search(text)
        and not uncovered_subjects(text)
    )


_STRICT_NEED = (
    r"(?:need|needs|needed|require|required|requires|requirement|mandatory|necessary|compulsory|"
    r"obligat\w*|exempt\w*)"
)
_SPEAKS_OF_NEED = near_the_filing(_STRICT_NEED)


def speaks_of_need(text: str) -> bool:
    """A need word near the filing's name ("the old setup never needed icp, so we're fine?"); not
    whether something is allowed meanwhile ("may we keep it open while the filing is pending?")."""
    return bool(_SPEAKS_OF_NEED.search(clean(text)))


# A technical problem reported ("I am having constant package loss in the Hong Kong server"): a
# fault to fix, not a set-up told for the filing question
_A_PROBLEM_REPORTED = re.compile(
    r"\b(?<!no )(?<!not )(?<!don't )(?<!never )(?:having|experiencing|seeing|getting|facing|"
    r"suffering|hitting|noticing|have|get|see|experience)\s+"
    r"(?!(?:\w+\s+){0,3}?(?:no|any|zero)\s)(?:\w+\s+){0,3}?(?:packet loss|package loss|"
    r"high latency|lag|timeouts?|"
    r"time-outs?|downtime|outages?|disconnect\w*|connection drops|dropped connections|jitter|"
    r"5\d\d errors?|errors?)\b|"
    # a machine down: "my ecs instance in singapore is down, help", "the server keeps crashing"
    rf"\b(?:{SERVER_WORDS}|sites?|websites?)\b[^.?!,;]{{0,30}}"
    r"\b(?:(?:is|are|went|goes|keeps? going)\s+(?:down|offline)|"
    r"(?:has\s+|keeps\s+)?crash(?:ed|es|ing)|(?:is|are)\s+not\s+responding|"
    r"won'?t\s+(?:start|boot)|(?:is|are)\s+unresponsive)\b"
)


# A site, a shop or the filing: what a statement of the user's own facts is about
_A_SITE_NAMED = re.compile(
    r"\b(?:(?:web)?sites?|web ?pages?|shops?|stores?|storefronts?|web ?apps?|apps?|blogs?|"
    r"domains?|homepage|landing pages?|portals?|platforms?|saas|services?)\b"
)
# A full sentence, not a terse note ("Servers in Frankfurt, CDN international only"): the
# shortest third-person news or vendor sentence ("Stripe does not onboard merchants ...")
_SENTENCE_WORDS = 10


# A note's phrases: three or more, each a few words, between commas or semicolons
_NOTE_PHRASES = 3
_NOTE_PHRASE_WORDS = 8


def _a_note_of_phrases(words: str) -> bool:
    phrases = [p for p in re.split(r"[,;]", words.rstrip(" .")) if p.strip()]
    return len(phrases) >= _NOTE_PHRASES and all(
        len(p.split()) <= _NOTE_PHRASE_WORDS for p in phrases
    )


_A_SERVER_PLACED = re.compile(
    # (or to be: "the ecs will now be in alibaba shanghai")
    rf"\b(?:{SERVER_WORDS})\s+(?:(?:are|is|sits?|runs?|located|hosted|still|all|both|will|now|be|"
    r"then|soon)\s+)*"
    r"(?:in|on|at)\b"
)
# Who files or is licensed where, by its verbs: "A company licensed in Zhejiang files in Zhejiang"
_FILES_OR_LICENSED = re.compile(r"\bfiles\b|\blicensed in\b|\blicen[cs]es? (?:from|in|issued)\b")
# Advice to the reader, not news: a sentence (or a list item) that starts with what to do
# ("Checklist item 1 - confirm whether the origin server sits inside mainland China")
_ADVICE = re.compile(
    r"^(?:[\w\s]{0,20}?(?:\d+|item|step|tip|note)\s*[.):\-–—]\s*)?"
    r"(?:confirm|check|verify|make sure|ensure|decide|choose|pick|put|keep|move|host|find out|ask|"
    r"remember)\b"
)


def tells_of_others_only(text: str) -> bool:
    """A full third-person sentence about others' doings, naming no site and no filing ("Alibaba
    Cloud has opened a third zone in its Ulanqab region", "Stripe does not onboard merchants
    registered in mainland China"): news or a vendor's note, not the user's facts. Not a ticket
    about a customer ("Customer's shop runs on ECS Shenzhen ..."), nor advice to the reader, nor
    who files where ("A company licensed in Zhejiang files in Zhejiang ...")."""
    words = clean(text)
    return (
        len(words.split()) >= _SENTENCE_WORDS
        # a sentence, not a note of fact phrases ("Registered in Delaware, no entity in the PRC,
        # servers in AWS Oregon, ...")
        and not _a_note_of_phrases(words)
        # and no server placed ("servers are in Frankfurt"): a set-up, told without "we"
        and not _A_SERVER_PLACED.search(words)
        and not FIRST_PERSON.search(words)
        and not asks_for_a_client(text)
        and not names_the_filing(text)
        and not _FILES_OR_LICENSED.search(words)
        and not _A_SITE_NAMED.search(words)
        and not _ADVICE.match(words)
    )


# A plan or a wish, for which a fault is the reason ("... so we plan to add a CDN")
_A_PLAN = re.compile(
    r"\b(?:plan(?:s|ning)? to|want(?:s)? to|would like to|'d like to|going to|will (?:add|move|"
    r"use|switch)|thinking of|considering)\b"
)


# Something the set-up is kept from doing ("our domain can't point at servers outside China", "the
# policy doesn't let us bind it"): a technical restriction, told as the writer's problem
_A_RESTRICTION = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|won'?t|(?:does|do)(?:n'?t| not) let(?: (?:us|me|it|them|"
    r"\w+ domains?))?|(?:is|are)(?:n'?t| not) allowed to|not allowed to|unable to)\s+"
    r"(?:\w+\s+)?(?:point|resolve|connect|bind|link)\b"
)


def reports_a_restriction(text: str) -> bool:
    """A technical restriction the writer's set-up runs into, told as a fact."""
    return bool(_A_RESTRICTION.search(clean(text)))


def reports_a_problem(text: str) -> bool:
    """A technical fault reported (packet loss, timeouts, outages), the filing not named."""
    text = clean(text)
    return (
        bool(_A_PROBLEM_REPORTED.search(text))
        and not names_the_filing(text)
        # (a fault told as the reason for a plan: "users see high latency, so we plan to add a
        # CDN covering mainland China")
        and not _A_PLAN.search(text)
    )


_HONG_KONG = re.compile(words_pattern(HONG_KONG))
_HOSTING_IN_HONG_KONG = re.compile(
    words_pattern(HONG_KONG)
    + r"[^.?!]{0,15}\b(?:ecs|instances?|servers?|regions?|hosting|data ?cent(?:er|re)s?)\b|"
    r"\b(?:ecs|instances?|servers?|regions?|host\w*|move\w*|migrat\w*)\b[^.?!]{0,25}"
    + words_pattern(HONG_KONG)
)


def names_hosting_in_hong_kong(text: str) -> bool:
    """Hong Kong named as where a site runs ("Hong Kong ECS", "host in HK"), not a company's."""
    return bool(_HOSTING_IN_HONG_KONG.search(clean(text)))


# Hosting elsewhere asked about: "Should we host the site somewhere else in the meantime?"
_HOSTING_ELSEWHERE_ASKED = re.compile(
    r"\b(?:host|run|put|move|serve)\w*\b[^.?!]{0,30}\b(?:somewhere else|elsewhere|abroad|offshore|"
    r"outside (?:of )?(?:the )?(?:mainland|china))\b[^.?!]*\?"
)


def asks_to_host_elsewhere(text: str) -> bool:
    """Whether hosting the site elsewhere (out of mainland China) is asked about."""
    return bool(_HOSTING_ELSEWHERE_ASKED.search(clean(text)))


# What is done to a filing, said of one named before ("ok so how do we cancel the old one", "can
# we transfer it?"): in a conversation on the filing, the filing.
_DONE_TO_THE_FILING_REFERRED_TO = re.compile(
    r"\b(cancel\w*|withdraw\w*|de-?register\w*|revok\w*|transfer\w*|renew\w*|updat\w*|"
    r"modif\w*|delet\w*|remov\w*|re-?us\w*|terminat\w*)\s+"
    r"(?:it|that|this|that one|this one|ours|the (?:old|existing|current|previous) one|"
    r"our (?:old|existing|current|previous) one)\b"
)


def in_the_conversation_on_the_filing(text: str) -> str:
    """`text` with the filing named where something is done to one it refers back to."""
    return _DONE_TO_THE_FILING_REFERRED_TO.sub(r"\1 the filing", clean(text))


def asks_if_blocked_when_hosted_outside(text: str) -> bool:
    """Blocking asked of one's site hosted outside mainland China, and nothing else the FAQ leaves
    out ("will our shop get blocked if we host it outside China?"): the FAQ answers the filing
    part (none is needed), not the blocking."""
    return (
        uncovered_subjects(text) == ["blocking"]
        # (censorship asked of is no filing's matter: "could our site be censored if we host in
        # Seoul?"; told only, the question is the filing's: "users say our IP is blocked by the
        # GFW. do we need an ICP for it?")
        and len(asking_parts(text)) == 1
        and not CENSORSHIP.search(asking_parts(text)[0])
        # (where it is hosted said in so many words, also as a plan: "if we host it outside
        # China"; not "platforms that aren't blocked in China")
        and bool(_HOSTED_ABROAD.search(clean(text)))
        and bool(_OWN_SITE.search(clean(text)))
        and to_hosting_location(text) != MAINLAND_HOSTING
    )


_OWN_SITE = re.compile(r"\b(?:we|our|my|i|us)\b")


# A site hosted outside mainland China, named as where it is or would be hosted ("if you use a
# server outside the Chinese mainland", "Websites Hosted Outside China", "our servers run in
# Tokyo").
_HOSTED_ABROAD = re.compile(
    # ("site is on ECS tokyo")
    r"\b(?:host|hosts|hosted|hosting|servers?|runs?|running|deploy\w*|ecs|vps)\b[^.?!]{0,25}"
    r"(?:\boutside\s+(?:of\s+)?(?:the\s+)?(?:chinese\s+)?(?:mainland\s+)?(?:china|mainland)\b|"
    r"\boverseas\b|\babroad\b|\boffshore\b|"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    + ")|"
    # "Hong Kong sites", "an overseas server"
    + r"(?:\boverseas\b|\boffshore\b|"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    + r")\s+(?:\w+\s+)?(?:sites?|websites?|servers?|hosting|ecs|instances?)\b"
)


# A permission asked for with nothing after it but the launch: "is there some registration we have
# to do first?", "... required before we launch?" (not "is any approval needed before we can
# accept Alipay?")
_ONLY_THE_PERMISSION_ASKED = re.compile(
    r"\b(?:need|needed|required|necessary|must|(?:have|has) to \w+)\b(?:\s+first)?"
    r"(?:\s+before\s+(?:we|i|it|the site)\s+(?:can\s+)?(?:launch|go live|goes live|open|start|"
    r"point|publish)\w*(?:\s+[\w-]+){0,4})?\s*\??\s*$"
)


def asks_only_for_the_permission(text: str) -> bool:
    """The question ends with the permission asked for (or the launch it comes before)."""
    return bool(_ONLY_THE_PERMISSION_ASKED.search(clean(text)))


# Whether the filing applies at all, asked in other words: "surely a cache doesn't count for
# beian?", "it's only the server location that matters for icp, right?", "is the ICP about where
# the company is registered or where the server is?", "is the icp something we can forget about?"
_ASKS_IF_IT_APPLIES = re.compile(
    r"\b(?:counts?|matters?|appl(?:y|ies)(?!\s+for)|relevant|trigger\w*|drags? (?:us|me) into)\b"
    r"[^.?!]{0,25}"
    r"\b(?:icp|beian|bei'?an)\b|"
    # "where do we stand on icp?", "does that change anything regarding ICP?"
    r"\bwhere\s+(?:do|does|would|will)\s+(?:we|i|that|this|it)\s+(?:\w+\s+)?(?:stand|leave us)"
    r"\s+(?:on|with|regarding|re|about|in terms of)\s+(?:the\s+)?(?:icp|beian|bei'?an|filing)\b|"
    r"\bchange\s+(?:anything|something)\s+(?:regarding|about|for|with|re|on)\s+(?:the\s+)?"
    r"(?:icp|beian|bei'?an|filing)\b|"
    # a way to go without it claimed, then checked: "we bought a Hong Kong ECS because someone said
    # it avoids all the China paperwork - is that right?"
    r"\b(?:avoids?|avoiding|skips?|skipping|gets? around|bypass\w*|spares? (?:us|you|one))\s+"
    r"(?:all\s+|any\s+)?(?:the\s+|that\s+)?(?:china\s+|chinese\s+|prc\s+)?(?:icp|beian|bei'?an|"
    r"filing|paperwork|registration|red tape)\b[^.?!]{0,20}(?:[.?!,;-]\s*|\s)"
    r"(?:is\s+(?:that|it|this)|right|true|correct|really)\b|"
    # "how does the ICP thing work for us?", "what does beian mean for our shop?" (for the writer:
    # not what it means, a definition)
    r"\b(?:how|what)\s+(?:does|do|would|will)\s+(?:the\s+|this\s+|that\s+)?(?:whole\s+)?"
    r"(?:icp|beian|bei'?an)(?:\s+(?:thing|stuff|filing|process|rules?|requirements?|business))?\s+"
    r"(?:work|apply|play out|mean)\s+(?:for|to)\s+(?:us|me|our\s+[\w-]+|my\s+[\w-]+)\b|"
    # "at what point would an ICP filing come into play for us?"
    r"\b(?:icp|beian|bei'?an|filing)\b[^.?!]{0,20}\b(?:come into play|"
    r"becomes? (?:necessary|required|mandatory|relevant))\b|"
    r"\b(?:icp|beian|bei'?an)\b[^.?!]{0,25}\b(?:about where|something (?:we|i) can forget|"
    r"(?:we|i) can forget|relevant|apply|applies|count|counts)\b|"
    # "is beian only for sites on mainland servers, or for any site?"
    r"\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:icp|beian|bei'?an|filing)(?:\s+\w+)?\s+(?:only|just)\s+"
    r"(?:for|about|a thing for|(?:needed|required|necessary) for)\b|"
    # a rule about needing one, then asked of a case: "'... must apply for an ICP Filing.' Does
    # that include a Hong Kong-registered company hosting in Guangzhou?"
    r"\b(?:must|need to|needs to|required to|have to|has to)\s+(?:apply for|obtain|get|complete|"
    r"have|do)\s+(?:an?\s+|the\s+)?(?:icp|beian|bei'?an|filing)\b[^?]{0,120}"
    r"\bdoes (?:that|this|it|the rule)\s+(?:also\s+)?(?:include|cover|apply to|mean|extend to)\b|"
    # ... said, then asked about: "my colleague says ICP is only for Chinese firms. Is he right?"
    r"\b(?:icp|beian|bei'?an|filing)\s+(?:is|are)\s+(?:only|just)\s+(?:for|about|needed for|"
    r"required for)\b"
)


# Someone applying, not a rule applying: "can we apply ICP license for our website?", "how to
# apply beian"
_APPLYING = re.compile(r"\b((?:we|i|you|they|to)\s+(?:\w+\s+)?)apply\b(?!\s+(?:to|in)\b)")


def asks_if_it_applies(text: str) -> bool:
    """A question whether the filing applies at all, in words other than "need"."""
    text = _APPLYING.sub(r"\1file", clean(text))
    return is_question(text) and bool(_ASKS_IF_IT_APPLIES.search(text))


# A search-box query for the filing of something: "beian for shanghai ecs", "ICP Filing for a
# Domain Name in Mainland China", "icp license for our hk-hosted site?" (short, no verb of its own).
_FILING_OF = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?:icp|beian|bei'?an)(?:\s+(?:filing|beian|registration|record|"
    r"licen[cs]e|number|requirements?))?\s+(?:for|of|on|with|when)\s+"
    # (no verb of its own: not "beian for the shanghai ecs was rejected")
    r"(?![^.?!]*\b(?:is|was|were|are|be|been|being|has|have|had|got|gets|did|does|do|can|could|"
    r"will|would|should|must|may|might)\b)[^.?!,;:]+[.?!]*\s*$"
)
_QUERY_WORDS = 8


_A_SITE_OR_SERVER = re.compile(
    rf"\b(?:{SERVER_WORDS}|(?:web)?sites?|domains?|shops?|stores?|homepage)\b"
)


def asks_for_the_filing_of(text: str) -> bool:
    """A short search-box query for the filing of a site or a server: whether it needs one (not of
    a company: "icp filing for hong kong company")."""
    text = clean(text)
    return (
        len(text.split()) <= _QUERY_WORDS
        and bool(_FILING_OF.search(text))
        and bool(_A_SITE_OR_SERVER.search(text))
        and not re.search(r"\b(?:compan\w*|entity|firm|business|switch\w*|chang\w*)\b", text)
    )


# What there is to know of the filing, asked in general ("Web hosting in China: what you need to
# know about ICP", "can you tell us about beian?", "can you help with ICP?"): beside a site's
# facts, whether that site needs one (alone, what the assistant can tell: the capabilities
# question). The filing ends the phrase: not a part of it ("tell me about the ICP filing fees").
_WHAT_THERE_IS_TO_KNOW = re.compile(
    # (to be known, not known: "we know about ICP"; nor information had: "we got info about ICP")
    r"\b(?:(?:(?:need|needs|want|wants|have|has|ought|got)\s+to|should|must|to)\s+know|"
    r"tell (?:me|us)|learn|read up|help(?:\s+(?:me|us))?|"
    r"(?:need|want|looking for|any|some|more)\s+(?:info(?:rmation)?|details|guidance|advice))\b"
    r"[^.?!]{0,15}?\b(?:about|with|on|regarding)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:icp|beian)(?:\s+filing)?|filing)"
    r"(?=\s*(?:$|[.?!,;:)\-–—]|(?:and|for|if|as|since|because|then|now|please)\b))"
)


def asks_what_there_is_to_know(text: str) -> bool:
    """What there is to know of the filing, asked in general of no part of it (not a wish not to
    know: "I don't need to know about ICP, our site is in Frankfurt")."""
    text = clean(text)
    return any(
        not negation_marked(found.group(0), text).startswith("not ")
        for found in _WHAT_THERE_IS_TO_KNOW.finditer(text)
    )


def names_a_presence(text: str) -> bool:
    """A presence in mainland China named: a rep office, branch, WFOE or subsidiary."""
    return bool(NAMES_A_PRESENCE.search(clean(text)))


_NAMES_NO_PRESENCE = re.compile(
    r"\b(?:no|without)\s+(?!idea\b|clue\b|matter\b)(?:\w+\s+){0,2}?(?:company|entity|office|"
    r"presence|branch|subsidiary)\b|"
    r"\b(?:have|has|had|with)\s+nothing (?:at all )?(?:registered )?(?:in|on) (?:the )?"
    r"(?:mainland|china|prc)\b"
)


def names_a_presence_or_none(text: str) -> bool:
    """A presence in mainland China named, or its absence ("with nothing in China", "no
    entity"): who may file is about it."""
    return names_a_presence(text) or bool(_NAMES_NO_PRESENCE.search(clean(text)))


_HOW_TO_GET_ONE = re.compile(rf"\bhow\b[^.?!]{{0,30}}\b{GET_WORDS}\s+(?:for\s+)?(?:one|it)\b")


def asks_how_to_get_one(part: str) -> bool:
    """How to get "one" or "it" (in this assistant, the filing): "I need a beian. How can I get
    one?"."""
    return bool(_HOW_TO_GET_ONE.search(clean(part)))


# Whether what was just told changes the answer: "does that change things?", "does the process
# change?", "still fine?", "same deal?"
_ASKS_IF_IT_CHANGES = re.compile(
    # the answer for what was just told, asked bare: "... gets retired next month. then?",
    # "what then?", "and now?"
    # (or after the facts: "we have neither, what now")
    r"(?:^|[.!?;,]\s*)\W*(?:(?:and|so|ok|okay)\W+)?(?:what\s+)?(?:then|now)(?:\s+what)?\W*$|"
    # ... or what it changes: "... in spring. what changes then?"
    r"(?:^|[.!?;,]\s*)(?:(?:and|so|ok|okay)\W+)?what\s+changes(?:\s+(?:then|now|for us))?\W*$|"
    r"\b(?:change|changes|changing|alter|alters|affect|affects|matter|matters|differ|different|differently|"
    r"difference|diffrent|differnt)\b|"
    # ... or what it has one do: "need to update something for commercial license? we hold one"
    r"\b(?:need|have|got)\s+to\s+(?:update|change|do|amend|adjust)\s+(?:something|anything)\b"
    r"[^.?!]{0,40}\?|"
    r"\bstill\s+(?:fine|ok|okay|good|true|valid|the same|needed|required|necessary|apply|"
    r"applies|hold|holds|an? (?:issue|problem|thing))\b|"
    # ... or the writer checked to be in the clear: "without any CDN, just Frankfurt, we're fine,
    # right?"
    r"\b(?:we're|we are|we'd be|we would be|we'll be|we will be|i'm|i am)\s+(?:fine|ok|okay|good|"
    r"safe|all good|in the clear)\b(?:\s*,?\s*(?:right|then|correct|yes|no))?\s*\?|"
    # ("... wants china mainland nodes too. still no filing?")
    r"\bstill\s+(?:no|not)\s+(?:an?\s+)?(?:icp|beian|filing|need|needed|required|necessary)\b"
    r"(?:\s+\w+){0,2}\s*\?|"
    # whether the part or case just told needs anything, asked bare: "Nothing required?",
    # "nothing to do there right?", "filing for that?", "anything needed for those?"
    r"(?:^|[.!?;:,]\s*)(?:so\s+|and\s+|then\s+)?(?:nothing|anything|something)\s+(?:\w+\s+)?"
    r"(?:required|needed|necessary|to do|to file)(?:\s+(?:there|then|here|for (?:it|that|those|"
    r"them|this)))?(?:\W+(?:right|correct|then))?\s*\?|"
    # ... or anything more it takes: "we also hold an ICP commercial license btw, anything extra?"
    r"(?:^|[.!?;:,]\s*)(?:so\s+|and\s+|then\s+)?(?:anything|something)\s+(?:extra|else|more|"
    r"additional|different)(?:\s+(?:then|to do|needed|required|for us))?\s*\?|"
    r"(?:^|[.!?;:,]\s*)(?:a\s+|any\s+)?(?:filing|icp|beian)\s+(?:needed\s+)?for\s+(?:that|it|"
    r"those|them|this)(?:\s+(?:one|part|too|as well))?\s*\?|"
    # "good to go?", "all good then?"
    r"\b(?:good to go|all good|all ok|all okay|ok to go|okay to go|safe to go)\b(?:\s+then)?\s*\?|"
    # "so we're fine?", "then it's ok?"
    # (or by Alibaba Cloud: "then its fine via alibaba?")
    r"\b(?:we(?:'re| are)|i(?:'m| am)|it(?:'s|s| is)|that(?:'s| is))\s+(?:still\s+|then\s+)?"
    r"(?:fine|ok|okay|good|safe|clear|exempt|alright|all right|in the clear)\b(?:\s+then)?"
    r"(?:\s+(?:(?:via|through|with)\s+(?:alibaba(?:\s+cloud)?|aliyun)|(?:via|through)\s+you))?"
    r"\s*\?|"
    r"\bsame\s+(?:deal|answer|thing|story|rules?|case|here|process|steps|procedure)\b|"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:same|then what|what then|and then)\W*$|"
    # "even tho all users are in china?"
    r"^\W*(?:(?:and|but|so|ok|okay)\W+)?even\s+(?:tho|though|if|with|when)\b|"
    # "our HQ is in Dublin if that matters", "is this a problem?", "is that why?"
    r"\bif (?:that|it|this) (?:matters|counts|helps|is relevant)\b|"
    r"\bis (?:that|this|it) (?:a problem|an issue|why|relevant|important)\b"
)


# A question of its own, typed with or without its mark: a question word opening a clause, not
# one that puts a case ("what if", "what about") or asks what follows ("what then")
_ASKS_ITS_OWN = re.compile(
    r"(?:^|[,;:.!(]\s*|\b(?:in that case|then|so|ok|okay|and|but|also|now|btw|by the way|oh|"
    r"hmm+|well|anyway)\s+)"
    r"(?:which|where|how|what|why|who|whose|whats|what's|hows|how's|wheres|where's|whos|who's)\b"
    r"(?!\s+(?:if|about|then|else|now)\b)(?![,.?!]?\s*$)"
    # (what changes, asked bare, asks whether the answer does: "..., what changes then")
    r"(?!\s+(?:changes|would change|will change)(?:\s+(?:then|now|for (?:us|me|it)|"
    r"in that case))?\W*$)"
    # (... or what the writer must change: "and if later we get the commercial license, what we
    # need change?")
    r"(?!\s+(?:do\s+|would\s+|will\s+|should\s+|must\s+)?(?:we|i)\s+(?:would\s+|will\s+)?"
    r"(?:need\s+(?:to\s+)?|have\s+to\s+|must\s+|should\s+)?(?:change|update|do differently)"
    r"(?:\s+(?:then|now|in that case))?\W*$)"
)


# What a change is asked about: "does that change the SLB step?", "does this alter the province?"
_CHANGE_ASKED_OF = re.compile(
    r"\b(?:change|changes|alter|alters|affect|affects)\s+(?:anything\s+)?"
    r"(?:(?:about|for|regarding|in|to)\s+)?((?:the|our|my|which|where)\b[^.?!]{0,40})"
)


def what_a_change_is_asked_of(text: str) -> str:
    """The thing whose change a follow-up asks about ("the province", "the SLB step"); empty
    when it asks about the answer as a whole ("does that change things?")."""
    found = _CHANGE_ASKED_OF.search(clean(asked_part(text)))
    return found.group(1) if found else ""


def asks_if_it_changes_the_answer(text: str) -> bool:
    """`text` asks whether what it tells changes the answer as a whole ("we do have a small ban
    shi chu in Beijing, does that change anything?"), not one thing of it ("... the province?")."""
    return bool(_ASKS_IF_IT_CHANGES.search(clean(asked_part(text)))) and not (
        what_a_change_is_asked_of(text)
    )


# The outcome asked for again, bare: "so yes or no?", "ok so is it needed or not? just yes or no"
_ASKS_FOR_THE_OUTCOME = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|then|well|sorry)\W+)*(?:(?:is it|so|just|in short)\W+)*"
    r"(?:(?:needed|required|necessary)\s+or\s+not\W+(?:just\s+)?)?(?:a\s+)?yes\s+or\s+(?:a\s+)?no"
    r"\W*(?:for (?:us|me|now|this|that))?\W*$|"
    # ... or the outcome checked: "so thats a yes, we need it?", "so that's a no then?"
    r"^\W*(?:(?:ok|okay|so|and|but|then|well|sorry)\W+)*(?:that(?:'s|s| is)|it(?:'s|s| is))\s+"
    r"(?:a\s+)?(?:yes|no)\b(?:\W+(?:then|right|correct))?(?:\W+(?:we|i|they)\s+(?:do\s+|don'?t\s+)?"
    r"(?:need|have to|must)\b[^.?!]{0,20})?\W*\?\W*$"
)


def asks_for_the_outcome(text: str) -> bool:
    """`text` only asks for the answer's outcome again ("so yes or no?")."""
    # (its own words: clean() drops "yes or no" as a tag)
    return bool(_ASKS_FOR_THE_OUTCOME.match(" ".join(text.lower().split())))


# The answer doubted, or its reason asked, and nothing else asked: "are you sure?", "really??",
# "why?", "how come?", "is that right?"; "are you sure it's not Beijing?" doubts it too. Facts the
# doubt rests on may follow ("are you sure? the site is not in mainland at all").
_DOUBTS_THE_ANSWER = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|hm+|wait|sorry|huh|uh|um+|wow|oh)\W+)*"
    r"(?:(?:are you|you) (?:sure|certain)\b[^.?!]*|"
    r"(?:really|seriously|why(?: (?:is|would) that| so| not| though| tho)?|how come|"
    r"is (?:that|this|it) (?:really )?(?:right|correct|true|so)|"
    r"(?:that|this) (?:can't|cannot|can not) be (?:right|true|correct)|"
    r"(?:that|this) (?:doesn't|does not|dont|don't) (?:sound|seem) right)\b\W*?)"
    r"(?:[?!.]+|$|(?<=though),|(?<=tho),|(?<=how come),|(?<=sure),)"
)


def doubts_the_answer(text: str) -> bool:
    """`text` doubts the answer just given or asks why, asking nothing else: the answer again,
    from the facts it rests on and any the doubt tells ("why? the server isnt in china")."""
    said = " ".join(text.lower().split())
    doubt = _DOUBTS_THE_ANSWER.match(said)
    if not doubt:
        return False
    rest = said[doubt.end() :]
    # (what follows may be the doubt's reason, a statement typed as a question: "why though,
    # we're not even a Chinese company?")
    return not is_question(rest) or bool(_A_REASON_TYPED_AS_A_QUESTION.match(rest))


_A_REASON_TYPED_AS_A_QUESTION = re.compile(
    r"^\W*(?:we|i|our|my|it|the [\w-]+|they)(?:'re|'m|'s|\s+(?:are|am|is|was|were|have|has|had|do|"
    r"don't|dont|do not|aren't|arent|isn't|isnt|never|only|just))\b"
    # (a statement to its end, no question of its own after it: not "we have a branch in
    # shanghai, can we apply for the commercial license then?")
    r"(?![^?]*(?:[,;]\s*|\b)(?:can|could|do|does|should|how|what|which|where|will|would|whether)\b)"
    r"(?![^?]*\b(?:need|want) to know\b)[^?]*\?*\s*$"
)


def asks_only_what_now(text: str) -> bool:
    """A bare "what now?" and nothing more ("so what do i do now?", "ok so what i do now?
    nothing?"): after an answer, that answer's next step, which it gives."""
    said = clean(text)
    return asks_what_to_do_now(said) and len(said.split()) <= 9


def continues_with_facts(text: str) -> bool:
    """In a conversation on an FAQ question, `text` (stating facts) continues it: it only tells
    them ("oh, forgot to mention we hold an ICP Commercial License"), puts a case instead of the
    one told ("same if we moved everything to HK?"), or asks whether what it tells changes the
    answer ("correction: it's a branch company in Jiangsu. does that change things?"). The
    question at hand is then answered again with them; any other question is the message's own."""
    if _ASKS_ITS_OWN.search(clean(text)):
        return False  # "in that case which province, we have no company in china at all"
    if not is_question(text):
        return True
    asked = clean(asked_part(text))
    # (the question may be a sentence of its own after the facts: "... with a domain. same?")
    last = re.split(r"(?<=[.!;])\s+", asked)[-1]
    return bool(
        A_CASE_PUT.search(asked)
        or A_CASE_PUT.search(clean(text))
        or _ASKS_IF_IT_CHANGES.search(asked)
        or _ASKS_IF_IT_CHANGES.search(last)
    )


# What it takes to run a site for China, asked ("how do I host in China?", "what do we need to do
# to serve Chinese users?", "what you need to launch a website in Shenzhen"): the umbrella
# answer says when a filing is needed and asks where the site is hosted when that is not said.
# (What is run must be a site, or nothing: not "how do I open a bank account in China?".)
_SITE_THING = (
    r"(?:it|(?:(?:a|an|the|our|my|your|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{SITE_NOUNS})"
)
_TO_CHINA = (
    r"(?:in|to|into|inside|within|for|on)\s+(?:the\s+)?"
    r"(?:(?:users|customers|visitors|people|readers)\s+(?:in|from)\s+(?:the\s+)?)?(?:"
    + MAINLAND_WORDS.pattern
    + r"|chinese (?:users|customers|visitors|market|audience))"
)
_RUN_A_SITE = (
    # hosting or serving is a site's; launching, publishing or opening may be an app's or a
    # shop's ("can you publish in China from a global developer account?"): with a site named
    # ("getting hosted in china", "hosting a server in mainland China")
    rf"(?:(?:host|hosting|serve|serving|get(?:ting)? hosted|be(?:ing)? hosted)"
    rf"(?:\s+{_SITE_THING}|\s+(?:an?\s+|our\s+|my\s+)?(?:servers?|ecs))?|go(?:ing)? live|"
    r"(?:launch|launching|run|running|operate|operating|open|opening|publish|publishing|deploy|"
    r"deploying|set up|setting up|build|building|create|creating|start|starting|have|having)"
    rf"\s+{_SITE_THING})"
    rf"(?:\s+(?:here|there|locally|directly))?\s+{_TO_CHINA}|"
    rf"serve\s+(?:the\s+)?(?:mainland\s+)?(?:china|chinese (?:users|customers|visitors|market))"
)
_WHAT_CHINA_TAKES = re.compile(
    rf"\b(?:what|which)\b[^.?!]{{0,30}}\b(?:need|needs|needed|required|requires?|takes?)\b"
    rf"(?:\s+to)?(?:\s+do)?(?:\s+to)?(?:\s+be\s+able\s+to)?\s+(?:{_RUN_A_SITE})|"
    r"\bhow\s+(?:do|can|could|would|should|does|to)\b(?:\s+(?:i|we|you|one|they|foreigners?|"
    r"(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|business|brand|startup|agency)))?"
    r"(?:\s+(?:actually|really|best))?"
    rf"(?:\s+(?:go about|start|begin))?\s+(?:{_RUN_A_SITE})|"
    # the way to do it asked for: "could someone explain the procedure for hosting a server in
    # mainland China?"
    r"\b(?:procedure|process|steps?|requirements?)\s+(?:for|of|to)\s+"
    rf"(?:{_RUN_A_SITE})|"
    # what to see to on the filing's side: "what do we have to sort out on the ICP side before
    # cutover?"
    r"\bwhat\b[^.?!]{0,20}\b(?:have to|need to|must|should)\s+(?:do|sort out|handle|take care of|"
    r"arrange|think about)\b[^.?!]{0,10}\b(?:on|about|regarding|around)\s+(?:the\s+)?"
    r"(?:icp|beian|filing)(?:\s+(?:side|front|part|question|topic))?\b|"
    # whether one may: "can I set up a mirror website in China?", "is it legal to host in China?"
    r"\b(?:can|could|may)\s+(?:i|we|you|one|foreigners?|(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:company|firm|business|brand|startup|agency))\s+(?:still\s+|even\s+|legally\s+)?"
    rf"(?:{_RUN_A_SITE})|"
    r"\bis it (?:possible|legal|allowed|ok|okay)\s+(?:for\s+(?:\w+\s+){1,3})?to\s+"
    rf"(?:{_RUN_A_SITE})|"
    # what then, with a market there: "what if your market includes China?", "and if our users
    # are in mainland China?"
    r"\b(?:what|and|so) if\b[^.?!]{0,25}\b(?:market|markets|audience|users|customers|visitors|"
    r"readers|clients|traffic)\b(?:\s+(?:includes?|is|are|come|comes|will be))?"
    r"(?:\s+(?:also|mostly|"
    r"partly|mainly))?\s+(?:in\s+|from\s+)?(?:the\s+)?(?:mainland\s+)?china\b"
    r"(?:\s+(?:too|as well|and (?:\w+\s+){0,3}(?:countries|regions|markets|places)))?"
    r"\s*(?:[?.!,]|$)"
)


# The FAQ's own "What if I do not have an ICP Filing?", asked by its form: "what will happen if
# an un-filed domain points to a mainland server?", "can't unfiled sites be opened?".
_WHAT_HAPPENS_WITHOUT = re.compile(
    r"\bwhat (?:will |would |could )?happens?\b[^.?!]{0,60}\b(?:un-?filed|"
    r"without (?:an? |the |any )?(?:icp|beian|filing)|no (?:icp|beian|filing)|"
    r"(?:don't|dont|do not|doesn't|doesnt|does not|didn't|didnt|did not|hasn't|has not|haven't|"
    r"have not|never|not) "
    r"(?:(?:yet|got)\s+)?(?:have|get|got|do|make|hold|complete) (?:an? |the |any )?"
    r"(?:icp|beian|filing))\b|" + BLOCKED_FOR_THE_FILING.pattern + r"[^.?!]*\?|"
    # ... typed the other way round, as a search: "no icp filing what happens ..."
    r"\b(?:no|without)\s+(?:an?\s+|the\s+|any\s+)?(?:icp|beian|filing)(?:\s+(?:filing|record))?"
    r"\s*[,:;\-–—]?\s+what\s+(?:will\s+|would\s+)?happens?\b|"
    # "has the server been blocked because of beian?"
    # ... or a symptom told, its cause asked: "... get a notice page. is this because we have no
    # icp"
    r"\b(?:is|was|could|might|can)\s+(?:this|that|it)\s+(?:be\s+)?(?:all\s+|just\s+)?"
    + BLAMES_THE_FILING.pattern
    + r"[^.?!]*(?:\?|$)|"
    r"\bun-?filed (?:domains?|sites?|websites?|shops?)\b[^.?!]{0,20}\b(?:be )?(?:opened|accessed|"
    r"visited|reached|online|live)\b|"
    # opening before the filing: "they haven't filed yet. Can they open the site to the public
    # in the meantime?"
    r"\b(?:haven't|have not|hasn't|has not|not yet|never)\s+(?:\w+\s+)?(?:filed|done the filing|"
    r"got (?:an? |the )?(?:icp|beian|filing))\b[^?]{0,80}\b(?:can|could|may)\s+(?:we|they|i|it|the "
    r"(?:site|shop|website))\s+(?:still\s+)?(?:open|launch|go live|publish|run|be opened)\b|"
    # ... or while it is under way: "must a website remain inaccessible for the duration of the
    # ICP record application?", "can our shop be online while the beian is in review?"
    r"\b(?:must|will|does|do|should|has|have)\s+(?:(?:a|the|our|my|their)\s+)?(?:web)?(?:site|shop|"
    r"store|page)s?\s+(?:(?:have|has|need|needs)\s+)?(?:to\s+)?(?:remain|stay|be|keep)\s+(?:\w+\s+)?"
    r"(?:inaccessible|offline|"
    r"closed|blocked|down|unreachable|dark)\b[^.?!]{0,20}\b(?:during|for the duration of|while|"
    r"until|till|before)\b|"
    r"\b(?:can|could|may)\s+(?:we|i|it|they|(?:the|our|my|their)\s+(?:web)?(?:site|shop|store|page))"
    r"\s+(?:still\s+)?(?:be\s+)?(?:open|opened|online|live|accessible|reachable|up)\b[^.?!]{0,30}"
    r"\b(?:during|while|until|before)\s+(?:the\s+|our\s+)?(?:icp|beian|filing|application|review)"
)


# A range of what something applies to: "anything from a simple website to a large content
# delivery network", "from a small blog to a big CDN"
_A_RANGE_OF_THINGS = re.compile(
    r"\b(?:(?:anything|everything|all)\s+)?from\s+an?\s+(?:\w+\s+){0,2}?(?:website|site|blog|"
    r"page|shop|app)s?\s+to\s+(?:an?\s+)?[^.?!;,]{0,50}"
)


def without_ranges_of_things(text: str) -> str:
    """`text` (cleaned) without the ranges it names ("anything from a simple website to a large
    CDN"): what stands at one end of one is no one's."""
    return _A_RANGE_OF_THINGS.sub(" ", clean(text))


def asks_what_happens_without_a_filing(text: str) -> bool:
    """What happens without a filing, asked in the FAQ question's own form."""
    return bool(_WHAT_HAPPENS_WITHOUT.search(clean(text)))


# A registration for China: "is there any china-specific registration we need first?" (not a
# business licence: which one the filing uses is the physical office question). Of a site or a
# server only: not "CEN between our VPCs in Hong Kong and Shanghai: does it need special approval?"
_A_REGISTRATION_FOR_CHINA = re.compile(
    r"\b(?:any|a|some)\s+(?:china[- ]specific|chinese|china|local|government|special)\s+"
    r"(?:registrations?|permits?|paperwork|approvals?|filings?)\b[^.?!]{0,20}\b(?:need|needs|"
    r"needed|required|must|have to)\b|"
    r"\b(?:need|require|have to get)\s+(?:any|a|some)\s+(?:china[- ]specific|chinese|china|local|"
    r"government|special)\s+(?:registrations?|permits?|paperwork|approvals?)\b"
)


# Papers from abroad claimed to do for the filing: "documents from our HQ in germany should be fine
# for the filing i assume", "our US incorporation papers work for icp, right?" (the physical
# office answer: documents issued outside mainland China are not accepted)
_PAPERS = r"(?:documents?|docs|papers|paperwork|certificates?|registrations?|business licen[cs]es?)"
_ABROAD_NAMED = (
    r"(?:"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    # ("our us incorporation papers", not "send us papers")
    + r"|(?<=our )us|(?<=the )us)"
)
_FROM_ABROAD = (
    r"(?:(?:from|of|issued (?:in|by))\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?(?:hq|headquarters|"
    r"head office|parent(?:\s+company)?|home country|mother company)\b|"
    rf"(?:from|issued in|issued by)\s+(?:the\s+)?{_ABROAD_NAMED})"
)
_PAPERS_FROM_ABROAD_WILL_DO = re.compile(
    rf"(?:\b{_PAPERS}\s+(?:[\w-]+\s+){{0,3}}?{_FROM_ABROAD}|"
    rf"{_ABROAD_NAMED}\s+(?:[\w-]+\s+)?{_PAPERS}|" + FOREIGN_DOCUMENTS.pattern + ")"
    # (or by the country's adjective, as the uncovered subjects know them: "our german documents")
    # (said of them in the next sentence too: "... from Germany, translated in Chinese. They are
    # accepted for the filing?")
    r"(?:[^.?!]{0,40}?|[^.?!]{0,40}[.;]\s+(?:they|these|those|it|that)\s+)"
    r"\b(?:(?:should|will|would|must)\s+be\s+|(?:is|are)\s+)?(?:fine|ok|okay|"
    r"enough|accepted|acceptable|valid|sufficient|good enough|work|works|do|suffice)\b"
)


# Papers for something other than the filing: "... accepted by the bank", "enough to open a wfoe?"
_ANOTHER_PURPOSE = re.compile(
    r"\b(?:bank|wfoe|visa|account|trademark|ssl|https|registrar|(?:need|have|must)\s+(?:to\s+)?"
    r"(?:be\s+)?translat\w*)\b"
)


def claims_papers_from_abroad_will_do(text: str) -> bool:
    """A claim or hope that the company's papers from abroad will do for the filing (not told
    that they will not: "we were told documents from outside China are not accepted")."""
    text = clean(text)
    found = _PAPERS_FROM_ABROAD_WILL_DO.search(text)
    if not found or not names_the_filing(text) or _ANOTHER_PURPOSE.search(text):
        return False
    # (not told that they will not: "... are not accepted", "they do not have a chinese version")
    rest = re.split(r"[.?!]", text[found.end() :])[0]
    return not re.search(
        r"\b(?:not|never|no longer|rejected|refused)\b|n't\b", found.group(0) + rest
    )


def asks_what_china_takes(text: str) -> bool:
    """What it takes to host or serve a site in mainland China, or whether one may, asked: the
    umbrella question."""
    text = clean(text)
    return bool(
        _WHAT_CHINA_TAKES.search(text)
        or (_A_REGISTRATION_FOR_CHINA.search(text) and _A_SITE_OR_SERVER.search(text))
    )


# Whether one may host in mainland China at all, asked by a company abroad, foreigners or the
# writer: "is it possible for a US company to deploy servers in mainland china?", "can I buy an ECS
# in mainland China as a foreign company?", "are foreign companies allowed to use aliyun's mainland
# regions?". The FAQ's opening answers it: such a company may, and must then apply for an ICP
# Filing (the umbrella answer).
_WHO_MAY = (
    r"(?:i|we|you|one|they|foreigners?|(?:(?:a|an|our|my|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:company|companies|firms?|business(?:es)?|brands?|start-?ups?|agency|agencies|"
    r"entity|entities|enterprises?)"
    # (where it is registered: "a company registered in the US", "one based in Hong Kong")
    r"(?:\s+(?:registered|based|incorporated|headquartered)\s+(?:in|outside(?:\s+of)?)\s+"
    r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)"
    # (the asker put in between: "can we, as a Korean firm, host ...")
    r"(?:\s*,\s*as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:company|firm|business|entity|foreigners?)"
    r"\s*,)?"
)
_MAY_ONE = (
    rf"\b(?:can|could|may)\s+{_WHO_MAY}\s+(?:still\s+|even\s+|legally\s+|also\s+)?|"
    r"\bis it (?:even\s+)?(?:possible|legal|allowed|ok|okay|permitted)\s+"
    r"(?:for\s+(?:[\w-]+\s+){1,4})?to\s+|"
    rf"\b(?:are|is|am)\s+{_WHO_MAY}\s+(?:even\s+|still\s+)?(?:allowed|permitted|able)\s+to\s+"
)
_TO_HOST = (
    r"(?:host|run|put|deploy|operate|set up|have|launch|open|rent|lease|buy|purchase|use|get|"
    r"spin up)\b"
)
_IN_THE_MAINLAND = (
    r"(?:in|inside|within|on|at|to|into)\s+(?:the\s+)?"
    r"(?:(?:alibaba(?: cloud)?|aliyun|alicloud|ecs)(?:'s)?\s+)?"
    r"(?:mainland\s+china|chinese\s+mainland|china(?:'s)?\s+mainland|"
    + MAINLAND_WORDS.pattern
    + r")(?:\s+regions?)?"
)
_MAY_HOST_THERE = re.compile(
    rf"(?:{_MAY_ONE})(?P<verb>{_TO_HOST})(?P<object>(?:\s+[\w'-]+){{0,7}}?)\s+{_IN_THE_MAINLAND}"
    # ... or the mainland regions themselves: "use the China regions of Alibaba Cloud"
    rf"|(?:{_MAY_ONE})(?P<regions>use|buy|get)\s+(?:the\s+)?(?:(?:alibaba(?: cloud)?|aliyun|"
    r"alicloud)(?:'s)?\s+)?(?:mainland(?:\s+china)?|china|chinese)\s+regions?"
    r"(?:\s+of\s+(?:alibaba(?: cloud)?|aliyun|alicloud))?"
    # ... or asked of hosting itself: "is hosting in mainland China allowed for foreign companies?"
    r"|\b(?:is|would)\s+(?P<noun>hosting|running|deploying)(?P<hosting>(?:\s+[\w'-]+){0,5}?)\s+"
    + _IN_THE_MAINLAND
    + r"\s+(?:be\s+)?(?:even\s+)?(?:allowed|possible|legal|permitted|ok|okay)\b"
)
# (the site's own servers only, not SERVER_WORDS' databases, buckets or OSS: "can we use OSS in
# Beijing?" is no question of hosting there)
_HOSTS_A_SITE_OR_SERVER = re.compile(
    rf"\b(?:{SITE_NOUNS}|servers?|ecs|instances?|vps|machines?|hosting)\b"
)
# what may follow the place: nothing, the asker again ("as a Dutch company"), or the site
_AS_WHO = re.compile(rf"\bas\s+{_WHO_MAY}")
_FOR_WHO = re.compile(rf"^\s*for\s+{_WHO_MAY}")
_NOTHING_MORE = re.compile(r"^\W*(?:at all|too|as well|legally|or not|then|though|ourselves)?\W*$")
_FOR_THE_SITE = re.compile(
    r"^\s*(?:to|for)\s+(?:host\s+|serve\s+|run\s+)?(?:our|my|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"{SITE_NOUNS}\b[^.?!]*$"
)
_BASED_ABROAD = re.compile(
    r"\b(?:we|i)(?:'re| are| am|'m)\s+(?:(?:based|registered|incorporated|located)\s+in|from)\s+"
    r"(?:the\s+)?[\w\s'-]{1,30}?(?=[.?!,]|$)"
)
_ELSEWHERE = re.compile(
    # (PLACES_OUTSIDE has Macau and Taiwan)
    PLACES_OUTSIDE.pattern + r"|" + words_pattern(HONG_KONG)
)


def asks_if_it_may_host_in_the_mainland(text: str) -> bool:
    """Whether a company abroad, foreigners or the writer may host a site or servers in mainland
    China at all, asked (not of the filing itself, of a place outside the mainland, or of servers
    for something else: "can we buy ECS in Shanghai for batch jobs?")."""
    text = clean(text)
    if not is_question(text) or names_the_filing(text):
        return False
    for sentence in sentences(text):
        found = _MAY_HOST_THERE.search(sentence)
        if not found:
            continue
        regions = found.group("regions") is not None
        verb, things = found.group("verb") or found.group("noun"), found.group("object")
        things = things if things is not None else found.group("hosting")
        if not regions and not (
            _HOSTS_A_SITE_OR_SERVER.search(things)
            or (verb in ("host", "deploy", "hosting", "deploying") and not things.strip())
        ):
            continue
        # (the asker's own place is no place of the servers: "can overseas companies rent ...")
        start = next(found.start(g) for g in ("regions", "verb", "noun") if found.group(g))
        hosted = found.group(0)[start - found.start() :]
        rest = _AS_WHO.sub(
            " ", sentence[found.end() :] + " " + text[text.find(sentence) + len(sentence) :]
        )
        # (the asker's place told after it: "... We're a Singapore company.")
        rest = _BASED_ABROAD.sub(" ", COMPANY_ABROAD.sub(" ", _FOR_WHO.sub(" ", rest)))
        if _ELSEWHERE.search(hosted) or _ELSEWHERE.search(rest):
            return False  # "... in China (Hong Kong) region", "no wait, we meant Hong Kong"
        if regions and not _NOTHING_MORE.match(rest):
            return False  # "can we use the china region? the CDN origin has to sit somewhere"
        after = _AS_WHO.sub(" ", re.split(r"[.?!]", sentence[found.end() :])[0])
        after = _FOR_WHO.sub(" ", after)
        return bool(_NOTHING_MORE.match(after) or _FOR_THE_SITE.match(after))
    return False


# Who may do it, asked beside it: a company, entity or partner needed there, or papers
# ("... or do we need a local company?", "... with a foreign business license?")
_THERE = r"(?:local|chinese|china|mainland|prc|domestic|registered)"
_A_PRESENCE_THERE = (
    r"(?:(?:company|companies|entity|entities|partner|subsidiary|presence)\b(?!\s+(?:website|site|"
    r"staff|users?|email))|jv\b|joint venture\b|business licen[cs]e)"
)
_A_PRESENCE_OR_PAPERS_ASKED = re.compile(
    # a company or partner there needed, or done without ("... or is a local entity required?",
    # "do we need a chinese partner?"; not "what do we need to host our company website?")
    rf"\b(?:need|needs|must|have to|has to|only|require\w*|without)\b[^.?!]{{0,30}}"
    rf"\b(?:an?|one|some)\s+{_THERE}\s+{_A_PRESENCE_THERE}|"
    rf"\b(?:an?|one|some)\s+{_THERE}\s+{_A_PRESENCE_THERE}[^.?!]{{0,20}}\b(?:required|needed|"
    r"necessary|mandatory|a must)\b|"
    # papers to file with ("with just Austrian documents", "using our HK business licence")
    r"\b(?:with|using|by|on|from)\s+(?:[\w'-]+\s+){0,3}?(?:documents?|papers|passports?|"
    r"business licen[cs]es?|id cards?|certificates? of incorporation)\b"
)


def names_a_presence_or_papers(text: str) -> bool:
    """A presence in mainland China (or none), a company or partner needed there, or papers named:
    who may file is asked of, not only whether one may host there."""
    # (a presence only in what is asked: not "... our head office is in Berlin" told before it)
    return names_a_presence_or_none(asked_part(text)) or bool(
        _A_PRESENCE_OR_PAPERS_ASKED.search(clean(text))
    )


_COMMERCIAL_LICENCE = re.compile(r"\bcommercial\W+(?:\w+\W+){0,2}?licen[cs]e|\bjing ?ying ?xing\b")


# A site opened, served or reached (said of it without a filing: what the no-filing answer settles)
_OPENS_THE_SITE = re.compile(
    r"\b(?:launch\w*|go(?:es|ing)? live|open(?:s|ed|ing)?|publish\w*|serv(?:e|es|ed|ing)|"
    r"access(?:ed|ible)|visit(?:ed)?|reachable|online)\b"
)


# ... or taken offline until the filing comes through ("the website must be shut down till the
# licence gets issued"): what the no-filing answer says, before the filing
_OFFLINE_UNTIL_FILED = re.compile(
    r"\b(?:shut\s*down|offline|closed|taken down|inaccessible|unreachable|suspended|blocked|"
    r"(?:can(?:not|'t)|may not|won't) (?:be )?(?:open\w*|go live|launch\w*|access\w*|serv\w*))"
    r"\b[^.?!]{0,30}\b(?:until|till|before)\s+(?:the\s+|your\s+|its\s+|an?\s+)?(?:icp\s+)?"
    r"(?:icp|beian|filing|licen[cs]e|registration|record)\s+(?:is|gets|has been|was|comes)\s+"
    r"(?:\w+\s+)?(?:issued|approved|granted|done|completed?|through|finished|ready)\b"
)


_UNDER_WAY = re.compile(r"(?:during|while)\b")


def _lacks_a_filing(sentence: str) -> bool:
    """A sentence said as a rule speaks of a site without a filing, or before it, but not of
    the time while one is under way: "during the filing period the website must be closed" or
    "during review the domain should serve only a placeholder" states the review's rules, which
    the FAQ does not give."""
    return any(not _UNDER_WAY.match(found.group(0)) for found in NO_FILING.finditer(sentence))


def states_what_happens_without_a_filing(text: str) -> bool:
    """A sentence that asks nothing says what becomes of a site without a filing, or before it
    ("You can launch on your mainland ECS straight away and sort out the ICP later"), as a rule
    for anyone (not the writer's own "our site is live, no ICP yet"), of no place outside the
    mainland (that is the hosted-outside question: "Hong Kong sites are accessible without a
    filing")."""
    text = clean(text)
    return not (
        FIRST_PERSON.search(text) or PLACES_OUTSIDE.search(text) or _HONG_KONG.search(text)
    ) and any(
        not sentence.rstrip().endswith("?")
        and (
            (_lacks_a_filing(sentence) and _OPENS_THE_SITE.search(sentence))
            or _OFFLINE_UNTIL_FILED.search(sentence)
        )
        for sentence in sentences(text)
    )


# A site cut off for want of a filing, said as a rule or a story: "If a website does not register
# for an ICP number, it will be blocked", "the government may ... close the website for those who
# have not obtained ICP licenses", "without an ICP filing, the monitoring system blocks access to
# the domain": the no-filing answer's own point, however the cutting off is worded.
_CUT_OFF = re.compile(
    r"\b(?:blocked|blacklisted|filtered|shut\s*down|closed|taken (?:down|offline)|removed|"
    r"inaccessible|unreachable|cut off|suspended)\b|"
    r"\b(?:block|blocks|filter|filters|close|closes|shuts?\s+down|takes?\s+down|remove|removes)"
    r"\s+(?:\w+\s+){0,2}?(?:access|traffic|(?:web)?sites?|domains?|pages?|servers?|ports?)\b|"
    r"\b(?:cannot|can't|can not|won't|will not|may not)\s+(?:legally\s+)?(?:be\s+)?(?:accessed|"
    r"opened|visited|reached|serve\w*|terminate\w*|go live|launch\w*)\b"
)
# ... the filing not done, in the words NO_FILING leaves out: "who have not properly filed with
# ICP records", "companies who have not obtained ICP licenses"
_NOT_FILED_FOR = re.compile(
    r"\b(?:have|has|had|did|does|do)(?:n't|\s+not)\s+(?:\w+\s+)?(?:filed|file|obtained|obtain|"
    r"applied|apply|registered|register|got|get|completed|complete)\b[^.?!]{0,30}"
    r"\b(?:icp|beian|filing)\b|"
    # skipped: "sites on Chinese servers that skip the ICP Filing simply get blocked"
    r"\b(?:skip|skips|skipped|skipping|ignore|ignores|ignored|bypass\w*)\s+(?:the\s+|an?\s+|"
    r"their\s+|its\s+)?(?:icp|beian|filing)\b"
)
# What such a sentence may also name: told as the scene of the cutting off ("blacklisted by
# MIIT", "prompts you to complete the filing", "HTTPS traffic", "his e-commerce site") ...
CUT_OFF_SCENE = ("blocking", "settings", "messages", "business_types", "miit_contact")
# ... or beside it as a further consequence the FAQ does not give, to be said to be not covered
# (a fine, or a grace period before it: "after an initial grace period your provider will shut
# down your website")
CUT_OFF_FURTHER = ("penalties", "exemptions")


def states_a_site_cut_off_without_a_filing(sentence: str) -> bool:
    """A sentence that asks nothing says a site without a filing is blocked, closed or taken
    down: what the no-filing answer says (a site cannot be opened without one). Not of a place
    outside the mainland (the hosted-outside question), nor of censorship ("the GFW filters
    traffic ..." is not the filing's doing)."""
    sentence = clean(sentence)
    return (
        not sentence.rstrip().endswith("?")
        and (_lacks_a_filing(sentence) or bool(_NOT_FILED_FOR.search(sentence)))
        and bool(_CUT_OFF.search(sentence))
        # (a rule or someone else's story: not the writer's own "we did not register for ICP
        # because the domain was removed"; "let me be blunt" is a turn of phrase)
        and not FIRST_PERSON.search(re.sub(r"\blet me\b", " ", sentence))
        and not (
            PLACES_OUTSIDE.search(sentence)
            or _HONG_KONG.search(sentence)
            or CENSORSHIP.search(sentence)
        )
    )


# A rule referred back to ("this regulation", "the requirement"; not "the EU cookie rules")
_THIS_RULE = r"(?:this|that|these|the)\s+(?:regulations?|requirements?|rules?)"
# Not needed, said of the filing or a rule: "you don't have to ... go through the ICP filing", "is
# not required by this regulation", "needs no beian", "are exempt".
_NONE_NEEDED = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not|never)\s+"
    r"(?:\w+\s+)?(?:have to|need to|need|require)|no need|needn't|needs? no|"
    r"(?:isn't|aren't|is not|are not|not)\s+(?:\w+\s+)?(?:required|needed|necessary|subject to)|"
    r"exempt)\b"
    rf"[^.?!]{{0,60}}\b(?:{FILING_WORD}|{_THIS_RULE})\b|"
    # "this requirement does not apply if you use a server outside the Chinese mainland"
    rf"\b(?:{FILING_WORD}|{_THIS_RULE})\s+(?:\w+\s+)?"
    r"(?:does not|doesn't|do not|don't|would not|wouldn't|will not|won't)\s+apply\b|"
    rf"\b{FILING_WORD}\b[^.?!]{{0,30}}\b(?:(?:isn't|is not|not)\s+(?:\w+\s+)?(?:required|needed|"
    r"necessary)|(?:is|are) optional)\b"
)
# Hong Kong or Macau said not to be the mainland ("Hong Kong & Macau are not yet considered
# mainland China").
_NOT_THE_MAINLAND = re.compile(
    words_pattern(OTHER_CHINESE_REGIONS + HONG_KONG)
    + r"[^.?!]{0,30}\b(?:is|are)\s+not\s+(?:yet\s+)?(?:considered\s+(?:to be\s+)?)?(?:(?:a\s+)?part"
    r"\s+of\s+)?(?:the\s+)?mainland\b"
)


def states_none_needed_abroad(text: str) -> bool:
    """A text that asks nothing says a site hosted outside mainland China needs no filing ("You
    can host a website outside of China. The advantage is that you don't have to ... go through
    the ICP filing procedures"), in one sentence or the next, or that Hong Kong is not the
    mainland: the hosted-outside question's point. Not when a server is said to be in mainland
    China."""
    cleaned = clean(text)
    if not HOSTING_WORDS.search(cleaned):
        return False
    said = [s for s in sentences(cleaned) if not s.rstrip().endswith("?")]
    # (the patterns first: reading where the site is hosted costs more)
    return (
        any(
            (
                _NONE_NEEDED.search(sentence)
                or (NO_FILING.search(sentence) and _OPENS_THE_SITE.search(sentence))
            )
            and (
                _HOSTED_ABROAD.search(sentence)
                or (number and _HOSTED_ABROAD.search(said[number - 1]))
            )
            or _NOT_THE_MAINLAND.search(sentence)
            for number, sentence in enumerate(said)
        )
        and to_hosting_location(cleaned) != MAINLAND_HOSTING
    )


def asks_who_may_hold_the_commercial_licence(text: str) -> bool:
    """A question about the ICP Commercial License from a company with a presence in China ("our
    ban shi chu in Shenzhen, so we need the commercial license, right? possible?"): the FAQ says
    who may apply, in its physical office answer (not the Server Load Balancer's, which speaks of
    holders)."""
    return asks_if_the_commercial_licence_may_be_had(text) and carries_subject(
        "ask_physical_office", clean(text)
    )


def asks_if_the_commercial_licence_may_be_had(text: str) -> bool:
    """Whether the ICP Commercial License may be had is asked, of no load balancer ("can it get
    the ICP Commercial License too?"): of the presence the conversation is on, after the
    physical office answer."""
    text = clean(text)
    return bool(
        is_question(text)
        and _COMMERCIAL_LICENCE.search(text)
        and MAY_GET.search(text)
        and not carries_subject("ask_load_balancer", text)
    )


def denies_a_cdn(text: str) -> bool:
    """The message names a CDN only to say there is none ("we don't use any CDN, icp needed?")."""
    text = clean(text)
    cdn = TOPIC_SUBJECTS["ask_cdn"]
    return bool(cdn.search(text)) and not cdn.search(NO_CDN.sub(" ", text))


# A load balancer dropped or gone without: "what if we drop the SLB and just round-robin DNS?",
# "without the load balancer, just one ECS?", "we got rid of the SLB"
_NO_BALANCER = re.compile(
    r"\b(?:no|without|not using|don't use|do not use|stop using|no longer use|"
    # (none planned: "we do NOT plan any load balancer")
    r"(?:do not|don't|dont|won't|will not|not)\s+(?:plan(?:ning)?|need(?:ing)?|be|intend(?:ing)?)"
    r"(?:\s+to\s+(?:use|have|add))?|"
    r"drop|dropp(?:ed|ing)|remov(?:e|ed|ing)|ditch(?:ed|ing)?|scrap(?:ped|ping)?|"
    r"skip(?:ped|ping)?|cancel(?:l?ed|l?ing)?|decommission(?:ed|ing)?|get rid of|got rid of|"
    r"do away with)\s+(?:an?\s+|any\s+|the\s+|our\s+|that\s+)?(?:slb|load[- ]balanc\w*)\b"
    r"(?:\s+(?:at all|entirely|altogether))?"
)


# The FAQ's load balancer procedure named, as the question it answers ("does the SLB filing
# procedure apply to us at all?"): no load balancer of the writer's
_THE_BALANCERS_PROCEDURE = re.compile(
    r"\b(?:slb|load[- ]balanc\w*)\s+(?:filing\s+|icp\s+)?(?:procedure|process|steps|part|section|"
    r"route|rules?|answer)\b"
)


def drops_the_load_balancer(text: str) -> bool:
    """The message names a load balancer only to drop it or say there is none ("what if we drop
    the SLB and just round-robin DNS over the two ECS?", "We do NOT plan any load balancer ...
    Does the SLB filing procedure apply to us at all?"): no load balancer to file with."""
    text = clean(text)
    balancer = TOPIC_SUBJECTS["ask_load_balancer"]
    return (
        bool(_NO_BALANCER.search(text))
        and not balancer.search(_THE_BALANCERS_PROCEDURE.sub(" ", _NO_BALANCER.sub(" ", text)))
        # (none yet, the procedure for one asked: "we don't have an SLB yet, what are the steps?")
        and not re.search(r"\byet\b", text)
        # (not one added: "we filed when we had no SLB; how do we put the site behind one now?")
        and not re.search(
            r"\b(?:add\w*|put\w*|behind one|introduc\w*|set\w* up|switch\w* to)\b", text
        )
        and not re.search(
            r"\b(?:had|was|were|when we|back then)\b[^.?!]{0,20}\bno\s+(?:slb|load)", text
        )
    )


# "How do I get an ICP Filing?", "who may file?": for an enterprise registered outside mainland
# China, the FAQ's answer is which registration documents it can use (the physical office
# question), unless the
# message names another question's subject (an SLB, IP-only access, a province, a CDN, offshore
# hosting) or asks whether a filing is needed at all.
_REQUIREMENT_WORDS = r"(?:requirements|prerequisites|criteria|qualifications|conditions)"
_HOW_TO_GET = re.compile(
    rf"\bhow\b[^.?!]{{0,30}}\b{GET_WORDS}\b[^.?!]{{0,30}}\b{ICP_TERMS}\b|"
    # the ways to it asked for: "what are our options to file?"
    r"\bwhat (?:are|would be) (?:our|my|the|their) (?:options?|ways?|routes?|paths?) to "
    rf"(?:file|apply|{GET_WORDS}\s+(?:an?\s+|the\s+)?(?:icp|beian|filing))\b|"
    # who may: "who qualifies for an ICP?", "who is eligible to file?"
    # ("who actually meets the reqs for an icp?"; not who must: "who has to get an ICP?")
    rf"\bwho\b[^.?!]{{0,20}}\b(?:(?:can|could|may) {GET_WORDS}|qualif\w*|"
    r"(?:is|are) (?:eligible|allowed)|(?:meets?|fulfil+s?|satisf(?:y|ies))\s+(?:the\s+|all\s+)?"
    rf"(?:req\w*|criteria|conditions|prerequisites))\b[^.?!]{{0,30}}\b{ICP_TERMS}\b|"
    # "to whom may an ICP Filing be granted?"
    rf"\bto whom\b[^.?!]{{0,15}}\b(?:can|could|may|will|is|are)\b[^.?!]{{0,30}}\b{ICP_TERMS}\b"
    r"[^.?!]{0,20}\b(?:granted|issued|given|awarded|available)\b|"
    rf"\beligib\w*[^.?!]{{0,30}}\b{ICP_TERMS}\b|"
    # which of the writer's companies files: "should we file under our hk parent co or our
    # shenzhen branch?", "can we apply as the rep office?"
    # (not a company set up: "how to register as a company?"; nor a third party filing: "could
    # our agency file it under our own company name rather than the client's?")
    r"\b(?:we|i)\s+(?:(?:still|just|then|also|even)\s+)?(?:(?:file|apply)\s+(?:it\s+|for\s+(?:it|the\s+icp|icp)\s+)?(?:under|as|through|via|"
    r"in the name of)|register\s+(?:it\s+)?(?:under|in the name of))\s+"
    r"(?:our|the|a|an|my|their)\s+(?:[\w-]+\s+){0,2}?(?:parent|branch|"
    rf"(?:rep(?:resentative)?\s+)?office|{REP_OFFICE_PINYIN}|subsidiary|company|co|entity|wfoe|jv|hq|"
    r"headquarters)\b(?!\s+(?:portal|website|site|account|console|system|page|app|email))|"
    # what makes one able to file: "what would we actually need to be able to file?", "what does
    # it take to be allowed to apply?"
    r"\bwhat\s+(?:do|does|would|will|should)\s+(?:we|i|it|one|they)\s+(?:\w+\s+)?(?:need|take)\b"
    r"[^.?!]{0,25}?\bto\s+be\s+(?:able|allowed|eligible|permitted)\s+to\s+"
    # (the filing's verb, or a verb with the filing: not "to be able to register a wfoe", "to be
    # able to get our site live")
    r"(?:(?:file|apply)\b(?!\s+for\s+(?:an?\s+)?(?:visa|bank|account|trademark))|"
    rf"{GET_WORDS}\s+(?:an?\s+|the\s+|our\s+)?(?:icp|beian|filing)\b)|"
    # "We have no entity at all in the PRC. Kindly confirm our eligibility."
    r"\b(?:advise|ask\w*|question|inquir\w*|enquir\w*|confirm\w*|clarif\w*|assess\w*|check)\s+"
    r"(?:(?:on|about|regarding|as to)\s+)?(?:our\s+|the\s+)?eligib\w*|"
    # "two sales people at a rented desk, nothing registered. Is that enough to file for ICP?"
    rf"\b(?:is|are|would be)\s+(?:that|this|it|they|these|those)\s+enough\s+to\s+{GET_WORDS}\b|"
    # a presence needed to file: "we need a Beijing office to file, right?", "must we have a
    # branch in China to apply?"
    r"\b(?:need|needs|must have|have to have|required to have|requires?)\s+"
    # (or to set one up first: "our lawyer says we need to set up a wfoe before we can file")
    r"(?:to\s+(?:set up|open|register|establish|create)\s+)?(?:an?\s+|our\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:office|branch|company|entity|subsidiary|presence|wfoe|"
    rf"{REP_OFFICE_PINYIN})\s+"
    r"(?:(?:in|inside)\s+(?:mainland\s+)?china\s+)?(?:(?:in order\s+)?to|"
    r"before\s+(?:we|i|you|they)\s+(?:can|could)(?:\s+even)?)\s+"
    r"(?:file|apply|register|get)\b|"
    # ... told the other way round: "to apply for icp u need a biz registered in cn"
    rf"\bto\s+(?:apply|file|register)\s+(?:for\s+)?(?:an?\s+|the\s+)?{ICP_TERMS}\b[^.?!]{{0,25}}"
    r"\b(?:need|needs|must have|have to have|requires?)\s+(?:an?\s+|your\s+|a\s+local\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:office|branch|company|co|biz|business|entity|subsidiary|presence)\b|"
    # "we're foreign - is the filing even open to us?"
    rf"\b(?:is|are)\s+(?:the\s+|an?\s+)?{ICP_TERMS}\s+(?:\w+\s+)?(?:even\s+|also\s+|still\s+)?"
    r"(?:open|available|possible|allowed)\s+(?:to|for)\s+(?:us|foreign\w*|overseas|"
    r"(?:an?\s+)?(?:foreign|overseas|non-chinese)\s+\w+)\b|"
    # "parent in Sweden, a WFOE in Shenzhen: whose documents go on the ICP application?"
    r"\bwhose\s+(?:documents|docs|papers|paperwork|licen[cs]es?|registration|certificates?)\b"
    rf"[^.?!]{{0,30}}\b{ICP_TERMS}\b|"
    # may an enterprise: "can that HK company file ICP?", "can we still apply?" (not "can we
    # file in Shanghai?", which is another question)
    rf"\b(?:can|could|may)\s+(?:(?:that|this|our|my|a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:company|firm|entity|subsidiary|business|enterprise|corporation)\s+"
    rf"(?:still\s+|also\s+|even\s+|ever\s+)?{GET_WORDS}\b|"
    rf"\b(?:can|could|may)\s+(?:we|i)\s+(?:still|even|ever)\s+{GET_WORDS}\b|"
    # ... and asked bare: "Can we file?", "could we apply for one?" (not "can we file in Jilin?")
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:file|apply|register)(?:\s+for)?"
    r"(?:\s+(?:it|one|icp|beian|(?:an?|the)\s+(?:icp\s+)?(?:filing|beian|licen[cs]e)))?\s*(?:[?.!]|$)|"
    # "can we get an ICP filing somehow?", "could we obtain one at all?"
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:(?:still|even|ever|somehow)\s+)?(?:get|obtain)\s+"
    r"(?:one|it|icp|beian|(?:an?|the)\s+(?:icp\s+)?(?:filing|beian|licen[cs]e|icp))"
    r"(?:\s+(?:somehow|at all|anyway|ourselves|then))?\s*(?:[?.!]|$)|"
    # "Is possible we make ICP filing?", "is it possible for us to get a beian?"
    r"\b(?:is|it's)\s+(?:it\s+)?(?:even\s+)?possible\s+(?:for\s+(?:us|me)\s+to|that\s+(?:we|i)|"
    r"(?:we|i))\s+(?:make|do|get|obtain|submit|complete|file|apply for)\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?:icp|beian)(?:\s+filing)?(?:\s+(?:at all|somehow))?\s*(?:[?.!]|$)|"
    # ("can we do ICP?" ends there: "can I do the filing for an English site?" asks of the site)
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:still\s+|even\s+)?do\s+(?:an?\s+|the\s+)?"
    r"(?:icp|beian|filing)(?:\s+filing)?(?:\s+(?:somehow|at all|anyway|ourselves|then))?"
    r"(?=\s*(?:[?.!]|$))|"
    # typed as said: "How we can do ICP?"
    r"\bhow\s+(?:we|i)\s+(?:can|could|should|must)\s+(?:do|get|make|apply for)\s+"
    r"(?:an?\s+|the\s+)?(?:icp|beian)\b|"
    # whose documents may be used: "can we use our Hong Kong company's registration documents
    # for the ICP filing?", "can our US parent's documents be used to file icp?"
    r"\b(?:use|using)\s+(?:our\s+|the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:docs|"
    rf"documents|registration|licen[cs]e|certificate|paperwork|papers)s?\b[^.?!]{{0,20}}\b{ICP_TERMS}\b|"
    # ... or filed with: "Can we file with our Vietnamese business registration?"
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:still\s+)?(?:file|apply|register)\s+(?:for\s+(?:it|"
    r"(?:the\s+|an?\s+)?(?:icp|beian|filing)(?:\s+filing)?)\s+)?(?:with|using|under)\s+"
    r"(?:our|its)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:docs|documents|registration|licen[cs]es?|certificates?|paperwork|papers)\b|"
    # ... the filing named first: "for the ICP, do we use the branch's papers or HQ's?"
    rf"\b{ICP_TERMS}\b[^.?!]{{0,25}}\b(?:use|using)\s+(?:our\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:docs|documents|registration|licen[cs]e|certificate|paperwork|"
    r"papers)\b|"
    r"\b(?:docs|documents|papers|paperwork|certificates?|licen[cs]es?)\s+be\s+used\s+(?:to|for)\b"
    rf"[^.?!]{{0,20}}\b{ICP_TERMS}\b|"
    rf"\b(?:steps?|process|procedures?|ways?|guide|{_REQUIREMENT_WORDS})\b"
    rf"[^.?!]{{0,15}}\b(?:to|for|of)\b[^.?!]{{0,15}}"
    rf"\b{GET_WORDS}\b[^.?!]{{0,30}}\b{ICP_TERMS}\b"
)
_ASKS_WHETHER = re.compile(
    r"\b(?:need|needs|needed|necessary|necessity|required|requires?|have to|has to|must|"
    r"mandatory|compulsory|avoid\w*|exempt\w*|skip|why|whether)\b"
)
_OTHER_WAYS_TO_FILE = ("ask_ip_only", "ask_load_balancer", "ask_which_province", "ask_cdn")


# "so we file in Beijing?", "where do we submit it?": the province question (the answer: where
# the Chinese business licence was issued).
# A province or city of mainland China, as a pattern
MAINLAND_DIVISIONS = words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES))
_WHERE_TO_FILE = re.compile(
    r"\b(?:we|i)\s+(?:have to\s+|need to\s+|must\s+|should\s+)?(?:file|apply|submit|register)"
    r"\s+(?:for\s+)?(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+(?:[\w-]+\s*){1,3}\?|"
    # ... or one place or another: "Do we file the ICP in Shenzhen or in Hong Kong where our HQ
    # is?"
    r"\b(?:we|i)\s+(?:have to\s+|need to\s+|must\s+|should\s+)?(?:file|apply|submit|register)"
    r"\s+(?:for\s+)?(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+[\w-]+"
    r"(?:\s+[\w-]+)?\s+or\s+(?:in\s+)?[\w-]+(?=[^.!]*\?)|"
    # (the subject dropped, the place checked: "and file in guangdong right?")
    r"^\W*(?:(?:and|so|then|ok|okay)\W+)*(?:file|apply|submit)\s+(?:(?:it|the|our)\s+)?"
    r"(?:(?:icp|beian|filing)\s+)?in\s+(?:[\w-]+\s*){1,2}(?:,?\s*(?:right|correct|ok|yes))?\s*\?|"
    # (the verb dropped, as non-native writers ask: "so where we apply?")
    # ("so where do we actually send the application then")
    r"\bwhere (?:exactly |then )?(?:do|should|can|shall|must|would|will) (?:i|we|they) "
    r"(?:actually |then |now |even |really |exactly )?"
    r"(?:file|apply|register|submit|lodge|send|hand in)\b|"
    r"(?:^|[.!?,;:]\s*|\b(?:so|then|and)\s+)where (?:i|we|they) (?:file|apply|register|submit|"
    r"lodge)\b|"
    r"\bwhere to (?:file|apply|submit|lodge)\b|" + WHERE_SOMEONE_FILES + r"|"
    # ... after whether one is needed: "do we need ICP and where?"
    r"\b(?:need|needs|require|requires|have to (?:get|do))\s+(?:an?\s+)?(?:icp|filing|beian|one|it)"
    r"\b[^.?!]{0,20}?\s+(?:and|&)\s+(?:if so,?\s+)?(?:where|(?:in\s+)?which province)\s*\?|"
    # a place told, checked as where to file: "the certificate was issued in beijing, so that's
    # where we file the icp?"
    r"\b(?:that's|that is|is that|this is|is this|it's|it is|is it)\s+where\s+(?:i|we|they)\s+"
    r"(?:\w+\s+)?(?:file|apply|register|submit|lodge|send)\b(?=[^.!]*\?)|"
    # ... the filing as the subject: "where must the application be lodged in that case?"
    r"\bwhere (?:exactly |then )?(?:must|should|do|does|can|is|would|will|shall) "
    r"(?:the |our |an? |that |this )?(?:icp |beian )?"
    r"(?:application|filing|beian|icp|it) (?:be |get |gets )?"
    r"(?:lodged|submitted|filed|made|sent)\b|"
    # ... or of whoever files: "once the persona has that office certificate, where does it
    # file?"
    r"\bwhere (?:exactly |then )?(?:does|do|should|must|can|would|will) "
    r"(?:it|he|she|the (?:company|client|office|entity|branch|persona)) "
    r"(?:file|apply|submit|register)\b"
    r"(?!\s+(?:its|their|a|an|the)\s+(?!icp|beian|filing|application)\w)|"
    # ... where it goes, or to which office ("and where does the application go?", "so which
    # office do we send it to?")
    # ("so where does that application go?")
    r"\bwhere (?:does|would|should|will|must) (?:the |our |that |this )?(?:icp |beian )?"
    r"(?:application|filing|"
    r"beian|icp|it) (?:go|get sent)\b(?=\s*(?:\?|,(?!\s*on\b)|$|to\b|then\b|in\s+that))|"
    r"\b(?:which|what) (?:office|authority|bureau|administration) (?:do|should|must|would|can) "
    r"(?:i|we|they) (?:send|submit|file|give) (?:it|the application|the filing|them)\b|"
    # ... asked after the verb ("and if we ever had to file, where? shenzhen or hong kong")
    r"\b(?:file|apply|submit)\b[^.?!]{0,12}\bwhere\s*\?|"
    # "we must file in Beijing since it's the capital, yes?"
    r"\b(?:we|i)\s+(?:have to|need to|must|should)\s+(?:file|apply|submit|register)"
    r"\s+(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+(?:"
    + MAINLAND_DIVISIONS
    + r")\b[^.?!]{0,40}\b(?:right|correct|yes|true|no)\s*\?|"
    # "the certificate was issued in Shanghai, so the filing goes to Shanghai too - correct?"
    # (or named before: "and it goes to Sichuan even though the servers are in Hangzhou?")
    r"\b(?:filing|application|beian|icp|it)\s+(?:goes|should go|must go|would go|has to go|is "
    r"submitted|gets submitted|is filed)\s+(?:to|in)\s+(?:" + MAINLAND_DIVISIONS + r")\b"
    r"[^.?!]{0,40}\?|"
    # asked indirectly: "does the server's region matter for where we file?"
    r"\b(?:for|decides?|determines?|affects?|changes?|on)\s+where\s+(?:we|i|you|one)\s+"
    r"(?:should\s+|must\s+|have to\s+|need to\s+)?(?:file|apply|submit|register)\b|"
    r"\b(?:which|what) prov(?:ince)?\b|"
    # "guidance on the jurisdiction for our ICP Filing"
    r"\bjurisdiction\b[^.?!]{0,40}\b(?:filing|icp|beian|application)\b|"
    r"\b(?:filing|icp|beian|application)\b[^.?!]{0,30}\bjurisdiction\b|"
    # "does the filing follow the office or the licence?": which of two places decides
    r"\b(?:does|should|must|would|will)\s+(?:the\s+|our\s+)?(?:filing|application|beian|icp)\s+"
    r"(?:follow|go by|go with)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+or\b|"
    # typed short: "icp prov??", "icp prov = server region?"
    r"\b(?:icp|beian|filing)\s+prov(?:ince)?\b(?=[^.!]*\?)|"
    r"(?:^|[?.!:,;\-–—]\s*)(?:icp\s+|beian\s+)?(?:file|filing|apply|submit)"
    r"(?:\s+(?:icp|beian|it))?\s+where\b|"
    # "license jiangsu, server guangzhou, beian where?"
    r"(?:^|[?.!:,;\-–—]\s*)(?:icp|beian)(?:\s+(?:filing|application))?\s+where\s*\?|"
    # "we have to go to Zhejiang for the registro ICP, correct?"
    r"\b(?:we|i)\s+(?:have to|need to|must|should)\s+go\s+to\s+(?:" + MAINLAND_DIVISIONS + r")"
    r"\s+for\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:icp|beian|filing)\b|"
    # "licence guangdong server beijing, province?"
    r"(?:^|[?.!:,;\-–—]\s*)(?:which\s+|what\s+)?prov(?:ince)?\s*\?|"
    r"\bis it\s+(?:in\s+)?(?:"
    + MAINLAND_DIVISIONS
    + r")\b(?:\s*,\s*(?:"
    + MAINLAND_DIVISIONS
    + r")\b)*,?\s+or\s+(?:in\s+)?(?:"
    + MAINLAND_DIVISIONS
    + r")\b|"
    # "Sichuan, Chongqing or Zhejiang for the beian?"
    r"(?:^|[?.!:;,\-–—]\s*)(?:"
    + MAINLAND_DIVISIONS
    + r")\b(?:\s*,\s*(?:"
    + MAINLAND_DIVISIONS
    + r")\b)*,?\s+or\s+(?:"
    + MAINLAND_DIVISIONS
    + r")\s+(?:for (?:the |our |an? )?(?:icp|beian|filing|application|record)|"
    r"to (?:file|submit|apply))\b|"
    # a sentence that is only the choice: "We're filing the ICP this month. Jiangsu or Zhejiang?"
    r"(?:^|[.?!:;]\s+)(?:so\s+|then\s+)?(?:"
    + MAINLAND_DIVISIONS
    + r")\b(?:\s*,\s*(?:"
    + MAINLAND_DIVISIONS
    + r")\b)*,?\s+or\s+(?:"
    + MAINLAND_DIVISIONS
    + r")\s*\?|"
    # "file now in Chongqing or wait and do it in Sichuan?", "file icp in Hebei or Guangdong?",
    # "do we file with Shanghai or Zhejiang?"
    r"\b(?:file|apply|submit|register|do it)(?:\s+(?:it|now|first|the icp|the beian|icp|beian))*"
    r"\s+(?:in|with|under|at|to)\s+(?:" + MAINLAND_DIVISIONS + r")\b\s*(?:\?|,?\s*or\s+"
    r"(?:\w+\s+){0,5}?(?:(?:in|with|under|at|to)\s+)?"
    r"(?:" + MAINLAND_DIVISIONS + r")\b)"
)


# What was just said to be needed, ruled out: "and if that's just not realistic for us?", "that
# won't be possible", "impossible for us"
_FEASIBLE = r"(?:realistic|feasible|possible|an option|doable|workable|viable)\b"
_RULED_OUT = re.compile(
    r"\b(?:that|this|it)\s*(?:'s|is|would be|will be)\s+(?:just\s+|simply\s+|really\s+|"
    r"totally\s+)?(?:not|never)\s+(?:\w+\s+)?" + _FEASIBLE + r"|"
    r"\b(?:that|this|it)\s+(?:isn't|is not|wouldn't be|won't be|will not be)\s+(?:\w+\s+)?"
    + _FEASIBLE
    + r"|\b(?:impossible|unrealistic|infeasible|out of the question)\s+for\s+"
    r"(?:us|them|me|the client)\b|"
    # ... or what it asks for, not to be had: "and if we just cant get it at all?" (not a matter of
    # time: "if we can't get it by May?")
    r"\b(?:we|i|they)\s+(?:just\s+|simply\s+|really\s+)?(?:can't|cant|cannot|can not|couldn't|"
    r"won't be able to|are unable to|aren't able to|fail to)\s+"
    r"(?:get|obtain|provide|produce)\s+(?:it|that|this|one|them|those)"
    # (the object ends the clause: not "can't get it to load in Shanghai", "can't get it approved")
    r"(?:\s+at\s+all|\s+either|\s+anyway)?\s*(?:[.?!]|$)|"
    # ... or put as a case too much to take on: "and if getting that certificate is too much
    # hassle for us?"
    r"\bif\s+(?:getting\s+|obtaining\s+|applying for\s+)?(?:that|this|it|those|these|"
    r"the\s+(?:certificate|filing|paperwork|process|registration|documents|papers))\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:is|are|'s|would be|were|was)\s+(?:just\s+|simply\s+|way\s+|far\s+)?"
    r"too\s+(?:much|many|hard|difficult|complicated|complex)\b"
)


def names_hong_kong(text: str) -> bool:
    """Hong Kong is named ("so basically move the box to HK?")."""
    return bool(re.search(words_pattern(HONG_KONG), clean(text)))


def rules_out_what_was_said(text: str) -> bool:
    """The message rules out what the answer before said was needed ("so we'd have to set up a
    permanent office first. and if that's just not realistic for us?")."""
    return bool(_RULED_OUT.search(clean(text)))


def says_it_is_too_much(text: str) -> bool:
    """What was just said is too much to take on, said in a clause of its own."""
    return bool(TOO_MUCH_TO_TAKE_ON.search(clean(text)))


# A place in mainland China asked alone, last: "that's Fujian, right? So Fujian?"
_A_DIVISION_ASKED = re.compile(
    r"(?:^|[.?!:;,\-–—]\s*)(?:so\s+|then\s+|and\s+)?(?:in\s+)?(?:" + MAINLAND_DIVISIONS + r")"
    # (or of one of the sites: "so Fujian for the IP one?")
    r"(?:\s+then|\s+it\s+is)?(?:\s+for\s+(?:the|that|this|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:one|site|shop|domain|dashboard|app)|"
    # (or for the filing: "so beijing for the filing?")
    r"\s+for\s+(?:the|our)\s+(?:icp\s+)?(?:filing|beian|icp|application))?\s*\?+\s*$|"
    # ... or first, what follows checking it: "so Jiangsu, not Zhejiang where the server is?",
    # "Liaoning then, same as the example?", "so Guangdong even though the box is in Beijing?",
    # or ruled out: "so not zhejiang even tho the ecs is there?", "what about jiangsu then?"
    r"^\W*(?:(?:so|ok|okay|then|and|but|right)\W+)*(?:not\s+|what about\s+)?(?:in\s+)?"
    r"(?:" + MAINLAND_DIVISIONS + r")\b"
    r"(?=\s*(?:,|then\b|even\b|not\b|and not\b|right\b|correct\b|too\b|as well\b|tho\b|"
    r"though\b|although\b))[^?]*\?|"
    # ... or as what it is, checked: "so it's Sichuan no matter where the servers are?",
    # "doesn't that make it Beijing?"
    r"\b(?:so\s+)?(?:it's|it is|its|that makes it|that make it|make it)\s+(?:"
    + MAINLAND_DIVISIONS
    + r")\b(?:\s+(?:then|no matter|regardless|either way|anyway|even)\b[^?]*)?\s*\?|"
    # ... or as what it would be, opening the message: "so that would be Jiangsu for us, not
    # Shanghai where the ECS is?" (not of a thing named first: "and the new ECS, it would be
    # Shanghai for us?")
    r"^\W*(?:(?:so|ok|okay|then|and|right)\W+)*(?:that would be|that'd be|it would be|it'd be|"
    r"that will be|it will be)\s+(?:"
    + MAINLAND_DIVISIONS
    + r")\b(?:\s+for\s+(?:us|me|them|our\s+[\w-]+))?(?:\s*,?\s+(?:then|no matter|regardless|"
    r"either way|anyway|even|not)\b[^?]*)?\s*\?|"
    # ... or by "there", after the place: "certificate issued in Shandong - so that's where it
    # goes?"
    r"(?:"
    + MAINLAND_DIVISIONS
    + r")\b[^.?!]{0,12}[.,;:\-–—]?\s*(?:so\s+)?(?:that's|that is|is that)"
    r"\s+where\s+(?:it|we|they|the filing|the application|i)\s+(?:goes|go|files?|appl(?:y|ies)|"
    r"submits?|(?:should|must|have to|need to)\s+(?:file|apply|submit|go))\b[^.?!]*\?"
)


def asks_only_of_a_division(text: str) -> bool:
    """The message asks of a place in mainland China alone, last or first ("... So Fujian?", "so
    Jiangsu, not Zhejiang where the server is?"): after the province answer, whether that is
    where to file."""
    return bool(_A_DIVISION_ASKED.search(clean(text)))


# The province asked with applying or filing as its own verb ("Which province we must apply?",
# "in which province do we submit?"): the filing, though not named. ("Register" is left out:
# "which province should we register our company in?" is a company's registration.)
_PROVINCE_TO_APPLY_IN = re.compile(
    r"\b(?:which|what)\s+prov(?:ince)?\s+(?:(?:do|does|should|must|can|shall|would|will|to)\s+)?"
    r"(?:(?:we|i|they|you)\s+)?(?:(?:have to|need to|must|should)\s+)?(?:file|apply|submit)\b|"
    r"\b(?:file|apply|submit)\s+(?:it\s+|for it\s+)?in\s+(?:which|what)\s+prov(?:ince)?\b"
)


# "What are the ICP licence requirements?" reads both ways: what it takes to get one (the
# physical office answer) or when one is required (the umbrella answer). Requirements "to get"
# one are the first (_HOW_TO_GET).
# (Asked for themselves: not "what is the scope of ICP filing requirements?", which asks when
# one is required.)
_REQUIREMENTS = re.compile(
    r"(?:\b(?:what(?:'s|'re| is| are)|which)\s+(?:the\s+)?"
    r"(?:(?!of\b|about\b|behind\b)[\w-]+\s+){0,3}?"
    rf"|^\W*(?:(?!of\b|about\b)[\w-]+\s+){{0,3}}?){_REQUIREMENT_WORDS}"
    # bare, or for a kind of company: not "for keeping it valid", "after a name change"
    r"(?:\s+for\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:company|companies|firms?|"
    r"business(?:es)?|enterprises?|entit(?:y|ies)|brands?|foreigners?|us|me)\b(?:\s+like ours)?)?"
    r"\s*(?:[?.!]|$)"
)


def asks_what_the_filing_requires(text: str) -> bool:
    """A question about the filing's requirements, with no other FAQ question's subject and no
    question whether one is needed: both the physical office and the umbrella answers fit."""
    text = clean(text)
    return (
        is_question(text)
        and names_the_filing(text)
        and bool(_REQUIREMENTS.search(text))
        and not _HOW_TO_GET.search(text)
        and not _ASKS_WHETHER.search(text)
        and not any(carries_subject(intent, text) for intent in _OTHER_WAYS_TO_FILE)
        # (servers abroad are the hosted-outside question's; "an overseas firm" is not)
        and not (SERVER_WORD_PATTERN.search(text) and carries_subject("ask_hosted_outside", text))
    )


# Where to file, asked as the business licence's place against the servers' region ("unless our
# business license is from Shanghai we can't file with our Shanghai-region servers?").
# Where the company or its licence is registered, told
_A_REGISTRATION_TOLD = re.compile(
    r"\b(?:registered|incorporated|licen[cs]ed?|issued)\s+(?:in|at|by)\b|\blicen[cs]e\s+(?:is\s+)?from\b|"
    # ... or a certificate's: "the office cert would come from Hunan"
    r"\b(?:cert|certificate)s?\b[^.?!,;]{0,25}\bfrom\b|"
    # ... or a presence's licence, named by its place: "our Xiamen branch's licence - so Fujian?"
    r"\b(?:branch|office|subsidiary|wfoe|company|entity)(?:'s)?\s+(?:business\s+)?licen[cs]e\b"
)
# A business licence's place told (not a domain's or a parent's registration): "our only
# Chinese entity's licence is from Zhejiang"
_A_LICENCES_PLACE_TOLD = re.compile(
    r"\blicen[cs]e\s+(?:is\s+|was\s+)?(?:from|issued\s+in)\b|"
    r"\b(?:branch|office|subsidiary|wfoe|entity)(?:'s)?\s+(?:business\s+)?licen[cs]e\b"
)
# "where" alone as a question: "but where?", "where then?"
_WHERE_BARE = re.compile(
    r"(?:^|[.!?;,]\s*)(?:(?:but|and|so|ok|okay)\s+)?where(?:\s+(?:then|exactly|though))?\s*\?"
)
_FILE_THERE = re.compile(
    r"(?:\b(?:we|i)\s+(?:have to\s+|need to\s+|must\s+|should\s+|can\s+)?|"
    # (the subject left out: "..., file there?")
    r"(?:^|[,;.\-–—]\s*)(?:so\s+|and\s+|then\s+)?)(?:file|apply|submit|"
    r"register)\s+(?:it\s+|the\s+(?:icp|beian|filing|application)\s+)?there\b(?=[^.!]*\?)|"
    # ... or the province so named, checked: "..., so that's the province?"
    r"\b(?:that's|that is|is that|it's|it is)\s+(?:the|our)\s+province\b(?=[^.!]*\?)"
)
_LICENCE_OR_SERVER_REGION = re.compile(
    # "biz lic shanghai but ecs beijing, prov?"
    r"\b(?:lic|licen[cs]e)\b[^.?!]{0,60}\bprov(?:ince)?\s*\?|"
    r"\bbusiness licen[cs]e\s+(?:is\s+|was\s+)?(?:from|issued|registered)\b[^.?!]{0,60}"
    r"\b(?:file|filing|apply|submit)\b[^.?!]{0,40}\b(?:servers?|region|ecs)\b|"
    r"\b(?:file|filing|apply|submit)\b[^.?!]{0,40}\b(?:servers?|region|ecs)\b[^.?!]{0,60}"
    r"\bbusiness licen[cs]e\s+(?:is\s+|was\s+)?(?:from|issued|registered)\b"
)


# Where we file, said: a plan or a claim to be checked ("our lawyer says the filing has to go to
# Liaoning", "we plan to file in Shanghai since that's our biggest market", "we are filing in
# Beijing because our ECS is there")
_WHERE_WE_FILE_SAID = re.compile(
    r"\b(?:filing|application|beian|icp)\s+(?:goes|went|should go|must go|would go|has to go|"
    r"needs to go|will go|has to be (?:filed|submitted)|must be (?:filed|submitted))\s+(?:to|in)\s+"
    r"(?:(?:" + MAINLAND_DIVISIONS + r")\b|"
    # ... to a province named by what decides it: "has to be filed in the province of our
    # certificate"
    r"the (?:province|provincial authority) (?:of|where|that issued)\b)|"
    # (a plan, not a condition or a question: "if we file in Beijing ...", "can I file in
    # Shanghai with ...?")
    r"(?<!if )(?<!when )(?<!once )(?<!after )(?<!before )(?<!unless )(?<!can )(?<!could )"
    r"(?<!may )(?<!do )(?<!should )(?<!would )(?<!shall )(?<!must )(?<!will )"
    # (nor a condition of a claim: "rep offices can get the commercial license as long as they
    # file in shanghai")
    r"(?<!as long as )(?<!provided )(?<!provided that )(?<!so long as )(?<!only if )"
    # (or the customer a note is about: "Cust wants to file in Sichuan")
    # ("then we'd file in Guangdong, right?")
    r"\b(?:we|i|they|cust|customer|client)(?:'re|'m|'ll|'d|\s+are|\s+am|\s+will|\s+is|\s+would)?\s+"
    r"(?:(?:plan(?:s|ning)?|going|intend(?:s|ing)?|wants?|would like|decided|about)\s+to\s+)?"
    r"(?:file|apply|submit|filing|applying|submitting)\s+"
    r"(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+(?:" + MAINLAND_DIVISIONS + r")\b"
)
# ... checked, and nothing else asked: "is he right?", "correct?"
_ONLY_CHECKED = re.compile(
    r"^\W*(?:(?:is|are)\s+(?:that|this|it|he|she|they)\s+(?:really\s+)?(?:right|correct|true|ok|allowed|"
    r"possible|permitted|fine|legal)|right|true|"
    r"correct|really|(?:can you )?confirm|am i right|does that (?:work|sound right)|ok)\b"
    r"[^?]*\?*\W*$"
)


# Who files in doubt: no company of one's own in China, or another's name filed under
_WHO_FILES_IN_DOUBT = re.compile(
    r"\b(?:no|without(?:\s+an?)?|not\s+(?:have|got)\s+an?)\s+(?:\w+\s+)?(?:company|entity|presence|"
    r"office|branch)\b|\bparent\b|\bunder\s+(?:their|our|its|the)\s+(?:\w+\s+){0,2}?"
    r"(?:company|entity|name|licen[cs]e)\b"
)


def asks_where_to_file(text: str) -> bool:
    """A question where to file, with the filing named (or a short follow-up: "which
    province?") and no other question's subject ("where do I submit it for a site with no
    domain?" is the IP-only question)."""
    text = clean(text)
    if "?" in text and _LICENCE_OR_SERVER_REGION.search(text):
        return True
    if _FILE_THERE.search(text) and _A_REGISTRATION_TOLD.search(text):
        # the place of a registration told, checked as where to file: "our rep office
        # certificate was issued in Guangdong, so we file there?"
        return True
    if _WHERE_BARE.search(text) and _A_LICENCES_PLACE_TOLD.search(text):
        # "where" asked bare beside where the entity's licence is from: "we need icp. but where?
        # our only Chinese entity's licence is from Zhejiang"
        return True
    if asks_only_of_a_division(text) and _A_REGISTRATION_TOLD.search(text):
        # a province checked after where the company is registered: "they have a rep office
        # registered in Xiamen, so Fujian for the IP one?"
        return True
    if _WHERE_WE_FILE_SAID.search(text) and not _WHO_FILES_IN_DOUBT.search(text):
        # said, and only checked ("... is he right?"), not another question after it ("we plan
        # to file in Shanghai. Can a rep office get the commercial license?"), nor who may file
        # ("wants to file in Shanghai but has no company in China. Is that allowed?")
        asked = asking_parts(text) if is_question(text) else []
        # (or checked in the same breath: "then we'd file in Guangdong, using the rep office,
        # right?")
        if not asked or all(
            _ONLY_CHECKED.match(part) or _WHERE_WE_FILE_SAID.search(part) for part in asked
        ):
            return True
    return (
        bool(_WHERE_TO_FILE.search(text))
        and (
            names_the_filing(text)
            or len(text.split()) <= 5
            or bool(_PROVINCE_TO_APPLY_IN.search(text))
        )
        # (or the authority to go to, which is the filing's: "which authority do we go to then?
        # our company licence is from Hangzhou"; not one for setting up an office, "steps to
        # register a ban shi chu, and which authority do we apply to?")
        or (bool(THE_AUTHORITY_TO_GO_TO.search(text)) and not A_PRESENCE_SET_UP.search(text))
    ) and (
        not any(carries_subject(i, text) for i in _OTHER_WAYS_TO_FILE if i != "ask_which_province")
    )


# What must exist before one may file ("what would we have to register in China before we could
# even submit an ICP Filing?"): who may file, the physical office answer.
_BEFORE_FILING = re.compile(
    r"\bwhat\b[^.?!]{0,20}\b(?:have to|need to|must|should)\s+(?:we\s+|i\s+)?"
    r"(?:first\s+)?(?:(?:register|set up|establish|open|obtain|get|have)\s+(?:\w+\s+){0,3}?"
    r"(?:company|companies|entity|branch|office|subsidiary|wfoe|business|licen[cs]e|certificate)|"
    r"register\s+(?:in china|in the mainland|there|locally))\b[^.?!]{0,30}"
    r"\b(?:before|in order to|so (?:that )?(?:we|i) can)"
    rf"\b[^.?!]{{0,30}}\b{ICP_TERMS}\b|"
    # ... or what must come first, by the filing's verb: "What do we need before we can file?"
    r"\bwhat\s+(?:do|does|would|will)\s+(?:we|i|they)\s+need\s+(?:to have\s+)?(?:in place\s+)?"
    r"before\s+(?:we|i|they)\s+(?:can\s+|could\s+)?(?:file|apply|register)\b|"
    # ... or whether a presence in China is needed for it: "we dont need a company in china for
    # beian, do we?"
    r"\b(?:need|needs|require|requires|have to have|has to have|must have)\s+(?:an?\s+|any\s+)?"
    r"(?:local\s+|chinese\s+|registered\s+)?(?:company|entity|office|presence|branch|subsidiary|"
    r"wfoe)\s+(?:(?:in|inside)\s+(?:china|the mainland|mainland china)\s+|there\s+|locally\s+)?"
    rf"(?:for|to\s+(?:file|apply|get|do))\s+(?:the\s+|an?\s+|our\s+)?{ICP_TERMS}\b"
    # (not with a reason that is where the site is: "... since our server is in HK, right?")
    r"(?![^?]*\b(?:since|because|as)\b[^?]*\b(?:servers?|ecs|host\w*|site|origin)\b)|"
    # ... said the other way round: "is a Chinese company required for the ICP filing?"
    r"\b(?:is|are)\s+(?:an?\s+|any\s+)?(?:local\s+|chinese\s+|registered\s+)?(?:company|entity|"
    r"office|presence|branch|subsidiary|wfoe)\s+(?:(?:in|inside)\s+(?:china|the mainland|"
    r"mainland china)\s+|there\s+|locally\s+)?(?:really\s+|actually\s+|also\s+)?(?:required|"
    r"needed|necessary|mandatory)\s+"
    rf"(?:for|to\s+(?:file|apply|get|do))\s+(?:the\s+|an?\s+|our\s+)?{ICP_TERMS}\b"
    r"(?![^?]*\b(?:since|because|as)\b[^?]*\b(?:servers?|ecs|host\w*|site|origin)\b)"
    r"(?![^?]*,\s*(?:our|the|my)\s+(?:servers?|ecs|site|website|hosting|origin)\b)"
)


# A question about what Alibaba Cloud offers ("Do you have GPU instances in any mainland China
# region?"): not the user's facts, whatever place it names
_ASKS_WHAT_IS_OFFERED = re.compile(
    r"^\W*(?:(?:do|does)\s+(?:you|alibaba(?:\s+cloud)?|aliyun)\s+(?:\w+\s+)?(?:have|offer|"
    r"provide|sell|support)|(?:is|are)\s+there\s+(?:an?|any)(?!\s+(?:problems?|issues?|risks?|"
    r"need|requirements?|way|reasons?|difference|chance)\b)|can\s+(?:i|we)\s+(?:buy|order|rent|"
    r"get(?!\s+(?:away|by|around)\b)))\b"
)


def asks_what_is_offered(text: str) -> bool:
    """The message asks whether something is offered, and names no filing."""
    text = clean(text)
    return bool(_ASKS_WHAT_IS_OFFERED.search(text)) and not names_the_filing(text)


def names_servers(text: str) -> bool:
    """Servers, instances or hosting named: where a site runs, not where a company is."""
    return bool(SERVER_WORD_PATTERN.search(clean(text)) or re.search(r"\bhost\w*\b", clean(text)))


def names_servers_not_in_the_mainland(text: str) -> bool:
    """Servers named, and not placed in mainland China ("can we use our Hong Kong company's
    papers for our Hangzhou-hosted site?" places its servers in the mainland)."""
    return names_servers(text) and to_hosting_location(clean(text)) != MAINLAND_HOSTING


# The filing or licence updated or changed: "does our ICP need updating?", "must we change the
# filing?"
_UPDATES_THE_FILING = re.compile(
    r"\b(?:updat\w*|chang\w*|modif\w*|amend\w*)\b[^.?!]{0,30}\b(?:icp|filing|beian|licen[cs]e)\b|"
    r"\b(?:icp|filing|beian|licen[cs]e)\b[^.?!]{0,30}\b(?:updat\w*|chang\w*|modif\w*|amend\w*)\b"
)


def asks_to_update_the_filing(text: str) -> bool:
    """Whether the filing (or the licence) is to be updated or changed."""
    return bool(_UPDATES_THE_FILING.search(clean(text)))


# Whose registration papers may be used, asked ("can we use the WFOE's papers, or does it have to
# be the parent's documents?"): the physical office answer's (a list of documents is not asked)
def asks_whose_papers(text: str) -> bool:
    """Whose registration documents may be used for the filing, asked (a company's, named by its
    possessive): the physical office answer says which are accepted."""
    return bool(ASKS_WHOSE_PAPERS.search(clean(text)))


def asks_who_may_file(text: str) -> bool:
    """How to get a filing or who may ("can we still file?"), whatever else the message names."""
    return bool(_HOW_TO_GET.search(clean(text)))


# Who may, asked with nothing else ("who's eligible?", "are we eligible to apply?"): in this
# assistant, who may file.
_BARE_WHO_MAY = re.compile(
    r"^\W*(?:so\W+|and\W+|ok\W+)?(?:who(?:'s| is| are)\s+eligible|who\s+(?:qualifies|can (?:apply|"
    r"file|register))|(?:am i|are we|is (?:my|our) (?:company|firm|business))\s+eligible)"
    r"(?:\s+to\s+(?:apply|file|register))?(?:\s+at all)?\s*\??\s*$"
)


# (the filing by its own name: "how do I register a domain for the CDN?" is not)
_HOW_TO_FILE = re.compile(
    r"\bhow\s+(?:(?:do|can|could|should|must|would)\s+)?(?:we|i)\s+(?:(?:can|could|should|must)\s+)?"
    rf"(?:{GET_WORDS}|do|make|get)\s+(?:an?\s+|the\s+|our\s+)?(?:icp|beian|bei'?an|filings?)\b"
    r"(?:\s+(?:filing|done|license|licence))?\s*(?:[?.!]|$)|"
    # ... or by the verb alone: "how would they even file", "so how do we apply then?"
    r"\bhow\s+(?:(?:do|can|could|should|must|would|will)\s+)?(?:we|i|they|he|she)\s+"
    r"(?:(?:even|actually|then|ever|possibly|still)\s+)?(?:file|apply|register)"
    r"(?:\s+(?:then|at all|for it|for one|it|that))?\s*(?:[?.!]|$)|"
    # ... or as an infinitive: "how to file ICP?", "how to apply?"
    r"\bhow\s+to\s+(?:(?:do|get|make)\s+(?:an?\s+|the\s+|our\s+)?(?:icp|beian|filing)|file|apply|"
    r"register|submit)(?:\s+(?:for\s+)?(?:(?:an?|the|our)\s+)?(?:icp|beian|filing|it|one))?"
    r"(?:\s+(?:filing|then|at all))?\s*(?:[?.!]|$)|"
    # the procedure asked for: "Please outline the ICP filing procedure", "what's the process
    # for an ICP filing?"
    r"\b(?:advise|explain|describe|outline|clarify|confirm|what(?:'s| is| are))\s+(?:on\s+)?"
    r"(?:the\s+|our\s+)?(?:correct\s+|proper\s+|right\s+|required\s+|applicable\s+)?"
    r"(?:(?:(?:icp|beian)\s+(?:filing\s+)?|filing\s+)(?:procedures?|process|steps)\b|"
    r"(?:procedures?|process|steps)\s+(?:for|of)\s+(?:the\s+|an?\s+|our\s+)?(?:icp|beian|filing)\b)"
)


def asks_how_to_file(text: str) -> bool:
    """A question how to get the filing done ("How we can do ICP?", "how do we get the beian
    done?"), whatever case it sets out (a CDN, a load balancer, ...)."""
    asked = asked_part(clean(text))
    return bool(_HOW_TO_FILE.search(asked)) or bool(
        _HOW_TO_DO_IT.search(asked) and _NOT_FILED_YET.search(asked)
    )


# ... the filing said before it to be not done yet: "filing not done yet. how do we do it?" (not
# another thing: "the ICP number must be in the footer. How do we do that?")
_NOT_FILED_YET = re.compile(
    r"\b(?:icp|beian|filing)\s+(?:is\s+|was\s+)?(?:not|n't)\s+(?:yet\s+)?(?:done|filed|started|"
    r"submitted|applied)\b|\b(?:haven't|have not|hasn't|has not|didn't|did not|not yet)\s+"
    r"(?:\w+\s+)?(?:done|filed|started|submitted|applied for)\s+(?:the\s+|an?\s+|our\s+)?"
    r"(?:icp|beian|filing)\b|\bno\s+(?:icp|beian|filing)\s+yet\b"
)
_HOW_TO_DO_IT = re.compile(
    r"\bhow\s+(?:do|can|could|should|would)\s+(?:we|i)\s+(?:even\s+|then\s+|actually\s+)?"
    r"(?:do|go about|handle|get)\s+(?:it|this|that)(?:\s+done)?(?:\s+then)?\s*(?:[?.!]|$)"
)


def asks_how_to_get_a_filing(text: str) -> bool:
    """A question how to get a filing, with no other FAQ question's subject in it."""
    text = clean(text)
    bare = bool(_BARE_WHO_MAY.search(text))
    return (
        bool(_HOW_TO_GET.search(text) or _BEFORE_FILING.search(text) or bare)
        and (names_the_filing(text) or bare)
        # ("have to" in what must exist first is not whether one is needed)
        and not _ASKS_WHETHER.search(_BEFORE_FILING.sub(" ", text))
        and not any(carries_subject(intent, text) for intent in _OTHER_WAYS_TO_FILE)
        # (a place outside the mainland is the hosted-outside question's only when servers are
        # there: "how can a Dubai firm get a filing?" names the company's place, and so does "just
        # our US LLC ... for a mainland server")
        and not (
            SERVER_WORD_PATTERN.search(text)
            and carries_subject("ask_hosted_outside", text)
            and not hosts_in_china(text)
        )
    )


# A claim heard or read, told to be checked: "Heard the ICP review takes about 20 working days",
# "our consultant says ...", "apparently ..."
_REPORTS_A_CLAIM = re.compile(
    r"^\W*(?:(?:[\w-]+\s+)?(?:i|we)(?:'ve)?\s+)?(?:heard|read|was told|were told|have been told)\b|"
    r"(?<!as i )(?<!like i )(?<!as we )(?<!as )"
    r"\b(?:says|said|claims?|claimed|insists?|told (?:us|me)|"
    r"according to|apparently|rumou?rs?)\b"
)


def reports_a_claim(text: str) -> bool:
    """The message passes on something heard or read."""
    return bool(_REPORTS_A_CLAIM.search(clean(text)))


# A site outside mainland China said to need no filing, to be confirmed: "but no filing for HK,
# correct?", "no beian needed for a server in Tokyo, right?"
_NO_FILING_OUTSIDE_CHECKED = re.compile(
    r"\bno\s+(?:icp|beian|filing)(?:\s+(?:filing|licen[cs]e))?(?:\s+(?:is\s+)?(?:needed|required|"
    r"necessary))?\s+(?:for|in|with|on)\s+(?:(?:an?|the|our|my)\s+)?(?:(?:site|website|server|"
    r"servers|hosting|ecs|instance)\s+(?:in\s+)?)?(?:"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    + r")[^.?!]{0,20}\?"
)


def checks_no_filing_outside(text: str) -> bool:
    """Whether the message asks to confirm that a site outside mainland China needs no filing."""
    return bool(_NO_FILING_OUTSIDE_CHECKED.search(clean(text)))


def candidates(
    ranking: Iterable[dict], faq_intents: Iterable[str], text: str, min_confidence: float
) -> List[dict]:
    """The FAQ intents of `ranking` whose subject the message carries, likeliest first."""
    faq = set(faq_intents)
    return [
        r
        for r in ranking
        if r.get("name") in faq
        and (r.get("confidence") or 0) >= min_confidence
        and carries_subject(r["name"], text)
    ]


# A question put as a request, with no question mark: "Please advise on eligibility."
_A_REQUEST = re.compile(
    r"\b(?:please|kindly|pls)\s+(?:advise|confirm|clarify|let (?:us|me) know|tell (?:us|me)|"
    r"explain)\b"
)


def asks_as_a_request(text: str) -> bool:
    """A question put as a request ("Kindly advise on our eligibility."), mark or none."""
    return text.rstrip().endswith("?") or bool(_A_REQUEST.search(clean(text)))
