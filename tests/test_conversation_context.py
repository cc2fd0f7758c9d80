"""The conversation's FAQ question given to the NLU (components/conversation_context.py), and a
follow-up read with it (components/scope_decision.py): wordings are our own."""

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.decision import Fact
from actions.presence_facts import read_presence
from actions.slot_validation import clean_fact
from components import conversation_context
from components.conversation_context import (
    ACCESS_KEY,
    CDN_KEY,
    CONTEXT_AFTER_A_MISS_KEY,
    CONTEXT_KEY,
    FILING_NAMED_BEFORE_KEY,
    with_context,
)
from tests.test_scope import _scope


def _tracker(*events):
    return DialogueStateTracker.from_events("c", list(events))


ANSWERED = (
    UserUttered("do we need ICP?"),
    SlotSet("topic", "need_icp"),
    ActionExecuted("action_answer_icp_question"),
    ActionExecuted("action_listen"),
)


def test_the_conversations_question_reaches_the_parse_and_the_message_is_unchanged():
    message = UserMessage("and which province?", metadata={"page": "/help"})
    parsed = with_context(message, _tracker(*ANSWERED))
    assert parsed.metadata == {"page": "/help", CONTEXT_KEY: "need_icp"}
    assert message.metadata == {"page": "/help"}, "the logged message keeps its own metadata"
    assert parsed.text == message.text and parsed.sender_id == message.sender_id


def test_no_client_can_set_the_conversations_question():
    message = UserMessage("and which province?", metadata={CONTEXT_KEY: "load_balancer"})
    assert CONTEXT_KEY not in with_context(message, _tracker()).metadata
    assert with_context(message, _tracker(*ANSWERED)).metadata[CONTEXT_KEY] == "need_icp"
    assert CONTEXT_KEY not in with_context(message, None).metadata


@pytest.mark.parametrize(
    "reply", ["utter_out_of_scope", "action_did_you_mean", "utter_fact_not_understood"]
)
def test_after_a_message_that_was_not_understood_the_next_is_read_on_its_own(reply):
    # ("it's actually ap-southeast-1" not understood: the facts kept may be stale)
    tracker = _tracker(
        *ANSWERED,
        UserUttered("it's actually ap-southeast-1"),
        ActionExecuted(reply),
        ActionExecuted("action_listen"),
    )
    assert CONTEXT_KEY not in with_context(UserMessage("so, needed?"), tracker).metadata
    # one understood message later, the conversation's question is given again
    tracker.update(UserUttered("we host in Frankfurt"))
    tracker.update(ActionExecuted("action_answer_icp_question"))
    assert with_context(UserMessage("so, needed?"), tracker).metadata[CONTEXT_KEY] == "need_icp"


def test_a_reply_to_a_clarifying_question_is_read_by_the_form_not_as_a_follow_up():
    tracker = _tracker(
        UserUttered("what if we never get a beian?"),
        SlotSet("topic", "no_filing"),
        ActiveLoop("icp_facts_form"),
        ActionExecuted("action_listen"),
    )
    assert CONTEXT_KEY not in with_context(UserMessage("papers are impossible"), tracker).metadata


def test_installed_in_rasa():
    assert MessageProcessor._parse_message_with_graph is (
        conversation_context._parse_message_with_graph
    )
    with pytest.raises(RuntimeError, match="3.7.0"):
        conversation_context.install(rasa_version="3.7.0")


FOLLOW_UPS = [
    # names no filing, but the conversation's is meant
    (
        "Noted. Which province does the application go to? Our branch is registered in Hunan.",
        [{"name": "ask_which_province", "confidence": 0.97}],
        "ask_which_province",
    ),
    (
        "and with Alibaba CDN covering the mainland on top of the HK box?",
        [{"name": "ask_cdn", "confidence": 0.9}],
        "ask_cdn",
    ),
]


@pytest.mark.parametrize("text, ranking, expected", FOLLOW_UPS)
def test_a_follow_up_that_names_no_filing_is_read_as_about_the_conversations(
    text, ranking, expected
):
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}, *ranking]
    alone = _scope().decide("nlu_fallback", ranking, text, states_facts=True)
    assert alone.get("name") == "nlu_fallback" and not alone.get("ranking"), "not alone"
    decided = _scope().decide("nlu_fallback", ranking, text, states_facts=True, topic="need_icp")
    assert decided["name"] == expected


@pytest.mark.parametrize(
    "text, ranking",
    [
        # a question the FAQ does not cover stays so in a conversation too
        (
            "and roughly how many weeks until it's approved?",
            [{"name": "ask_cdn", "confidence": 0.9}],
        ),
        # the rules and the classifier disagree: not answered
        (
            "after that we just repoint the DNS at the SLB address?",
            [{"name": "ask_ip_only", "confidence": 0.9}],
        ),
        # unrelated
        (
            "what's a good pizza place in Singapore?",
            [{"name": "out_of_scope", "confidence": 0.9}],
        ),
    ],
)
def test_a_follow_up_is_not_answered_when_the_conversation_does_not_make_it_an_faq_question(
    text, ranking
):
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}, *ranking]
    decided = _scope().decide("nlu_fallback", ranking, text, states_facts=False, topic="cdn")
    assert decided.get("name") not in {"ask_cdn", "ask_ip_only"}


# Follow-ups that tell facts: corrections, added facts and cases put, in a conversation on an FAQ
# question. Read alone they were "not covered" or not understood.
CONTINUED = [
    # a correction, no question (the classifier unsure)
    ("nlu_fallback", "hold on, I misread it: the instances sit in cn-hongkong after all"),
    # a fact added, taken for a question the FAQ does not cover
    ("ask_unanswerable", "oh, also: a second ECS of ours runs in Chengdu. does that matter?"),
    # a case put instead of the one told
    ("nlu_fallback", "and supposing we shifted the whole stack to Frankfurt?"),
    ("nlu_fallback", "same if our CDN covered the mainland too?"),
    # taken for something unrelated
    ("out_of_scope", "we're on a Seoul box now, by the way. still the same answer?"),
]


@pytest.mark.parametrize("intent, text", CONTINUED)
def test_a_follow_up_that_tells_facts_answers_the_conversations_question_again(intent, text):
    ranking = [{"name": intent, "confidence": 0.8}]
    decided = _scope().decide(intent, ranking, text, states_facts=True, topic="need_icp")
    assert decided["name"] == "inform"
    # read alone, it is no statement of facts (no conversation to continue)
    assert _scope().decide(intent, ranking, text, states_facts=True).get("name") != "inform"


def test_a_case_put_where_the_filing_cannot_be_done_is_the_no_filing_question():
    text = "and if we can't get the filing at all, what then?"
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    decided = _scope().decide("nlu_fallback", ranking, text, states_facts=True, topic="cdn")
    assert decided["name"] == "ask_no_filing"


