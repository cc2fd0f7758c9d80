"""The faster check of action-server replies accepts and rejects exactly what Rasa's own does."""

from datetime import datetime

import jsonschema
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core import events

import components  # noqa: F401  (installs the check, as loading the model does)
from components import rasa_patches

VALID = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "topic", "value": "cdn", "timestamp": None}],
        "responses": [{"response": "utter_ask_feedback"}],
    },
    {
        "events": [
            {"event": "active_loop", "name": None},
            {"event": "action_execution_rejected", "name": "icp_facts_form"},
        ]
    },
]
INVALID = [
    {"events": [{"event": "not_an_event"}]},
    {"events": "not a list"},
    {"events": [{"event": "slot"}]},  # a slot event without a name
    {"responses": ["not an object"]},
    {"events": ["not an object"]},
    {"events": [{"event": 5}]},
    {"events": [{"name": "topic", "value": "cdn"}]},  # no event type
    {"events": [{"event": "slot", "name": "topic", "value": "cdn", "timestamp": "now"}]},
]

# One event of every type Rasa's schema names, as Rasa writes them.
EVERY_EVENT = [
    events.UserUttered("hello", {"name": "greet", "confidence": 1.0}, []),
    events.ActionExecuted("action_listen"),
    events.SlotSet("topic", "cdn"),
    events.EntitiesAdded([{"entity": "place", "value": "Dalian"}]),
    events.UserUtteranceReverted(),
    events.ReminderCancelled(name="r"),
    events.ReminderScheduled("greet", trigger_date_time=datetime(2026, 1, 1), name="r"),
    events.ActionExecutionRejected("icp_facts_form"),
    events.LoopInterrupted(True),
    events.ActiveLoop("icp_facts_form"),
    events.AllSlotsReset(),
    events.ConversationResumed(),
    events.ConversationPaused(),
    events.FollowupAction("action_listen"),
    events.StoryExported(),
    events.Restarted(),
    events.ActionReverted(),
    events.BotUttered("hi", {"buttons": []}),
    events.SessionStarted(),
    events.AgentUttered("hi"),
    events.DefinePrevUserUtteredFeaturization(True),
    events.LegacyForm("icp_facts_form"),
    events.LegacyFormValidation(True),
]


def _mutations(event):
    """The event, and the event with each of its keys removed or given a value of a wrong type."""
    yield event
    for key in event:
        yield {k: v for k, v in event.items() if k != key}
        for wrong in (5, "text", None, [], {"a": 1}):
            yield {**event, key: wrong}


@pytest.mark.parametrize("event", EVERY_EVENT, ids=lambda e: type(e).__name__)
def test_the_check_by_event_type_agrees_with_the_schema(event):
    # The check tries only the event type its name gives, where the schema tries them all
    # (`oneOf`): both must accept and reject the same events.
    schema = RemoteAction.action_response_format_spec()
    for mutated in _mutations(event.as_dict()):
        reply = {"events": [mutated], "responses": []}
        try:
            jsonschema.validate(reply, schema)
            expected = True
        except ValidationError:
            expected = False
        assert rasa_patches._is_valid(reply) is expected, mutated


def test_loading_the_components_installs_the_check():
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result


@pytest.mark.parametrize("reply", VALID)
def test_valid_replies_pass_both_checks(reply):
    action = RemoteAction("action_answer_icp_question", None)
    assert rasa_patches._is_valid(reply) is True  # (not only through Rasa's own check)
    assert action._validate_action_result(reply) is True
    assert rasa_patches._rasa_check(action, reply) is True


@pytest.mark.parametrize("reply", INVALID)
def test_invalid_replies_raise_rasas_own_error(reply):
    action = RemoteAction("action_answer_icp_question", None)
    with pytest.raises(ValidationError) as raised:
        action._validate_action_result(reply)
    assert "Failed to validate Action server response" in raised.value.message
    with pytest.raises(ValidationError):
        rasa_patches._rasa_check(action, reply)


def test_the_patches_refuse_a_rasa_they_were_not_written_for():
    with pytest.raises(RuntimeError, match="Rasa 3.6.21.*this is Rasa 3.7.0"):
        rasa_patches.install(rasa_version="3.7.0")
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result
