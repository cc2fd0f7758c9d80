"""The faster check of action-server replies accepts and rejects exactly what Rasa's own does."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

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
]


def test_loading_the_components_installs_the_check():
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result


@pytest.mark.parametrize("reply", VALID)
def test_valid_replies_pass_both_checks(reply):
    action = RemoteAction("action_answer_icp_question", None)
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