@pytest.mark.parametrize(
    "intent, text, states_facts",
    [
        # a question of its own, with facts: the FAQ does not cover it
        (
            "ask_unanswerable",
            "our ECS is in Chengdu after all. how long will the review take?",
            True,
        ),
        # a question of its own without its mark: the rules decide it, not as a restatement
        ("nlu_fallback", "then which province for us, we have no company in china", True),
        # no fact told: nothing to answer again with
        ("nlu_fallback", "and what if it changes later?", False),
        # an uncovered subject in a case put
        ("nlu_fallback", "and if we moved to Frankfurt, would it load faster?", True),
    ],
)
def test_a_follow_up_with_a_question_of_its_own_is_not_taken_for_facts(intent, text, states_facts):
    ranking = [{"name": intent, "confidence": 0.8}]
    decided = _scope().decide(intent, ranking, text, states_facts=states_facts, topic="need_icp")
    assert decided.get("name") != "inform"


def _with_entities(text, topic, *entities, ranking=(), cdn=None):
    """`text` taken for nothing understood (the classifier's `ranking` under the fallback), its
    `entities` found, in a conversation on `topic` (told `cdn` of its CDN): the message as the
    scope decision leaves it."""
    message = Message(
        data={
            TEXT: text,
            INTENT: {"name": "nlu_fallback", "confidence": 0.6},
            INTENT_RANKING_KEY: list(ranking),
            ENTITIES: list(entities),
            "metadata": {CONTEXT_KEY: topic, **({CDN_KEY: cdn} if cdn else {})},
        }
    )
    return _scope().process([message])[0]


def _classified(text, intent, entity, metadata):
    """`text` taken for `intent` with one `entity`, its parse `metadata` given."""
    ranking = [{"name": intent, "confidence": 0.9}]
    return Message(
        data={
            TEXT: text,
            INTENT: {"name": intent, "confidence": 0.9},
            INTENT_RANKING_KEY: ranking,
            ENTITIES: [entity],
            "metadata": metadata,
        }
    )


def _entity(text, words, entity="place", value=None):
    """An entity over `words` of `text`, its value `words` unless given ("HK" -> "Hong Kong")."""
    start = text.lower().index(words.lower())
    return {"entity": entity, "value": value or words, "start": start, "end": start + len(words)}


def _place(text, value):
    return _entity(text, value)


@pytest.mark.parametrize(
    "text, place",
    [
        ("hmm, scratch that - it's the Tokyo region, not Shanghai", "Tokyo"),
        ("and to Chengdu?", "Chengdu"),
        ("and if we went with HK, plus the CDN for mainland visitors?", "Hong Kong"),
    ],
)
def test_a_place_a_follow_up_names_alone_is_where_the_site_is_hosted(text, place):
    message = _with_entities(
        text, "need_icp", _place(text, "HK" if place == "Hong Kong" else place)
    )
    told = [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    assert [e["start"] for e in told] == [
        text.lower().index(("hk" if place == "Hong Kong" else place).lower())
    ]
    assert message.get(INTENT)["name"] == "inform"


@pytest.mark.parametrize(
    "text, typed, topic",
    [
        ("alright, HK it is then. no beian needed there?", "HK", "no_filing"),
        ("we'll go with Macau, so nothing to file at all?", "Macau", "need_icp"),
        ("picked Seoul in the end. Anything else to do ICP-wise?", "Seoul", "hosted_outside"),
        # (in a conversation on who may file too: the choice is of where to host)
        ("fine, Macau it is. no ICP needed then?", "Macau", "physical_office"),
    ],
)
def test_a_place_chosen_is_the_sites_beside_a_question_of_its_own(text, typed, topic):
    # (the entity's value is the place's own name, its span the words typed)
    place = _entity(text, typed, value={"HK": "Hong Kong"}.get(typed))
    message = _with_entities(text, topic, place)
    told = [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    assert [e["start"] for e in told] == [text.index(typed)]


@pytest.mark.parametrize(
    "text, value, topic",
    [
        # whose else the place is
        ("and if our customers were mostly in Chengdu?", "Chengdu", "need_icp"),
        ("oh wait, we opened a branch in Hunan in the spring", "Hunan", "need_icp"),
        ("what if we had one in Chengdu?", "Chengdu", "need_icp"),
        # a conversation on who may file: no hosting to correct
        ("and in Chengdu?", "Chengdu", "physical_office"),
        # no conversation
        ("and to Chengdu?", "Chengdu", None),
        # a question of its own
        ("which region is cheapest, Chengdu?", "Chengdu", "need_icp"),
    ],
)
def test_a_place_is_not_taken_for_the_sites_when_the_message_says_whose_it_is(text, value, topic):
    message = _with_entities(text, topic, _place(text, value))
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]


def test_a_follow_up_whose_facts_read_as_none_is_not_answered_again_unchanged():
    # a server the readers do not take for the site's: not answered from the old facts
    text = "correction: there's also a database replica on ECS in Wuhan"
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    decided = _scope().decide(
        "nlu_fallback", ranking, text, states_facts=True, topic="need_icp", reads_a_fact=False
    )
    assert decided.get("name") != "inform"
    # a presence planned is today's facts kept: the answer again
    text = "fyi we intend to open a branch company in Anhui next quarter"
    decided = _scope().decide(
        "nlu_fallback", ranking, text, states_facts=True, topic="which_province", reads_a_fact=False
    )
    assert decided["name"] == "inform"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "to be clear, the servers stay in Wuhan; only the branch is in Anhui. does that alter "
            "the province?",
            "ask_which_province",
        ),
        (
            "we do hold the commercial licence after all - does that change the SLB steps?",
            "ask_load_balancer",
        ),
    ],
)
def test_whether_the_facts_change_one_questions_thing_is_that_question(text, expected):
    # (the classifier taking the backstory's question, or nothing)
    for intent in ("nlu_fallback", "ask_need_icp"):
        ranking = [{"name": intent, "confidence": 0.5}]
        decided = _scope().decide(intent, ranking, text, states_facts=True, topic="need_icp")
        assert decided["name"] == expected


@pytest.mark.parametrize(
    "text, presence, place, expected",
    [
        (
            "oh, and we registered a branch in Anhui in March",
            "registered a branch",
            "Anhui",
            "Anhui",
        ),
        ("our rep office in Xiamen could do it?", "rep office", "Xiamen", "Xiamen"),
        # the place is not the presence's
        ("we set up a branch, and our buyers are in Anhui", "set up a branch", "Anhui", None),
        # a place outside mainland China is no province to file in
        ("we opened a branch in Macau", "opened a branch", "Macau", None),
    ],
)
def test_the_place_of_a_presence_is_where_its_licence_was_issued(text, presence, place, expected):
    message = _with_entities(
        text, None, _entity(text, presence, "china_presence"), _place(text, place)
    )
    licences = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "license_province"]
    assert licences == ([expected] if expected else [])


def test_after_a_miss_only_a_follow_up_that_tells_facts_continues_the_conversation():
    tracker = _tracker(
        *ANSWERED,
        UserUttered("something it did not understand"),
        ActionExecuted("utter_still_not_understood"),
        ActionExecuted("action_listen"),
    )
    metadata = with_context(UserMessage("sorry, it's actually Oslo"), tracker).metadata
    assert metadata == {CONTEXT_AFTER_A_MISS_KEY: "need_icp"}
    # no client can set it either
    sent = UserMessage("hi", metadata={CONTEXT_AFTER_A_MISS_KEY: "cdn"})
    assert CONTEXT_AFTER_A_MISS_KEY not in with_context(sent, _tracker()).metadata
    scope = _scope()
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    told = scope.decide(
        "nlu_fallback", ranking, "sorry, it's Oslo after all", True, facts_topic="need_icp"
    )
    assert told["name"] == "inform"
    # a follow-up that names no filing and tells nothing is not read with the conversation
    ranking = [*ranking, {"name": "ask_which_province", "confidence": 0.9}]
    text = "Noted. Which province does the application go to then?"
    assert scope.decide("nlu_fallback", ranking, text, False, topic="need_icp")["name"] == (
        "ask_which_province"
    )
    assert scope.decide("nlu_fallback", ranking, text, False, facts_topic="need_icp")[
        "name"
    ] not in {"ask_which_province", "inform"}


