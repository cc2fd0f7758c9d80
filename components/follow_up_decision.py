"""The scope decision's first stage in a conversation: a follow-up read with the conversation's
question (components/scope_decision.py runs it before the message is read alone).

A message in a conversation already on an FAQ question (its `topic`, given by
components/conversation_context.py) that asks the same question again, continues it with facts
or a case put, asks for its next step, or carries the conversation's filing by a pronoun is
decided here; a message of two parts, one the FAQ answers and one it does not, gets the FAQ
question with the other part's subjects to be said to be not covered. Everything else is passed
on to the message read alone (`_decide`, in the component class this mixes into).
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from actions.access_facts import to_access_method
from actions.cdn_facts import to_cdn_coverage
from actions.decision import HONG_KONG, INTERNATIONAL_ONLY, IP_ONLY, NO_CDN, OUTSIDE_MAINLAND
from actions.fact_words import (
    MAINLAND_PLACES,
    REP_OFFICE_PINYIN,
    TEMPORARY_SERVER,
    find_words,
    last_question,
)
from actions.faq_subjects import THROUGH_THE_FILING_SYSTEM, TOPIC_SUBJECTS, carries_subject
from actions.filing_facts import FINISHED_AS_A_CASE, filing_out_of_reach, lacks_documents
from actions.general_or_own import USERS_PLACE
from actions.hosting_facts import tells_what_does_not_change_the_facts, to_hosting_location
from actions.message_parts import (
    asked_part,
    asking_parts,
    asks_on_its_own,
    backstory,
    claims_checked,
    clean,
    is_question,
    names_the_filing,
    refers_back,
)
from actions.need_or_next_step import (
    asks_if_it_needs_a_filing,
    asks_what_to_do_now,
    speaks_of_needing_a_filing,
)
from actions.presence_facts import to_china_presence
from actions.scope_rules import (
    asks_a_billing_method_of_it,
    asks_for_the_outcome,
    asks_how_to_file,
    asks_how_to_get_a_filing,
    asks_if_a_mainland_server_is_needed,
    asks_if_blocked_when_hosted_outside,
    asks_if_it_changes_the_answer,
    asks_if_the_commercial_licence_may_be_had,
    asks_only_of_a_division,
    asks_only_what_now,
    asks_where_to_file,
    asks_who_may_file,
    asks_whose_papers,
    continues_with_facts,
    doubts_the_answer,
    in_the_conversation_on_the_filing,
    names_hong_kong,
    rules_out_what_was_said,
    says_it_is_too_much,
    what_a_change_is_asked_of,
)
from actions.scope_words import A_CASE_PUT
from actions.small_talk_and_handoff import requests_a_person
from actions.uncovered_subjects import uncovered_subjects
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

# A pronoun standing for a thing named before it ("do we need it on top of the ICP?")
_STANDS_FOR_WHAT_CAME_BEFORE = re.compile(rf"\b(?:{PRONOUNS}|they)\b")
# ... or the question before it put again of another thing: "Does the ICP number have to be in
# every page's footer? what about landing pages served from the CDN?"
_ASKED_AGAIN_OF_ANOTHER = re.compile(
    r"^\W*(?:(?:and|but|also|so|ok|okay)\W+)*(?:what|how)\s+about\b|^\W*(?:and|same)\s+"
    r"(?:for|with)\b"
)
_A_QUESTION_OF_ITS_OWN = re.compile(
    r"\b(?:do|does|did|is|are|can|could|must|should|will|would|need)\s+(?:we|i|it|they|you|us)\b"
)


def _asked_again_of_another(part: Text) -> bool:
    """The question before put again of another thing, asking nothing of its own ("what about
    pages behind the CDN?", not "and for hosting in HK do we need the filing at all?")."""
    part = clean(part)
    return bool(
        _ASKED_AGAIN_OF_ANOTHER.search(part)
        and not names_the_filing(part)
        and not _A_QUESTION_OF_ITS_OWN.search(part)
    )


# The site kept where it is: "can we stay on mainland ECS?", "keep the site in Shanghai"
_STAYS = re.compile(r"\b(?:stay\w*|keep\w*|remain\w*)\b(?![^.?!]{0,30}\btemporary\b)")
# A statement set against the answer before it: "we have no office in the mainland though"
_AN_OBJECTION = re.compile(r"\b(?:though|tho|but|however|yet|although)\b")
_TOLD_BY_OR_BESIDE = re.compile(
    r"\b(?:said|says|told|tells|reported|complain\w*|cdn|thanks?|thank you|thx|dealbreaker|bye)\b"
)


# The question asked before, asked again of another case: "same question for our sister
# company, ...", "same question, but for the Tokyo site"
_THE_SAME_QUESTION = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|then|now)\W+)*(?:the\s+)?same\s+(?:question|thing|q)\b"
    r"(?:\s*,?\s*(?:but|only|just))?\s+(?:for|of|about|with|if)\b|"
    # ... or at the end, of another party put first: "and for our Hong Kong-registered affiliate,
    # whose only licence is from Hong Kong, same site set-up?"
    # (a party or thing put, not a case: "And what if we have no documents at all, same answer?")
    r"^\W*(?:and\s+)?(?:for|what about|how about)\b.*[,;:?.!]\s*(?:the\s+)?same\s+"
    r"(?:question|thing|"
    r"(?:site\s+)?set-?up|situation|case|answer|rules?)\s*\?\W*$"
)


def _not_an_faq_question(config: Dict[Text, Any]) -> Tuple[Text, ...]:
    """What a message decided as no FAQ question is: unsure, not covered, or facts only."""
    return (NLU_FALLBACK, config["not_covered_intent"], *config["statement_intents"])


# Hong Kong as where to host, after the no-filing answer: "so basically move the box to HK?",
# "Hong Kong region, that's your recommendation?" (not "documents issued in Hong Kong")
_AS_WHERE_TO_HOST = re.compile(
    r"\b(?:host\w*|servers?|ecs|box|instances?|regions?|mov\w*|migrat\w*|recommend\w*|"
    r"suggest\w*|switch\w*|why)\b"
)

# ... or where to host instead, asked: "ok which region would you suggest instead then" (not for a
# company, mail, a database or the temporary server)
_WHERE_TO_HOST_INSTEAD = re.compile(
    r"\b(?:which|what)\s+(?:other\s+)?(?:region|location|place|data ?cent(?:er|re)|zone|country)\b"
    r"[^.?!]{0,40}\b(?:instead|recommend\w*|suggest\w*|advis\w*)\b|"
    r"\bwhere\s+(?:should|would|could|do|can)\s+(?:we|i|you)\s+(?:host|put|move|run)\b"
    r"[^.?!]{0,30}\b(?:instead|then)\b"
)
_NOT_THE_SITES_HOST = re.compile(
    r"\b(?:register\w*|compan\w*|entity|incorporat\w*|e-?mail|mail|office|bank\w*|rds|"
    r"databases?|temporary|temp)\b"
)
_PAPERS_NAMED = re.compile(
    r"\b(?:documents?|docs|papers?|paperwork|certificates?|licen[cs]es?|registration)\b"
)


