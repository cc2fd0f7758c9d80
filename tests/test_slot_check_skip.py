"""A message that set no slot skips the slot-validation call; one that set a slot still makes it."""

import asyncio

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import ActionExecuted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

import components  # noqa: F401  (installs the skip, as loading the model does)
from actions.slot_validation import ValidateSlotMappings
from components import rasa_patches
from tests.conftest import make_tracker


def _run(extraction_events, monkeypatch):
    """Runs the installed method with Rasa's original replaced by a recorder."""
    calls = []

    async def rasa_validation(self, events, *args, **kwargs):
        calls.append(events)
        return [SlotSet("hosting_location", None)]

    monkeypatch.setattr(rasa_patches, "_rasa_validation", rasa_validation)
    action = ActionExtractSlots(action_endpoint=None)
    result = asyncio.run(
        action._execute_validation_action(extraction_events, None, None, None, None)
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