@pytest.mark.parametrize(
    "intent, text, states_facts",
    [
        # a correction after "Did this answer your question?", taken for its "no"
        ("deny", "no wait - Ningbo, not Osaka", True),
        ("feedback_not_helpful", "nope, the server is in Ningbo", True),
        # where the users are, asked whether it matters: the same answer again
        ("nlu_fallback", "lots of our buyers are in Nanjing and Wuhan. does that matter?", False),
        ("inform", "even though all our shoppers are in china?", False),
    ],
)
def test_more_follow_ups_that_continue_the_conversations_question(intent, text, states_facts):
    ranking = [{"name": intent, "confidence": 0.9}]
    decided = _scope().decide(intent, ranking, text, states_facts, topic="need_icp")
    assert decided["name"] == "inform"
    assert _scope().decide(intent, ranking, text, states_facts).get("name") != "inform"


def test_a_follow_up_taken_for_i_dont_know_is_read_for_the_facts_it_tells():
    # ("dont need" heard as "I don't know"), also after a message that was not understood
    text = "so if we shift it to Macau ECS we dont need one?"
    ranking = [{"name": "dont_know", "confidence": 0.93}]
    for where in ({"topic": "no_filing"}, {"facts_topic": "no_filing"}):
        decided = _scope().decide("dont_know", ranking, text, True, **where)
        assert decided["name"] in ("inform", "ask_no_filing", "ask_need_icp"), where


def test_a_bare_no_is_not_a_filing_that_cannot_be_done():
    ranking = [{"name": "deny", "confidence": 0.9}]
    text = "no wait - Ningbo, not Osaka"
    assert _scope().decide("deny", ranking, text, True, topic="cdn")["name"] != "ask_no_filing"


@pytest.mark.parametrize("topic", ["need_icp", "load_balancer", "cdn"])
def test_a_case_put_of_a_site_reached_only_by_ip_is_the_ip_only_question(topic):
    # (its missing domain name is the IP-only answer's own case, not a filing that cannot be done)
    text = "say we only publish the load balancer's IP, no domain at all"
    ranking = [{"name": "inform", "confidence": 0.9}]
    decided = _scope().decide("inform", ranking, text, True, topic=topic)
    assert decided["name"] == "ask_ip_only"


@pytest.mark.parametrize(
    "intent, text",
    [
        # what no answer rests on, asked whether it matters: the answer again
        ("ask_unanswerable", "our head office sits in Lisbon, does that change anything?"),
        ("nlu_fallback", "the parent company is in Oslo if that matters"),
        ("ask_unanswerable", "we may set up a branch in Wuhan in 2028 - does that matter for now?"),
        ("nlu_fallback", "our shoppers are all in Chengdu, is that a problem?"),
        # a part of the servers moved out: the rest stay where they were
        ("out_of_scope", "two of our four instances relocate to Seoul in June, same steps?"),
        # the outcome asked for again
        ("out_of_scope", "ok so yes or no?"),
        ("deny", "so is it needed or not? just yes or no"),
        # the answer doubted, or its reason asked, with the facts the doubt rests on or none
        # (round 106)
        ("affirm", "are you sure?"),
        ("nlu_fallback", "hmm really??"),
        ("nlu_fallback", "why? the server isnt in china"),
        ("nlu_fallback", "are you sure? the site is not in mainland at all"),
        ("out_of_scope", "you sure its not beijing? our server is in beijing"),
        # a bare "what now?": the answer's next step is in it
        ("ask_capabilities", "so what do i do now?"),
        ("out_of_scope", "ok so what i do now? nothing?"),
    ],
)
def test_a_follow_up_that_tells_nothing_the_answer_rests_on_gets_the_answer_again(intent, text):
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, False, topic="need_icp")["name"] == "inform"
    assert _scope().decide(intent, ranking, text, False).get("name") != "inform"


@pytest.mark.parametrize(
    "text",
    [
        # a presence told is a fact to read, not something that does not matter
        "our branch sits in Wuhan, does that change anything?",
        # ... and so is a server
        "our head office is in Lisbon and the servers are in Wuhan, does that change anything?",
        # ... and a part of the servers moved into mainland China
        "two of our four instances relocate to Wuhan in June, same steps?",
    ],
)
def test_a_fact_not_read_is_not_answered_again_unchanged(text):
    ranking = [{"name": "ask_unanswerable", "confidence": 0.8}]
    decided = _scope().decide(
        "ask_unanswerable", ranking, text, True, topic="need_icp", reads_a_fact=False
    )
    assert decided.get("name") != "inform"


@pytest.mark.parametrize(
    "text",
    [
        # a question of its own after the doubt, or why the filing exists at all
        "are you sure? and what about the SLB?",
        "why do chinese websites need a filing at all?",
        "really? how much does it cost then?",
    ],
)
def test_a_doubt_with_a_question_of_its_own_is_not_the_answer_again(text):
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="cdn")
    assert decided.get("name") != "inform"


def test_the_conversations_question_is_read_from_the_topic_slots_value():
    # the slot holds the decision core's topic ("physical_office"); the scope rules name
    # questions by the intent asking them: both forms are the same question
    text = "and the subsidiary's registration papers would do, not our Danish ones?"
    message = Message(
        data={
            TEXT: text,
            INTENT: {"name": "ask_no_filing", "confidence": 0.6},
            INTENT_RANKING_KEY: [
                {"name": "ask_no_filing", "confidence": 0.6},
                {"name": "ask_physical_office", "confidence": 0.1},
            ],
            ENTITIES: [],
            "metadata": {CONTEXT_KEY: "physical_office"},
        }
    )
    assert _scope().process([message])[0].get(INTENT)["name"] == "ask_physical_office"
    # after the CDN answer, its temporary instance asked about
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    text = "so we need an ECS in China even though our site is on a VPS in Lyon?"
    assert _scope().decide("nlu_fallback", ranking, text, False, "cdn")["name"] == "ask_cdn"


@pytest.mark.parametrize("reply", ["utter_cannot_answer", "utter_cannot_answer_existing_filing"])
def test_after_a_question_the_faq_does_not_cover_the_conversation_goes_on_with_its_own(reply):
    # the question was understood (only not answered by the FAQ): nothing it told was lost
    tracker = _tracker(
        *ANSWERED,
        UserUttered("is there a fine for that?"),
        ActionExecuted(reply),
        ActionExecuted("action_listen"),
    )
    sent = UserMessage("ok so if we host in Macau instead we're fine?")
    assert with_context(sent, tracker).metadata == {CONTEXT_KEY: "need_icp"}