# The presence the conversation is on, by a pronoun or its name
_OF_THE_PRESENCE = re.compile(
    r"\b(?:it|we|they|our|its|their|that one|this one)\b|\boffices?\b|\bbranch|"
    rf"\b(?:{REP_OFFICE_PINYIN})\b|\bwfoe\b|\bsubsidiar"
)


# A physical office or its certificate, named: what the physical office answer says may not get
# the ICP Commercial License
_THE_OFFICE_OR_ITS_CERTIFICATE = re.compile(
    rf"\b(?:rep(?:resentative)?\s+office|permanent\s+office|{REP_OFFICE_PINYIN}|"
    r"(?:that|this)\s+certificate|(?:that|the|this|our|its)\s+office\s+certificate)\b"
)


# The name of the certificate named before, asked: "what's the actual name of that certificate
# again?", "what is that certificate called?"
# (not in another language, which the FAQ does not give: "what is it called in chinese?")
_THE_CERTIFICATES_NAME_ASKED = re.compile(
    r"\bwhat(?:'s|s| is| was)\s+(?:(?:the\s+)?(?:actual\s+|full\s+|official\s+|exact\s+|"
    r"proper\s+)?name\s+of\s+(?:that|the|this)\s+(?:office\s+)?certificate\b|"
    r"(?:that|the|this)\s+(?:office\s+)?certificate\s+called\b)"
    r"(?![^.?!]*\bin\s+(?:chinese|english|pinyin|mandarin)\b)"
)


# The filing as the object of a verb of doing it, by a pronoun: "finish it", "get that done"
# (not one done some way: "so cant do it thru alibaba??" checks the IP-only answer)
_THE_FILING_BY_A_PRONOUN = re.compile(
    r"\b(?:finish|complete|get|obtain|pass|do)\s+(?:any\s+of\s+)?(?P<it>it|that|this|one)\b"
    r"(?!\s+(?:thru|through|via|with|using|on|by|online|ourselves)\b|\s+at\b(?!\s+all\b))",
    re.IGNORECASE,
)


def _the_filing_out_of_reach_by_a_pronoun(text: Text) -> bool:
    """A follow-up that puts the filing out of reach by a pronoun ("and if we can't finish it for
    some reason?"): read with the filing named, whether it cannot be done."""
    found = _THE_FILING_BY_A_PRONOUN.search(text)
    if not found or names_the_filing(text):
        return False
    named = text[: found.start("it")] + "the ICP filing" + text[found.end("it") :]
    return filing_out_of_reach(named)


# The filing as what something is for, by a pronoun: "do we need a Chinese entity for it?"
# (what is needed for it: not "where do we apply for it?" after the certificate was named)
_FOR_THE_FILING_BY_A_PRONOUN = re.compile(
    r"\b(?:need|needs|require|requires|required|must have|have to have)\b[^.?!]{0,40}"
    r"\bfor\s+(?P<it>it|that|this)\b(?=\s*(?:[?.,;!]|$))",
    re.IGNORECASE,
)


# ... or of leaving it out, after the answer whether a filing is needed, which asks nothing else
# of the user ("what happens if we just skip that and open the shop anyway"; after another
# answer "that" may be its step: the DNS change, the temporary ECS, the certificate)
_THE_FILING_SKIPPED_BY_A_PRONOUN = re.compile(
    r"\b(?:skip|ignore)\s+(?P<it>it|that|this)\b|"
    # (or left unsaid at the end: "what happens if we just leave it running without?")
    r"\bwithout(?P<none>)\W*$",
    re.IGNORECASE,
)


def _with_the_filing_named(text: Text, skipped_too: bool = False) -> Optional[Text]:
    """A follow-up whose pronoun stands for the conversation's filing, with the filing named in
    its place; None when it names the filing itself or papers the pronoun may stand for, or has
    no such pronoun. `skipped_too`: a pronoun of a verb of leaving it out counts too."""
    found = (
        _FOR_THE_FILING_BY_A_PRONOUN.search(text)
        or _THE_FILING_BY_A_PRONOUN.search(text)
        or (skipped_too and _THE_FILING_SKIPPED_BY_A_PRONOUN.search(text))
    )
    if not found or names_the_filing(text) or _PAPERS_NAMED.search(text.lower()):
        return None
    # (nor when another sentence names what "it" may be: "ok we'll buy a .cn domain then. do we
    # need a Chinese company for it?"; a presence told or an interjection, "ugh.", is none)
    others = [
        s
        for s in re.split(r"(?<=[.!?])\s+", text.strip())
        if len(s.split()) > 2 and found.group(0) not in s
    ]
    if any(to_china_presence(s) is None for s in others):
        return None
    if found.groupdict().get("none") is not None:
        return text[: found.end("none")] + " the ICP filing" + text[found.end("none") :]
    return text[: found.start("it")] + "the ICP filing" + text[found.end("it") :]


# The instance an answer named, referred back to: "that instance", "the ecs", "it"
_THE_INSTANCE_REFERRED_TO = re.compile(r"\b(?:that|this|said)\s+(?:instance|ecs)\b")


# The instance ended once the filing is through: "and after those 3 months can I delete that
# ECS?" (not before its three months, which the CDN answer says; nor the CDN's area removed)
_THE_INSTANCE_ENDED = re.compile(
    r"^(?![^.?!]*\bbefore\b)(?=[^.?!]*\b(?:after|once)\b)[^.?!]*"
    r"\b(?:delete|release|cancel|terminate|destroy|shut(?:\s+down)?|get rid of|stop paying for|"
    r"remove)\s+(?:(?:that|the|this|our)\s+(?:temporary\s+)?(?:ecs|instance|server|machine|box)|"
    r"it)\b"
)
# The IP-only kind, asked of the filing system after the IP-only answer: "ok, and can that kind be
# done through the Alibaba Cloud ICP system?"
_THE_KIND_THROUGH_THE_SYSTEM = re.compile(
    r"^(?![^.?!]*\b(?:domain|www)\b)\W*(?:(?:so|then|and|ok|okay)\W+)*(?:can|could)\s+"
    r"(?:that|this|such an?|those|these)\s+(?:kind|type|case|sort|one|site)s?\s+"
    r"(?:of\s+(?:site|website|thing)\s+)?be\s+(?:done|filed|submitted|handled)\s+"
    + THROUGH_THE_FILING_SYSTEM
)


