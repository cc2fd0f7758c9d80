"""NLU component: answer a FAQ question only when the message asks it (actions/scope_rules.py).

A message read alone goes through `_decide`'s stages in order, each a method that decides or
passes it on: what it is whatever the classifier took it for; a courtesy the classifier is unsure
of; a choice misread (small talk, a yes/no or a request for a person that is a question); questions
known by their form; statements of facts; questions known by what they ask; a message taken for
unrelated, for "not covered" or for "what can you do?"; the classifier's FAQ question, kept or
corrected; the likeliest FAQ questions. In a conversation, `_decide_in_conversation`
(components/follow_up_decision.py) reads a follow-up of its question first; `process` adds the
fact entities the extractors missed (components/facts_told.py). The rules, stage by stage:

Runs last, after the FallbackClassifier. On messages classified as a FAQ question or as
`nlu_fallback`:
- about a subject the FAQ does not cover -> `ask_unanswerable` ("the FAQ does not cover this");
- the classified question's subject is in the message -> kept;
- otherwise the likeliest question whose subject is in the message, when it is clearly ahead;
  "Did you mean" with only such questions when several are close; and when none is, no question
  to offer (action_did_you_mean then says "not covered" or "out of scope") rather than the
  nearest FAQ answer.
A message the classifier took for unrelated (`out_of_scope`) that is about ICP Filing, hosting,
Alibaba Cloud or a place is "not covered" instead: its reply offers a person and claims nothing
false, while "I only answer ICP questions" would, to a question about ICP Filing.
A message taken for unrelated that only states the user's facts is those facts (`inform`). When
the likeliest questions are all ones the umbrella question ("do I need an ICP
Filing?") answers too, the umbrella question is answered rather than "Did you mean".
Statements of facts (`inform`) are changed when they are really a question: about a subject the
FAQ does not cover, how to get a filing, or a follow-up (below); yes/no replies, goodbyes, "are you
a bot?" and requests for a person are checked as below, and the other intents are left alone.
Recognised by their form rather than the classifier: how to get a filing or who may file (the
physical office question), what happens without a filing (the no-filing question), a "what can
you do" that is really about an uncovered subject or follows up an FAQ question, a follow-up with
facts taken for facts, small talk or "what can you do" (that question when it carries the subject
of one the umbrella answer does not give, else the facts), "what now?" after a filing that
cannot be done (the no-filing question, also when taken for a "no"), "what now?" or "is that an
issue?" after facts that name the filing (the one FAQ question the facts are the subject of, the
umbrella's excepted), "am I chatting with software?", and a message that says whether the
filing is needed when the classifier finds no question, or a search-box query for the filing of
a site (the umbrella question); taken for who may file, a message whose question asks only
whether a filing is needed gets the umbrella answer, and so does one that states facts and then
asks whether a filing is needed when the questions in view are all ones the umbrella answers
(others named only in its backstory); whether one can file without a domain offers both the
IP-only and the no-filing answers. A message taken for yes, no or goodbye that is a question
about the filing, or has no farewell's words, is decided as an unsure message; so is one taken
for "are you a bot?" without a program's or a person's words, while "am I chatting with
software?", unsure or taken for a request for a person, is that question.
Also decided before the classifier's choice: ICP the Internet Computer's token is unrelated; a
message taken for a request for a person that is about the assistant's domain and asks for no
one is decided as an unsure message; the filing's bare "requirements" offer both the physical
office and the umbrella answers; Hong Kong named as the way out of a filing that cannot be done is
the no-filing question (its answer's own advice); and when a long message's backstory carries the
classified question's subject but its question another's, the question asked decides. Of two
questions, the one the FAQ answers is read with the sentences before it when it refers back or
names the filing, and is not answered when it stands for the other's subject ("what is PSB
filing and do we need it on top of the ICP?").
Also: a question about the filing taken for feedback on an answer, or for "are you a bot?" with
the filing named ("can I file as a private person?"), is decided as an unsure message; a claim
passed on about an uncovered subject ("heard the review takes 20 working days") is not covered;
a question about what Alibaba Cloud offers, or a rule stated for anyone's site ("if your CDN
includes mainland China nodes, ICP filing is mandatory"), is not the user's facts; and a
statement only about a CDN gets the CDN answer rather than the umbrella's list of every case.
Said rather than asked, in a text that asks nothing: who may file ("China permits ICP only to
Chinese companies") is the physical office question, what becomes of a site without a filing
("launch now and sort out the ICP later") the no-filing question, and a stated requirement taken
for "not covered" ("the domain must have been filed with the MIIT") the umbrella or CDN question;
when such a text's uncovered subjects are all in its other sentences, the sentence that states
the FAQ point is answered and the rest said to be not covered. A question of no one's site taken
for facts ("Does ACK support autoscaling in the Hong Kong region?") is decided as an unsure
message, and one taken for facts that asks about one FAQ question's own subject ("Can I use CDN if
my domain is not licensed?") is that question. How to file, asked where one way of filing is the
subject ("We want CDN for mainland China. How we can do ICP?"), is that way's question; "no icp,
what now" taken for a "no" is the no-filing question; whether a filing is needed, with the filing
unnamed ("is some kind of government registration required?") and the user's facts, is the
umbrella question also when taken for "not covered". "No filing needed" said of a site abroad, in
a text that asks nothing, is the hosted-outside question; Hong Kong named as the way around a
filing not wanted ("if they decide not to start the ICP license") is the no-filing question, as
for one that cannot be done. Blocking asked of one's own site hosted outside mainland China ("will
our shop get blocked if we host it outside China?") is the hosted-outside question, the blocking
said to be not covered. In a conversation already on an FAQ question (its `topic`, given by
components/conversation_context.py), a message about no FAQ question when read alone is read as
about the conversation's filing ("Understood. In which province would the application go?"), and
is that question when the classifier finds it likeliest too. A follow-up there that tells facts
(a correction, a fact added, a case put, "does that change anything?"; also after a message that
was not understood) is those facts, the conversation's question answered again with them; a place
it names with no server is where the site is hosted unless it says whose else it is, and the
place of a branch or representative office is its licence's province. A follow-up taken for
another FAQ question that tells a fact the conversation's answer rests on, and that answer's
question does not ("we have an ICP commercial license too if that matters" after the load
balancer answer), is those facts; a case put there about anyone's site whose only question is
whether a filing is needed ("and websites on servers inside mainland?") gets the umbrella answer;
the temporary ECS asked about after an answer that named it is the CDN question. Thanks the
classifier is unsure of is thanks only without a complaint or a question.
Whether a company abroad may host a site or servers in mainland China at all ("is it possible for
a US company to deploy servers in mainland china?") is the umbrella question, which the FAQ's
opening answers; with a presence, a partner or papers asked of beside it, as in the older "what
it takes to host in China" reading, it is who may file. Whether a company named can file, and
nothing more of it ("we're a Hong Kong firm; can we get a beian for our site on ECS Xiamen?"), is
who may file, unless the site is hosted outside the mainland, a CDN is named, or another FAQ
question is asked with its own subject.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.access_facts import asks_whether_ip_only, to_access_method
from actions.cdn_facts import to_cdn_coverage
from actions.decision import (
    DOMAIN_NAME,
    HONG_KONG,
    IP_ONLY,
    NO,
    OUTSIDE_MAINLAND,
    Fact,
    answer_rests_on,
    answers_every_place,
)
from actions.fact_words import FIRST_PERSON, QUESTION_START, last_question
from actions.faq_subjects import (
    asks_if_one_can_file,
    asks_only_if_one_can_file,
    carries_subject,
    states_who_may_file,
)
from actions.filing_facts import (
    filing_out_of_reach,
    forgoes_the_filing,
    lacks_documents,
    to_can_complete_filing,
)
from actions.general_or_own import (
    asks_of_sites_in_general,
    compares_hosting_places,
    is_general_comparison,
    speaks_of_anyone,
)
from actions.hedged_facts import weighs_options
from actions.hosting_facts import (
    chooses_a_place,
    ends_a_place_of_the_site,
    names_an_area,
    names_no_server,
    not_a_sites_place,
    place_as_the_sites,
    to_hosting_location,
)
from actions.message_parts import (
    asked_part,
    asking_parts,
    clean,
    is_follow_up,
    is_heading,
    is_icp_related,
    is_question,
    means_another_icp,
    names_the_filing,
    refers_back,
    sentences,
)
from actions.need_or_next_step import (
    ASKS_IF_IT_NEEDS_ONE,
    asks_if_it_needs_a_filing,
    asks_if_needed_in,
    asks_what_to_do_now,
    speaks_of_needing_a_filing,
)
from actions.presence_facts import to_china_presence
from actions.scope_rules import (
    CUT_OFF_FURTHER,
    CUT_OFF_SCENE,
    MAINLAND_DIVISIONS,
    asks_about_the_temporary_server,
    asks_as_a_request,
    asks_for_the_filing_of,
    asks_how_to_file,
    asks_how_to_get_a_filing,
    asks_how_to_get_one,
    asks_if_it_applies,
    asks_if_it_changes_the_answer,
    asks_if_it_may_host_in_the_mainland,
    asks_of_filing_through_alibaba_cloud,
    asks_only_for_the_permission,
    asks_only_of_a_division,
    asks_to_host_elsewhere,
    asks_to_update_the_filing,
    asks_what_china_takes,
    asks_what_happens_without_a_filing,
    asks_what_is_offered,
    asks_what_the_filing_requires,
    asks_what_there_is_to_know,
    asks_where_to_file,
    asks_who_may_file,
    asks_who_may_hold_the_commercial_licence,
    asks_whose_papers,
    candidates,
    checks_no_filing_outside,
    claims_papers_from_abroad_will_do,
    continues_with_facts,
    denies_a_cdn,
    drops_the_load_balancer,
    names_a_presence,
    names_a_presence_or_none,
    names_a_presence_or_papers,
    names_hosting_in_hong_kong,
    names_servers_not_in_the_mainland,
    reports_a_claim,
    reports_a_problem,
    reports_a_restriction,
    speaks_of_need,
    states_a_site_cut_off_without_a_filing,
    states_none_needed_abroad,
    states_what_happens_without_a_filing,
    tells_of_others_only,
    without_ranges_of_things,
)
from actions.scope_words import A_CASE_PUT
from actions.slot_validation import clean_fact
from actions.small_talk_and_handoff import (
    announces_a_question,
    asks_after_small_talk,
    asks_for_a_person,
    asks_if_a_bot,
    asks_if_it_is_a_bot,
    asks_more_than_a_person,
    asks_someone_to_act,
    asks_whom_to_speak_to,
    leaves_to_talk_it_over,
    requests_a_person,
    says_goodbye,
    says_hello,
    says_only_thanks,
    says_thanks,
    thanks_in_another_language,
    thanks_on_leaving,
)
from actions.topics import INTENT_TO_TOPIC
from actions.uncovered_subjects import UNCOVERED, uncovered_subjects
from actions.words_to_facts import UPDATES_A_FACT
from components.conversation_context import (
    ACCESS_KEY,
    CDN_KEY,
    CONTEXT_AFTER_A_MISS_KEY,
    CONTEXT_KEY,
    FILING_NAMED_BEFORE_KEY,
)
from components.facts_told import (
    a_branch_in_a_follow_up,
    a_branch_named_by_its_place_in_a_follow_up,
    a_branch_placed_in_the_mainland,
    a_cdn_after_no_cdn,
    a_cdn_beside_no_cdn,
    a_coverage_told_in_a_follow_up,
    a_domain_got_after_ip_only,
    an_area_named_in_a_follow_up,
    cdn_nodes_in_a_follow_up,
    documents_got_in_a_follow_up,
    ip_only_in_a_follow_up,
    neither_after_the_presence_answer,
    no_presence_of_a_company_registered_only_abroad,
    places_of_the_presence,
    the_licence_in_a_follow_up,
    without_the_uncovered_parts_facts,
)
from components.follow_up_decision import FollowUpDecision
from components.scope_terms import (
    A_QUESTION_AFTER_THE_CASE,
    NLU_FALLBACK,
    PRONOUNS,
    REFERS_TO_SOMETHING,
    THE_CONVERSATIONS_FILING,
    THE_SITE_OR_ITS_SERVER,
    THINGS_ASKED_ABOUT,
    as_intent,
)

FACT_NAMES = {fact.value for fact in Fact}


def _inside(entity: Dict[Text, Any], span: Dict[Text, Any]) -> bool:
    return span["start"] <= entity.get("start", -1) and entity.get("end", 1e9) <= span["end"]


def stands_for_the_filing_before(text: Text) -> bool:
    """`text` asks of something said before it by a word standing for it ("ok, and do I need
    one?", "i need it right?"), naming no filing of its own: after a message that named the
    filing, the filing; also when it asks what the FAQ leaves out of it, the pronoun being what is
    approved or reviewed ("and roughly how many days till it gets approved?", not "how long does
    it take to fly there?"). (Not a person asked for: "fine, I'll ask a human. how do I reach
    one?")"""
    asked = asked_part(clean(text))
    return (
        is_question(text)
        and bool(REFERS_TO_SOMETHING.search(asked))
        and not names_the_filing(text)
        and (not uncovered_subjects(text) or bool(_REVIEWED_BY_A_PRONOUN.search(asked)))
        and not requests_a_person(text)
    )


# A thing approved or reviewed, by a pronoun: "till it gets approved", "to review it"
_REVIEWED_BY_A_PRONOUN = re.compile(
    rf"\b(?:{PRONOUNS})\s+(?:gets?|is|was|will be|would be|be)\s+(?:approved|reviewed|accepted|"
    r"rejected|processed|checked|verified)\b|\b(?:approve|review|process|accept|reject|check|"
    rf"verify)\s+(?:{PRONOUNS})\b"
)


def _as_typed(entity: Dict[Text, Any], text: Text) -> Text:
    """An entity's words as the user typed them ("HK"), not its value ("Hong Kong")."""
    start, end = entity.get("start"), entity.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return text[start:end]
    return str(entity.get("value", ""))


# A team named by the filing: "somebody on the ICP team"
# A case put in place of the one told: "what if it's our rep office doing it instead?"
_IN_PLACE_OF_THE_CASE_TOLD = re.compile(
    r"\b(?:instead|rather|in (?:its|their|that one's) place)\b|\bwhat if it(?:'s| is| was| were)\b"
)


_A_TEAM_NAMED = re.compile(
    r"\b(?:icp|beian|filing)\s+(?:team|department|desk|specialists?|experts?|people|staff|"
    r"colleagues?)\b"
)


# the uncovered subject of another provider's rules and products
_ANOTHER_PROVIDER = "other_providers"
UNCOVERED_ENTITY = "uncovered_part"


# The writer's own lack of a filing: "no icp, what now", "we have no beian yet"
_WE_HAVE_NO_FILING = re.compile(
    r"^\W*(?:still\s+)?(?:no|without)\s+(?:an?\s+)?(?:icp|beian|filing)\b|"
    r"\b(?:we|i)\s+(?:still\s+)?(?:have|got|'ve got)\s+no\s+(?:icp|beian|filing)\b|"
    r"\b(?:we|i)\s+(?:still\s+)?(?:don't|do not|haven't|have not)\s+(?:got\s+|have\s+)?"
    r"(?:an?\s+)?(?:icp|beian|filing)\b"
)


def _asks_whether_needed(part: Text, text: Text) -> bool:
    """`part` of the message `text` asks whether a filing is needed or applies, the filing named
    or not ("Does that change anything regarding ICP?", "Is some kind of government registration
    required before we launch?")."""
    asked = asked_part(clean(part))
    return (
        asks_if_needed_in(part, text)
        or asks_if_it_applies(part)
        or (
            is_question(asked)
            and speaks_of_needing_a_filing(asked, context=text)
            # (the filing unnamed: only a permission asked for, not one for something else)
            and (names_the_filing(asked) or asks_only_for_the_permission(asked))
        )
    )


def _names_the_subject_of(intent: Text, asked: Text, text: Text) -> bool:
    """The question `asked` names the FAQ question `intent`'s own subject (a CDN, a load
    balancer, ...), and the whole message `text` is about that question: the filing named in its
    backstory."""
    # (a thing's question only, the thing named: a missing filing's words, "needs no
    # paperwork", or "can you accelerate things?" are too loose)
    subject = THINGS_ASKED_ABOUT.get(intent)
    return bool(subject and subject.search(clean(asked))) and carries_subject(intent, text)


# What is needed, asked bare after facts: "What's needed first?", "what do we need?"
_WHAT_IS_NEEDED = re.compile(
    r"^\W*(?:(?:so|and|then|ok|okay)\W+)*(?:what(?:'s| is)\s+(?:needed|required|necessary)|"
    r"what\s+(?:do|would|will|must)\s+(?:we|i|they)\s+need(?:\s+to\s+do)?)"
    r"(?:\s+(?:first|then|now|beforehand|here|from us))?\s*\?|"
    # ... or whether nothing is: "law-wise are we fine without doing anything?"
    r"\b(?:are|is)\s+(?:we|it|i|they)\s+(?:fine|ok|okay|good|safe|covered|alright)\s+without\s+"
    r"(?:doing\s+)?(?:anything|any\s+(?:paperwork|registration|filing))\b[^?]*\?|"
    r"\b(?:do|must)\s+(?:we|i|they)\s+(?:need\s+to\s+|have\s+to\s+)?do\s+anything\b[^?]*\?"
)


# How to file with a thing, asked in a message's last sentence: "then how do they file with the
# SLB?", "how would the filing work with the CDN then?"
_HOW_TO_FILE = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:(?:and|so|then|ok|okay)\W+)*how\s+(?:do|does|would|should|can|could|will|"
    r"to)\b"
    # (the thing as the means, right after its word: not "register the ICP for our CDN domain",
    # "apply for ICP with it for the CDN")
    r"[^?]*\b(?:file|filing|apply|register|icp|beian)\b[^?]*\b(?:with|behind|using|via)\s+"
    r"(?:the\s+|an?\s+|our\s+|their\s+)?(?:alibaba(?:\s+cloud)?\s+)?(?:slb|clb|alb|"
    r"(?:server\s+)?load[- ]?balancer|cdn|dcdn)\b"
)


def _how_to_file_with_a_thing(text: Text) -> Optional[Text]:
    """The FAQ question of the one thing (a load balancer, a CDN) that the last sentence of `text`
    asks how to file with, when that sentence names no presence; else None."""
    last = last_question(clean(text)).strip()
    if not _HOW_TO_FILE.search(last) or names_a_presence_or_none(last):
        return None
    things = [i for i, subject in THINGS_ASKED_ABOUT.items() if subject.search(last)]
    return things[0] if len(things) == 1 else None


# A question that only points back at one asked before it: "Does it?", "do we, then?"
_BARE_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|well)\s+)?(?:does|do|is|are|must|should|will|would|can|did)\s+"
    r"(?:it|we|i|they|that|this|he|she|you|one)\b(?:\W+(?:too|still|really|then|now|also|or not))?"
    r"\W*\?\W*$|"
    # ... or what to answer a question relayed: "... I don't have the server region yet, what do I
    # tell them?"
    r"(?:^|,\s*)(?:(?:so|and|then)\s+)?(?:what|how)\s+(?:do|should|can|would|shall)\s+(?:i|we)\s+"
    r"(?:tell|answer|reply(?:\s+to)?|respond(?:\s+to)?|say\s+to)\s+(?:them|him|her|the\s+"
    r"(?:customer|client|cust)|(?:my|our)\s+(?:customer|client))\W*\?\W*$",
    re.IGNORECASE,
)
_WHETHER = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)