def test_with_no_question_yet_the_parse_hears_whether_the_last_message_named_the_filing():
    asked = _tracker(
        UserUttered("what does beian actually mean?"),
        ActionExecuted("utter_cannot_answer"),
        ActionExecuted("action_listen"),
    )
    sent = UserMessage("and do we need one?", metadata={FILING_NAMED_BEFORE_KEY: False})
    assert with_context(sent, asked).metadata == {FILING_NAMED_BEFORE_KEY: True}
    # not after a message that named none, nor from a client
    other = _tracker(UserUttered("how's the weather in Oslo?"), ActionExecuted("action_listen"))
    assert FILING_NAMED_BEFORE_KEY not in with_context(sent, other).metadata
    assert FILING_NAMED_BEFORE_KEY not in with_context(sent, _tracker()).metadata


@pytest.mark.parametrize(
    "text, place, before, expected",
    [
        # the word standing for the filing named before: whether one is needed
        ("and do we need one? the shop is on ECS Xi'an", "on ECS Xi'an", True, "ask_need_icp"),
        ("we're on Azure Frankfurt, no CDN. we need it, right?", "Frankfurt", True, "ask_need_icp"),
        # nothing named before: not taken for the filing
        ("and do we need one? the shop is on ECS Xi'an", "on ECS Xi'an", False, None),
        # a question of its own, about something the FAQ does not cover
        ("on ECS Xi'an. how much does it cost?", "on ECS Xi'an", True, "ask_unanswerable"),
    ],
)
def test_a_word_standing_for_the_filing_named_before_asks_about_it(text, place, before, expected):
    message = Message(
        data={
            TEXT: text,
            INTENT: {"name": "nlu_fallback", "confidence": 0.6},
            INTENT_RANKING_KEY: [
                {"name": "ask_ip_only", "confidence": 0.5},
                {"name": "out_of_scope", "confidence": 0.4},
                {"name": "ask_need_icp", "confidence": 0.1},
            ],
            ENTITIES: [_entity(text, place, "hosting_location")],
            "metadata": {FILING_NAMED_BEFORE_KEY: True} if before else {},
        }
    )
    decided = _scope().process([message])[0].get(INTENT)["name"]
    if expected:
        assert decided == expected
    else:
        assert decided not in ("ask_need_icp", "ask_hosted_outside")


@pytest.mark.parametrize(
    "parent, expected",
    [
        # the foreign parent's registration: the office's certificate is the licence to file with
        ("registered in Malaysia", ["registered in Malaysia", "Kunming"]),
        # a licence's place in mainland China told: the presence's place is not added
        ("licence from Hubei", ["licence from Hubei"]),
    ],
)
def test_a_presences_place_beside_the_parents_registration_is_the_licences(parent, expected):
    text = f"we're {parent} and have a rep office in Kunming. which province for ICP?"
    licence = _entity(text, parent, "license_province")
    office = _entity(text, "rep office", "china_presence")
    message = _with_entities(text, None, licence, office, _place(text, "Kunming"))
    licences = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "license_province"]
    assert licences == expected


@pytest.mark.parametrize(
    "text, topic, told",
    [
        ("and the same with a branch?", "physical_office", ["a branch"]),
        ("ok, what if we set up our own branch instead?", "which_province", ["our own branch"]),
        # a bank's or the code's branch, or no conversation: no presence
        ("and if the bank branch closes?", "physical_office", []),
        # (one told before, referred to)
        ("and we may use the branch's papers, right?", "physical_office", []),
        ("same with a branch?", None, []),
    ],
)
def test_a_bare_branch_in_a_follow_up_is_a_branch_company(text, topic, told):
    message = _with_entities(text, topic)
    presences = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "china_presence"]
    assert presences == told


@pytest.mark.parametrize(
    "text, place, told",
    [
        # a bare branch registered in a mainland province: the company's branch
        ("Our client is a Dutch firm, branch registered in Hefei. Site on Tokyo ECS.", "Hefei", 1),
        ("the branch is incorporated in Chongqing", "Chongqing", 1),
        # (placed abroad, or only a bank's branch visited: no presence)
        ("branch registered in Singapore, site in Osaka", "Singapore", 0),
        ("we opened an account at the bank's branch in Hefei", "Hefei", 0),
    ],
)
def test_a_bare_branch_registered_in_a_mainland_province_is_a_branch_company(text, place, told):
    message = _with_entities(text, None, _entity(text, place, "license_province"))
    presences = [e for e in message.get(ENTITIES) if e["entity"] == "china_presence"]
    assert len(presences) == told
    if told:
        assert read_presence(presences[0]["value"], text) == "branch_company"


@pytest.mark.parametrize(
    "text, place",
    [
        ("the chengdu box gets decommissioned in march. then?", "chengdu"),
        ("what if we shut down the Nanjing server?", "Nanjing"),
    ],
)
def test_a_server_told_gone_in_a_follow_up_continues_the_question_and_asks_the_place(text, place):
    message = _with_entities(text, "need_icp", _entity(text, place))
    hosting = [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    assert [e["value"] for e in hosting] == [place]
    # (the place reads as no value: the hosting told before is asked again)
    assert clean_fact(Fact.HOSTING_LOCATION, place, text) is None
    assert message.get(INTENT)["name"] == "inform"


def test_whose_registration_papers_may_be_used_is_the_physical_office_question():
    text = "and could we file with the subsidiary's documents, or must it be the parent's papers?"
    ranking = [{"name": "inform", "confidence": 0.9}]
    decided = _scope().decide("inform", ranking, text, True, topic="which_province")
    assert decided.get("name") == "ask_physical_office"


def test_mainland_china_named_for_speed_with_a_cdn_is_no_server_in_a_bare_then_follow_up():
    text = "to load quicker in China we'd add your CDN, only the areas outside mainland. Then?"
    message = _with_entities(text, "hosted_outside", _entity(text, "in China"))
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]


def test_where_the_application_is_lodged_in_a_follow_up_is_where_to_file():
    text = "Where should the application be lodged then?"
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.85},
        {"name": "ask_which_province", "confidence": 0.1},
    ]
    decided = _scope().decide("ask_unanswerable", ranking, text, False, topic="ip_only")
    assert decided.get("name") == "ask_which_province"
    # (alone, the application may be any: not the filing's)
    assert _scope().decide("ask_unanswerable", ranking, text, False).get("name") != (
        "ask_which_province"
    )
    # (nor in a conversation when the classifier leans elsewhere among the FAQ questions)
    other = [
        {"name": "ask_unanswerable", "confidence": 0.85},
        {"name": "ask_cdn", "confidence": 0.1},
    ]
    assert _scope().decide("ask_unanswerable", other, text, False, topic="ip_only").get("name") != (
        "ask_which_province"
    )


def test_a_not_covered_follow_up_naming_the_conversations_subject_stays_not_covered():
    text = "btw how do we flush the CDN cache for one folder"
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.9},
        {"name": "ask_cdn", "confidence": 0.08},
    ]
    decided = _scope().decide("ask_unanswerable", ranking, text, False, topic="cdn")
    assert decided.get("name") != "ask_cdn"


