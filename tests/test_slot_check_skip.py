"""A message that set no slot skips the slot-validation call; one that set a slot still makes it,
once per extraction: the same slots from the same message, in the same form state, are not sent
to the action server a second time in the turn."""

import asyncio

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk.executor import CollectingDispatcher

import components  # noqa: F401  (installs the skip, as loading the model does)
from actions.slot_validation import ValidateSlotMappings
from components import rasa_patches
from tests.conftest import make_tracker


def _conversation(*events, sender="skip-test"):
    return DialogueStateTracker.from_events(sender, list(events))


def _run(extraction_events, monkeypatch, tracker=None, calls=None):
    """Runs the installed method with Rasa's original replaced by a recorder."""
    calls = [] if calls is None else calls

    async def rasa_validation(self, events, *args, **kwargs):
        calls.append(events)
        return [SlotSet("hosting_location", None)]

    monkeypatch.setattr(rasa_patches, "_rasa_validation", rasa_validation)
    action = ActionExtractSlots(action_endpoint=None)
    tracker = tracker or _conversation(UserUttered("we host on mars", timestamp=1.0))
    result = asyncio.run(
        action._execute_validation_action(extraction_events, None, None, tracker, None)
    )
    return result, calls


def test_loading_the_components_installs_the_skip():
    assert ActionExtractSlots._execute_validation_action is rasa_patches._execute_validation_action


def test_no_slot_set_means_no_call(monkeypatch):
    assert _run([], monkeypatch) == ([], [])
    assert _run([ActionExecuted("action_listen")], monkeypatch) == ([], [])


def test_a_slot_set_is_validated_by_the_action_server(monkeypatch):
    events = [SlotSet("hosting_location", "mars")]
    result, calls = _run(events, monkeypatch)
    assert calls == [events]
    assert result == [SlotSet("hosting_location", None)]


def test_the_same_extraction_in_the_same_turn_is_validated_once(monkeypatch):
    """What happens when a FAQ question starts the form: Rasa extracts the slots again."""
    tracker = _conversation(UserUttered("we host on mars", timestamp=2.0))
    calls = []
    first, _ = _run([SlotSet("hosting_location", "mars")], monkeypatch, tracker, calls)
    # what happens in between: the rules set the topic and start the form, which has asked
    # nothing yet when it extracts again
    tracker.update(SlotSet("topic", "cdn"))
    tracker.update(ActiveLoop("icp_facts_form"))
    again, _ = _run([SlotSet("hosting_location", "mars")], monkeypatch, tracker, calls)

    assert len(calls) == 1
    assert again == first == [SlotSet("hosting_location", None)]
    assert again[0] is not first[0]  # each gets its own events to apply


def test_anything_that_can_change_the_result_is_validated_again(monkeypatch):
    message = UserUttered("we host on mars", timestamp=3.0)
    calls = []
    _run([SlotSet("hosting_location", "mars")], monkeypatch, _conversation(message), calls)
    differences = [
        # another value, another slot
        ([SlotSet("hosting_location", "venus")], _conversation(message)),
        ([SlotSet("cdn_coverage", "mars")], _conversation(message)),
        # the next message, even with the same words
        (
            [SlotSet("hosting_location", "mars")],
            _conversation(message, UserUttered("we host on mars", timestamp=4.0)),
        ),
        # another conversation
        ([SlotSet("hosting_location", "mars")], _conversation(message, sender="someone else")),
        # the form running and asking for the fact
        (
            [SlotSet("hosting_location", "mars")],
            _conversation(
                message,
                ActiveLoop("icp_facts_form"),
                SlotSet("requested_slot", "hosting_location"),
            ),
        ),
    ]
    for events, tracker in differences:
        _run(events, monkeypatch, tracker, calls)
    assert len(calls) == 1 + len(differences)


def test_slot_validation_reads_only_the_slots_it_validates(domain):
    """The repeat is skipped only while this holds: the other slots (the topic the rules set
    between the two extractions, facts from earlier turns) do not change what is returned."""
    text = "our servers are in Frankfurt and the CDN covers mainland China"
    entities = [
        {"entity": "hosting_location", "value": "servers are in Frankfurt"},
        {"entity": "cdn_coverage", "value": "CDN covers mainland"},
    ]
    raw = [
        {"event": "user", "text": text, "parse_data": {"entities": entities}},
        {"event": "slot", "name": "hosting_location", "value": "servers are in Frankfurt"},
        {"event": "slot", "name": "cdn_coverage", "value": "CDN covers mainland"},
    ]
    results = []
    for others in ({}, {"topic": "cdn", "china_presence": "branch_company"}):
        tracker = make_tracker(
            {
                **others,
                "hosting_location": "servers are in Frankfurt",
                "cdn_coverage": "CDN covers mainland",
            },
            text=text,
            events=raw,
        )
        tracker.latest_message["entities"] = entities
        results.append(
            asyncio.run(ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain))
        )
    assert results[0] == results[1]
    assert {e["name"] for e in results[0]} == {"hosting_location", "cdn_coverage"}


def test_the_validation_action_returns_nothing_for_a_turn_that_set_no_slot(domain):
    """The skip is right only while this holds: e.g. no extract_<slot> methods, which the SDK
    calls on every turn."""
    assert not [name for name in dir(ValidateSlotMappings) if name.startswith("extract_")]
    for intent in ("ask_need_icp", "greet", "inform", "feedback_helpful"):
        tracker = make_tracker(
            {"topic": "cdn", "hosting_location": "hong_kong"},
            intent=intent,
            events=[
                {"event": "slot", "name": "hosting_location", "value": "hong_kong"},
                {"event": "user", "text": "a message"},
            ],
        )
        dispatcher = CollectingDispatcher()
        assert asyncio.run(ValidateSlotMappings().run(dispatcher, tracker, domain)) == []
        assert dispatcher.messages == []