_A_CONCESSION = re.compile(r"\s*(?:even\s+(?:if|though|tho|when)|although|though|regardless)\b")


def _asks_if_needed_not_who(asked: Text) -> bool:
    """The question asks whether a filing is needed, not who may file or whether one can: a
    presence named in it ("we have a rep office - do we still need ICP?") does not decide that."""
    # (its last question's last clause: not "do we need ICP, and can the office file it?", nor
    # "we need a beian for our shop. How do we obtain one?")
    question = _last_question(asked)
    # (a clause that asks again, not a second thing needed: "Do we need an ICP filing or a
    # Chinese office?" asks whether either is needed)
    clauses = re.split(rf"[,;:]|\s[-–]\s|\b(?:and|or|but)\b(?=\s+(?:{QUESTION_START})\b)", question)
    # (a concession after it is no question of its own: "... must do the icp filing, even if the
    # company isn't registered in china at all?")
    while len(clauses) > 1 and _A_CONCESSION.match(clauses[-1]):
        clauses.pop()
    last = clauses[-1]
    return (
        asks_if_needed_in(last, asked)
        and not asks_who_may_file(asked)
        and not asks_if_one_can_file(asked)
    )


def _checks_a_claim_that_one_is_needed(asked: Text, text: Text = "") -> bool:
    """`asked` (cleaned) checks a claim told just before it, in it or in the message `text`,
    that a filing is needed or not ("A consultant told us 'overseas firms don't need ICP'. We're
    on ECS in cn-qingdao. Is that accurate?"), with no presence in what is asked: whether
    one is needed, not who may file."""
    return (
        refers_back(asked)
        and (speaks_of_needing_a_filing(asked) or speaks_of_needing_a_filing(text))
        and not names_a_presence(asked)
        and not asks_who_may_file(asked)
        and not asks_if_one_can_file(asked)
    )


def _last_question(asked: Text) -> Text:
    """The last sentence of `asked` that asks (its last sentence when none ends with "?")."""
    said = [s for s in re.split(r"(?<=[.!?])\s+", asked.strip()) if s]
    # (a bare "Does it?" points back at the question asked before it: "... asked whether the
    # page needs ICP. It'll sit on our Frankfurt instance. Does it?")
    if len(said) > 1 and _BARE_QUESTION.match(said[-1]):
        asked_before = [s for s in said[:-1] if s.rstrip().endswith("?") or _WHETHER.search(s)]
        said = asked_before[-1:] or said
    return next((s for s in reversed(said) if s.rstrip().endswith("?")), said[-1] if said else "")


def _a_statement_of_facts(
    ranking: List[Dict[Text, Any]], text: Text, states_facts: bool, config: Dict[Text, Any]
) -> bool:
    likeliest = next((r["name"] for r in ranking if r.get("name") != NLU_FALLBACK), None)
    return (
        states_facts
        and likeliest in (*config["statement_intents"], config["out_of_scope_intent"])
        # a correction or a move, not a report of something seen ("SERVFAIL for our server in
        # mainland China")
        and bool(UPDATES_A_FACT.search(text.lower()))
        and not is_question(text)
        and not is_heading(text)
    )


# A place left out by what comes before it: "excluding-mainland", "except mainland China"
_WHERE_IT_IS_FILED_BEFORE = re.compile(
    r"\b(?:file|filed|filing|apply|applying|register|registering|submit|submitting|lodge)\s+"
    r"(?:it\s+|(?:the|our)\s+(?:icp|filing|application|beian)\s+|icp\s+|beian\s+)?(?:in|at|with)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:exclud\w*|excl\.?|except(?:\s+for)?|minus)[\s-]+(?:the\s+)?$", re.I
)


# A site reached only by its IP, in so many words: "reached through a bare IP address",
# "IP-based services", "accessible only by IP"
_AN_AUTHORITY = re.compile(
    r"\b(?:miit|government|authorit\w*|bureau|ministry|police|psb|communications administration)\b"
)
_REACHED_ONLY_BY_IP = re.compile(
    # (or the site so reached, named by it: "so for the IP one, where would we even file?")
    # (not one replaced or dropped, nor beside the domain one asked of)
    r"\bip[- ](?:only|based)\b|\b(?:bare|raw)\s+ip\b|"
    r"^(?!.*\b(?:replaced|dropped|removed|retired|got rid of|domain one)\b).*\b(?:for|of|about)\s+"
    r"the\s+ip\s+(?:one|site|page)\b|"
    r"\bonly\s+(?:\w+\s+)?(?:by|via|through)\s+(?:its\s+|the\s+|an?\s+)?(?:public\s+)?ip\b|"
    r"\b(?:reached|accessed|reachable|accessible|opened)\s+(?:only\s+)?(?:by|via|through)\s+"
    r"(?:its\s+|the\s+|an?\s+)?(?:bare\s+|raw\s+|public\s+)?ip\b"
)


# A province or city of mainland China named, or the province asked for
_A_DIVISION_NAMED = re.compile(MAINLAND_DIVISIONS + r"|\bprovinc\w*")
# Where the application is sent, asked bare: "which authority do we submit to?", "where do we send
# it then" (not which province: the province answer's)
_WHERE_IT_IS_SENT = re.compile(
    r"\b(?:where|to whom|who)\s+(?:do|should|must|would|can|shall)\s+(?:we|i|they)\s+(?:then\s+)?"
    r"(?:send|submit|file|apply|lodge|take|bring)\b|"
    r"\bwhich\s+(?:authority|office|bureau|agency|body|department|administration)\s+(?:do|should|"
    r"must|would|can|shall)\s+(?:we|i|they)\s+(?:then\s+)?(?:send|submit|file|apply|lodge|go)\b"
)


def _tells_a_presence(text: Text) -> bool:
    """Some clause of `text` tells the company's presence in mainland China, or none ("we only
    have the HK company, no mainland entity")."""
    return any(to_china_presence(part) for part in re.split(r"[,.;:!?]", clean(text)) if part)