def test_an_area_named_beside_a_cdns_coverage_is_no_server_place():
    text = "sorry, I meant the Global area, not outside mainland China"
    message = _with_entities(
        text,
        "cdn",
        _entity(text, "Global area", "cdn_coverage"),
        _entity(text, "outside mainland China"),
    )
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    # (a place with no CDN named beside it is the site's, in a follow-up that tells facts)
    moved = "sorry, I meant the servers are outside mainland China"
    message = _with_entities(moved, "cdn", _entity(moved, "outside mainland China"))
    assert [e["value"] for e in message.get(ENTITIES) if e["entity"] == "hosting_location"] == [
        "outside mainland China"
    ]


@pytest.mark.parametrize(
    "text, places, hosting",
    [
        # what is left after a server shut down, kept alone
        (
            "we're shutting the nanjing one down next month. after that only Oslo, no cdn",
            ["nanjing", "Oslo"],
            ["nanjing", "Oslo"],
        ),
        # a place forgotten, another kept alone
        ("ok forget wuhan. Lisbon only + a CDN?", ["wuhan", "Lisbon"], ["Lisbon"]),
    ],
)
def test_round_96_places_left_or_kept_alone_in_a_follow_up(text, places, hosting):
    message = _with_entities(text, "need_icp", *[_entity(text, p) for p in places])
    told = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    assert told == hosting
    assert clean_fact(Fact.HOSTING_LOCATION, told, text) == "outside_mainland"


def test_a_place_in_a_follow_up_heard_as_the_hosted_outside_question_is_the_sites():
    text = "and the Lisbon ones, anything needed for those?"
    # (the fallback in its place: the likeliest question heard is still the classifier's)
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_hosted_outside", "confidence": 0.4},
        {"name": "ask_need_icp", "confidence": 0.2},
    ]
    message = _with_entities(text, "physical_office", _entity(text, "Lisbon"), ranking=ranking)
    told = [e["value"] for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    assert told == ["Lisbon"]


def test_a_case_put_naming_the_classifiers_questions_thing_is_that_question():
    text = "and the Oslo shop: if we later switch on a CDN covering China?"
    ranking = [
        {"name": "ask_cdn", "confidence": 0.95},
        {"name": "out_of_scope", "confidence": 0.02},
    ]
    decided = _scope().decide("ask_cdn", ranking, text, True, topic="which_province")
    assert decided.get("name") == "ask_cdn"
    # (one naming no CDN stays the conversation's question, answered again with its facts)
    plain = "and the Oslo shop: if we later move it to Wuhan?"
    ranking = [{"name": "ask_cdn", "confidence": 0.5}, {"name": "out_of_scope", "confidence": 0.2}]
    decided = _scope().decide("ask_cdn", ranking, plain, True, topic="which_province")
    assert decided.get("name") != "ask_cdn"


def test_a_banks_branch_in_a_province_is_no_presence():
    text = "our bank branch located in Wuhan holds the deposit"
    message = _with_entities(text, None, _entity(text, "Wuhan"))
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "china_presence"]


def test_round_98_nodes_by_their_area_after_the_cdn_answer_are_the_cdns():
    from components.facts_told import cdn_nodes_in_a_follow_up

    text = "and if we switch on the mainland POPs too?"
    found = cdn_nodes_in_a_follow_up([], text, "ask_cdn", False)
    assert [(e["entity"], e["value"]) for e in found] == [("cdn_coverage", "mainland POPs")]
    # (not a cluster's nodes, nor after another answer in a conversation with no CDN)
    cluster = "and mainland nodes in our k8s cluster?"
    assert not cdn_nodes_in_a_follow_up([], cluster, "ask_cdn", False)
    assert not cdn_nodes_in_a_follow_up([], "and if we add mainland nodes?", "ask_ip_only", False)
    # ... but after any answer in a conversation that told of a CDN, its nodes
    found = cdn_nodes_in_a_follow_up(
        [], "and if we add China nodes?", "ask_hosted_outside", "international_only"
    )
    assert [e["entity"] for e in found] == ["cdn_coverage"]
    assert not cdn_nodes_in_a_follow_up([], cluster, "ask_hosted_outside", "includes_mainland")
    assert not cdn_nodes_in_a_follow_up(
        [], "and if we add China nodes?", "ask_hosted_outside", "none"
    )
    assert not cdn_nodes_in_a_follow_up([], "and if we add China nodes?", None, "includes_mainland")


@pytest.mark.parametrize(
    "slot, key, value",
    [
        ("cdn_coverage", CDN_KEY, "international_only"),
        ("cdn_coverage", CDN_KEY, "includes_mainland"),
        ("cdn_coverage", CDN_KEY, "none"),
        ("access_method", ACCESS_KEY, "ip_only"),
        ("access_method", ACCESS_KEY, "domain_name"),
    ],
)
def test_what_the_conversation_told_of_a_cdn_or_the_access_reaches_the_parse(slot, key, value):
    tracker = _tracker(*ANSWERED, SlotSet(slot, value))
    assert with_context(UserMessage("and then?"), tracker).metadata[key] == value
    # (no client can say so itself, nor a value no fact has)
    sent = UserMessage("and then?", metadata={key: value})
    assert key not in with_context(sent, _tracker()).metadata
    odd = _tracker(*ANSWERED, SlotSet(slot, "<script>"))
    assert key not in with_context(UserMessage("ok"), odd).metadata


@pytest.mark.parametrize(
    "topic, access, expected",
    [
        # after the IP-only answer, filing through Alibaba Cloud's system is that answer's point
        ("ip_only", None, "ask_ip_only"),
        ("need_icp", "ip_only", "ask_ip_only"),
        # (not after an answer for a site with a domain, nor with no conversation)
        ("need_icp", "domain_name", "nlu_fallback"),
        (None, "ip_only", "nlu_fallback"),
    ],
)
def test_filing_through_alibaba_cloud_after_the_ip_only_answer_is_that_answer(
    topic, access, expected
):
    ranking = [{"name": "ask_physical_office", "confidence": 0.4}]
    text = "so can we do it via your filing system anyway?"
    decided = _scope().decide("nlu_fallback", ranking, text, topic=topic, access=access)
    assert decided["name"] == expected
    # (where to file stays the province answer's, which names or asks for the province)
    where = "where should the application be lodged then?"
    province = [{"name": "ask_which_province", "confidence": 0.9}]
    decided = _scope().decide("ask_which_province", province, where, topic=topic, access=access)
    assert decided["name"] != "ask_ip_only"


@pytest.mark.parametrize(
    "text",
    [
        "hmm and if we placed Alibaba Cloud CDN in front of it for the Beijing crowd?",
        "oh, I forgot: we have a DCDN in front of the shop",
    ],
)
def test_a_cdn_named_after_no_cdn_clears_it_to_be_asked(text):
    message = _with_entities(text, "ask_need_icp", cdn="none")
    told = [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]
    assert told and clean_fact(Fact.CDN_COVERAGE, told[0]["value"], text) is None


@pytest.mark.parametrize(
    "text, cdn",
    [
        # a CDN done without or dropped
        ("so if we get rid of the CDN we're fine?", "none"),
        ("and without any CDN at all?", "none"),
        # ... or one told of already, or a CDN only asked about
        ("we use alibaba cdn, as said", "international_only"),
        ("in what way would a CDN alter the filing for us?", "none"),
    ],
)
def test_a_cdn_named_otherwise_leaves_what_was_told(text, cdn):
    message = _with_entities(text, "ask_need_icp", cdn=cdn)
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]


