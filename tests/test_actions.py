"""The Rasa glue, run the way the action server runs it: a real Tracker, a CollectingDispatcher."""

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswerIcpQuestion, ActionSetTopic
from actions.fallback import ActionDidYouMean, ActionHandoff
from actions.feedback import ActionRecordFeedback
from actions.reference import conversation_reference
from actions.responses import response_text
from actions.slot_validation import ValidateIcpFactsForm, ValidateSlotMappings
from project_paths import ROOT
from tests.conftest import make_tracker

FORM = "icp_facts_form"


def _slot_events(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def _responses(dispatcher):
    return [m["response"] for m in dispatcher.messages]


@pytest.mark.parametrize(
    "topic, slots, asked",
    [
        ("need_icp", {}, ["hosting_location"]),
        ("need_icp", {"hosting_location": "mainland_china"}, ["access_method"]),
        ("need_icp", {"hosting_location": "hong_kong"}, ["cdn_coverage"]),
        ("need_icp", {"hosting_location": "unknown"}, []),
        ("which_province", {"hosting_location": "mainland_china"}, ["license_province"]),
        ("which_province", {"license_province": "Jilin"}, []),
        ("load_balancer", {}, ["commercial_license"]),
        ("no_filing", {}, ["hosting_location"]),
        ("no_filing", {"hosting_location": "mainland_china"}, ["can_complete_filing"]),
        ("no_filing", {"hosting_location": "outside_mainland"}, ["cdn_coverage"]),
        ("physical_office", {"cdn_coverage": "none"}, ["china_presence"]),
        ("cdn", {}, ["cdn_coverage"]),
        ("hosted_outside", {}, ["hosting_location"]),
        ("hosted_outside", {"hosting_location": "hong_kong"}, ["cdn_coverage"]),
        ("ip_only", {}, ["hosting_location"]),
        ("ip_only", {"hosting_location": "mainland_china"}, []),
        ("not-a-topic", {}, ["hosting_location"]),  # a bad topic slot falls back to the umbrella
    ],
)
async def test_the_form_asks_only_what_the_answer_depends_on(
    topic, slots, asked, dispatcher, domain
):
    tracker = make_tracker({"topic": topic, **slots}, active_loop=FORM)
    required = await ValidateIcpFactsForm().required_slots([], dispatcher, tracker, domain)
    assert required == asked


@pytest.mark.parametrize(
    "slot, typed, expected",
    [
        ("hosting_location", "we host in Frankfurt", "outside_mainland"),
        ("hosting_location", "servers are in Hongkong", "hong_kong"),
        ("hosting_location", "Hangzhou region", "mainland_china"),
        ("hosting_location", "outside mainland China", "outside_mainland"),
        ("cdn_coverage", "only the international one", "international_only"),
        ("cdn_coverage", "our CDN covers mainland too", "includes_mainland"),
        ("cdn_coverage", "we don't use a CDN", "none"),
        ("china_presence", "we have a ban shi chu in Beijing", "representative_office"),
        ("china_presence", "a registered branch company in Shenzhen", "branch_company"),
        ("china_presence", "no office in China", "none"),
        ("commercial_license", "yes we hold one", "yes"),
        ("commercial_license", "nope", "no"),
        ("access_method", "only by IP", "ip_only"),
        ("access_method", "we have a domain name", "domain_name"),
        ("can_complete_filing", "no, we cannot provide the documents", "no"),
        ("license_province", "Shanghai", "Shanghai"),
        ("license_province", "our licence was issued in shenzhen", "Guangdong"),
        ("license_province", "Macau", "outside_mainland"),
        ("license_province", "Quebec", "outside_mainland"),
        ("license_province", "not sure", "unknown"),
    ],
)
async def test_typed_replies_become_fact_values(slot, typed, expected, dispatcher, domain):
    tracker = make_tracker(
        {"requested_slot": slot, slot: typed, "topic": "need_icp"},
        active_loop=FORM,
        events=[{"event": "user"}, {"event": "slot", "name": slot, "value": typed}],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)[slot] == expected
    assert dispatcher.messages == []


@pytest.mark.parametrize(
    "slot, bad",
    [
        ("hosting_location", "mars"),
        ("cdn_coverage", "purple"),
        ("license_province", "Atlantis"),
        ("license_province", {"$gt": ""}),
        ("commercial_license", 42),
        ("china_presence", "<script>alert(1)</script>"),
    ],
)
async def test_a_bad_or_injected_reply_is_rejected_and_the_user_told(slot, bad, dispatcher, domain):
    tracker = make_tracker(
        {"requested_slot": slot, slot: bad, "topic": "need_icp"},
        active_loop=FORM,
        events=[{"event": "user"}, {"event": "slot", "name": slot, "value": bad}],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)[slot] is None
    assert _responses(dispatcher) == ["utter_fact_not_understood"]
    assert all(e["event"] == "slot" for e in events), "the form keeps the turn and asks again"


async def test_an_injected_fact_outside_the_form_is_cleared_silently(dispatcher, domain):
    tracker = make_tracker(
        {"hosting_location": "mars", "cdn_coverage": "includes_mainland"},
        events=[
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": "mars"},
            {"event": "slot", "name": "cdn_coverage", "value": "includes_mainland"},
        ],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {"hosting_location": None, "cdn_coverage": "includes_mainland"}
    assert dispatcher.messages == []


async def test_a_correction_during_the_form_is_cleaned_too(dispatcher, domain):
    """Asked about the CDN, the user also corrects where they host."""
    tracker = make_tracker(
        {
            "requested_slot": "cdn_coverage",
            "hosting_location": "hosted in Hong Kong",
            "cdn_coverage": "international only",
            "topic": "need_icp",
        },
        active_loop=FORM,
        events=[
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": "hosted in Hong Kong"},
            {"event": "slot", "name": "cdn_coverage", "value": "international only"},
        ],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {
        "hosting_location": "hong_kong",
        "cdn_coverage": "international_only",
    }


@pytest.mark.parametrize(
    "intent, current, expected",
    [
        ("ask_cdn", None, "cdn"),
        ("ask_which_province", "cdn", "which_province"),
        ("inform", "load_balancer", "load_balancer"),  # a correction keeps the question
        ("inform", None, "need_icp"),  # facts alone: "do I need one?"
    ],
)
async def test_set_topic(intent, current, expected, dispatcher, domain):
    events = await ActionSetTopic().run(
        dispatcher, make_tracker({"topic": current}, intent=intent), domain
    )
    assert _slot_events(events)["topic"] == expected


async def test_facts_the_current_answer_does_not_rest_on_answer_the_umbrella_question(
    dispatcher, domain
):
    # "we'd go with HK hosting then", after the physical office answer for no presence
    slots = {"topic": "physical_office", "china_presence": "none", "hosting_location": "hong_kong"}
    told = [{"event": "user", "text": "we'd go with HK hosting then"}] + [
        {"event": "slot", "name": "hosting_location", "value": "hong_kong"}
    ]
    tracker = make_tracker(slots, events=told)
    assert _slot_events(await ActionSetTopic().run(dispatcher, tracker, domain))["topic"] == (
        "need_icp"
    )
    # a hosting read from the message but found unreadable (set back to None): nothing told
    unread = told[:2] + [{"event": "slot", "name": "hosting_location", "value": None}]
    tracker = make_tracker({**slots, "hosting_location": None}, events=unread)
    assert _slot_events(await ActionSetTopic().run(dispatcher, tracker, domain))["topic"] == (
        "physical_office"
    )
    # the presence told again changes that answer: the question stays
    told = told[:1] + [{"event": "slot", "name": "china_presence", "value": "none"}]
    tracker = make_tracker(slots, events=told)
    assert _slot_events(await ActionSetTopic().run(dispatcher, tracker, domain))["topic"] == (
        "physical_office"
    )


@pytest.mark.parametrize(
    "intent, entities, before, expected",
    [
        # a new question: the part of it the FAQ does not cover, or none
        ("ask_need_icp", [("uncovered_part", "cost")], None, "cost"),
        # several: the note names none of them rather than only the first
        ("ask_need_icp", [("uncovered_part", "time"), ("uncovered_part", "cost")], None, "several"),
        ("ask_need_icp", [("uncovered_part", "time"), ("uncovered_part", "x")], None, "time"),
        ("ask_cdn", [], "cost", None),
        # typed by a user ("/ask_cdn{"uncovered_part": "..."}"): only a known subject is kept
        ("ask_cdn", [("uncovered_part", "anything at all")], None, None),
        # a statement of facts continues the question, and its unanswered part
        ("inform", [], "cost", "unchanged"),
    ],
)
async def test_set_topic_keeps_the_part_of_a_question_the_faq_does_not_cover(
    intent, entities, before, expected, dispatcher, domain
):
    tracker = make_tracker({"topic": "cdn", "uncovered_part": before}, intent=intent)
    tracker.latest_message["entities"] = [{"entity": e, "value": v} for e, v in entities]
    events = _slot_events(await ActionSetTopic().run(dispatcher, tracker, domain))
    if expected == "unchanged":
        assert "uncovered_part" not in events
    else:
        assert events["uncovered_part"] == expected


async def test_an_answer_to_one_part_says_the_other_part_is_not_covered(dispatcher, domain):
    facts = {"topic": "need_icp", "hosting_location": "outside_mainland", "cdn_coverage": "none"}
    tracker = make_tracker({**facts, "uncovered_part": "cost"})
    events = await ActionAnswerIcpQuestion().run(dispatcher, tracker, domain)
    said = _responses(dispatcher)
    # after the answer and its next steps, before the feedback question; said once
    assert said[-2:] == ["utter_part_not_covered", "utter_ask_feedback"]
    assert said.count("utter_part_not_covered") == 1
    assert _slot_events(events)["uncovered_part"] is None
    # a whole question the FAQ covers: nothing more
    dispatcher.messages.clear()
    await ActionAnswerIcpQuestion().run(dispatcher, make_tracker(facts), domain)
    assert "utter_part_not_covered" not in _responses(dispatcher)


async def test_answer_says_outcome_then_source_then_next_steps_then_asks_for_feedback(
    dispatcher, domain
):
    tracker = make_tracker(
        {
            "topic": "hosted_outside",
            "hosting_location": "outside_mainland",
            "cdn_coverage": "includes_mainland",
            "answer_feedback": "helpful",
        }
    )
    events = await ActionAnswerIcpQuestion().run(dispatcher, tracker, domain)
    assert _responses(dispatcher) == [
        "utter_hosted_outside_cdn_covers_mainland",
        "utter_source_hosted_outside",
        "utter_source_cdn",
        "utter_next_steps",
        "utter_ask_feedback",
    ]
    # feedback belongs to one answer, as do the part not covered and a question asked in general
    assert events == [
        SlotSet("answer_feedback", None),
        SlotSet("uncovered_part", None),
        SlotSet("asked_in_general", None),
    ]


ANSWERED = [
    {"event": "action", "name": "action_answer_icp_question"},
    {"event": "action", "name": "action_listen"},
]


@pytest.mark.parametrize(
    "intent, feedback, response",
    [
        ("feedback_helpful", "helpful", "utter_feedback_helpful"),
        ("affirm", "helpful", "utter_feedback_helpful"),
        ("feedback_not_helpful", "not_helpful", "utter_feedback_not_helpful"),
        ("deny", "not_helpful", "utter_feedback_not_helpful"),
    ],
)
async def test_feedback_on_an_answer_is_recorded(intent, feedback, response, dispatcher, domain):
    tracker = make_tracker({"topic": "cdn"}, intent=intent, events=ANSWERED)
    events = await ActionRecordFeedback().run(dispatcher, tracker, domain)
    assert events == [SlotSet("answer_feedback", feedback)]
    assert _responses(dispatcher) == [response]


async def test_feedback_can_be_changed_right_after_it_was_given(dispatcher, domain):
    given = ANSWERED + [
        {"event": "user"},
        {"event": "action", "name": "action_record_feedback"},
        {"event": "action", "name": "action_listen"},
    ]
    tracker = make_tracker({"topic": "cdn"}, intent="feedback_not_helpful", events=given)
    assert await ActionRecordFeedback().run(dispatcher, tracker, domain) == [
        SlotSet("answer_feedback", "not_helpful")
    ]


LATER = ANSWERED + [
    {"event": "user"},
    {"event": "action", "name": "utter_out_of_scope"},
    {"event": "action", "name": "action_listen"},
]


NOT_COVERED_ONLY = [
    {"event": "user"},
    {"event": "action", "name": "action_not_covered"},
    {"event": "action", "name": "action_listen"},
]


@pytest.mark.parametrize(
    "intent, events, text, reply",
    [
        # "that helped" before any answer: nothing to thank for
        ("feedback_helpful", [], "that helped", "utter_how_can_i_help"),
        # ... long after one: thanks, answered as such
        ("feedback_helpful", LATER, "that helped", "utter_youre_welcome"),
        # thanks in so many words after a reply that was no answer: thanks all the same
        ("feedback_helpful", NOT_COVERED_ONLY, "Thx, that clears it up", "utter_youre_welcome"),
        ("feedback_helpful", NOT_COVERED_ONLY, "that clears it up", "utter_how_can_i_help"),
        (
            "feedback_not_helpful",
            [{"event": "action", "name": "action_handoff"}],
            "",
            "utter_how_can_i_help",
        ),
        # long after the answer, about something else
        ("feedback_not_helpful", LATER, "", "utter_how_can_i_help"),
        ("greet", ANSWERED, "hello", "utter_how_can_i_help"),  # not feedback at all
    ],
)
async def test_feedback_with_nothing_to_rate_records_nothing(
    intent, events, text, reply, dispatcher, domain
):
    tracker = make_tracker(intent=intent, events=events, text=text)
    assert await ActionRecordFeedback().run(dispatcher, tracker, domain) == []
    assert _responses(dispatcher) == [reply]


async def test_answer_fills_in_the_province(dispatcher, domain):
    tracker = make_tracker({"topic": "which_province", "license_province": "Liaoning"})
    await ActionAnswerIcpQuestion().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_which_province_named"
    assert dispatcher.messages[0]["license_province"] == "Liaoning"


async def test_answer_with_a_missing_fact_never_guesses(dispatcher, domain):
    tracker = make_tracker({"topic": "cdn", "cdn_coverage": "bogus"})
    await ActionAnswerIcpQuestion().run(dispatcher, tracker, domain)
    assert _responses(dispatcher) == ["utter_default"]


async def test_did_you_mean_offers_the_likeliest_faqs_then_hands_off(dispatcher, domain):
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "ask_cdn", "confidence": 0.3},
        {"name": "greet", "confidence": 0.2},
        {"name": "ask_ip_only", "confidence": 0.1},
    ]
    tracker = make_tracker(intent="nlu_fallback", intent_ranking=ranking)
    await ActionDidYouMean().run(dispatcher, tracker, domain)
    buttons = dispatcher.messages[0]["buttons"]
    titles = domain["responses"]
    assert [b["payload"] for b in buttons] == ["/ask_cdn", "/ask_ip_only", "/request_human"]
    assert buttons[0]["title"] == titles["utter_topic_title_cdn"][0]["text"]

    second = make_tracker(
        intent="nlu_fallback",
        intent_ranking=ranking,
        events=[
            {"event": "action", "name": "action_did_you_mean"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "blah"},
            {"event": "action", "name": "action_extract_slots"},
        ],
    )
    again = type(dispatcher)()
    await ActionDidYouMean().run(again, second, domain)
    assert _responses(again) == ["utter_still_not_understood"]


async def test_handoff_to_a_public_contact_promises_no_look_at_the_conversation(
    dispatcher, domain, monkeypatch
):
    monkeypatch.setenv("ICP_SUPPORT_CONTACT", "icp-help@example.com")
    monkeypatch.delenv("ICP_SUPPORT_SEES_CONVERSATIONS", raising=False)
    await ActionHandoff().run(dispatcher, make_tracker(), domain)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_handoff"
    assert message["support_contact"] == "icp-help@example.com"
    text = response_text(domain, "utter_handoff")
    assert "conversation" not in text and "{conversation_reference}" not in text


async def test_handoff_reference_finds_the_conversation_but_is_not_its_key(
    dispatcher, domain, monkeypatch
):
    monkeypatch.setenv("ICP_SUPPORT_SEES_CONVERSATIONS", "1")
    await ActionHandoff().run(dispatcher, make_tracker(), domain)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_handoff_with_reference"
    reference = message["conversation_reference"]
    assert "test-conversation" not in reference and reference.startswith("ICP-")
    assert reference == conversation_reference("test-conversation")  # stable: the report finds it
    assert conversation_reference("test-conversation-2") != reference


async def test_handoff_has_a_default_contact(dispatcher, domain, monkeypatch):
    monkeypatch.delenv("ICP_SUPPORT_CONTACT", raising=False)
    await ActionHandoff().run(dispatcher, make_tracker(), domain)
    assert dispatcher.messages[0]["support_contact"].startswith("https://")


@pytest.mark.parametrize(
    "slot, entity_text, message, expected",
    [
        # a negation just before the entity's words counts
        (
            "hosting_location",
            "run in mainland China",
            "Our website doesn't run in mainland China.",
            "outside_mainland",
        ),
        ("china_presence", "branch company", "we do not have a registered branch company", "none"),
        (
            "china_presence",
            "rep office",
            "we don't have a branch company, just a rep office",
            "representative_office",
        ),
        # other places in the message do not leak into the entity
        (
            "hosting_location",
            "servers in Hangzhou",
            "we are a casino in Macau with servers in Hangzhou",
            "mainland_china",
        ),
        # yes/no facts are read from the whole message
        (
            "commercial_license",
            "commercial licence",
            "no idea whether we have a commercial licence",
            "unknown",
        ),
        (
            "commercial_license",
            "ICP Commercial License holder",
            "We are not an ICP Commercial License holder",
            "no",
        ),
    ],
)
async def test_an_entity_is_read_with_the_words_around_it(
    slot, entity_text, message, expected, dispatcher, domain
):
    tracker = make_tracker(
        {slot: entity_text},
        text=message,
        events=[{"event": "user"}, {"event": "slot", "name": slot, "value": entity_text}],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)[slot] == expected


async def test_a_reply_that_answers_another_fact_is_not_called_misunderstood(dispatcher, domain):
    """Asked about the CDN, the user says where the servers are: no "didn't catch that"."""
    message = "our servers are in Shanghai"
    tracker = make_tracker(
        {
            "requested_slot": "cdn_coverage",
            "cdn_coverage": message,
            "hosting_location": "servers are in Shanghai",
            "topic": "cdn",
        },
        active_loop=FORM,
        text=message,
        events=[
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": "servers are in Shanghai"},
            {"event": "slot", "name": "cdn_coverage", "value": message},
        ],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {"hosting_location": "mainland_china", "cdn_coverage": None}
    assert dispatcher.messages == []


async def test_another_faq_question_during_the_form_hands_the_turn_back(dispatcher, domain):
    """Asked about the CDN, the user asks which province to file in: the form steps aside."""
    message = "which province should we file in?"
    tracker = make_tracker(
        {"requested_slot": "cdn_coverage", "cdn_coverage": message, "topic": "cdn"},
        intent="ask_which_province",
        active_loop=FORM,
        text=message,
        events=[{"event": "user"}, {"event": "slot", "name": "cdn_coverage", "value": message}],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert events[-1]["event"] == "action_execution_rejected"
    assert dispatcher.messages == []


async def test_a_reply_taken_for_an_faq_question_still_answers_the_question(dispatcher, domain):
    message = "we need it to cover mainland China as well"
    tracker = make_tracker(
        {"requested_slot": "cdn_coverage", "cdn_coverage": message, "topic": "cdn"},
        intent="ask_need_icp",
        active_loop=FORM,
        text=message,
        events=[{"event": "user"}, {"event": "slot", "name": "cdn_coverage", "value": message}],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {"cdn_coverage": "includes_mainland"}


async def test_a_topic_switch_that_also_gives_a_fact_keeps_the_fact(dispatcher, domain):
    message = "which province do we file in? our licence is from Zhejiang"
    tracker = make_tracker(
        {
            "requested_slot": "cdn_coverage",
            "cdn_coverage": message,
            "license_province": "Zhejiang",
            "topic": "cdn",
        },
        intent="ask_which_province",
        active_loop=FORM,
        text=message,
        events=[
            {"event": "user"},
            {"event": "slot", "name": "license_province", "value": "Zhejiang"},
            {"event": "slot", "name": "cdn_coverage", "value": message},
        ],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {"license_province": "Zhejiang", "cdn_coverage": None}
    assert events[-1]["event"] == "action_execution_rejected"


def _uncovered_reply(slot, message, entities=()):
    """The form asked `slot`; the reply was taken for a question the FAQ does not cover."""
    tracker = make_tracker(
        {"requested_slot": slot, slot: message, "topic": "need_icp"},
        intent="ask_unanswerable",
        active_loop=FORM,
        text=message,
        events=[{"event": "user"}, {"event": "slot", "name": slot, "value": message}],
    )
    tracker.latest_message["entities"] = list(entities)
    return tracker


@pytest.mark.parametrize(
    "slot, message, fact, subject",
    [
        (
            "access_method",
            "shop.example.cn - and how much will the filing cost us?",
            "domain_name",
            "cost",
        ),
        (
            "can_complete_filing",
            "we have the papers and the domain; how long is the review?",
            "yes",
            "time",
        ),
        (
            "hosting_location",
            "Frankfurt. What documents does an application need?",
            "outside_mainland",
            "documents",
        ),
        # a question the FAQ does not cover, then one besides: both named together
        (
            "cdn_coverage",
            "no CDN at all. How much does it cost and how long does it take?",
            "none",
            "several",
        ),
    ],
)
async def test_a_reply_with_an_uncovered_question_keeps_its_fact_and_names_the_question(
    slot, message, fact, subject, dispatcher, domain
):
    events = await ValidateIcpFactsForm().get_validation_events(
        dispatcher, _uncovered_reply(slot, message), domain
    )
    assert _slot_events(events) == {slot: fact, "uncovered_part": subject}
    assert dispatcher.messages == [], "the note comes with the answer, not as a complaint"


async def test_a_place_in_the_uncovered_question_is_not_where_the_site_is(dispatcher, domain):
    message = "Frankfurt. And what does a filing for Shanghai cost?"
    places = [
        {"entity": "place", "value": "frankfurt", "start": 0, "end": 9},
        {"entity": "place", "value": "shanghai", "start": 38, "end": 46},
    ]
    assert [message[p["start"] : p["end"]].lower() for p in places] == ["frankfurt", "shanghai"]
    tracker = _uncovered_reply("hosting_location", message, places)
    # (Rasa fills a text slot from the last of several entities)
    tracker.slots["hosting_location"] = "shanghai"
    tracker.events[-1]["value"] = "shanghai"
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {
        "hosting_location": "outside_mainland",
        "uncovered_part": "cost",
    }


@pytest.mark.parametrize(
    "slot, message, entity",
    [
        # the place is the question's, not where the site is hosted
        (
            "hosting_location",
            "how much does the filing cost in Shanghai?",
            {"entity": "place", "value": "shanghai", "start": 33, "end": 41},
        ),
        ("can_complete_filing", "which documents do we need to complete it?", None),
    ],
)
async def test_an_uncovered_question_instead_of_a_reply_is_handed_back_with_no_fact(
    slot, message, entity, dispatcher, domain
):
    tracker = _uncovered_reply(slot, message, [entity] if entity else [])
    if entity:
        assert message[entity["start"] : entity["end"]].lower() == entity["value"]
        tracker.slots[slot] = entity["value"]
        tracker.events[-1]["value"] = entity["value"]
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events) == {slot: None}
    assert events[-1]["event"] == "action_execution_rejected", "the rules say 'not covered'"
    assert dispatcher.messages == []


# endpoints.yml sends the domain only to actions marked `send_domain` (and to validate_* ones):
# every other action must do the same with an empty domain as with the real one.
WITHOUT_DOMAIN = [
    (ActionSetTopic(), {"topic": None}, "ask_cdn", None, []),
    (
        ActionAnswerIcpQuestion(),
        {"topic": "cdn", "cdn_coverage": "international_only"},
        "inform",
        None,
        [],
    ),
    (ActionHandoff(), {}, "request_human", None, []),
    (ActionRecordFeedback(), {"topic": "cdn"}, "feedback_not_helpful", None, ANSWERED),
    (
        ValidateSlotMappings(),
        {"hosting_location": "mars", "cdn_coverage": "includes_mainland"},
        "inform",
        None,
        [
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": "mars"},
            {"event": "slot", "name": "cdn_coverage", "value": "includes_mainland"},
        ],
    ),
]


@pytest.mark.parametrize(
    "action, slots, intent, active_loop, events",
    WITHOUT_DOMAIN,
    ids=[case[0].name() for case in WITHOUT_DOMAIN],
)
async def test_actions_sent_no_domain_do_not_need_it(
    action, slots, intent, active_loop, events, domain
):
    results = []
    for given in (domain, {}):
        dispatcher = CollectingDispatcher()
        tracker = make_tracker(slots, intent=intent, active_loop=active_loop, events=events)
        results.append((await action.run(dispatcher, tracker, given), dispatcher.messages))
    assert results[0] == results[1]
    assert results[0] != ([], [])  # the case does something


def test_the_action_server_code_does_not_load_rasa_itself():
    # The action server runs every module of actions/ with rasa_sdk only: importing Rasa (and so
    # TensorFlow) there cost 400 MiB of memory once (a helper imported from components/).
    import subprocess
    import sys

    modules = sorted(p.stem for p in (ROOT / "actions").glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module('actions.' + m)\n"
        "print(sorted(m for m in ('rasa', 'tensorflow', 'spacy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert result.stdout.strip() == "[]", result.stdout


@pytest.mark.parametrize(
    "before, entity_text, message, expected",
    [
        # a server asked about, or said to be needed, is no fact of the site: the place told
        # before stays
        (
            "outside_mainland",
            "ecs in china",
            "so we'd need an ecs in china even tho we're on gcp?",
            "outside_mainland",
        ),
        (
            "hong_kong",
            "server in mainland China",
            "do we have to buy a server in mainland China for the filing?",
            "hong_kong",
        ),
        # ... nor does a general rule about sites in the mainland
        (
            "outside_mainland",
            "in mainland China",
            "sites hosted in mainland China need one and others don't, right?",
            "outside_mainland",
        ),
        # a copy of the data in the mainland may count: asked again, not kept
        (
            "hong_kong",
            "replica on ECS in Shanghai",
            "we also run a database replica on ECS in Shanghai, does that alter it?",
            None,
        ),
        # another place of the past, or a plan, says nothing of today's: kept
        (
            "outside_mainland",
            "site on ECS in Hangzhou",
            "we had the site on ECS in Hangzhou until last year, is that why?",
            "outside_mainland",
        ),
        (
            "hong_kong",
            "servers to Shanghai",
            "next year we'll move the servers to Shanghai; for now do we need a filing?",
            "hong_kong",
        ),
        # ... but a plan asked about is asked again
        (
            "hong_kong",
            "servers to Shanghai",
            "we're thinking of moving the servers to Shanghai, how would the filing work then?",
            None,
        ),
        # ... and a case put is not kept as the place told before
        ("hong_kong", "servers in Shanghai", "and if we had our servers in Shanghai?", None),
        # the site's own past place is not kept as today's: asked again
        ("mainland_china", "servers in Beijing", "we used to have our servers in Beijing", None),
        # with nothing told before, nothing is made up
        (None, "ecs in china", "so we'd need an ecs in china even tho we're on gcp?", None),
        # a place chosen after "I don't know" is the site's: "I don't know" told no place
        (
            "unknown",
            "Hangzhou",
            "fine, we'll take Hangzhou then. so we must file, right?",
            ("mainland_china"),
        ),
    ],
)
async def test_a_server_that_is_no_place_of_the_site_leaves_the_place_told_before(
    before, entity_text, message, expected, dispatcher, domain
):
    earlier = [{"event": "slot", "name": "hosting_location", "value": before}] if before else []
    tracker = make_tracker(
        {"hosting_location": entity_text},
        text=message,
        events=[
            *earlier,
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": entity_text},
        ],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)["hosting_location"] == expected


@pytest.mark.parametrize(
    "before, entity_text, message, general",
    [
        # a general question about sites elsewhere than the user's: the user's place is kept, and
        # this question alone is answered in general
        (
            "outside_mainland",
            "servers inside mainland",
            "and websites on servers inside mainland?",
            True,
        ),
        (
            "hong_kong",
            "sites hosted in Guangzhou",
            "Do all sites hosted in Guangzhou need a beian?",
            True,
        ),
        # ... about the user's own place: the user's answer is the one asked for
        (
            "mainland_china",
            "sites hosted in Beijing",
            "do sites hosted in Beijing need one?",
            False,
        ),
        # the user's own site: a fact of theirs, not a general question
        ("outside_mainland", "our servers in Shanghai", "we moved our servers to Shanghai", False),
    ],
)
async def test_a_general_question_about_another_place_keeps_the_users_place(
    before, entity_text, message, general, dispatcher, domain
):
    tracker = make_tracker(
        {"hosting_location": entity_text},
        text=message,
        events=[
            {"event": "slot", "name": "hosting_location", "value": before},
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": entity_text},
        ],
    )
    events = _slot_events(
        await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    )
    if general:
        assert events["hosting_location"] == before
    assert events.get("asked_in_general", False) is general


async def test_a_plan_beside_a_place_told_before_does_not_replace_it(dispatcher, domain):
    message = "We plan to add ECS in Chengdu. Is a beian required?"
    tracker = make_tracker(
        {"hosting_location": "ECS in Chengdu"},
        text=message,
        events=[
            {"event": "slot", "name": "hosting_location", "value": "outside_mainland"},
            {"event": "user"},
            {"event": "slot", "name": "hosting_location", "value": "ECS in Chengdu"},
        ],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    # asked again, as any plan beside a place told before (with nothing told, it is the case)
    assert _slot_events(events)["hosting_location"] is None


@pytest.mark.parametrize(
    "topic, asked",
    [
        # answered for every place: nothing of the user's own case is asked first
        ("need_icp", []),
        # a question that needs its own fact first still asks it
        ("which_province", ["license_province"]),
    ],
)
async def test_a_question_asked_in_general_asks_nothing_its_general_answer_does_not_need(
    topic, asked, dispatcher, domain
):
    slots = {"topic": topic, "hosting_location": "mainland_china", "asked_in_general": True}
    events = [{"event": "user"}, {"event": "slot", "name": "asked_in_general", "value": True}]
    tracker = make_tracker(slots, active_loop=FORM, events=events)
    assert await ValidateIcpFactsForm().required_slots([], dispatcher, tracker, domain) == asked
    # the user's own case, when no question was asked in general
    tracker = make_tracker({**slots, "asked_in_general": None}, active_loop=FORM)
    assert await ValidateIcpFactsForm().required_slots([], dispatcher, tracker, domain) == [
        "access_method" if topic == "need_icp" else "license_province"
    ]


@pytest.mark.parametrize(
    "facts, in_general, for_the_user",
    [
        # where the site is decides the answer: the answer for each place
        (
            {"hosting_location": "outside_mainland", "cdn_coverage": "none"},
            "utter_need_icp_each_case",
            "utter_hosted_outside_no_cdn",
        ),
        # a CDN covering mainland China decides it wherever the site is hosted
        (
            {"hosting_location": "outside_mainland", "cdn_coverage": "includes_mainland"},
            "utter_cdn_includes_mainland",
            "utter_hosted_outside_cdn_covers_mainland",
        ),
    ],
)
async def test_a_question_asked_in_general_is_answered_for_every_place(
    facts, in_general, for_the_user, dispatcher, domain
):
    slots = {"topic": "need_icp", **facts, "asked_in_general": True}
    asked = [{"event": "user"}, {"event": "slot", "name": "asked_in_general", "value": True}]
    events = await ActionAnswerIcpQuestion().run(
        dispatcher, make_tracker(slots, events=asked), domain
    )
    assert _responses(dispatcher)[0] == in_general
    assert _slot_events(events)["asked_in_general"] is None
    # set by an earlier message, it no longer counts: the user's own answer
    dispatcher.messages.clear()
    earlier = [{"event": "slot", "name": "asked_in_general", "value": True}, {"event": "user"}]
    await ActionAnswerIcpQuestion().run(dispatcher, make_tracker(slots, events=earlier), domain)
    assert _responses(dispatcher)[0] == for_the_user


@pytest.mark.parametrize(
    "slot, typed, expected",
    [
        # taken for a "no", but its own words say which
        ("cdn_coverage", "Akamai, nothing in mainland China", "international_only"),
        ("china_presence", "nothing, only a liaison office in Wuhan", "representative_office"),
        # a plain "no" is the mapping's "none"
        ("cdn_coverage", "nope, none at all", "none"),
        ("china_presence", "no, nothing there", "none"),
    ],
)
async def test_a_reply_taken_for_no_is_read_in_its_own_words(
    slot, typed, expected, dispatcher, domain
):
    tracker = make_tracker(
        {"requested_slot": slot, slot: "none", "topic": "need_icp"},
        intent="deny",
        text=typed,
        active_loop=FORM,
        events=[{"event": "user"}, {"event": "slot", "name": slot, "value": "none"}],
    )
    events = await ValidateIcpFactsForm().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)[slot] == expected


async def test_no_cdn_said_in_a_message_that_names_china_stays_no_cdn(dispatcher, domain):
    message = "Servers in Oslo and we don't use any CDN. Some visitors come from China. ICP?"
    tracker = make_tracker(
        {"cdn_coverage": "none"},
        text=message,
        events=[{"event": "user"}, {"event": "slot", "name": "cdn_coverage", "value": "none"}],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)["cdn_coverage"] == "none"


async def test_a_presence_planned_leaves_the_one_told_before(dispatcher, domain):
    message = "next year we open a branch in shanghai. for now which province do we file"
    tracker = make_tracker(
        {"china_presence": "open a branch"},
        text=message,
        events=[
            {"event": "slot", "name": "china_presence", "value": "representative_office"},
            {"event": "user"},
            {"event": "slot", "name": "china_presence", "value": "open a branch"},
        ],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)["china_presence"] == "representative_office"


@pytest.mark.parametrize(
    "message, phrase",
    [
        # the certificate's name, in a question the FAQ does not cover
        (
            "how many weeks until we hold the Registration Certificate of Foreign Enterprises "
            "Permanent Office?",
            "Permanent Office",
        ),
        # a presence said to be needed
        ("do we have to set up a WFOE before filing?", "WFOE"),
    ],
)
async def test_a_presence_that_is_no_one_s_leaves_the_one_told_before(
    message, phrase, dispatcher, domain
):
    tracker = make_tracker(
        {"china_presence": phrase},
        text=message,
        events=[
            {"event": "slot", "name": "china_presence", "value": "representative_office"},
            {"event": "user"},
            {"event": "slot", "name": "china_presence", "value": phrase},
        ],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)["china_presence"] == "representative_office"


async def test_a_foreign_parents_registration_beside_a_rep_office_is_not_the_licence(
    dispatcher, domain
):
    # (the office's certificate is: its province is asked, not "a licence from abroad")
    message = "we have a rep office, the company itself is registered in Malaysia"
    value = "registered in Malaysia"
    tracker = make_tracker(
        {"license_province": value},
        text=message,
        events=[{"event": "user"}, {"event": "slot", "name": "license_province", "value": value}],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, tracker, domain)
    assert _slot_events(events)["license_province"] is None
    # with no office in China, it is the licence from abroad
    alone = make_tracker(
        {"license_province": value},
        text="the company is registered in Malaysia only",
        events=[{"event": "user"}, {"event": "slot", "name": "license_province", "value": value}],
    )
    events = await ValidateSlotMappings().get_validation_events(dispatcher, alone, domain)
    assert _slot_events(events)["license_province"] == "outside_mainland"


def test_the_forms_validation_needs_no_domain(domain):
    # it is sent none (domain.yml: send_domain false), so its slots are the form's own list
    from rasa.shared.core.domain import Domain

    loaded = Domain.load(str(ROOT / "domain.yml"))
    assert not loaded.does_custom_action_explicitly_need_domain("validate_icp_facts_form")
    assert (
        ValidateIcpFactsForm().domain_slots({})
        == (domain["forms"]["icp_facts_form"]["required_slots"])
    )


async def test_the_forms_validation_gives_the_same_events_with_or_without_the_domain(
    dispatcher, domain
):
    def tracker():
        typed = "we host in Frankfurt"
        return make_tracker(
            {"requested_slot": "hosting_location", "hosting_location": typed, "topic": "need_icp"},
            active_loop=FORM,
            events=[
                {"event": "user"},
                {"event": "slot", "name": "hosting_location", "value": typed},
            ],
        )

    with_domain = await ValidateIcpFactsForm().run(dispatcher, tracker(), domain)
    without = await ValidateIcpFactsForm().run(CollectingDispatcher(), tracker(), {})
    assert without == with_domain
    # (the fact read, and the next one asked)
    assert _slot_events(without) == {
        "hosting_location": "outside_mainland",
        "requested_slot": "cdn_coverage",
    }