def _likeliest_question(intent: Optional[Text], ranking: List[Dict[Text, Any]]) -> Optional[Text]:
    """The classifier's likeliest intent, also when the fallback took its place."""
    if intent != NLU_FALLBACK:
        return intent
    heard = [r for r in ranking if r.get("name") != NLU_FALLBACK]
    return max(heard, key=lambda r: r.get("confidence") or 0.0).get("name") if heard else None


def _reads_a_fact(message: Message, text: Text, topic: Optional[Text] = None) -> bool:
    """A fact entity of `message` reads as a value, as the form's validation reads it (a plan
    told, "we intend to open a branch in Jiangsu next quarter", reads as none). In a
    conversation on `topic`, a place a general question asks about counts too, when that
    question has an answer for every place ("and websites hosted in Beijing?")."""
    in_general = topic in INTENT_TO_TOPIC and answers_every_place(INTENT_TO_TOPIC[topic])
    told: Dict[Text, List[Any]] = {}
    for entity in message.get(ENTITIES) or []:
        if entity.get("entity") in FACT_NAMES:
            told.setdefault(entity["entity"], []).append(entity.get("value"))
    return any(
        clean_fact(Fact(name), values if len(values) > 1 else values[0], text) is not None
        for name, values in told.items()
    ) or any(
        # (a server told gone changes the facts: its place is asked again; a place that a
        # general question asks about is a case for the question at hand, "and websites hosted
        # in Beijing?")
        ends_a_place_of_the_site(str(value), text)
        or (
            in_general
            and asks_of_sites_in_general(str(value), text)
            and to_hosting_location(str(value)) is not None
        )
        for value in told.get(Fact.HOSTING_LOCATION.value, [])
    )


# An instance's IP, named as one to file with: "using the IP of ECS #1", "one of the ECS IPs"
_AN_INSTANCES_IP = re.compile(
    r"\b(?:using|use|with|via|by)?\s*(?:the\s+)?(?:public\s+)?ips?\s+(?:address(?:es)?\s+)?of\s+"
    r"(?:(?:an?|the|one|our)\s+)?(?:of\s+(?:the|our)\s+)?(?:[\w#-]+\s+)?(?:ecs|instances?|"
    r"servers?|backends?)\b(?:\s*#?\d+)?|"
    r"\b(?:ecs|instance|server)(?:'s)?\s+ips?\b"
)


def _only_an_instances_ip(text: Text) -> bool:
    """The only IP `text` names is an instance's, one to file with ("using the IP of ECS #1")."""
    return bool(_AN_INSTANCES_IP.search(clean(text))) and (
        to_access_method(_AN_INSTANCES_IP.sub(" ", clean(text))) != IP_ONLY
    )