def test_a_company_registered_only_abroad_has_no_presence_in_mainland_china():
    from components.facts_told import no_presence_of_a_company_registered_only_abroad

    found = no_presence_of_a_company_registered_only_abroad(
        [], "where do we file? our firm is incorporated only in Delaware"
    )
    assert [e["entity"] for e in found] == ["china_presence"]
    assert read_presence(found[0]["value"], "our firm is incorporated only in Delaware") == "none"
    # (registered only in a mainland province, or a presence named beside it: not none)
    assert not no_presence_of_a_company_registered_only_abroad([], "we're registered in Wuhan only")
    # (a domain's registration is no company's)
    assert not no_presence_of_a_company_registered_only_abroad(
        [], "our domain is registered only in the US"
    )
    named = [{"entity": "china_presence", "value": "rep office"}]
    text = "registered only in Delaware, with a rep office in Wuhan"
    assert not no_presence_of_a_company_registered_only_abroad(named, text)


def test_the_licence_named_bare_after_the_load_balancer_answer_is_its_commercial_licence():
    text = "hmm, and if we didn't have the license?"
    message = _with_entities(
        text, "load_balancer", ranking=[{"name": "ask_no_filing", "confidence": 0.6}]
    )
    licences = [e for e in message.get(ENTITIES) if e["entity"] == "commercial_license"]
    assert [clean_fact(Fact.COMMERCIAL_LICENSE, e["value"], text) for e in licences] == ["no"]
    assert message.get(INTENT)["name"] == "inform"  # that answer again, with it
    # (not after another answer, nor the business licence)
    assert not [
        e
        for e in _with_entities(text, "need_icp").get(ENTITIES)
        if e["entity"] == "commercial_license"
    ]
    # (nor a licence inside another word: "media licence")
    media = "we hold a media licence from the regulator"
    assert not [
        e
        for e in _with_entities(media, "load_balancer").get(ENTITIES)
        if e["entity"] == "commercial_license"
    ]
    named = "and if the business license is from Hubei?"
    assert not [
        e
        for e in _with_entities(named, "load_balancer").get(ENTITIES)
        if e["entity"] == "commercial_license"
    ]


def test_the_filing_put_out_of_reach_by_a_pronoun_is_the_no_filing_question():
    ranking = [{"name": "nlu_fallback", "confidence": 0.9}]
    text = "ok, and suppose we cannot complete it at all?"
    assert _scope().decide("nlu_fallback", ranking, text, False, topic="need_icp")["name"] == (
        "ask_no_filing"
    )
    # (not one done in time, nor with no conversation on the filing)
    done = "and if we complete it next week?"
    assert (
        _scope().decide("nlu_fallback", ranking, done, False, topic="need_icp").get("name")
        != "ask_no_filing"
    )
    assert _scope().decide("nlu_fallback", ranking, text, False).get("name") != "ask_no_filing"
    # (nor one done some way: the IP-only answer's point checked)
    way = "so we cannot do it via alibaba then?"
    assert _scope().decide("nlu_fallback", ranking, way, False, topic="ip_only").get("name") != (
        "ask_no_filing"
    )


def test_a_province_checked_after_the_physical_office_answer_asks_where_to_file():
    text = "so Hubei it is?"
    ranking = [{"name": "nlu_fallback", "confidence": 0.9}]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="physical_office")
    assert decided["name"] == "ask_which_province"
    # ... and is no place of the site there (after the umbrella answer it may be one)
    message = _with_entities(text, "physical_office", _place(text, "Hubei"))
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]


def test_a_fact_the_conversations_answer_rests_on_is_that_answer_again():
    # a licence told after the load balancer answer, taken for a question that does not rest on it
    text = "oh and we do hold a commercial ICP licence, in case it's relevant"
    licence = _entity(text, "commercial ICP licence", "commercial_license")
    ranking = [{"name": "ask_need_icp", "confidence": 0.5}]
    told = _with_entities(text, "load_balancer", licence, ranking=ranking)
    assert told.get(INTENT)["name"] == "inform"
    # (not a question whose answer rests on the fact told: a CDN put in after the hosted-outside
    # answer is the CDN question's too)
    cdn_text = "and if we add alibaba cdn covering the mainland?"
    cdn = _entity(cdn_text, "alibaba cdn covering the mainland", "cdn_coverage")
    message = _classified(cdn_text, "ask_cdn", cdn, {CONTEXT_KEY: "hosted_outside"})
    assert _scope().process([message])[0].get(INTENT)["name"] == "ask_cdn"
    # (nor with no conversation)
    alone = _classified(text, "ask_need_icp", licence, {})
    assert _scope().process([alone])[0].get(INTENT)["name"] != "inform"


@pytest.mark.parametrize(
    "text, cdn, topic, coverage",
    [
        # a CDN weighed after "no CDN", its coverage told with it
        (
            "right. we're considering Alibaba CDN so pages load quicker in China",
            "none",
            "hosted_outside",
            "includes_mainland",
        ),
        # ... or not: its coverage is asked
        ("we're looking at Alibaba CDN, any impact?", "none", "hosted_outside", None),
        # the plain "Global" setting chosen after the overseas-only area
        (
            "hmm, what if we switch to the standard Global option?",
            "international_only",
            "hosted_outside",
            "includes_mainland",
        ),
        # China's users wanted too, on the CDN question
        (
            "and suppose next year we want to serve chinese customers as well?",
            "international_only",
            "cdn",
            "includes_mainland",
        ),
        # ... after the hosted-outside answer, with the server the CDN's filing needs asked of
        # (round 103)
        (
            "hm, and if some day we want visitors from china too, must we rent a mainland server "
            "only for the filing?",
            "international_only",
            "hosted_outside",
            "includes_mainland",
        ),
        # the plain "Global" area meant, after the overseas-only one was told
        (
            "oops, we meant plain 'Global', not the one without the mainland",
            "international_only",
            "cdn",
            "includes_mainland",
        ),
        # round 105: ... or switched to, the area's name last, by a team acting
        (
            "and if sales later switches the cdn to plain Global?",
            "international_only",
            "hosted_outside",
            "includes_mainland",
        ),
        # ... and the CDN's own nodes or areas kept abroad
        (
            "what if we leave on just the international cdn nodes",
            "includes_mainland",
            "cdn",
            "international_only",
        ),
        (
            "suppose we only use the overseas acceleration regions then?",
            "includes_mainland",
            "hosted_outside",
            "international_only",
        ),
    ],
)
def test_a_cdns_coverage_told_in_a_follow_up(text, cdn, topic, coverage):
    message = _with_entities(text, topic, cdn=cdn)
    told = [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]
    assert told
    assert clean_fact(Fact.CDN_COVERAGE, told[0]["value"], text) == coverage