# The shortest subscription asked of the thing named before: "the minimum subscription on it?"
_ITS_TERM_ASKED = re.compile(
    r"\b(?:minimum|min|shortest|least)\s+(?:subscription|term|period|duration|plan|contract)\b"
    r"(?:\s+(?:on|for|of)\s+(?:it|that|this|that one|this one))?\s*\?"
)


# The DNS record asked about: "what do I point the DNS at?", "what we must change in DNS?"
_THE_DNS_ASKED = re.compile(
    r"\b(?:what|where|which|how)\b[^.?!]{0,40}\b(?:dns|a record|cname)\b[^.?!]*\?|"
    r"\b(?:dns|a record)\b[^.?!]{0,40}\b(?:point|change|update|switch|set)\w*\b[^.?!]*\?|"
    # ("and once approved we just change DNS?")
    # (not another DNS provider: "should we switch DNS to Route 53 afterwards?")
    r"\b(?:change|update|switch|point|repoint)\w*\s+(?:the\s+|our\s+)?(?:dns|a record|cname)\b"
    r"(?!\s+(?:provider|service|host\w*|resolver|servers?)\b)"
    r"(?![^.?!]*\bto\s+(?:route\s*53|cloudflare|godaddy|namecheap|dnspod|another|a different|"
    r"other|an? (?:chinese|local|new) (?:one|provider|dns))\b)"
    r"[^.?!]*\?"
)


# The filing alone, asked after the conversation's question: "and an icp filing?", "what about
# the beian itself?"
_THE_FILING_ALONE = re.compile(
    r"^\W*(?:and|or|what about|how about)\s+"
    r"(?:an?\s+|the\s+|a\s+normal\s+|just\s+(?:an?\s+|the\s+)?)?"
    r"(?:icp\s+filing|icp\s+record|beian|filing|icp)(?:\s+(?:itself|then|only|alone))?\s*\?*\s*$"
)
# No filing there, checked: "... would be fine without any filing?", "is hong kong really exempt?"
_HONG_KONG_OF_ANOTHER_THING = re.compile(
    r"\b(?:hong kong|hk)\s+(?:company|firm|entity|business|payment|gateway|bank|parent|office|"
    r"papers?|documents?|team|staff)\b|\bblock\w*"
)
_NO_FILING_THERE_CHECKED = re.compile(
    r"\b(?:without|no)\s+(?:any\s+|an?\s+|the\s+)?(?:icp|beian|filing)\b|"
    r"\b(?:don't|dont|do not|wouldn't|won't)\s+(?:\w+\s+)?need\b|\bexempt\b|"
    # ... or any filing asked of it, Hong Kong (or its servers) the subject: "does Hong Kong come
    # with any ICP requirement at all?" (not "do our Hong Kong customers need an ICP?")
    r"\b(?:hong\s*kong|hk|xianggang)(?:\s+(?:servers?|ecs|region|hosting|one|option))?\s+"
    r"(?:(?:then|also|still|really)\s+)?(?:come with|have|need|require|carry)\s+(?:any|an?)\s+"
    r"(?:icp\s+|filing\s+|beian\s+)?(?:requirements?|obligations?|icp|filing|beian)\b"
)


# What is needed, asked bare: "so what would we need?", "what's needed then?"
_WHAT_IS_NEEDED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|then)\W+)*what(?:\s+(?:would|do|does|will|should)\s+(?:we|i|they)\s+"
    r"(?:then\s+)?need(?:\s+to\s+do)?|(?:'s|\s+is)\s+needed|"
    # (or what to use in place of the papers the answer turned down: "then what should we use
    # instead?")
    r"\s+(?:would|do|does|will|should|can|could)\s+(?:we|i|they)\s+(?:then\s+)?use"
    r"(?=\s+(?:instead|then)\b))(?:\s+(?:then|instead))*\W*$"
)


# Whether the server's place counts, asked: "and the server region doesn't matter for this at
# all?", "does the ECS location matter?"
# (nothing named after it: not "does the server location matter for the CDN?", "... if we move to
# Hong Kong?")
_THE_SERVERS_PLACE_WEIGHED = re.compile(
    r"(?:"
    r"\b(?:server|servers|ecs|instance|hosting|data ?cent(?:er|re))(?:'s)?\s+(?:region|location|"
    r"place|city|province)\s+(?:really\s+)?(?:doesn't|does not|don't|do not|won't|will not|"
    r"wouldn't|would not)?\s*(?:really\s+)?matter|"
    r"\b(?:does|do|would|will)\s+(?:the\s+|our\s+)?(?:server|servers|ecs|instance|hosting)"
    r"(?:'s)?\s+(?:region|location|place|city|province)\s+(?:even\s+|really\s+|still\s+)?"
    r"(?:matter|count|play a role)|"
    r"\bwhere\s+the\s+(?:server|servers|ecs|instance|site)\s+(?:is|are|sits?)\s+"
    r"(?:doesn't|does not|don't|do not)\s+matter"
    r")(?:\s+(?:for this|for that|for it|here|at all|then|either))*\W*$"
)