# Where, asked: "where does ...", "which province", "does the filing have to be in Fujian?"
_WHERE_ASKED = re.compile(
    r"\b(?:where|which province|what province|which city)\b|"
    r"\b(?:has to|have to|must|need to|needs to|should)\s+be\s+(?:done\s+|filed\s+)?in\b|"
    r"\b(?:filing|beian|icp|application|it)\s+be\s+(?:done\s+|filed\s+|made\s+)?in\b"
)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ScopeDecision(FollowUpDecision, GraphComponent, IntentClassifier):
    """Sets the intent from the scope rules (place after the FallbackClassifier)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "faq_intents": [],
            "statement_intents": ["inform"],
            # questions that are not the FAQ's ("what can you do?"): not covered when about a
            # subject the FAQ leaves out
            "other_question_intents": ["ask_capabilities"],
            # yes, no and "I don't know": a question about the filing taken for one ("no beian =
            # no website?", "so if i move it to HK ecs i dont need it?") is decided as an unsure
            # message
            "yes_no_intents": ["affirm", "deny", "dont_know"],
            # ... and so is one taken for feedback on an answer ("ICP application rejected with
            # '...' - what does that mean?")
            "feedback_intents": ["feedback_helpful", "feedback_not_helpful"],
            # a message taken for a farewell without a farewell's words ("we had an office but
            # closed it") is decided as an unsure message
            "goodbye_intent": "goodbye",
            "thanks_intent": "thanks",
            # ... and one taken for a greeting without a greeting's words ("icp how many days")
            "greet_intent": "greet",
            # thanks or a greeting with a question after it: the question is decided
            "small_talk_intents": ["greet", "thanks"],
            # courtesies whose replies all fit a courtesy: unsure between two of them is not
            # unsure what to say ("great, thanks a lot for the quick help": thanks or feedback)
            "courtesy_intents": ["greet", "thanks", "goodbye", "feedback_helpful"],
            # (a courtesy longer than this may carry more: read as any unsure message)
            "courtesy_words": 10,
            # "are you a bot?": a message taken for it without a program's or a person's words
            # ("are you using Aliyun VPS?") is decided as an unsure message
            "bot_challenge_intent": "bot_challenge",
            # asking for a person: a message about the assistant's domain taken for it is kept
            # only when it asks for someone (not "can I file as a person rather than a company?")
            "handoff_intent": "request_human",
            "not_covered_intent": "ask_unanswerable",
            "out_of_scope_intent": "out_of_scope",
            # a question whose subject is in the message is taken when its confidence is at
            # least `accept` and `margin` ahead of the next such question
            "min_confidence": 0.05,
            "accept": 0.3,
            "margin": 0.1,
            # a statement this short with no entity may be a reply ("the second one"): kept
            "short_reply_words": 6,
            # the umbrella question, and the questions whose answers it gives as well
            "umbrella_intent": "ask_need_icp",
            "umbrella_covers": ["ask_need_icp", "ask_cdn", "ask_hosted_outside", "ask_ip_only"],
            # the question whose answer says how an enterprise registered outside mainland China
            # gets a filing (which registration documents it can use)
            "how_to_get_intent": "ask_physical_office",
            # the questions that say how to file in a case of their own
            "ways_to_file": ["ask_ip_only", "ask_load_balancer", "ask_which_province", "ask_cdn"],
            # the Server Load Balancer question, whose answer says what is updated when the IP
            # changes to the load balancer
            "load_balancer_intent": "ask_load_balancer",
            # the question whose answer says where to file ("so we file in Beijing?")
            "where_to_file_intent": "ask_which_province",
            # the question whose subject is a place abroad
            "hosted_outside_intent": "ask_hosted_outside",
            # the CDN question: taken for it with no CDN, the umbrella question answers
            "cdn_intent": "ask_cdn",
            # the question what happens without a filing, recognised by its form too
            "no_filing_intent": "ask_no_filing",
            # the question of a site reached only by IP (no domain name)
            "ip_only_intent": "ask_ip_only",
            # the conversation's questions whose answer does not rest on where
            # the site is hosted: a place a follow-up names is not the site's there
            "topics_not_on_hosting": ["ask_physical_office"],
            "fact_entities": [
                "hosting_location",
                "cdn_coverage",
                "china_presence",
                "access_method",
                "commercial_license",
                "license_province",
                "can_complete_filing",
            ],
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ScopeDecision:
        return cls(config)

    def decide(
        self,
        intent: Text,
        ranking: List[Dict[Text, Any]],
        text: Text,
        states_facts: bool = False,
        topic: Optional[Text] = None,
        reads_a_fact: Optional[bool] = None,
        facts_topic: Optional[Text] = None,
        access: Optional[Text] = None,
    ) -> Dict[Text, Any]:
        """`_decide_in_conversation`; after the IP-only answer (the IP-only question, or the
        umbrella question of a site told reached only by IP: `access`, the `access_method` slot),
        whether the filing can go through Alibaba Cloud's system, asked with no new fact ("can we
        do it via your filing system then?", "so we can't do it in the alibaba console at all?"),
        is that answer's own point, and so is where such a site's application is sent, asked
        bare ("which authority do we submit to?"). (Where to file is the province answer's
        when it asks for or names the province: "which province do we send it to?".)"""
        config = self.component_config
        decided = self._decide_in_conversation(
            intent, ranking, text, states_facts, topic, reads_a_fact, facts_topic
        )
        if (
            (
                as_intent(topic) == config["ip_only_intent"]
                or (as_intent(topic) == config["umbrella_intent"] and access == IP_ONLY)
            )
            # (whatever it was taken for: "so we can't do it in the alibaba console at all?" reads
            # as a filing out of reach)
            and asks_of_filing_through_alibaba_cloud(text)
            and not states_facts
            and not uncovered_subjects(text)
        ):
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if (
            (
                as_intent(topic) == config["ip_only_intent"]
                or (as_intent(topic) == config["umbrella_intent"] and access == IP_ONLY)
            )
            and decided.get("name", intent)
            in (config["where_to_file_intent"], config["not_covered_intent"], NLU_FALLBACK)
            and _WHERE_IT_IS_SENT.search(clean(asked_part(text)))
            and not _A_DIVISION_NAMED.search(clean(text))
            and not states_facts
            and not uncovered_subjects(text)
        ):
            # "which authority do we submit to?" after the IP-only answer: that answer says where
            # such a site's application goes (the province where the entity is, not through
            # Alibaba Cloud's system); a province named or asked for is the province answer's
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if (
            decided.get("name", intent) in (config["no_filing_intent"], NLU_FALLBACK)
            and to_access_method(text) == IP_ONLY
            # (the IP named: "no domain" alone may be no site yet, and both answers are offered;
            # not an IP for testing, nor a site hosted outside mainland China)
            and re.search(r"\bips?\b|\b\d{1,3}\.(?:\d{1,3}|x{1,3})\.", text.lower())
            and not re.search(r"\b(?:test\w*|internal|staging|dev)\b", text.lower())
            and to_hosting_location(text) not in (HONG_KONG, OUTSIDE_MAINLAND)
            and asks_if_one_can_file(asked_part(clean(text)))
            and not uncovered_subjects(text)
        ):
            # "no domain name. just 47.x.x.x on a mainland ECS. beian possible?": no domain is
            # the no-filing answer's example, but a site reached only by IP asking whether it
            # can file is the IP-only question, whose answer says how
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if (
            decided.get("name", intent) == config["how_to_get_intent"]
            and to_access_method(text) == IP_ONLY
            and re.search(r"\bips?\b|\b\d{1,3}\.(?:\d{1,3}|x{1,3})\.", text.lower())
            and to_hosting_location(text) not in (None, HONG_KONG, OUTSIDE_MAINLAND)
            and not re.search(r"\b(?:test\w*|internal|staging|dev)\b", text.lower())
            and asks_how_to_file(text)
            and not uncovered_subjects(text)
        ):
            # "only an IP, no domain name. server in Beijing, a branch in Beijing. how to file
            # ICP?": how a site reached only by IP files is the IP-only answer's (not through
            # Alibaba Cloud's system; with the province of the entity), whoever files
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if (
            decided.get("name", intent) == config["where_to_file_intent"]
            and _REACHED_ONLY_BY_IP.search(text.lower())
            and not uncovered_subjects(text)
        ):
            # where a site reached only by IP files ("A service reached through a bare IP
            # address is filed with the ... province where the operating entity is
            # registered"): the IP-only answer says so, and that the Alibaba Cloud system takes
            # domains only
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        return decided

    def _covered_statement(self, text: Text) -> Dict[Text, Any]:
        """For text that asks nothing, the FAQ question one of its sentences states the point of,
        when the subjects the FAQ does not cover are all in its other sentences ("Products such
        as ... cannot apply for an ICP service code. If you use SLB, you must provide the IP of a
        backend ECS instance."): that question, with those subjects to be said to be not
        covered; empty when there is none."""
        config = self.component_config
        # (another provider's rules are the whole text's: "If you use Huawei Cloud ECS and ELB
        # ...")
        if is_question(text) or UNCOVERED[_ANOTHER_PROVIDER].search(clean(text)):
            return {}
        found_in = [(sentence, uncovered_subjects(sentence)) for sentence in sentences(text)]
        everything = set(uncovered_subjects(text))
        for number, (sentence, found) in enumerate(found_in):
            others = [
                s for n, (_, subjects) in enumerate(found_in) if n != number for s in subjects
            ]
            if found or not others or not everything <= set(others):
                continue
            # (only a sentence that states the FAQ question's own point: one that merely carries
            # its subject may be about the text's uncovered subject, "Users can't access API GW
            # without ICP license for testing. The only way to test w/o ICP is ...")
            decided: Dict[Text, Any] = {}
            if states_who_may_file(sentence):
                decided = {"name": config["how_to_get_intent"], "confidence": 1.0}
            elif states_what_happens_without_a_filing(sentence) and not carries_subject(
                config["ip_only_intent"], sentence
            ):
                decided = {"name": config["no_filing_intent"], "confidence": 1.0}
            elif speaks_of_needing_a_filing(sentence):
                decided = self._umbrella_or_cdn(sentence)
            if decided:
                return {**decided, "uncovered": list(dict.fromkeys(others))}
        # A site cut off for want of a filing ("... it will be blocked and blacklisted by MIIT"):
        # the no-filing answer, whatever scene the cutting off is told in; a further
        # consequence beside it (a penalty) is said to be not covered, as are other sentences'
        # subjects.
        for number, (sentence, found) in enumerate(found_in):
            if not states_a_site_cut_off_without_a_filing(sentence) or not set(found) <= set(
                CUT_OFF_SCENE + CUT_OFF_FURTHER
            ):
                continue
            others = [
                s for n, (_, subjects) in enumerate(found_in) if n != number for s in subjects
            ]
            return {
                "name": config["no_filing_intent"],
                "confidence": 1.0,
                "uncovered": list(
                    dict.fromkeys([s for s in found if s in CUT_OFF_FURTHER] + others)
                ),
            }
        return {}

    def _decide(
        self, intent: Text, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Dict[Text, Any]:
        """The message read alone, in stages: each stage either decides or passes the message on,
        some with the classifier's choice changed where it is misread. `{}` keeps the
        classifier's choice."""
        config = self.component_config
        decided = self._decided_before_the_classifier(intent, text)
        if decided is not None:
            return decided
        intent, courtesy = self._courtesy_when_unsure(intent, ranking, text, states_facts)
        intent = self._unless_misread(intent, text)
        decided = self._decided_by_its_form(intent, text, states_facts)
        if decided is not None:
            return decided
        if intent in config["statement_intents"]:
            decided = self._as_a_statement(text, states_facts)
            if decided is not None:
                return decided
            intent = NLU_FALLBACK
        decided = self._decided_by_what_it_asks(intent, text, states_facts)
        if decided is not None:
            return decided
        if intent == config["out_of_scope_intent"]:
            decided = self._as_unrelated(ranking, text, states_facts)
            if decided is not None:
                return decided
            intent = NLU_FALLBACK
        if intent == config["not_covered_intent"]:
            decided = self._as_not_covered(text, states_facts)
            if decided is not None:
                return decided
        if intent in config["other_question_intents"]:
            decided = self._as_another_question(ranking, text, states_facts)
            if decided is not None:
                return decided
            intent = NLU_FALLBACK
        if intent not in config["faq_intents"] and intent != NLU_FALLBACK:
            return courtesy if intent == courtesy.get("name") else {}
        decided = self._the_classifiers_question(intent, ranking, text, states_facts)
        if decided is not None:
            return decided
        return self._among_the_likeliest(ranking, text, states_facts)

    def _decided_before_the_classifier(self, intent: Text, text: Text) -> Optional[Dict[Text, Any]]:
        """What the message is whatever the classifier took it for: the other ICP (a token),
        thanks in another language, a check that a site abroad needs no filing, "am I chatting
        with software?", a person asked for, whether a company named can file."""
        config = self.component_config
        faq = config["faq_intents"]
        if means_another_icp(text):
            # "how do I stake ICP tokens?": the Internet Computer's ICP, not the filing
            return {"name": config["out_of_scope_intent"], "confidence": 1.0}
        if thanks_in_another_language(text):
            # "merci !": the classifier, trained on English, takes it for anything
            return {"name": config["thanks_intent"], "confidence": 1.0}
        if says_only_thanks(text) and intent not in config["courtesy_intents"]:
            # "ty, good to know", taken for anything but a courtesy: thanks
            return {"name": config["thanks_intent"], "confidence": 1.0}
        if checks_no_filing_outside(text) and not uncovered_subjects(text):
            # "but no filing for HK, correct?" (taken for a "no", or for the no-filing question):
            # whether a site hosted outside mainland China needs a filing
            return {"name": config["hosted_outside_intent"], "confidence": 1.0}
        if (
            claims_papers_from_abroad_will_do(text)
            and set(uncovered_subjects(text)) <= {"documents"}
            # (a document list asked beside it stays not covered: "our german papers are fine,
            # right? and which other documents do we need?")
            and not any(uncovered_subjects(part) for part in asking_parts(text))
        ):
            # "Our company documents are from Germany, translated in Chinese. They are accepted
            # for the filing?": however prepared, documents issued outside mainland China are not
            # accepted, which the physical office answer says
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if intent in (
            NLU_FALLBACK,
            config["not_covered_intent"],
            *config["statement_intents"],
        ) and thanks_on_leaving(text):
            # (taken for nothing understood, or for a statement: "thanks anyway, we'll look into
            # Hong Kong then. bye!")
            return {"name": config["thanks_intent"], "confidence": 1.0}
        if intent in (
            NLU_FALLBACK,
            config["out_of_scope_intent"],
            *config["statement_intents"],
        ) and leaves_to_talk_it_over(text):
            # (taken for nothing understood: "ok i need to discuss with my boss first, bye for
            # now")
            return {"name": config["goodbye_intent"], "confidence": 1.0}
        if intent in (NLU_FALLBACK, config["handoff_intent"]) and asks_if_it_is_a_bot(text):
            # "am I chatting with software?", "is a real person reading this?": unsure, or taken
            # for a request for a person, it asks what is answering
            return {"name": config["bot_challenge_intent"], "confidence": 1.0}
        if (
            (
                intent
                in (
                    NLU_FALLBACK,
                    config["out_of_scope_intent"],
                    *config["other_question_intents"],
                    # ("is there a real person on your side I could walk through this with?")
                    config["bot_challenge_intent"],
                    # ("I'd rather talk this through with one of your consultants", taken for
                    # feedback after an answer)
                    *config["feedback_intents"],
                    *config["small_talk_intents"],
                    # ("is there someone on your side who could help us prepare the submission?")
                    config["not_covered_intent"],
                )
                # (or taken for an FAQ question whose subject is only the team's name, "can i
                # talk to someone from your icp team to go through our setup?", or only a thing
                # the person is wanted for, "could I talk to a sales rep about buying that
                # temporary server?"; not an FAQ question to be put to them, "could I speak with
                # someone about whether our Shanghai server needs a filing?")
                or (
                    intent in faq
                    and asks_for_a_person(text)
                    and (
                        not carries_subject(intent, _A_TEAM_NAMED.sub(" ", text.lower()))
                        or not asks_more_than_a_person(text)
                    )
                )
            )
            and requests_a_person(text)
            # (the filing naming a team is no question of it: "somebody on the ICP team"; whom to
            # speak to about it is a person asked for: "who can I speak to about the review?")
            and (
                not names_the_filing(_A_TEAM_NAMED.sub(" ", text.lower()))
                or asks_whom_to_speak_to(text)
                # (or asks someone to act on it: "can someone from alibaba check our filing?")
                or asks_someone_to_act(text)
                # (or about a filing matter the FAQ does not cover: "is a person available to
                # discuss reseller filing setups?", which the person is for; not an authority's
                # person, "is there a human at the MIIT who handles ...?")
                or (bool(uncovered_subjects(text)) and not _AN_AUTHORITY.search(text.lower()))
            )
            and not asks_if_it_is_a_bot(text)
        ):
            # "Could I please speak with a colleague of yours about our options?", taken for what
            # the assistant can do: a person asked for
            return {"name": config["handoff_intent"], "confidence": 1.0}
        if (
            intent in faq
            and requests_a_person(text)
            and asks_whom_to_speak_to(text)
            and not carries_subject(intent, text)
        ):
            # "ok who can i ask about that then, is there a person on your side?", taken for an
            # FAQ question whose subject it does not carry: a person asked for
            return {"name": config["handoff_intent"], "confidence": 1.0}
        if (
            intent != config["how_to_get_intent"]
            and asks_only_if_one_can_file(asked := asked_part(text))
            and carries_subject(config["how_to_get_intent"], text)
            # (nor of a site hosted elsewhere, which needs no filing, nor with a CDN: those
            # questions' own)
            and to_hosting_location(text) not in (OUTSIDE_MAINLAND, HONG_KONG)
            and not carries_subject(config["cdn_intent"], text)
            # (another FAQ question asked with its subject is kept: "can we file with the SLB?")
            and not (
                intent in faq
                and carries_subject(intent, asked)
                # (a place abroad is the hosted-outside question's only with servers there: "as a
                # Hong Kong firm, can we do the ICP for a site on ECS Haikou?")
                and (
                    intent != config["hosted_outside_intent"]
                    or names_servers_not_in_the_mainland(asked)
                )
            )
            and to_access_method(text) != IP_ONLY
            and not uncovered_subjects(text)
        ):
            # "we're a Hong Kong firm; can we get a beian for our site on ECS Xiamen?", taken for
            # the no-filing or hosted-outside question: whether the company named can file is
            # who may file, the physical office answer
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        return None

    def _courtesy_when_unsure(
        self, intent: Text, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Tuple[Text, Dict[Text, Any]]:
        """A courtesy the classifier is unsure of (two courtesies likeliest, or thanks in so many
        words): the intent to decide with, and the courtesy to keep if nothing else decides."""
        config = self.component_config
        courtesy: Dict[Text, Any] = {}
        top_three = [r for r in ranking if r.get("name") != NLU_FALLBACK][:3]
        top_two = top_three[:2]
        thanks = config["thanks_intent"]
        if (
            intent == NLU_FALLBACK
            and len(top_two) == 2
            and all(r.get("name") in config["courtesy_intents"] for r in top_two)
            and not is_question(text)
            # (not with facts after it: "cheers. one more thing: the CDN would cover mainland")
            and not states_facts
            and len(text.split()) <= config["courtesy_words"]
        ):
            # (checked below like any courtesy the classifier finds)
            courtesy = {"name": top_two[0]["name"], "confidence": top_two[0].get("confidence")}
            intent = courtesy["name"]
        elif (
            (
                (intent == NLU_FALLBACK and top_two and top_two[0].get("name") == thanks)
                # (or taken for facts that it does not state, or unsure between courtesies and
                # more: "makes sense, thanks a lot, we'll probably go with hong kong then",
                # "thx, that's all i needed to know for now!")
                or (
                    intent in (NLU_FALLBACK, *config["statement_intents"])
                    and thanks in [r.get("name") for r in top_three]
                )
            )
            and says_thanks(text)
            and not re.search(
                r"\b(?:but|nothing|wrong|not|doesn't|does not|didn't)\b", text.lower()
            )
            and not is_question(text)
            and not states_facts
            and not names_the_filing(text)
            # (a plan said with the thanks may make it longer)
            and len(text.split()) <= config["courtesy_words"] * 2
        ):
            # thanks in so many words, the classifier's likeliest but unsure ("understood, thx
            # for being honest"): thanks
            said = next(r for r in top_three if r.get("name") == thanks)
            courtesy = {"name": thanks, "confidence": said.get("confidence")}
            intent = courtesy["name"]
        return intent, courtesy

    def _unless_misread(self, intent: Text, text: Text) -> Text:
        """The classifier's choice, or `nlu_fallback` (decided as an unsure message) where small
        talk, a yes/no, feedback or a request for a person is really a question."""
        config = self.component_config
        if intent in config["small_talk_intents"] and asks_after_small_talk(text):
            intent = NLU_FALLBACK  # "Thank you. Would the answer differ if ...?": decided as any
        if (
            (intent == config["goodbye_intent"] and not says_goodbye(text))
            or (intent == config["bot_challenge_intent"] and not asks_if_a_bot(text))
            or (intent == config["greet_intent"] and not says_hello(text))
        ):
            intent = NLU_FALLBACK
        if (
            intent == config["bot_challenge_intent"]
            and names_the_filing(text)
            and not asks_if_it_is_a_bot(text)
        ):
            # "can I file as a private person?": a person, but the filing's (not "is this a bot?
            # i have an icp question")
            intent = NLU_FALLBACK
        if (
            intent in (*config["yes_no_intents"], *config["feedback_intents"])
            # (asked, then more said: "what does ICP even stand for? my boss keeps saying it")
            and "?" in text
            and len(text.split()) > 2
            # (or of a thing of the assistant's domain: "ok what's the cheapest instance type
            # that works as that temporary ECS?" after an answer)
            and (names_the_filing(text) or (is_icp_related(text) and not says_thanks(text)))
        ):
            intent = NLU_FALLBACK
        if (
            intent == config["handoff_intent"]
            # (or tells how the site is reached: "customers go to www.our-shop.cn", typed as the
            # reply to that question)
            and (
                is_icp_related(text)
                or (to_access_method(text) is not None and not requests_a_person(text))
            )
            and not asks_for_a_person(text)
        ):
            # taken for a request for a person, but it asks about the assistant's domain and for
            # no one ("can I file as a person rather than a company?", "Support HK region"):
            # decided as an unsure message
            intent = NLU_FALLBACK
        return intent

    def _decided_by_its_form(
        self, intent: Text, text: Text, states_facts: bool
    ) -> Optional[Dict[Text, Any]]:
        """Questions recognised by their form before statements are read: where to file, the
        temporary ECS, who may hold the Commercial License, a rule said rather than asked, "what
        now?" after facts that name the filing."""
        config = self.component_config
        faq = config["faq_intents"]
        if (
            intent in faq
            or intent in (NLU_FALLBACK, config["not_covered_intent"], *config["statement_intents"])
        ) and asks_where_to_file(text):
            # "our licence is from Chengdu, servers in Beijing, so we file in Beijing?" is read as
            # the facts or the umbrella question as often as not; the province answer says where
            if uncovered_subjects(text):
                return {"name": config["not_covered_intent"]}
            return {"name": config["where_to_file_intent"], "confidence": 1.0}
        if (
            (intent not in faq or not carries_subject(intent, text))
            and asks_about_the_temporary_server(text)
            # (not a person asked for about it: "could I talk to a sales rep about buying that
            # temporary server?")
            and not requests_a_person(text)
        ):
            # "how long must the temporary ECS be subscribed?": the CDN answer's instance (at
            # least three months), taken for something unrelated
            return {"name": config["cdn_intent"], "confidence": 1.0}
        # Who may hold the ICP Commercial License ("our ban shi chu in Shenzhen, so we need the
        # commercial license, right? possible?"): the FAQ says it in the physical office answer.
        if (
            asks_who_may_hold_the_commercial_licence(text)
            # (the classifier's other FAQ questions that carry their subject are kept: "our branch
            # holds one; do we need a filing for the CDN?")
            and not (
                intent in faq
                and intent != config["umbrella_intent"]
                and carries_subject(intent, text)
            )
            and not uncovered_subjects(text)
        ):
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        # Said rather than asked: a rule of who may file ("China permits ICP only to Chinese
        # companies") is what the physical office answer settles, and what becomes of a site
        # without a filing ("launch now and sort out the ICP later") the no-filing answer.
        if (
            intent not in config["yes_no_intents"]
            and not is_question(text)
            and not uncovered_subjects(text)
        ):
            for states, question in (
                (states_who_may_file, config["how_to_get_intent"]),
                (states_what_happens_without_a_filing, config["no_filing_intent"]),
                (states_none_needed_abroad, config["hosted_outside_intent"]),
            ):
                # (the classifier's FAQ question counts only when its subject is there: long
                # statements about the filing are often taken for the physical office question)
                if (
                    intent not in faq
                    or intent in (config["umbrella_intent"], question)
                    or not carries_subject(intent, text)
                ) and states(text):
                    return {"name": question, "confidence": 1.0}
        if (
            intent
            in (
                NLU_FALLBACK,
                config["out_of_scope_intent"],
                config["not_covered_intent"],
                *config["statement_intents"],
            )
            and states_facts
            # (the filing named: "ECS in Singapore stuck on 'Starting', what do I do" is not)
            and names_the_filing(text)
            and asks_what_to_do_now(asked_part(clean(text)))
            and to_can_complete_filing(text) != NO
            and not uncovered_subjects(text)
        ):
            # "3 ECS in Shanghai, SLB in front; no commercial license. whats our path here?": the
            # one FAQ question the facts are the subject of (the umbrella's excepted)
            carried = [
                i for i in faq if i != config["umbrella_intent"] and carries_subject(i, text)
            ]
            if len(carried) == 1:
                return {"name": carried[0], "confidence": 1.0}
        return None

    def _as_a_statement(self, text: Text, states_facts: bool) -> Optional[Dict[Text, Any]]:
        """A message taken for the user's facts: the facts (`{}`), a question in their form, or
        `None` when it states none of the user's facts (decided as an unsure message)."""
        config = self.component_config
        faq = config["faq_intents"]
        if (
            is_question(text)
            and not FIRST_PERSON.search(clean(text))
            and not names_the_filing(text)
            and not is_follow_up(text)
        ):
            # "Does ACK support node-pool autoscaling in the Hong Kong region?": a question of no
            # one's site that names a place is not the user's facts; decided as any other message
            return None
        # A statement of facts answers the umbrella question; a question about an uncovered
        # subject worded as one ("pinging it gives an IP in Beijing, why?") does not.
        # Nor does a claim passed on about one ("Heard the ICP review takes about 20 working
        # days in Guangdong. We're registered in Guangdong.").
        # (nor kinds compared, which are no one's facts: "EDI licence vs. ICP Commercial
        # License for online marketplaces")
        # (the subjects first: they are cached and usually none, so the readings after them are
        # seldom needed)
        if uncovered_subjects(text) and (
            is_question(text)
            or reports_a_claim(text)
            or weighs_options(text)
            or reports_a_restriction(text)
            # (or a claim stated of no one's case: "the commercial license (jingying xuke) costs
            # about 10k and takes months to get")
            or (
                not FIRST_PERSON.search(clean(text))
                and not is_follow_up(text)
                and not self._covered_statement(text)
                # (nor a rule told of sites somewhere: "... no registration = no way to use the
                # server nodes in the china region")
                and to_hosting_location(text) is None
            )
        ):
            return {"name": config["not_covered_intent"]}
        if (
            set(uncovered_subjects(text)) - {"other_providers"}
            and not names_the_filing(text)
            and not is_follow_up(text)
            # (nor beside the site's own facts: "we're a marketing agency, our site is on AWS
            # Tokyo with Alibaba CDN covering mainland china")
            and not THE_SITE_OR_ITS_SERVER.search(text.lower())
            and to_cdn_coverage(text) is None
            and to_access_method(text) is None
        ):
            # a query on another subject that names a fact in passing ("ban shi chu opening
            # hours shanghai visa extension"): no facts told for the filing question (another
            # provider named is where the site is: "Cloudflare is slow in mainland China. ...
            # I will add CDN in or around mainland China")
            return {"name": config["not_covered_intent"]}
        if len(text.split()) < config["short_reply_words"]:
            # A few words naming the subject of one FAQ question that the umbrella answer
            # does not give ("slb switch commercial licence update", "commercial licence with
            # rep office"): a query for that question, offered rather than answered from the
            # facts. (In a clarifying question it is still read as the reply.)
            carried = [
                i for i in faq if i not in config["umbrella_covers"] and carries_subject(i, text)
            ]
            if len(carried) == 1 and not is_question(text) and not uncovered_subjects(text):
                return {
                    "name": NLU_FALLBACK,
                    "ranking": [{"name": carried[0], "confidence": 1.0}],
                }
            return {}
        if (
            # (or asked as a request: "... Please advise on eligibility.")
            asks_as_a_request(text)
            and asks_how_to_get_a_filing(text)
            and not uncovered_subjects(text)
        ):
            # "The instance is on the mainland but we have no company there. Can we file?":
            # the facts, and the question who may file (not "how we got a filing: ...")
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        asked = asked_part(text)
        asked_of = [i for i in faq if i != config["umbrella_intent"] and carries_subject(i, asked)]
        question = _last_question(asked)
        if len(asked_of) > 1 and question != asked and asked.count("?") == 1:
            # the facts told before the question carry others' subjects ("Business license
            # issued in Guangdong, ECS in cn-qingdao. We file in Shandong, right?")
            asked_of = [i for i in asked_of if carries_subject(i, question)] or asked_of
        if (
            text.rstrip().endswith("?")
            and is_question(asked)
            # (a follow-up is read with the question at hand: "and what if the servers were
            # in Macau?", below)
            and not is_follow_up(text)
            # (about the filing: not "Is IP-only access secure?")
            and names_the_filing(asked)
            and len(asked_of) == 1
            and not uncovered_subjects(text)
        ):
            # "Can I use CDN if my domain name is not licensed?": taken for the facts it
            # names, but a question about one FAQ question's own subject
            if asked_of[0] == config["how_to_get_intent"] and _asks_if_needed_not_who(asked):
                # (a presence named where whether a filing is needed is asked: the umbrella's)
                return {"name": config["umbrella_intent"], "confidence": 1.0}
            if asked_of[0] == config["no_filing_intent"] and asks_if_needed_in(asked, text):
                # ("..., CDN only outside mainland china. so no ICP for us?": none needed,
                # checked, not what to do without one)
                return {"name": config["umbrella_intent"], "confidence": 1.0}
            return {"name": asked_of[0], "confidence": 1.0}
        if (
            any(asks_what_to_do_now(part) for part in asking_parts(text))
            and _tells_a_presence(text)
            and to_hosting_location(text) not in (HONG_KONG, OUTSIDE_MAINLAND)
            and not is_follow_up(text)
            and not uncovered_subjects(text)
        ):
            # "we only have the HK company, no mainland entity, but we need the site up in China
            # fast. options?": what a company with that presence (or none) can do to file, the
            # physical office answer's (with a site hosted outside mainland China, the umbrella
            # answer's "no filing needed" comes first)
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        follow_up = self._follow_up_with_facts(text, states_facts)
        if follow_up.get("name") not in (None, *config["statement_intents"]):
            return follow_up  # "and if we only had a rep office, no branch?"
        if (
            states_facts
            and not is_heading(text)
            and not asks_what_is_offered(text)
            # (a rule stated for anyone's site: "If your CDN includes mainland China nodes,
            # ICP filing is mandatory.")
            and not speaks_of_anyone(text)
            # (nor a fault reported: "constant package loss in the Hong Kong server"; nor
            # news of others: "Stripe does not onboard merchants registered in mainland China")
            and not reports_a_problem(text)
            and not tells_of_others_only(text)
        ):
            return {}
        # A sentence that states none of the facts ("Myth: Chinese domain extensions are only
        # for businesses in China"), or a heading that names places of no one ("Myth: Any
        # Hosting Provider Can Host a Website in China"), is not the user's facts: decided as
        # any other message (a reply to a clarifying question is still read as the reply).
        return None

    def _decided_by_what_it_asks(
        self, intent: Text, text: Text, states_facts: bool
    ) -> Optional[Dict[Text, Any]]:
        """Questions recognised by what they ask, whatever the classifier leaned to: how to get a
        filing, how to file, what it requires, what happens without one, what now when it cannot
        be done, Hong Kong as the way out, whether a company abroad may host in the mainland, what
        a site for China takes."""
        config = self.component_config
        faq = config["faq_intents"]
        if (
            intent not in config["other_question_intents"]
            and announces_a_question(text)
            and not uncovered_subjects(text)
        ):
            # "we are a canadian company and need some help about icp for china": nothing asked
            # yet, and no site told: the questions the assistant answers, to pick from
            return {"name": config["other_question_intents"][0], "confidence": 1.0}
        if (
            (intent in faq or intent == NLU_FALLBACK)
            and compares_hosting_places(text)
            and names_the_filing(text)
            and not uncovered_subjects(text)
        ):
            # "For a foreign company, is hosting in Hong Kong any different from Singapore when
            # it comes to ICP?": where a site is hosted decides, the umbrella answer's (a kind of
            # company named beside it asks nothing of an office)
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            intent in faq or intent in (NLU_FALLBACK, config["not_covered_intent"])
        ) and asks_how_to_get_a_filing(text):
            # "How do I register an ICP license?" is read as the umbrella question or as "not
            # covered" as often as not; the FAQ answers it, unless it is about a subject it
            # leaves out ("how do I get a filing for my app?").
            if uncovered_subjects(text):
                return {"name": config["not_covered_intent"]}
            if to_access_method(text) == IP_ONLY:
                # "no domain bought, users hit the IP. Can we still file?": how a site reached
                # only by IP files is the IP-only question's answer
                return {"name": config["ip_only_intent"], "confidence": 1.0}
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        # (a filing only not done yet is no filing that cannot be done: "using slb in cn-beijing
        # with 2 ecs, filing not done yet. how do we do it?", taken for the no-filing question)
        not_filed_yet = (
            intent == config["no_filing_intent"]
            and to_can_complete_filing(text) != NO
            and not filing_out_of_reach(text)
        )
        if (
            (intent in faq or intent in (NLU_FALLBACK, config["not_covered_intent"]))
            and not (intent in faq and carries_subject(intent, text) and not not_filed_yet)
            and asks_how_to_file(text)
            and not uncovered_subjects(text)
        ):
            # "We want CDN mainland China but we not have server in China. How we can do ICP?":
            # how to file, in the one case whose FAQ answer says how (a CDN, a load balancer,
            # IP-only access, the province), when the classifier's choice is not about it
            ways = [i for i in config["ways_to_file"] if carries_subject(i, text)]
            if len(ways) == 1:
                return {"name": ways[0], "confidence": 1.0}
        if (
            intent in faq or intent in (NLU_FALLBACK, config["not_covered_intent"])
        ) and asks_what_the_filing_requires(text):
            # "What are the ICP licence requirements?": what it takes to get one, or when one is
            # required; both answers are offered
            if uncovered_subjects(text):
                return {"name": config["not_covered_intent"]}
            both = [config["how_to_get_intent"], config["umbrella_intent"]]
            return {
                "name": NLU_FALLBACK,
                "ranking": [{"name": name, "confidence": 0.5} for name in both],
            }
        if (
            asks_what_happens_without_a_filing(text)
            and not (intent in faq and carries_subject(intent, text))
            and not uncovered_subjects(text)
        ):
            # "What will happen if an un-filed domain points to a domestic server?": the FAQ's
            # "What if I do not have an ICP Filing?" in its own form
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        if (
            (
                intent
                in (
                    NLU_FALLBACK,
                    config["no_filing_intent"],
                    config["how_to_get_intent"],
                    config["umbrella_intent"],
                    config["hosted_outside_intent"],
                    config["out_of_scope_intent"],
                    config["not_covered_intent"],
                )
                or (
                    # "no domain no docs, what do": taken for a "no", but a question of its own
                    intent in config["yes_no_intents"]
                    and len(text.split()) >= config["short_reply_words"]
                )
            )
            # (the reader of whether the filing can be completed: out of reach, or no documents)
            and to_can_complete_filing(text) == NO
            and asks_what_to_do_now(asked_part(clean(text)))
            and not uncovered_subjects(text)
        ):
            # "the office certificate was refused, so we simply can't file. Now what?", "we can't
            # get the documents. What should we do?": the no-filing answer is for a filing that
            # cannot be done (not a question of who may file, nor of whether one is needed)
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        if (
            intent
            in (
                NLU_FALLBACK,
                config["out_of_scope_intent"],
                config["not_covered_intent"],
                *config["yes_no_intents"],
            )
            and carries_subject(config["no_filing_intent"], text)
            and names_the_filing(text)
            # (the writer's own: not "our competitor has no ICP, what should we do?", nor "approved
            # without a commercial license")
            and _WE_HAVE_NO_FILING.search(clean(text))
            and asks_what_to_do_now(asked_part(clean(text)))
            and not states_facts
            and not uncovered_subjects(text)
        ):
            # "no icp, what now": taken for a "no" or for nothing, it says there is no filing and
            # asks what to do, with no facts of a site that another question would answer from
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        if (
            intent
            in (
                config["hosted_outside_intent"],
                config["out_of_scope_intent"],
                # (or unsure, or for who may file: "Hong Kong ECS instances are the usual
                # fallback for foreign companies that cannot complete an ICP Filing")
                NLU_FALLBACK,
                config["how_to_get_intent"],
                # (kept when taken for it, not turned into the Hong Kong question by the place)
                config["no_filing_intent"],
            )
            and (
                filing_out_of_reach(text)
                or forgoes_the_filing(text)
                or lacks_documents(clean(text))
                or to_can_complete_filing(text) == NO
            )
            # (as a host, not a company: "As a Hong Kong company we cannot get an ICP filing on
            # our own. Can our branch in Shenzhen apply for it?" asks who may file)
            # (or hosting elsewhere asked about: "can't finish the filing for now. Should we host
            # the site somewhere else in the meantime?")
            and (names_hosting_in_hong_kong(text) or asks_to_host_elsewhere(text))
            and not names_a_presence(asked_part(clean(text)))
            and not uncovered_subjects(text)
            # (whether one is needed anyway is the umbrella question's, Hong Kong advice and all)
            and not asks_if_it_needs_a_filing(text)
        ):
            # "if the filing can't be finished, is Hong Kong ECS the way?", taken for the Hong
            # Kong question, for small talk or for who may file: Hong Kong ECS is the no-filing
            # answer's own advice
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        if (
            asks_if_it_may_host_in_the_mainland(text)
            and intent not in config["statement_intents"]
            and (
                intent not in faq
                or intent
                in (
                    config["how_to_get_intent"],
                    config["hosted_outside_intent"],
                    config["umbrella_intent"],
                )
                or not carries_subject(intent, text)
            )
            and not uncovered_subjects(text)
        ):
            if names_a_presence_or_papers(text):
                # (who may file asked beside it: "... or is a local entity required?")
                return {"name": config["how_to_get_intent"], "confidence": 1.0}
            # "is it possible for a US company to deploy servers in mainland china?", taken for
            # who may file (a company named), for the hosted-outside question or for nothing:
            # whether a company abroad may host there at all, which the FAQ's opening answers (it
            # may, and must then apply for an ICP Filing): the umbrella question
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            asks_what_china_takes(text)
            and not (intent in faq and carries_subject(intent, text))
            and not uncovered_subjects(text)
        ):
            # "How do I host in China?", "what do we need to do to serve Chinese users?": taken
            # for small talk, "not covered" or a question whose subject it lacks, it asks what a
            # site for China needs, which the umbrella answer says (or, when the filing cannot be
            # done, the no-filing answer: "the filing is stuck for good. Can we still serve
            # Chinese users somehow?")
            if to_can_complete_filing(text) == NO:
                return {"name": config["no_filing_intent"], "confidence": 1.0}
            if names_a_presence_or_papers(text):
                # who may file, asked or said beside it ("can a Polish company host in Suzhou, or
                # is a local entity required?"): the physical office answer
                return {"name": config["how_to_get_intent"], "confidence": 1.0}
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        return None

    def _as_unrelated(
        self, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Optional[Dict[Text, Any]]:
        """A message taken for unrelated: a follow-up with facts, the user's facts, the umbrella
        question, "not covered", `{}` (unrelated), or `None` (decided among the FAQ questions)."""
        config = self.component_config
        faq = config["faq_intents"]
        follow_up = self._follow_up_with_facts(text, states_facts)
        if follow_up:
            return follow_up  # "what if the licence had been issued in Hebei instead?"
        # A statement of the user's own facts that names nothing the FAQ leaves out ("our
        # app's backend runs in Singapore and we'd like it faster in China") is the facts.
        # (Not a message taken for "not covered": that classification is learnt from the
        # uncovered questions, requests included.)
        if thanks_on_leaving(text):
            return {"name": config["thanks_intent"], "confidence": 1.0}
        if (
            states_facts
            and not is_question(text)
            and not is_heading(text)
            and not uncovered_subjects(text)
            and not reports_a_problem(text)
            and not tells_of_others_only(text)
            # (nor a rule for anyone: "domains with an ICP record must point at an active
            # instance in the mainland")
            and not speaks_of_anyone(text)
        ):
            return {"name": config["statement_intents"][0]}
        if (
            speaks_of_needing_a_filing(text)
            or asks_if_it_needs_a_filing(text)
            or asks_if_it_applies(text)
        ) and not uncovered_subjects(text):
            # "A colleague insists the Singapore pool makes us exempt from ICP registration.
            # Is he right": taken for small talk, but whether a filing is needed is asked
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        found = candidates(ranking, faq, text, config["accept"])
        if not found or uncovered_subjects(text) or not is_question(text):
            return {"name": config["not_covered_intent"]} if is_icp_related(text) else {}
        # A question about one FAQ question's own subject that the classifier put second,
        # with some weight ("why must I buy a mainland ECS when all I want is the CDN?"):
        # decided among the FAQ questions, as when the classifier is unsure
        return None

    def _as_not_covered(self, text: Text, states_facts: bool) -> Optional[Dict[Text, Any]]:
        """A message taken for "not covered" that names no subject the FAQ leaves out and asks an
        FAQ question: that question; else `None`."""
        config = self.component_config
        if (
            to_access_method(text) == IP_ONLY
            and names_the_filing(text)
            and carries_subject(config["ip_only_intent"], text)
            and not uncovered_subjects(text)
        ):
            # "no domain. just the public IP on ecs beijing. how to get filing done": taken for a
            # question the FAQ does not cover, but a site reached only by IP, and its filing, is
            # the FAQ's IP-only question
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if (
            is_question(text)
            and names_the_filing(text)
            and carries_subject(config["where_to_file_intent"], _last_question(asked_part(text)))
            # (asked where, not what may be filed there: "What domain names can apply for ICP
            # filing in Beijing?")
            and _WHERE_ASKED.search(_last_question(asked_part(text)))
            and not uncovered_subjects(text)
        ):
            # "license came from fujian, does the filing have to be in fujian as well?": taken for
            # a question the FAQ does not cover, but where to file is the province answer's
            return {"name": config["where_to_file_intent"], "confidence": 1.0}
        thing_asked = _how_to_file_with_a_thing(text)
        if thing_asked in config["ways_to_file"] and not uncovered_subjects(text):
            # "ok and if the documents do turn up, how do we file with the SLB in place?": how to
            # file with the thing is that thing's question
            return {"name": thing_asked, "confidence": 1.0}
        if states_facts and _asks_whether_needed(text, text) and not uncovered_subjects(text):
            # "Our web app runs on ECS Hangzhou with a domain. Does the web app need beian?", "...
            # is there some registration we have to do first?": taken for a question the FAQ
            # does not cover, but it names no such subject and asks whether the user's own site
            # needs a filing: the umbrella question, from its facts
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            not states_facts
            and is_question(text)
            and asks_if_it_needs_a_filing(text)
            # (not "does it need a beian?", whose "it" may be anything)
            and not refers_back(text)
            and not uncovered_subjects(text)
        ):
            # "In what situations must an application for an ICP record be submitted?": taken
            # for a question the FAQ does not cover, but it asks when (or whether) a filing is
            # needed, of no one's site in particular: the umbrella answer says when
            return self._umbrella_or_cdn(text)
        if (
            not is_question(text)
            and speaks_of_needing_a_filing(text)
            and not uncovered_subjects(text)
        ):
            # "The CDN domain must have been filed with the MIIT.": taken for a question the FAQ
            # does not cover, but it asks nothing and states when a filing is needed, naming no
            # subject the FAQ leaves out: what the umbrella (or CDN) answer says
            return self._umbrella_or_cdn(text)
        return None

    def _as_another_question(
        self, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Optional[Dict[Text, Any]]:
        """A message taken for "what can you do?": "not covered", a follow-up, the umbrella
        question, `None` for a follow-up of an FAQ question (decided among them), else `{}`."""
        config = self.component_config
        faq = config["faq_intents"]
        if uncovered_subjects(text):
            return {"name": config["not_covered_intent"]}  # "what types of licence exist?"
        if is_follow_up(text) and candidates(ranking, faq, text, config["min_confidence"]):
            # "What about global CDNs?" follows up an FAQ question: decided as one
            return None
        elif follow_up := self._follow_up_with_facts(text, states_facts):
            return follow_up  # "what about Macau servers?"
        elif states_facts and asks_what_there_is_to_know(text):
            # a site's facts and what there is to know of the filing, taken for what the
            # assistant can do ("Web hosting in China: what you need to know about ICP"):
            # whether that site needs one
            return self._umbrella_or_cdn(text)
        return {}

    def _the_classifiers_question(
        self, intent: Text, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Optional[Dict[Text, Any]]:
        """An FAQ question taken (or none, `nlu_fallback`): "not covered", the facts, the question
        kept when the message carries its subject, or corrected where what is asked is another's;
        `None` when the likeliest questions decide."""
        config = self.component_config
        faq = config["faq_intents"]
        if uncovered_subjects(text):
            return {"name": config["not_covered_intent"]}
        if intent == NLU_FALLBACK and _a_statement_of_facts(ranking, text, states_facts, config):
            # "oh wait, we migrated to Macau last month": unsure between a statement and
            # something unrelated, and it states a fact and asks nothing: the facts
            return {"name": config["statement_intents"][0]}
        asked = asked_part(text)
        if (
            intent == config["how_to_get_intent"]
            and (
                asks_if_needed_in(asked, text)
                or speaks_of_needing_a_filing(asked)
                or asks_if_it_applies(asked)
            )
            and not asks_who_may_file(asked)
            and not asks_how_to_get_one(asked)
            and not asks_who_may_hold_the_commercial_licence(text)
            # (not of a presence: "a ban shi chu in Shanghai. Do we need a filing for it, and is
            # it enough to apply?", "do we need ICP under the rep office or under HQ?")
            and not names_a_presence(asked)
            and not refers_back(asked)
        ):
            # taken for who may file, but whether a filing is needed is what is asked ("no
            # entity in China, ECS in Shanghai; the agency says beian is only for Chinese
            # companies. True, or do we need an ICP Filing?"): the umbrella answer
            return self._umbrella_or_cdn(text)
        if (
            intent == config["no_filing_intent"]
            and carries_subject(config["ip_only_intent"], asked)
            and asks_if_one_can_file(asked)
        ):
            # "icp filing without a domain name possible?": the FAQ answers it twice, as a
            # filing that cannot be finished (no domain name) and as a site reached only by IP
            # (not through Alibaba Cloud's system): both are offered
            both = [config["ip_only_intent"], config["no_filing_intent"]]
            return {
                "name": NLU_FALLBACK,
                "ranking": [{"name": name, "confidence": 0.5} for name in both],
            }
        if (
            intent == config["no_filing_intent"]
            and is_general_comparison(text)
            and not filing_out_of_reach(text)
            and not asks_what_happens_without_a_filing(text)
        ):
            # "server in the mainland means filing, anywhere else means no filing. Correct?":
            # the rule of when one is needed, compared by places (its "no filing" is no site's)
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            intent == config["no_filing_intent"]
            and is_question(_last_question(asked))
            and (
                asks_if_needed_in(_last_question(asked), text)
                or speaks_of_need(_last_question(asked))
            )
            and not filing_out_of_reach(text)
            and not lacks_documents(text)
            and not asks_what_happens_without_a_filing(text)
            # (what one needs to be able to file is who may: "what would we need to get to be
            # able to file?")
            and not asks_who_may_file(_last_question(asked))
        ):
            # "they USED to run on ECS cn-hangzhou (no ICP, site got blocked), now everything is
            # on ECS Tokyo, no CDN. Do they need to file now?": a filing missing in the backstory,
            # whether one is needed asked: the umbrella answer, from the facts
            return self._umbrella_or_cdn(text)
        if (
            intent == config["where_to_file_intent"]
            and to_access_method(text) == IP_ONLY
            and carries_subject(config["ip_only_intent"], text)
        ):
            # "... Service only accessed by IP. Where should the filing be submitted?": a site
            # reached only by IP is not filed through Alibaba Cloud's system at all, which the
            # IP-only answer says (as asks_where_to_file leaves it to that question)
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if (
            intent == config["ip_only_intent"]
            and carries_subject(intent, text)
            and to_access_method(text) == DOMAIN_NAME
        ):
            # taken for the IP-only question, but the site is reached by a domain ("reachable
            # both by the domain and by the raw ip", "we dont want to use ip only"): whether it
            # needs a filing, the umbrella answer
            return self._umbrella_or_cdn(text)
        if (
            intent == config["ip_only_intent"]
            and carries_subject(config["load_balancer_intent"], text)
            and _only_an_instances_ip(text)
        ):
            # taken for the IP-only question, but the IP is an instance's, used to file behind a
            # load balancer ("2 ECS behind an SLB. The filing was approved using the IP of ECS #1.
            # What do we do now?"): the load balancer answer's steps
            return {"name": config["load_balancer_intent"], "confidence": 1.0}
        if intent == config["load_balancer_intent"] and drops_the_load_balancer(text):
            # taken for the load balancer question, but the load balancer is dropped ("what if we
            # drop the SLB and just round-robin DNS over the two ECS?"): the umbrella answer
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if intent in faq and carries_subject(intent, text):
            return self._asked_question(intent, text)
        if intent == config["hosted_outside_intent"] and _checks_a_claim_that_one_is_needed(
            asked_part(clean(text)), text
        ):
            # taken for the hosted-outside question, which it names no place of, a claim that
            # none is needed checked ("I read ICP isnt required if the site is only for foreign
            # visitors, even on a chinese server. true?"): whether one is needed, the umbrella
            # answer
            return self._umbrella_or_cdn(text)
        if (
            intent == config["cdn_intent"]
            and denies_a_cdn(text)
            and carries_subject(config["umbrella_intent"], text)
        ):
            # taken for the CDN question, but there is no CDN ("the box is in ap-southeast-1 and
            # we don't use any CDN, icp needed?"): the umbrella answer, from where it is hosted
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        return None

    def _among_the_likeliest(
        self, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Dict[Text, Any]:
        """The likeliest FAQ questions whose subject the message carries: one clearly ahead, the
        umbrella question when the close ones are all its, "Did you mean" with the close ones, or
        none to offer."""
        config = self.component_config
        faq = config["faq_intents"]
        ranked = [r for r in ranking if r.get("name") != NLU_FALLBACK]
        found = candidates(ranked, faq, text, config["min_confidence"])
        if not is_question(text) and tells_of_others_only(text):
            # news of others that names no site and no filing ("leased lines linking a Shanghai
            # office to a Hong Kong data centre have to be bought from licensed carriers") is no
            # FAQ question, whatever the classifier leans to
            found = []
        if not found and (
            speaks_of_needing_a_filing(text)
            or asks_if_it_applies(text)
            or (states_facts and asks_if_it_needs_a_filing(text))
            # "... want to host on an Alibaba Cloud ECS in mainland China. What's needed first?"
            # (not beside another question's own subject: "We only have a ban shi chu ... What
            # do we need to do?", "We'll put an SLB in front of two ECS ... What's needed first?")
            or (
                states_facts
                and bool(_WHAT_IS_NEEDED.search(clean(_last_question(asked_part(text)))))
                and not names_a_presence_or_none(text)
                and not any(
                    subject.search(clean(text))
                    for i, subject in THINGS_ASKED_ABOUT.items()
                    if i not in config["umbrella_covers"]
                )
            )
            # "beian for shanghai ecs": a query for the filing of a site (no other FAQ
            # question's subject, or the classifier would have found that question)
            or asks_for_the_filing_of(text)
        ):
            # The classifier found no question, but the message speaks of whether a filing is
            # needed ("ICP is a must for any serious presence in China"): the umbrella answer
            # says when it is, and asks for what it needs.
            return self._umbrella_or_cdn(text)
        if (
            not found
            and asks_who_may_file(text)
            and carries_subject(config["how_to_get_intent"], text)
        ):
            # who may file, with a company or presence named ("to apply for icp u need a biz
            # registered in cn"), whatever the classifier leaned to
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if not found and asks_whose_papers(text) and names_the_filing(text):
            # whose registration documents the filing may use ("can some of them be our HQ's
            # papers from Canada?" in a conversation on the filing): the physical office answer
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if not found:
            # No FAQ question is about this. Still `nlu_fallback` (a reply to a clarifying
            # question is read as the reply), with no question to offer: action_did_you_mean
            # then says it is not covered, or out of scope.
            return {"name": NLU_FALLBACK, "ranking": []}
        asked = asked_part(text)
        # (the others' subjects only in the backstory: "counsel to a company with no entity in
        # China: if its site sits in Beijing, is an ICP Filing mandatory?", or in the sentences
        # before a question of its own: "... zero legal entity in the PRC. ICP needed y/n?")
        question = _last_question(asked)
        if question != asked and _asks_whether_needed(question, text):
            asked = question
        # (a company named as whom it is asked for is no question of who may file: "Is the ICP
        # filing really mandatory for a foreign company like us?")
        of_whom = (
            {config["how_to_get_intent"]}
            if not asks_who_may_file(asked) and not asks_if_one_can_file(asked)
            else set()
        )
        if (
            states_facts
            and _asks_whether_needed(asked, text)
            and {f["name"] for f in found if carries_subject(f["name"], asked)}
            <= set(config["umbrella_covers"]) | of_whom
        ):
            # The user's facts, then whether a filing is needed ("quote for the fees in hand;
            # servers in Hangzhou, do we actually need an ICP filing?"), the classifier unsure of
            # which of the umbrella's questions: that question's answer, from those facts
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            found[0]["name"] in (config["no_filing_intent"], config["where_to_file_intent"])
            and config["ip_only_intent"] in [f["name"] for f in found]
            and to_access_method(text) == IP_ONLY
        ):
            # "Alibaba's filing system won't let me register the server without a domain - we
            # only ever reach the box at 47.100.x.x. Where do we file then?": a filing out of
            # reach for want of a domain, or where such a site files, is the IP-only answer's own
            # case (which says where)
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        top = found[0]["confidence"]
        runner_up = found[1]["confidence"] if len(found) > 1 else 0.0
        if top >= config["accept"] and top - runner_up >= config["margin"]:
            return {"name": found[0]["name"], "confidence": top}
        close = [f["name"] for f in found if top - f["confidence"] < config["margin"]]
        if (
            top >= config["accept"]
            and set(close) <= set(config["umbrella_covers"])
            and carries_subject(config["umbrella_intent"], text)
        ):
            # Torn between questions the umbrella one answers too ("servers in Frankfurt, no
            # CDN: do we need ICP?" between the CDN and hosted-outside questions): it asks
            # what it still needs and answers, with no "Did you mean". (Not when unsure of them
            # all: answering the umbrella question then gave wrong answers on unseen questions.)
            return {"name": config["umbrella_intent"], "confidence": top}
        return {"name": NLU_FALLBACK, "ranking": found}

    def _umbrella_or_cdn(self, text: Text) -> Dict[Text, Any]:
        """The umbrella question, for a message that speaks of whether a filing is needed; the
        CDN question when the message is only about a CDN ("If your CDN includes mainland China
        nodes, ICP filing is mandatory."): the umbrella's answer, with no facts, lists every
        case."""
        config = self.component_config
        # (a CDN as one end of a range of what needs a filing is no CDN of anyone's: "anything
        # from a simple website to a large content delivery network")
        text = without_ranges_of_things(text)
        carried = [
            i
            for i in config["umbrella_covers"]
            if i != config["umbrella_intent"] and carries_subject(i, text)
        ]
        if carried == [config["cdn_intent"]] and not asks_for_the_filing_of(text):
            return {"name": config["cdn_intent"], "confidence": 1.0}
        return {"name": config["umbrella_intent"], "confidence": 1.0}

    def _follow_up_with_facts(self, text: Text, states_facts: bool) -> Dict[Text, Any]:
        """A follow-up ("and if ...?", "what about ...?") that states facts and names nothing the
        FAQ leaves out: the FAQ question whose subject it carries, when that is the only one and
        the umbrella answer does not give it ("and if we only had a rep office, no branch?");
        otherwise `inform`, its facts (the dialogue answers the question at hand with them, or
        the umbrella question when none is: "what about Macau servers?"). Empty when it is not
        one."""
        config = self.component_config
        if not (is_follow_up(text) and states_facts) or uncovered_subjects(text):
            return {}
        asked_of = [
            i
            for i in config["faq_intents"]
            if i != config["umbrella_intent"] and carries_subject(i, text)
        ]
        if (
            text.rstrip().endswith("?")
            and len(asked_of) == 1
            and asked_of[0] not in config["umbrella_covers"]
        ):
            return {"name": asked_of[0], "confidence": 1.0}
        return {"name": config["statement_intents"][0]}

    def _asked_question(self, intent: Text, text: Text) -> Dict[Text, Any]:
        """The FAQ question the message's question asks, when its backstory carries the subject
        of the classifier's choice and the question itself another's ("... stalled because we
        don't hold a business license in China. Are we allowed to keep the site open while the
        filing gets sorted out?" asks what happens without a filing); empty to keep the choice."""
        config = self.component_config
        asked = asked_part(text)
        if (
            intent == config["no_filing_intent"]
            # (the whole message its question only when none needed is what it checks: "the
            # site is in HK, so no ICP. Right?")
            and (asked != text or ASKS_IF_IT_NEEDS_ONE.search(clean(asked)))
            and asks_if_it_needs_a_filing(asked)
            # (none needed, checked, is no subject of the no-filing question's: "our vendor says
            # only where the main site lives counts, so no ICP. True?")
            and not carries_subject(intent, ASKS_IF_IT_NEEDS_ONE.sub(" ", clean(asked)))
        ):
            # "we're on Singapore ECS with no ICP. ... Will we need an ICP filing at that
            # point?": no filing yet is the backstory; whether one is needed is the question
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            intent == config["ip_only_intent"]
            and asks_whether_ip_only(text)
            and to_access_method(text) == DOMAIN_NAME
        ):
            # "the domain shows a 'not filed, blocked' page but the raw ip loads. does that make
            # us ip-only?": a site with a domain asks whether it is IP-only; it is not, and the
            # umbrella answer says what it needs
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            intent == config["umbrella_intent"]
            and carries_subject(config["load_balancer_intent"], asked)
            and asks_to_update_the_filing(asked)
        ):
            # "we're adding an SLB, does our ICP need updating?": the load balancer answer says
            # what is updated when the IP changes to the load balancer
            return {"name": config["load_balancer_intent"], "confidence": 1.0}
        if (
            intent == config["umbrella_intent"]
            and asks_who_may_file(asked)
            and not asks_if_it_needs_a_filing(asked)
            # (not with a place abroad for the site: "do we need a company in China to file, or
            # is our site in Hong Kong exempt?" asks whether one is needed there too)
            and not carries_subject(config["hosted_outside_intent"], asked)
        ):
            # "we need a Beijing office to file, right?": who may file is asked, not whether a
            # filing is needed
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if intent == config["how_to_get_intent"] and (
            _asks_if_needed_not_who(asked)
            # a claim that one is needed, checked ("An agency pitched ICP filing as 'mandatory
            # for any Chinese traffic'. Is that true for a site hosted outside China?"), with no
            # presence in what is asked
            or _checks_a_claim_that_one_is_needed(asked_part(clean(text)), text)
        ):
            # "We do have a rep office in Shanghai - do we still need ICP?": who may file is not
            # asked; whether one is needed is the umbrella's, from where the site is hosted
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            intent == config["no_filing_intent"]
            and asks_who_may_file(_last_question(asked))
            and not asks_what_happens_without_a_filing(text)
            and not asks_what_to_do_now(asked)
            # (documents that cannot be had: the no-filing answer's own case)
            and not lacks_documents(clean(text))
            and not filing_out_of_reach(text)
        ):
            # "... our lawyer says we can't use our delaware documents. what would we need to get
            # to be able to file?": what makes a filing possible is asked, not what to do without
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        thing_asked = _how_to_file_with_a_thing(text)
        if intent == config["how_to_get_intent"] and thing_asked in config["ways_to_file"]:
            # a presence supposed, then how to file with a thing asked: "suppose they get a
            # permanent office certificate from Guangdong. Then how do they file with the SLB?"
            # (the presence is a fact of that question's answer)
            return {"name": thing_asked, "confidence": 1.0}
        if (
            asked == text
            or intent == config["umbrella_intent"]
            or carries_subject(intent, asked)
            # whether a filing is needed ("does the WFOE being in China mean we need an ICP
            # anyway?") is answered from all the facts, backstory included
            or asks_if_it_needs_a_filing(asked)
            or speaks_of_needing_a_filing(asked)
            or speaks_of_need(asked)
            or refers_back(asked)
            # "our only presence is a ban shi chu in Beijing. Can we still file when our ECS sits
            # behind a load balancer?": who may file is the backstory's, and its caveats hold
            # (and who may hold the Commercial License: "a Beijing rep office. Can they get the
            # filing in Beijing and also the commercial licence?")
            or (
                intent == config["how_to_get_intent"]
                and (asks_who_may_file(asked) or asks_who_may_hold_the_commercial_licence(text))
            )
        ):
            return {}
        others = [
            i
            for i in config["faq_intents"]
            if i not in (intent, config["umbrella_intent"])
            # (the filing may be named in the backstory only: "we can't get ICP (no chinese
            # entity). can we still use your CDN for users in china?")
            and (carries_subject(i, asked) or _names_the_subject_of(i, asked, text))
            # (a place abroad is the hosted-outside question's only when servers are there: "can
            # we use our Hong Kong company's documents?" names a company's place)
            and (i != config["hosted_outside_intent"] or names_servers_not_in_the_mainland(asked))
            # (an instance's IP named to file with is no site reached by IP: "The filing was
            # approved using the IP of ECS #1. What do we do now?")
            and (i != config["ip_only_intent"] or not _only_an_instances_ip(text))
            # (how to file, asked after a backstory with a load balancer, IP-only access, a CDN
            # or a province, is that question's own: "launching on ECS with an SLB in front. How
            # do we get the ICP filing done?"), unless a presence or its absence is named in it
            # ("Later we open the mainland CDN. Then we can do the ICP with nothing in China?")
            and not (
                i == config["how_to_get_intent"]
                and intent in config["ways_to_file"]
                and not names_a_presence_or_none(asked)
            )
        ]
        if len(others) == 1 and not uncovered_subjects(asked):
            return {"name": others[0], "confidence": 1.0}
        return {}

    def _places_told_as_hosting(
        self,
        entities: List[Dict[Text, Any]],
        text: Text,
        topic: Optional[Text],
        intent: Optional[Text] = None,
    ) -> List[Dict[Text, Any]]:
        """In a conversation on an FAQ question whose answer rests on where the site is hosted, a
        follow-up that names places and no server ("and to shanghai?", "wait, it's actually
        ap-southeast-1 (Singapore)", "if we go HK, can we still use Alibaba CDN for mainland
        users?") tells where the site is hosted: its places as hosting phrases (read as such by
        the form's validation), unless the message says whose else they are. A place chosen
        ("ok HK it is. no ICP needed there?") is the site's beside a question of its own, and
        in any conversation: choosing where to host answers no other question's facts.
        `intent`: the classifier's likeliest question (a place heard with the hosted-outside
        question is the site's after any answer)."""
        config = self.component_config
        if not topic or any(e.get("entity") == "hosting_location" for e in entities):
            return []
        if topic in (
            config["where_to_file_intent"],
            config["how_to_get_intent"],
        ) and asks_only_of_a_division(text):
            # "so sichuan it is?" after the physical office or province answer: where to file,
            # checked (not where the site is)
            return []
        # (also after an answer that does not rest on it, when the classifier hears the
        # hosted-outside question: "and the Frankfurt ones, anything needed for those?" after
        # the physical office answer)
        on_hosting = (
            topic not in config["topics_not_on_hosting"]
            or intent == config["hosted_outside_intent"]
        ) and continues_with_facts(text)
        # (an area named beside a CDN's coverage is the CDN's: "we choose Global area, not outside
        # mainland")
        cdn_told = any(e.get("entity") == "cdn_coverage" for e in entities)
        return [
            {**e, "entity": "hosting_location", "extractor": type(self).__name__}
            for e in entities
            if e.get("entity") == "place"
            and not (cdn_told and names_an_area(_as_typed(e, text)))
            # (nor a place a CDN's area leaves out: "Global, not the excluding-mainland one")
            and not _LEFT_OUT_BEFORE.search(text[: e.get("start") or 0])
            # (nor where the filing goes: "and file in guangdong right?")
            and not _WHERE_IT_IS_FILED_BEFORE.search(text[: e.get("start") or 0])
            and (on_hosting or chooses_a_place(_as_typed(e, text), text))
            and (
                place_as_the_sites(str(e.get("value", "")), text)
                # (or as typed, when chosen: "back to the mainland one" for "mainland China")
                or (
                    chooses_a_place(_as_typed(e, text), text)
                    and place_as_the_sites(_as_typed(e, text), text)
                )
                # (or its server gone: the place read as none, the hosting asked again)
                or (on_hosting and ends_a_place_of_the_site(_as_typed(e, text), text))
            )
        ]

    def _tells_the_conversations_fact(
        self, name: Optional[Text], message: Message, text: Text, topic: Optional[Text]
    ) -> bool:
        """A follow-up that tells a fact the conversation's answer rests on, taken for another
        FAQ question whose answer does not rest on it ("we have an ICP commercial license too if
        that matters", "and if we didn't hold the licence?" after the load balancer answer: the
        classifier hears the filing in the licence): those facts, that answer again."""
        config = self.component_config
        if not topic or name not in config["faq_intents"] or name == topic:
            return False
        if not continues_with_facts(text) or uncovered_subjects(text):
            return False
        if A_QUESTION_AFTER_THE_CASE.search(text.lower()) and not asks_if_it_changes_the_answer(
            text
        ):
            # "and if the CDN covered the mainland, would we need an office there?" (not what the
            # case changes: "and if later we get the ICP commercial license, what do we change?")
            return False
        if not _reads_a_fact(message, text):
            return False  # (a presence only to be had: "so we'd have to set up an office first")
        told = {
            Fact(e["entity"])
            for e in message.get(ENTITIES) or []
            if e.get("entity") in config["fact_entities"]
        }
        asked, conversation = INTENT_TO_TOPIC.get(name), INTENT_TO_TOPIC.get(topic)
        if asked is None or conversation is None:
            return False
        if not any(answer_rests_on(conversation, f) for f in told):
            return False
        if not any(answer_rests_on(asked, f) for f in told):
            return True
        # Both answers rest on it: a case put in place of the one told, whose only words of the
        # other question are the fact's ("what if it's our rep office in Chongqing doing it
        # instead?" after the province answer), is the conversation's case. (A fact added opens
        # the other question: "and if we add alibaba cdn covering the mainland?" after the
        # hosted-outside answer is the CDN question's.)
        if not _IN_PLACE_OF_THE_CASE_TOLD.search(clean(text)):
            return False
        spans = sorted(
            (e["start"], e["end"])
            for e in message.get(ENTITIES) or []
            if e.get("entity") in config["fact_entities"] and "start" in e and "end" in e
        )
        rest, at = "", 0
        for start, end in spans:
            rest, at = rest + text[at:start] + " ", max(at, end)
        rest += text[at:]
        return bool(A_CASE_PUT.search(clean(text))) and not carries_subject(name, rest)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            ranking = message.get(INTENT_RANKING_KEY) or []
            text = message.get(TEXT) or ""
            metadata = message.get("metadata")
            metadata = metadata if isinstance(metadata, dict) else {}
            topic = as_intent(metadata.get(CONTEXT_KEY))
            # (after a miss, only for a follow-up that tells facts)
            facts_topic = topic or as_intent(metadata.get(CONTEXT_AFTER_A_MISS_KEY))
            entities = message.get(ENTITIES) or []
            branch = a_branch_placed_in_the_mainland(entities, text)
            entities = entities + branch
            told = (
                branch
                + self._places_told_as_hosting(
                    entities, text, facts_topic, _likeliest_question(intent, ranking)
                )
                + places_of_the_presence(entities, text)
            )
            told += a_branch_in_a_follow_up(entities, text, facts_topic)
            told += a_branch_named_by_its_place_in_a_follow_up(entities + told, text, facts_topic)
            told += neither_after_the_presence_answer(entities, text, facts_topic)
            cdn = metadata.get(CDN_KEY)
            told += cdn_nodes_in_a_follow_up(entities, text, facts_topic, cdn)
            told += a_cdn_after_no_cdn(entities, text, facts_topic, cdn)
            told += a_cdn_beside_no_cdn(entities, text)
            told += an_area_named_in_a_follow_up(entities + told, text, facts_topic)
            coverage = a_coverage_told_in_a_follow_up(entities + told, text, facts_topic, cdn)
            if coverage:
                # (a place in the coverage is the CDN's, not the site's: "changed it to the one
                # that leaves out mainland China")
                told = [e for e in told if not _inside(e, coverage[0])] + coverage
            told += ip_only_in_a_follow_up(entities, text, facts_topic)
            told += documents_got_in_a_follow_up(entities, text, facts_topic)
            told += a_domain_got_after_ip_only(
                entities, text, facts_topic, metadata.get(ACCESS_KEY)
            )
            told += the_licence_in_a_follow_up(entities, text, facts_topic)
            told += no_presence_of_a_company_registered_only_abroad(entities, text)
            if told:
                message.set(ENTITIES, (message.get(ENTITIES) or []) + told, add_to_output=True)
            states_facts = any(
                e.get("entity") in self.component_config["fact_entities"]
                # (a hosting phrase that names no site's server states nothing: "needs a new
                # download mirror in PRC")
                and not (
                    e.get("entity") == "hosting_location"
                    and (
                        names_no_server(str(e.get("value", "")), text)
                        # (nor a provider's own regions: "AWS has zones in Beijing")
                        or not_a_sites_place(str(e.get("value", "")), text)
                    )
                )
                for e in message.get(ENTITIES) or []
            )
            decision = self.decide(
                intent,
                ranking,
                # ("do we need one?" after "what is an ICP filing exactly?": the filing's)
                f"{text} {THE_CONVERSATIONS_FILING}"
                if not facts_topic
                and metadata.get(FILING_NAMED_BEFORE_KEY)
                and stands_for_the_filing_before(text)
                else text,
                states_facts,
                topic,
                # (read only where a follow-up may continue the conversation's question)
                _reads_a_fact(message, text, facts_topic)
                if facts_topic and states_facts
                else states_facts,
                facts_topic,
                metadata.get(ACCESS_KEY) if topic else None,
            )
            if self._tells_the_conversations_fact(
                decision.get("name") or intent, message, text, facts_topic
            ):
                decision = {"name": self.component_config["statement_intents"][0]}
            if not decision:
                continue
            chosen = {"name": decision["name"], "confidence": decision.get("confidence", 1.0)}
            if decision["name"] == NLU_FALLBACK:
                chosen["confidence"] = (message.get(INTENT) or {}).get("confidence", 0.0)
            message.set(INTENT, chosen, add_to_output=True)
            message.set(INTENT_RANKING_KEY, decision.get("ranking", [chosen]), add_to_output=True)
            if decision.get("uncovered"):
                # what the answer must say it does not cover (actions/answer.py), its facts left
                # out ("No ICP then? And would Chinese visitors get it slower than from a Shanghai
                # server?": the Shanghai server is the uncovered question's, not the site's)
                entities = without_the_uncovered_parts_facts(
                    message.get(ENTITIES) or [], text, self.component_config["fact_entities"]
                )
                message.set(
                    ENTITIES,
                    entities
                    + [
                        {"entity": UNCOVERED_ENTITY, "value": subject, "extractor": "ScopeDecision"}
                        for subject in decision["uncovered"]
                    ],
                    add_to_output=True,
                )
        return messages