@pytest.mark.parametrize(
    "text, cdn, topic",
    [
        ("we are not considering a CDN at all", "none", "hosted_outside"),
        # China's users asked about, not wanted as the CDN's
        ("so people in china can still open the shop then?", "international_only", "cdn"),
        # (not after another answer)
        (
            "and suppose next year we want to serve chinese customers as well?",
            "international_only",
            "physical_office",
        ),
        # ... nor a global CDN of another kind meant, nor the overseas-only area meant by
        # "Global" (review of round 103)
        ("sorry, I meant a global CDN like the big providers offer", "international_only", "cdn"),
        ("we meant Global - the one without the mainland", "international_only", "cdn"),
        ("i meant global, i.e. everywhere except china", "international_only", "cdn"),
        # ... nor China's users wanted beside a move of the site, after the hosted-outside answer
        (
            "if we want users in china, is moving to a bigger ECS enough?",
            "international_only",
            "hosted_outside",
        ),
    ],
)
def test_no_cdn_coverage_told_in_a_follow_up(text, cdn, topic):
    message = _with_entities(text, topic, cdn=cdn)
    told = [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]
    assert not [e for e in told if clean_fact(Fact.CDN_COVERAGE, e["value"], text)]


def test_a_place_a_cdns_area_leaves_out_is_no_place_of_the_site():
    # round 103 (rt89 again): the plain Global area told as a correction, the mainland named only
    # as what the other area leaves out
    text = "hold on, I looked again: the area is actually Global, not the excluding-mainland one"
    message = _with_entities(
        text, "cdn", _entity(text, "mainland", value="mainland China"), cdn="international_only"
    )
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    told = [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]
    assert [clean_fact(Fact.CDN_COVERAGE, e["value"], text) for e in told] == ["includes_mainland"]


def test_where_it_should_be_fast_is_no_place_of_the_site():
    text = "what if we turn on the Global area, only so it loads faster in China"
    message = _with_entities(text, "cdn", _entity(text, "in China"), cdn="international_only")
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]
    # (a server there still is)
    moved = "and if we moved the box to a server in China?"
    message = _with_entities(moved, "hosted_outside", _entity(moved, "in China"))
    assert [e for e in message.get(ENTITIES) if e["entity"] == "hosting_location"]


def test_a_general_case_put_whose_only_question_is_the_filing_gets_the_umbrella_answer():
    # (a place of anyone's sites, which reads as no fact of the user's)
    text = "and sites whose servers sit in Beijing?"
    ranking = [
        {"name": "ask_hosted_outside", "confidence": 0.55},
        {"name": "ask_ip_only", "confidence": 0.2},
        {"name": "ask_need_icp", "confidence": 0.12},
    ]
    decided = _scope().decide(
        "nlu_fallback", ranking, text, True, topic="hosted_outside", reads_a_fact=False
    )
    assert decided["name"] == "ask_need_icp"
    # (not with no conversation, nor a question the FAQ leaves out)
    assert _scope().decide("nlu_fallback", ranking, text, True).get("name") != "ask_need_icp"
    fees = "and sites whose servers sit in Beijing, what are the fees?"
    decided = _scope().decide(
        "nlu_fallback", ranking, fees, True, topic="hosted_outside", reads_a_fact=False
    )
    assert decided.get("name") != "ask_need_icp"


def test_the_temporary_server_named_after_an_answer_is_the_cdn_question():
    # (typed with no question mark)
    text = "about that temporary ECS, would a single month be ok or does it have to run longer"
    ranking = [{"name": "ask_unanswerable", "confidence": 0.4}]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="hosted_outside")
    assert decided["name"] == "ask_cdn"
    # (not what the FAQ leaves out about it)
    price = "about that temporary ECS, what does a month of it cost?"
    assert (
        _scope().decide("nlu_fallback", ranking, price, False, topic="hosted_outside")["name"]
        != "ask_cdn"
    )


def test_a_presence_only_to_be_had_is_no_fact_the_conversations_answer_rests_on():
    text = "so we'd need to open a permanent office first. and if that's not possible for us?"
    ranking = [{"name": "ask_no_filing", "confidence": 0.59}]
    branch = _entity(text, "permanent office", "china_presence")
    told = _with_entities(text, "physical_office", branch, ranking=ranking)
    assert told.get(INTENT)["name"] == "ask_no_filing"


def test_round_101_review_a_question_of_its_own_after_the_case_is_kept():
    text = "and if the CDN covered the mainland, would we need an office there to file?"
    cdn = _entity(text, "CDN covered the mainland", "cdn_coverage")
    message = _classified(text, "ask_physical_office", cdn, {CONTEXT_KEY: "cdn"})
    assert _scope().process([message])[0].get(INTENT)["name"] != "inform"


def test_round_101_review_the_temporary_server_named_in_thanks_is_no_question():
    ranking = [{"name": "thanks", "confidence": 0.9}]
    text = "thanks, we will get the temporary ECS next week"
    assert _scope().decide("thanks", ranking, text, False, topic="cdn").get("name") != "ask_cdn"


def test_china_users_wanted_beside_a_move_abroad_is_no_cdn_coverage():
    # review of round 103: the site's move is asked about, the CDN stays overseas-only
    text = "if we want users in china, is moving to Hong Kong enough, or a box just for the filing?"
    message = _with_entities(
        text, "hosted_outside", _entity(text, "Hong Kong"), cdn="international_only"
    )
    assert not [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]
    # (with only the mainland named, the server asked of is the CDN filing's own)
    text = "if later we want users in china too, do we need a server in china just for the filing?"
    message = _with_entities(
        text, "hosted_outside", _entity(text, "china"), cdn="international_only"
    )
    assert [e for e in message.get(ENTITIES) if e["entity"] == "cdn_coverage"]


@pytest.mark.parametrize(
    "text, topic, expected",
    [
        # a site with no mainland server, after the answer for a mainland-covering CDN: the CDN
        # answer says how (its temporary ECS)
        ("but they have not even one server in china, so how do they apply?", "cdn", "ask_cdn"),
        (
            "we run nothing in the mainland, all in Tokyo. how would we ever file?",
            "hosted_outside",
            "ask_cdn",
        ),
        # with no such fact, how an enterprise outside mainland China applies, as "how do we
        # apply for the ICP then?" is read anywhere
        ("right, so how would we file then?", "cdn", "ask_physical_office"),
        ("ok and how do I register?", "need_icp", "ask_physical_office"),
        # after the load balancer answer, its steps again
        ("ok so how would we file then?", "load_balancer", "ask_load_balancer"),
        # (after the IP-only answer, which says where an IP-only site cannot file, not read so)
        ("ok and how do I register?", "ip_only", None),
        # (nor what the FAQ leaves out of it)
        ("how do we apply then, and what does it cost?", "cdn", "ask_unanswerable"),
    ],
)
def test_how_to_file_asked_in_a_conversation(text, topic, expected):
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic=topic)
    if expected is None:
        assert decided.get("name") not in ("ask_physical_office", "ask_cdn")
    else:
        assert decided.get("name") == expected


def test_round_105_where_the_filing_goes_checked_after_the_ip_only_answer():
    text = "our office's certificate comes from Hunan, so that is where we file?"
    ranking = [{"name": "ask_physical_office", "confidence": 0.7}]
    decided = _scope().decide("ask_physical_office", ranking, text, True, topic="ip_only")
    assert decided["name"] == "ask_which_province"