class FollowUpDecision:
    """The follow-up stage of `ScopeDecision` (a mixin: it uses the component's
    `component_config`, `_decide` and `_covered_statement`)."""

    component_config: Dict[Text, Any]

    def _decide_in_conversation(
        self,
        intent: Text,
        ranking: List[Dict[Text, Any]],
        text: Text,
        states_facts: bool = False,
        topic: Optional[Text] = None,
        reads_a_fact: Optional[bool] = None,
        facts_topic: Optional[Text] = None,
    ) -> Dict[Text, Any]:
        """The intent (name, confidence, ranking) to keep for this message; pure, for tests.
        `states_facts`: the message has a fact entity (where the site is hosted, ...).
        `topic`: the FAQ question the conversation is on, if any (a follow-up is read with it),
        as the `topic` slot holds it ("cdn") or as the intent asking it ("ask_cdn").
        `reads_a_fact`: a fact entity reads as a value (not a plan, nor another's place); as
        `states_facts` when not given. `facts_topic`: the conversation's question for a follow-up
        that tells facts only, also after a message that was not understood (as `topic` when not
        given).
        A message that asks two things, one the FAQ answers and one it does not, gets the FAQ
        question with `uncovered`: the subjects of the other part, to be said to be not covered."""
        config = self.component_config
        topic, facts_topic = as_intent(topic), as_intent(facts_topic)
        if (
            topic in config["faq_intents"]
            and _THE_SAME_QUESTION.match(clean(text))
            # (not of another question's thing: "Same question about the SLB: do we need to file
            # it separately?")
            and not any(carries_subject(i, text) for i in THINGS_ASKED_ABOUT if i != topic)
        ):
            # "same question for our sister company, whose licence is from Sichuan": the
            # conversation's question again, of the case told with it
            return (
                {"name": config["not_covered_intent"]}
                if uncovered_subjects(text)
                else {"name": topic, "confidence": 1.0}
            )
        decided = self._decide(intent, ranking, text, states_facts)
        if decided.get("name", intent) == config["handoff_intent"] and requests_a_person(text):
            # a person asked for in so many words, whatever about ("could I talk to a sales rep
            # about buying that temporary server?" after the CDN answer): no follow-up of the
            # answer's
            return decided
        not_covered = config["not_covered_intent"]
        if decided.get("name", intent) in config["faq_intents"]:
            # (the classifier's question may be the backstory's: "the SLB and ECS remain in
            # Shanghai; only the branch is in Hangzhou. Does this alter the province?")
            changed = self._question_of_the_change(text)
            if changed and not uncovered_subjects(text):
                return changed
        named = _with_the_filing_named(
            text, topic in (config["umbrella_intent"], config["hosted_outside_intent"])
        )
        if (
            topic in config["faq_intents"]
            and named
            # (or taken for something unrelated: "what happens if we just leave it running
            # without?")
            and decided.get("name", intent)
            in (*_not_an_faq_question(config), config["out_of_scope_intent"])
        ):
            # "Do we need a Chinese entity for it?" after an answer on the filing: who may file,
            # as it reads with the filing named ("what happens if we just dont do it?": without
            # one)
            with_the_filing = self._decide(intent, ranking, named, states_facts)
            if with_the_filing.get("name", intent) in (
                config["how_to_get_intent"],
                config["where_to_file_intent"],
                config["no_filing_intent"],
            ):
                return with_the_filing
        if topic in config["faq_intents"] and _THE_FILING_ALONE.match(clean(text)):
            # "and an icp filing?" after "can a rep office get an ICP commercial license?": the
            # conversation's question, asked of the filing
            return {"name": topic, "confidence": 1.0}
        if (
            topic == config["no_filing_intent"]
            and decided.get("name", intent)
            in (
                config["no_filing_intent"],
                config["umbrella_intent"],
                NLU_FALLBACK,
                *config["statement_intents"],
            )
            and is_question(text)
            and names_hong_kong(text)
            and _NO_FILING_THERE_CHECKED.search(clean(text))
            and not uncovered_subjects(text)
            # (Hong Kong the site's place, the only one: not "can our hong kong company run the
            # shanghai site without an icp?", "a hong kong ecs with our mainland slb")
            and not _HONG_KONG_OF_ANOTHER_THING.search(clean(text))
            # (people there are no place of a site: "visitors from mainland can still open it")
            and not find_words(USERS_PLACE.sub(" ", clean(text)), MAINLAND_PLACES)
            and not any(
                carries_subject(i, text)
                for i in (config["load_balancer_intent"], config["cdn_intent"])
            )
        ):
            # "so hong kong would be fine without any filing?" after the no-filing answer, which
            # advises it: whether a site there needs one is the hosted-outside answer's, with its
            # CDN caveat
            return {"name": config["hosted_outside_intent"], "confidence": 1.0}
        if (
            topic == config["cdn_intent"]
            # (named so, the temporary instance is read by the rules below: "whats the minimum
            # period for that temporary ECS, and does it need to be a specific instance type?")
            and not TEMPORARY_SERVER.search(clean(text))
            and _THE_INSTANCE_REFERRED_TO.search(clean(text))
            and "instance_specs"
            in uncovered_subjects(
                _THE_INSTANCE_REFERRED_TO.sub("the temporary instance", clean(text))
            )
        ):
            # "and which region should that instance be in?" after the CDN answer, which named the
            # temporary ECS: where it must be beyond "in mainland China", which the FAQ does not say
            return {"name": not_covered}
        # (after the CDN answer, "that ECS" is its temporary one: "what's the minimum
        # subscription for that ECS?")
        referred = (
            _THE_INSTANCE_REFERRED_TO.sub("the temporary instance", clean(text))
            if topic == config["cdn_intent"]
            else clean(text)
        )
        if (
            topic
            in (config["cdn_intent"], config["hosted_outside_intent"], config["umbrella_intent"])
            and decided.get("name", intent)
            not in (*config["faq_intents"], *config["small_talk_intents"], config["goodbye_intent"])
            and (
                TEMPORARY_SERVER.search(referred)
                # (or its term asked of by a pronoun: "and whats the minimum subscription on it?")
                or (topic == config["cdn_intent"] and _ITS_TERM_ASKED.search(clean(text)))
            )
            and (is_question(text) or A_QUESTION_AFTER_THE_CASE.search(text.lower()))
            and not uncovered_subjects(referred)
        ):
            if _THE_INSTANCE_ENDED.search(clean(text)):
                # "and after those 3 months can I delete that ECS?": what may be done with it
                # once the filing is through, which the FAQ does not say
                return {"name": not_covered}
            # "for that temporary ecs, is a one month plan enough ..." after an answer that named
            # it: the CDN answer's instance (at least three months)
            return {"name": config["cdn_intent"], "confidence": 1.0}
        if (
            topic == config["cdn_intent"]
            and decided.get("name", intent) not in config["faq_intents"]
            and asks_a_billing_method_of_it(text)
        ):
            # "and pay as you go is fine for it i assume?" after the temporary ECS was named: how
            # that instance is billed, which the CDN answer says (a subscription of at least
            # three months)
            return {"name": config["cdn_intent"], "confidence": 1.0}
        if (
            topic == config["cdn_intent"]
            and decided.get("name", intent) not in config["faq_intents"]
            and asks_if_a_mainland_server_is_needed(text)
        ):
            # after the CDN answer, "so we need an ECS in China even though we're on AWS?" asks
            # of its temporary instance: that answer again
            return {"name": topic, "confidence": 1.0}
        if (
            topic == config["how_to_get_intent"]
            # (a presence told, or none: not the site's place, "our servers are in Hangzhou. so
            # what would we need?", which is whether a filing is needed)
            and to_china_presence(text) is not None
            and decided.get("name", intent)
            in (config["umbrella_intent"], *_not_an_faq_question(config))
            and _WHAT_IS_NEEDED.search(last_question(text) or "")
            and not uncovered_subjects(text)
        ):
            # "we don't have anything in China. so what would we need?" after the physical office
            # answer: what a company with that presence needs to file, that answer's point
            return {"name": topic, "confidence": 1.0}
        if (
            (
                topic == config["how_to_get_intent"]
                # (after the province answer, with the office or its certificate named: "and can
                # we get the commercial license too with that certificate?")
                or (
                    topic == config["where_to_file_intent"]
                    and _THE_OFFICE_OR_ITS_CERTIFICATE.search(text.lower())
                )
            )
            and decided.get("name", intent) in _not_an_faq_question(config)
            and asks_if_the_commercial_licence_may_be_had(text)
            # (of the presence: "can it get ...", "could our office ...", not "can a site hosted
            # in HK get ...")
            and _OF_THE_PRESENCE.search(text.lower())
            and not THE_SITE_OR_ITS_SERVER.search(text.lower())
            and not uncovered_subjects(text)
        ):
            # after the physical office answer, "we do have one in Shanghai. can it get the ICP
            # Commercial License too?": who may apply for it, which that answer says
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if (
            topic == config["ip_only_intent"]
            and decided.get("name", intent) not in config["faq_intents"]
            and _THE_KIND_THROUGH_THE_SYSTEM.search(clean(text))
            and not uncovered_subjects(text)
        ):
            # "ok, and can that kind be done through the Alibaba Cloud ICP system?" after the
            # IP-only answer: that answer again (it cannot)
            return {"name": topic, "confidence": 1.0}
        if (
            topic == config["how_to_get_intent"]
            and decided.get("name", intent)
            in (config["out_of_scope_intent"], *_not_an_faq_question(config))
            and _THE_CERTIFICATES_NAME_ASKED.search(clean(text))
            and not uncovered_subjects(text)
        ):
            # "what's the actual name of that certificate again?" after the physical office
            # answer, which names it: that answer again
            return {"name": topic, "confidence": 1.0}
        if (
            topic == config["load_balancer_intent"]
            and decided.get("name", intent) in _not_an_faq_question(config)
            and asks_how_to_file(text)
            and not uncovered_subjects(text)
        ):
            # "ok so how do we file then?" after the load balancer answer: its steps again
            return {"name": topic, "confidence": 1.0}
        if (
            topic == config["load_balancer_intent"]
            and decided.get("name", intent) in _not_an_faq_question(config)
            and _THE_DNS_ASKED.search(clean(text))
            and not uncovered_subjects(text)
        ):
            # "after approve, what we must change in DNS?" after the load balancer answer: its
            # second step (point the DNS record at the load balancer's IP once approved)
            return {"name": topic, "confidence": 1.0}
        if (
            topic
            and topic not in (config["ip_only_intent"], config["load_balancer_intent"])
            and decided.get("name", intent)
            in (config["how_to_get_intent"], *_not_an_faq_question(config))
            and (asks_how_to_file(text) or asks_how_to_get_a_filing(text))
            and not uncovered_subjects(text)
        ):
            # How to file, asked in a conversation on the filing ("so how do we apply then?"):
            # for a site hosted outside, after the CDN or hosted-outside answer, the CDN's way
            # ("they don't have a single server in china. how would they even file", its
            # temporary ECS); else how an enterprise outside mainland China applies, as the
            # question with its object is read ("how do we apply for the icp then?").
            if (
                topic in (config["cdn_intent"], config["hosted_outside_intent"])
                and asks_how_to_file(text)
                and THE_SITE_OR_ITS_SERVER.search(text.lower())
                and to_hosting_location(text) in (OUTSIDE_MAINLAND, HONG_KONG)
            ):
                # (servers named: not "we have nothing in china. can we even file then?", the
                # company's presence; and with no mainland CDN told, the hosted-outside answer
                # again: "our site is in Singapore and we have no CDN. so how do we apply?")
                if to_cdn_coverage(text) in (NO_CDN, INTERNATIONAL_ONLY):
                    return {"name": config["hosted_outside_intent"], "confidence": 1.0}
                return {"name": config["cdn_intent"], "confidence": 1.0}
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if (
            topic
            in (
                config["where_to_file_intent"],
                config["how_to_get_intent"],
                config["ip_only_intent"],
            )
            and decided.get("name", intent)
            in (topic, config["how_to_get_intent"], *_not_an_faq_question(config))
            and asks_only_of_a_division(text)
            and not uncovered_subjects(text)
        ):
            # after the province answer, "Our Xiamen branch's licence - that's Fujian, right? So
            # Fujian?" checks where to file: that answer, with what it tells (and after the
            # physical office answer for a branch in Chengdu, "so sichuan it is?")
            return {"name": config["where_to_file_intent"], "confidence": 1.0}
        if (
            topic == config["where_to_file_intent"]
            and decided.get("name", intent) in (topic, *_not_an_faq_question(config))
            and _THE_SERVERS_PLACE_WEIGHED.search(clean(text))
            and not uncovered_subjects(text)
        ):
            # "and the server region doesn't matter for this at all?" after the province answer:
            # that answer again (the province is the business license's)
            return {"name": topic, "confidence": 1.0}
        if (
            topic in (config["how_to_get_intent"], config["where_to_file_intent"])
            # (in the question asked, not its backstory: "An ECS in China is out of the question
            # for us. Is Tokyo hosting fine?")
            and (
                rules_out_what_was_said(last_question(text) or text)
                # (or said last: "a permanent office first? that's simply not feasible for us")
                or rules_out_what_was_said(re.split(r"(?<=[.?!])\s+", text.strip())[-1])
                # (or said, then what to do asked: "that sounds like way too much paperwork for
                # us. what else can we do?")
                or (says_it_is_too_much(text) and asks_what_to_do_now(last_question(text) or ""))
            )
            and not uncovered_subjects(text)
        ):
            # after the physical office (or province) answer, "and if that's just not realistic
            # for us?" says the documents it asks for cannot be had: the no-filing question
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        if (
            topic
            and decided.get("name", intent) not in config["faq_intents"]
            and _the_filing_out_of_reach_by_a_pronoun(text)
            and not uncovered_subjects(text)
        ):
            # "and if we can't finish it for some reason?" in a conversation on the filing: "it"
            # is the filing, out of reach: the no-filing question
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        if (
            topic == config["no_filing_intent"]
            and decided.get("name", intent) not in config["faq_intents"]
            and (
                asks_what_to_do_now(asked_part(clean(text)))
                # (or the answer's own way out, checked: "so basically move the box to HK?")
                or (
                    is_question(text)
                    and names_hong_kong(text)
                    and _AS_WHERE_TO_HOST.search(clean(text))
                    and not _PAPERS_NAMED.search(clean(text))
                )
                # (or where to host instead, asked: "ok which region would you suggest then?";
                # not where to register a company or host mail)
                or (
                    _WHERE_TO_HOST_INSTEAD.search(clean(text))
                    and not _NOT_THE_SITES_HOST.search(clean(text))
                )
            )
            and not uncovered_subjects(text)
        ):
            # after the no-filing answer, "and what would you advise that startup to do
            # instead?" asks for the FAQ's way out again: that answer
            return {"name": topic, "confidence": 1.0}
        if (
            topic
            and decided.get("name", intent) in (NLU_FALLBACK, *config["statement_intents"])
            and asks_who_may_file(text)
            and carries_subject(config["how_to_get_intent"], f"{text} {THE_CONVERSATIONS_FILING}")
            and not uncovered_subjects(text)
        ):
            # who may file, asked of the presence just told ("We have no entity at all in the
            # PRC. Kindly confirm our eligibility."): the filing is the conversation's
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if (
            topic == config["no_filing_intent"]
            and decided.get("name", intent)
            in (
                NLU_FALLBACK,
                config["no_filing_intent"],
                config["umbrella_intent"],
                *config["statement_intents"],
            )
            and is_question(text)
            and FINISHED_AS_A_CASE.search(clean(text))
            # (of where the site stays hosted: not "... can we change the domain later?")
            and (to_hosting_location(text) is not None or _STAYS.search(clean(text)))
            and not filing_out_of_reach(text)
            and not uncovered_subjects(text)
        ):
            # "and if we DO manage to finish the filing, we can stay on mainland ECS?" after the
            # no-filing answer: the case of a filing done, whether one is needed where the site
            # is hosted (the umbrella answer, from the facts)
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        if (
            topic
            in (config["umbrella_intent"], config["cdn_intent"], config["hosted_outside_intent"])
            and decided.get("name", intent) in (NLU_FALLBACK, *config["statement_intents"])
            and not is_question(text)
            and _AN_OBJECTION.search(clean(text))
            and to_china_presence(text) is not None
            # (the presence as what is told, not as a source or beside the documents, the CDN or
            # thanks: "though our branch said the CDN is slow", "but our office can't get the
            # documents in time", "..., that's a dealbreaker, thanks anyway")
            and not _TOLD_BY_OR_BESIDE.search(clean(text))
            and not lacks_documents(text)
            and not filing_out_of_reach(text)
            and to_hosting_location(text) is None
            and not uncovered_subjects(text)
        ):
            # "we have no office or entity in the mainland though", after an answer whether a
            # filing is needed (of whichever of its questions): who may file, objected with the
            # presence told (the physical office answer, from it)
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if (
            topic in config["faq_intents"]
            and topic not in config["umbrella_covers"]
            and decided.get("name", intent) == config["umbrella_intent"]
            and (states_facts if reads_a_fact is None else reads_a_fact)
            and not is_question(text)
            and not asking_parts(text)
            and not asks_if_it_needs_a_filing(text)
            and not uncovered_subjects(text)
        ):
            # facts told and nothing asked, after an answer the umbrella one does not give ("our
            # site runs on a qingdao ecs today and we gave up on the filing" after the no-filing
            # answer): that question again, with them (read alone, the umbrella question)
            return {"name": config["statement_intents"][0]}
        continued = (topic or facts_topic) and self._continues_the_question(
            decided.get("name", intent),
            intent,
            ranking,
            text,
            states_facts if reads_a_fact is None else reads_a_fact,
        )
        if continued:
            return continued
        if decided.get("name", intent) == not_covered:
            return (
                self._covered_part(ranking, text, states_facts)
                or self._covered_statement(text)
                # ("Where must the application be lodged in that case?" after the IP-only answer:
                # the conversation's filing, where to file it; not an unrelated question made
                # not covered by its place, "best pizza place in Singapore?")
                or (
                    topic
                    and intent == not_covered
                    # (only where the rules, the filing read in, and the classifier agree: "btw how
                    # do I purge the CDN cache?" names the CDN, but asks nothing of its filing)
                    and self._follow_up(intent, ranking, text, states_facts, topic, agreed=True)
                )
                or self._filing_part_of_blocking(text)
                or decided
            )
        if (
            topic
            and decided.get("name", intent) == config["out_of_scope_intent"]
            # ("ok so how do we cancel the old one": the conversation's filing)
            and uncovered_subjects(in_the_conversation_on_the_filing(text))
        ):
            # in a conversation on the filing, "ok and how many weeks does the review usually
            # take?" is the filing's: not covered, a person can help (not "I only answer ICP
            # questions")
            return {"name": not_covered}
        offered = [r.get("name") for r in decided.get("ranking") or []]
        if topic and decided.get("name") == NLU_FALLBACK and offered in ([], [topic]):
            # (unsure of the conversation's own question alone: "so we'd file all of it in Hebei
            # then?" after the province answer continues it, no "Did you mean")
            followed = self._follow_up(intent, ranking, text, states_facts, topic)
            if followed:
                return followed
            with_filing = self._decide(
                intent, ranking, f"{text} {THE_CONVERSATIONS_FILING}", states_facts
            )
            if (
                [r.get("name") for r in with_filing.get("ranking") or []]
                == [config["umbrella_intent"]]
                and topic in config["umbrella_covers"]
                and states_facts
                and continues_with_facts(text)
                and not uncovered_subjects(text)
            ):
                # a case put, of anyone's site, whose only question is whether a filing is needed
                # ("and websites on servers inside mainland?" after the hosted-outside answer):
                # the umbrella answer
                return {"name": config["umbrella_intent"], "confidence": 1.0}
            if (
                with_filing.get("name") == config["umbrella_intent"]
                and states_facts
                and asks_if_it_needs_a_filing(f"{text} {THE_CONVERSATIONS_FILING}")
                and not uncovered_subjects(text)
            ):
                # whether the conversation's filing is needed, asked of the facts the message
                # tells ("ok we'll go hk then. anything to file for hk?" after the no-filing
                # answer): the umbrella answer, for them
                return {"name": config["umbrella_intent"], "confidence": 1.0}
        return decided

    def _continues_the_question(
        self,
        decided: Text,
        intent: Text,
        ranking: List[Dict[Text, Any]],
        text: Text,
        states_facts: bool,
    ) -> Dict[Text, Any]:
        """In a conversation on an FAQ question, a message that tells facts and only that, puts a
        case instead of the one told, or asks whether what it tells changes the answer
        (`continues_with_facts`), naming nothing the FAQ leaves out: its facts, the question at
        hand to be answered again with them. Read alone, it names no filing and was taken for
        something the FAQ does not cover ("Correction: we also run a database replica on ECS in
        Shanghai. Does that alter the requirement?") or for nothing understood ("same if we moved
        everything to HK?"). A case put where the filing cannot be done ("and if we can't file,
        what then?") is the no-filing question, and one whose FAQ question the rules and the
        classifier agree on (other than the umbrella question) that question ("what if the site
        only resolves by IP for now?"). Empty when it is not one: a question of its own, and an
        FAQ question found, stay as decided."""
        config = self.component_config
        if asks_for_the_outcome(text):
            return {"name": config["statement_intents"][0]}  # "so yes or no?": the answer again
        after = A_QUESTION_AFTER_THE_CASE.search(text.lower())
        carried = [
            i
            for i in (config["how_to_get_intent"], config["where_to_file_intent"])
            if after and carries_subject(i, text[after.end() :])
        ]
        if (
            len(carried) == 1
            and A_CASE_PUT.search(clean(text))
            and not asks_if_it_changes_the_answer(text)
            and not uncovered_subjects(text)
            # (not whether one is needed: "if we put the ecs in beijing, does our branch still
            # need to file anything?")
            and not asks_if_it_needs_a_filing(text[after.end() :] + " (ICP Filing)")
        ):
            # "If later we add an ECS in mainland China for the site, could the Chongqing branch do
            # the filing?": the question after the case is who may file (or where), its own
            return {"name": carried[0], "confidence": 1.0}
        if (doubts_the_answer(text) or asks_only_what_now(text)) and not uncovered_subjects(text):
            # "are you sure? the site is not in mainland at all", "why?", "so what do i do now?":
            # the answer again, from the facts it rests on (which it restates) and any the doubt
            # tells; its next step is in it
            return {"name": config["statement_intents"][0]}
        if not (
            # (what no answer rests on is told to ask whether it matters, "our HQ is in Dublin,
            # does that change anything?": the answer again, from the facts it rests on)
            (states_facts or tells_what_does_not_change_the_facts(text))
            and decided
            in (
                NLU_FALLBACK,
                config["not_covered_intent"],
                config["out_of_scope_intent"],
                *config["statement_intents"],
                # a correction after "Did this answer your question?": "no wait, Qingdao"
                *config["yes_no_intents"],
                *config["feedback_intents"],
            )
            and continues_with_facts(text)
            and not uncovered_subjects(text)
        ):
            return {}
        # The facts that make one FAQ question's own case: a site reached only by IP ("suppose we
        # only expose the SLB IP, no domain"), whose missing domain name is the IP-only answer's,
        # and a filing that cannot be done, in the filing's own words (not a bare "no": "no
        # wait, Qingdao")
        if to_access_method(text) == IP_ONLY:
            return {"name": config["ip_only_intent"], "confidence": 1.0}
        if asks_whose_papers(text):
            # "and can we use the WFOE's papers, or must it be the parent's?" after the province
            # answer: which registration documents count, the physical office answer's (also
            # when some are not ready: "if the rep office paper is not ready, we may use the head
            # office documents meanwhile?")
            return {"name": config["how_to_get_intent"], "confidence": 1.0}
        if filing_out_of_reach(text) or lacks_documents(clean(text)):
            return {"name": config["no_filing_intent"], "confidence": 1.0}
        changed = self._question_of_the_change(text)
        if changed:
            return changed
        # (not when it asks whether the answer changes: "we do have a small ban shi chu in
        # Beijing, does that change anything?" after the hosted-outside answer asks for that
        # answer, not the physical office one)
        agreed = (
            {}
            if asks_if_it_changes_the_answer(text)
            else self._follow_up(intent, ranking, text, states_facts)
        )
        if agreed and agreed["name"] != config["umbrella_intent"]:
            return agreed
        return {"name": config["statement_intents"][0]}

    def _question_of_the_change(self, text: Text) -> Dict[Text, Any]:
        """Whether what is told changes one FAQ question's thing, asked: that question ("the
        SLB and ECS remain in Shanghai; only the branch is in Hangzhou. Does this alter the
        province?", "does that change the SLB step?"); empty otherwise."""
        config = self.component_config
        changed = what_a_change_is_asked_of(text)
        # (the thing's own words: the filing is the conversation's)
        named = [
            i
            for i in config["faq_intents"]
            if i != config["umbrella_intent"]
            and i in TOPIC_SUBJECTS
            and changed
            and TOPIC_SUBJECTS[i].search(changed)
        ]
        if re.search(r"\bprovinces?\b", changed):
            named = [config["where_to_file_intent"]]
        return {"name": named[0], "confidence": 1.0} if len(named) == 1 else {}

    def _follow_up(
        self,
        intent: Text,
        ranking: List[Dict[Text, Any]],
        text: Text,
        states_facts: bool,
        topic: Optional[Text] = None,
        agreed: bool = False,
    ) -> Dict[Text, Any]:
        """A message about no FAQ question when read alone, in a conversation on one, read as
        being about the filing the conversation is on ("Understood. In which province would the
        application be submitted?" names no filing: the conversation's is meant): the FAQ
        question it then asks, when the classifier finds it likeliest too; else empty. Given the
        conversation's question (`topic`), a decision that keeps the classifier's question, or
        offers only the conversation's, counts too (for a case put or a change asked about it
        is not given: there the rules' own question alone is taken). `agreed`: only a question
        the rules decide and the classifier finds likeliest."""
        config = self.component_config
        if uncovered_subjects(text):
            return {}
        decided = self._decide(intent, ranking, f"{text} {THE_CONVERSATIONS_FILING}", states_facts)
        faq = [r for r in ranking if r.get("name") in config["faq_intents"]]
        likeliest = max(faq, key=lambda r: r.get("confidence") or 0.0) if faq else {}
        # (only the question both the rules and the classifier find: "and after approval, we
        # just switch dns to the SLB ip?" is the load balancer's, not IP-only access)
        # (with a topic, an empty decision keeps the classifier's question: "and could our Tokyo
        # parent's company registration be used instead?", the physical office question's once
        # the filing is read in)
        # (... or one naming the classifier's question's own thing: "and the London web: if we
        # later add a CDN that covers China?" is the CDN question)
        subject = THINGS_ASKED_ABOUT.get(intent)
        names_its_thing = bool(subject and subject.search(clean(text)))
        name = decided.get("name", intent if topic or names_its_thing else None)
        if name in config["faq_intents"] and name == likeliest.get("name"):
            if agreed and not decided:
                return {}
            return decided or {"name": name, "confidence": likeliest.get("confidence")}
        if agreed:
            return {}
        # ... or where to file, or whose papers the filing may use, asked in so many words,
        # whatever the classifier leans to ("and it goes to Sichuan even though the servers are
        # in Hangzhou?": the filing is "it"; "and the German HQ's papers, would those work too?")
        with_filing = f"{text} {THE_CONVERSATIONS_FILING}"
        if (
            decided.get("name") == config["where_to_file_intent"]
            and asks_where_to_file(with_filing)
        ) or (decided.get("name") == config["how_to_get_intent"] and asks_whose_papers(text)):
            return decided
        # ... or the conversation's own question, the one the rules offer and the classifier's
        # likeliest ("once the branch exists, can we just use its registration docs?" after the
        # physical office answer)
        offered = [r.get("name") for r in decided.get("ranking") or []]
        if topic and offered == [topic] == [likeliest.get("name")]:
            return {"name": topic, "confidence": likeliest.get("confidence")}
        # ... or the conversation's own question, the only one whose subject it names, whatever
        # the classifier leans to ("and we can use the branch's papers, not the parent's?" after
        # the physical office answer)
        carried = [
            i
            for i in config["faq_intents"]
            if i != config["umbrella_intent"] and carries_subject(i, with_filing)
        ]
        if topic and topic != config["umbrella_intent"] and carried == [topic]:
            return {"name": topic, "confidence": likeliest.get("confidence") or 0.0}
        return {}

    def _filing_part_of_blocking(self, text: Text) -> Dict[Text, Any]:
        """Blocking asked of a site hosted outside mainland China: the hosted-outside question,
        the blocking to be said to be not covered; empty otherwise."""
        if not asks_if_blocked_when_hosted_outside(text):
            return {}
        return {
            "name": self.component_config["hosted_outside_intent"],
            "confidence": 1.0,
            "uncovered": ["blocking"],
        }

    def _covered_part(
        self, ranking: List[Dict[Text, Any]], text: Text, states_facts: bool
    ) -> Dict[Text, Any]:
        """The FAQ question one of the message's questions asks on its own, when another of them
        is about subjects the FAQ does not cover ("Do we need ICP for our Hong Kong site? And how
        much does the filing cost?"); empty when there is none. (One question whose subject the
        FAQ leaves out stays not covered, conditions and all: "will our checkout time out in
        Beijing?"; blocking asked of a site hosted abroad is _filing_part_of_blocking's.)"""
        parts = asking_parts(text)
        # (or claims joined and checked together, each asked to be checked: "i read SLB needs its
        # own separate filing and that it costs extra per ip, is that right?")
        claims = claims_checked(text) if len(parts) <= 1 else []
        parts = claims or parts
        context = backstory(text)
        if context and TEMPORARY_SERVER.search(clean(context)):
            # (the temporary instance the backstory names, referred back to: "The sales rep said
            # we need a temporary ECS in China. How long must that ECS be subscribed, and ...?")
            parts = [
                _THE_INSTANCE_REFERRED_TO.sub("the temporary instance", clean(part))
                for part in parts
            ]
        found_in = [uncovered_subjects(part) for part in parts]
        # (another part's subjects count when it is a question of its own: "In FTZ or outside
        # FTZ?" narrows the question before it, which is then not covered as a whole)
        subjects = [
            found if claims or asks_on_its_own(part) else [] for part, found in zip(parts, found_in)
        ]
        # The classifier read the whole message, so "not covered" took most of its confidence:
        # among the FAQ questions, its ranking still says which this part is likeliest to ask.
        faq = [r for r in ranking if r.get("name") in self.component_config["faq_intents"]]
        total = sum(r.get("confidence") or 0.0 for r in faq)
        faq = [{**r, "confidence": (r.get("confidence") or 0.0) / total} for r in faq if total]
        # (a subject the whole message reads that neither a part nor the backstory does is the
        # whole reading's, lifted where it stands: "How long must that ECS be subscribed, and can
        # we delete it after approval?" reads "how long" as the approval's time only whole)
        everything = set(uncovered_subjects(text)) & (
            set(uncovered_subjects(context) if context else [])
            | {s for found in found_in for s in found}
        )
        for number, part in enumerate(parts):
            others = [s for n, found in enumerate(subjects) if n != number for s in found]
            # every uncovered subject must be another question's: one only in the background
            # ("our internal tool ...") may be what this question is about
            if (
                found_in[number]
                or not others
                or not everything <= set(others)
                # "Can individuals file? If so, how do we apply?": asked of the question before
                # it (one referring to the facts before it is fine: "servers in SG. Need ICP
                # for it? And what are the fees?")
                or (refers_back(part) and any(subjects[:number]))
                # "what is PSB filing and do we need it on top of the ICP?": "it" is the PSB's
                or (_STANDS_FOR_WHAT_CAME_BEFORE.search(part) and any(subjects[:number]))
                or (_asked_again_of_another(part) and any(subjects[:number]))
            ):
                continue
            # (with the sentences that ask nothing, which it may refer back to: "We can't get
            # the documents for the filing. What happens if we run the site without one, and
            # can we be fined?")
            # (or naming the filing they are the facts of: "Our SLB fronts 4 ECS in Beijing.
            # What do we need to do for the filing, and how long does ...?")
            decided = self._part_question(faq, part, states_facts) or (
                context
                and (REFERS_TO_SOMETHING.search(part) or names_the_filing(part))
                and self._part_question(faq, f"{context} {part}", states_facts)
            )
            if decided:
                return {**decided, "uncovered": list(dict.fromkeys(others))}
        return {}

    def _part_question(
        self, faq_ranking: List[Dict[Text, Any]], part: Text, states_facts: bool
    ) -> Dict[Text, Any]:
        """The FAQ question `part` surely asks (see _asks_it); whether a filing is needed when it
        asks that and carries only subjects the umbrella question answers too."""
        config = self.component_config
        decided = self._decide(NLU_FALLBACK, faq_ranking, part, states_facts)
        if self._asks_it(decided.get("name"), part, faq_ranking):
            return decided
        carried = {i for i in config["faq_intents"] if carries_subject(i, part)}
        if (asks_if_it_needs_a_filing(part) or speaks_of_needing_a_filing(part)) and carried <= set(
            config["umbrella_covers"]
        ):
            return {"name": config["umbrella_intent"], "confidence": 1.0}
        return {}

    def _asks_it(self, intent: Text, part: Text, faq_ranking: List[Dict[Text, Any]]) -> bool:
        """Whether `part`, one question of a longer message, surely asks the FAQ question
        `intent`: by its form (whether a filing is needed, how to get one, where to file), or by
        carrying that question's subject and no other's, with the classifier's ranking of the
        whole message putting it first among the FAQ questions. ("Is record filing difficult?"
        names the filing but asks none of them.)"""
        config = self.component_config
        if intent not in config["faq_intents"]:
            return False
        if intent == config["umbrella_intent"]:
            return asks_if_it_needs_a_filing(part) or speaks_of_needing_a_filing(part)
        if intent == config["how_to_get_intent"] and asks_how_to_get_a_filing(part):
            return True
        if intent == config["where_to_file_intent"] and asks_where_to_file(part):
            return True
        subjects = [
            i
            for i in config["faq_intents"]
            if i != config["umbrella_intent"] and carries_subject(i, part)
        ]
        return subjects == [intent] and bool(faq_ranking) and faq_ranking[0]["name"] == intent