def test_round_105_the_commercial_licence_asked_of_the_office_after_its_answer():
    text = "there is one in Tianjin - could it obtain the commercial license as well?"
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    decided = _scope().decide("nlu_fallback", ranking, text, True, topic="physical_office")
    assert decided["name"] == "ask_physical_office"
    # (not the load balancer's: who holds it there is that answer's)
    slb = "could the SLB get the commercial license as well?"
    assert (
        _scope().decide("nlu_fallback", ranking, slb, True, topic="physical_office").get("name")
        != "ask_physical_office"
    )


def test_a_cdn_for_another_part_beside_no_cdn_is_a_second_cdn_phrase():
    from components.facts_told import a_cdn_beside_no_cdn

    # round 108: "no cdn" for the website, a CDN covering the mainland for the download domain:
    # the two phrases disagree, and the coverage is asked (the no-CDN answer would be wrong for
    # the domain asked about)
    text = (
        "website stays in singapore with no cdn, but we want alibaba cdn for the app download "
        "domain (dl.example.com) for users in mainland china. need icp for that?"
    )
    start = text.index("no cdn")
    entities = [
        {"entity": "cdn_coverage", "value": "no cdn", "start": start, "end": start + 6},
    ]
    told = a_cdn_beside_no_cdn(entities, text)
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    assert "download domain" in told[0]["value"]
    # (a contrast naming no CDN coverage adds nothing)
    plain = "no cdn, but the server is in beijing"
    assert a_cdn_beside_no_cdn([{**entities[0], "start": 0, "end": 6}], plain) == []


def test_a_site_to_be_reached_only_by_ip_told_in_a_follow_up():
    from components.facts_told import ip_only_in_a_follow_up

    # round 112: "what if we drop the domain and people just use the server's IP?" after the
    # answer for a site with a domain: an access phrase, so the domain told before no longer holds
    text = "what if we drop the domain and people just use the server's IP?"
    told = ip_only_in_a_follow_up([], text, "ask_need_icp")
    assert [e["entity"] for e in told] == ["access_method"]
    # (not outside a conversation, nor an IP only used: "it still loads if you type the IP")
    assert ip_only_in_a_follow_up([], text, None) == []
    assert ip_only_in_a_follow_up([], "it still loads if you type the IP", "ask_need_icp") == []


def test_the_cdns_coverage_said_bare_in_a_follow_up():
    from components.facts_told import cdn_nodes_in_a_follow_up

    # round 113: "if we choose only overseas acceleration, without the mainland, then how?"
    text = "if we choose only overseas acceleration, without the mainland, then how?"
    told = cdn_nodes_in_a_follow_up([], text, "ask_cdn", "includes_mainland")
    assert [e["entity"] for e in told] == ["cdn_coverage"]


def test_an_ip_used_beside_a_domain_is_no_ip_only_case():
    from components.facts_told import ip_only_in_a_follow_up

    for text in (
        "we connect to the server directly via its ip for ssh, visitors use the domain",
        "we only test it by ip, but the real site uses our domain",
    ):
        assert ip_only_in_a_follow_up([], text, "ask_need_icp") == [], text


def test_round_114_the_cdns_area_told_in_a_what_if_chain():
    from components.facts_told import a_cdn_after_no_cdn, cdn_nodes_in_a_follow_up

    # after a CDN covering the mainland: "only for Europe" is its area
    told = cdn_nodes_in_a_follow_up(
        [], "and if we only want the CDN for Europe?", "ask_cdn", "includes_mainland"
    )
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    # (a server's place in another clause is not the CDN's area)
    text = "what if we drop the Beijing ECS and host in the Dubai region, same Middle East CDN?"
    assert cdn_nodes_in_a_follow_up([], text, "ask_cdn", "includes_mainland") == []
    # after "no CDN": a CDN set as a field
    text = "Q2: hosting = Singapore, CDN = Global. Same question."
    told = a_cdn_after_no_cdn([], text, "ask_hosted_outside", "none")
    assert [e["entity"] for e in told] == ["cdn_coverage"]


def test_something_switched_back_on_after_no_cdn_is_the_cdn():
    from actions.hosting_facts import read_hosting
    from components.facts_told import a_cdn_after_no_cdn

    # round 114: "and switched back on for mainland?" after "and with the CDN switched off?"
    text = "ok, and if we turn it back on for users in China?"
    told = a_cdn_after_no_cdn([], text, "ask_hosted_outside", "none")
    assert [(e["entity"], e["value"]) for e in told] == [
        ("cdn_coverage", "turn it back on for users in China")
    ]
    # ... its place the users', no server's
    assert read_hosting("China", text) is None
    # (not with a server named: the server is what is back on; nor with no CDN told before)
    server = "and if the Beijing ECS is switched back on?"
    assert a_cdn_after_no_cdn([], server, "ask_hosted_outside", "none") == []
    assert a_cdn_after_no_cdn([], text, "ask_hosted_outside", None) == []


def test_the_documents_had_in_a_follow_up_make_the_filing_possible():
    from actions.filing_facts import to_can_complete_filing
    from components.facts_told import documents_got_in_a_follow_up

    # round 114: "ok and if the documents do turn up, how do we file with the SLB in place?"
    text = "right, and once we get the papers, how does the CDN part work?"
    told = documents_got_in_a_follow_up([], text, "ask_no_filing")
    assert [e["entity"] for e in told] == ["can_complete_filing"]
    assert to_can_complete_filing(told[0]["value"]) == "yes"
    assert to_can_complete_filing("say the certificates finally arrive next month") == "yes"
    # (not papers that stay out of reach, nor outside a conversation)
    assert to_can_complete_filing("and if we cannot get the papers at all?") == "no"
    assert documents_got_in_a_follow_up([], "if we never get the papers?", "ask_no_filing") == []
    assert documents_got_in_a_follow_up([], text, None) == []


def test_a_cdn_named_after_its_coverage_was_not_known_is_told():
    from actions.cdn_facts import to_cdn_coverage
    from components.facts_told import a_cdn_after_no_cdn

    # round 127: "ok and if we put alibaba cdn in front of it for our mainland users?" after the
    # user did not know the CDN's coverage
    text = "and what if alibaba cdn served our users in china too?"
    told = a_cdn_after_no_cdn([], text, "ask_hosted_outside", "unknown")
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    assert to_cdn_coverage(told[0]["value"]) == "includes_mainland"
    # (a coverage told already stays until the message names a change of it)
    assert a_cdn_after_no_cdn([], text, "ask_hosted_outside", "includes_mainland") == []


def test_a_case_put_in_place_of_the_one_told_keeps_the_conversations_question():
    # a representative office put instead, after the province answer, taken for the physical
    # office question by its name alone: the province question's case (its answer notes what a
    # physical office allows)
    text = "and what if it's our representative office in Xiamen filing instead?"
    office = _entity(text, "representative office", "china_presence")
    message = _classified(text, "ask_physical_office", office, {CONTEXT_KEY: "which_province"})
    assert _scope().process([message])[0].get(INTENT)["name"] == "inform"
    # (not a question of its own about the office: "can a representative office file at all?")
    asked = "and can a representative office file at all, instead?"
    office = _entity(asked, "representative office", "china_presence")
    message = _classified(asked, "ask_physical_office", office, {CONTEXT_KEY: "which_province"})
    assert _scope().process([message])[0].get(INTENT)["name"] == "ask_physical_office"
