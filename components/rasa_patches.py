"""Four speed fixes inside Rasa 3.6.21 itself, replacing three private methods (measured in
reports/PERFORMANCE.md). They touch Rasa's internals, so `install` refuses any other Rasa version:
after an upgrade, check the three methods against the new Rasa and update `PINNED_RASA`.

1. **Action-server replies checked with validators built once, one per event type.** Rasa 3.6
   validates every custom action's reply with `jsonschema.validate(reply, schema)`, which first
   checks Rasa's large events schema against the JSON-Schema metaschema: about 19 ms of CPU per
   call, and this assistant makes up to four action calls per message. The schema is a constant,
   so it is checked once here. Checking the reply itself still cost 0.6 ms a call, because the
   schema says an event is `oneOf` 23 event types, and each event was tried against all 23. Each
   type fixes the `event` name (`const`), so an event matches exactly one of them if and only if
   it matches the one its name gives: that one is checked (0.09 ms a call). A reply that fails
   goes to Rasa's own check, which raises Rasa's own error, so behaviour is unchanged.
2. **No slot-validation call when a message set no slot.** After every user message Rasa runs
   `action_extract_slots`, which calls `action_validate_slot_mappings` on the action server even
   when the message filled no slot. That call can only return events for slots set this turn, or
   for slots an `extract_<slot>` method fills; `actions/slot_validation.ValidateSlotMappings` has
   no such method (a test keeps it so). With no slot set, the round trip is skipped; a message
   that set any slot is validated exactly as before.
3. **One slot-validation call per extraction.** When a FAQ question starts the form, Rasa runs
   `action_extract_slots` a second time in the same turn ("at form activation"), which extracts
   the same slots from the same message and sends them to the action server again: one of the
   five action calls of an answer turn. `ValidateSlotMappings` reads only the slots being
   validated, the latest message and whether the form asked for the fact (a test keeps it so),
   so the same extraction, for the same message, with the same form state, gets the events the
   first call returned. Anything different (another slot or value, a new message, the form
   asking) is validated by the action server as before.
4. **The entity ruler runs once per message.** Rasa's `SpacyNLP` runs the whole spaCy pipeline on
   the lower-cased text for the tokenizer and featurizers, and `SpacyEntityExtractor` runs it
   again on the original text for the entities. Only the second pass's entities are read, and the
   ruler (1,300 patterns) is most of the pipeline's time, so `SpacyNLP`'s pass leaves it out.
   Tokens and lemmas do not depend on it (a test compares the features with and without it).

Installed by `components/__init__.py` (its one call): every process that loads the model imports
the project's components, and so gets them.
"""

import copy
import json
from collections import OrderedDict
from functools import lru_cache
from typing import Any, Dict, List, Text, Tuple

import rasa
from jsonschema import validators
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

PINNED_RASA = "3.6.21"

_rasa_check = RemoteAction._validate_action_result
_rasa_validation = ActionExtractSlots._execute_validation_action


@lru_cache(maxsize=None)
def _validators() -> Tuple[Any, Dict[Text, Any]]:
    """The reply's validator with any object as an event, and one validator per event type."""
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    event = schema["properties"]["events"]["items"]
    common = {key: value for key, value in event.items() if key != "oneOf"}
    reply = copy.deepcopy(schema)
    reply["properties"]["events"]["items"] = {"type": "object"}
    by_type = {
        branch["properties"]["event"]["const"]: cls({**common, "allOf": [branch]})
        for branch in event["oneOf"]
    }
    return cls(reply), by_type


def _is_valid(result: Dict[Text, Any]) -> bool:
    reply, by_type = _validators()
    if not reply.is_valid(result):
        return False
    for event in result.get("events") or []:
        # (an event whose name is no type's matches none of the `oneOf`: invalid)
        name = event.get("event") if isinstance(event, dict) else None
        check = by_type.get(name) if isinstance(name, str) else None
        if check is None or not check.is_valid(event):
            return False
    return True


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    if _is_valid(result):
        return True
    return _rasa_check(self, result)  # raises Rasa's ValidationError, with its message


async def _execute_validation_action(
    self: ActionExtractSlots,
    extraction_events: List[Event],
    output_channel: Any,
    nlg: Any,
    tracker: DialogueStateTracker,
    domain: Any,
) -> List[Event]:
    slots = [event for event in extraction_events if isinstance(event, SlotSet)]
    if not slots:
        return []
    key = _extraction_key(slots, tracker)
    if key in _validated:
        return copy.deepcopy(_validated[key])
    validated = await _rasa_validation(
        self, extraction_events, output_channel, nlg, tracker, domain
    )
    _validated[key] = copy.deepcopy(validated)
    while len(_validated) > _VALIDATED_KEPT:
        _validated.popitem(last=False)
    return validated


# The latest validations, by what decides their result (see 3. above). Only a repeat within the
# same turn can match (the key holds the message's timestamp), so a few per concurrent
# conversation are enough.
_validated: "OrderedDict[Tuple[Any, ...], List[Event]]" = OrderedDict()
_VALIDATED_KEPT = 256


def _extraction_key(slots: List[SlotSet], tracker: DialogueStateTracker) -> Tuple[Any, ...]:
    message = tracker.latest_message
    return (
        tracker.sender_id,
        getattr(message, "timestamp", None),
        getattr(message, "text", None),
        # the fact a running form asked for (a form that just started has asked none yet)
        tracker.get_slot(REQUESTED_SLOT) if tracker.active_loop_name else None,
        tuple((event.key, json.dumps(event.value, sort_keys=True)) for event in slots),
    )


# spaCy components whose output no featurizer reads: SpacyEntityExtractor runs them itself (see 4.)
ENTITIES_ONLY = ("entity_ruler",)


def _doc_for_text(self: SpacyNLP, model: Any, text: Text) -> Any:
    skipped = [name for name in ENTITIES_ONLY if name in model.pipe_names]
    return model(self._preprocess_text(text), disable=skipped)


def install(rasa_version: str = rasa.__version__) -> None:
    """Replaces the three methods; raises on a Rasa other than the one they were written for."""
    if rasa_version != PINNED_RASA:
        raise RuntimeError(
            f"components/rasa_patches.py replaces private methods of Rasa {PINNED_RASA} "
            f"(RemoteAction._validate_action_result, "
            f"ActionExtractSlots._execute_validation_action, SpacyNLP._doc_for_text), but this "
            f"is Rasa {rasa_version}. Check the three against this Rasa, then update PINNED_RASA."
        )
    RemoteAction._validate_action_result = _validate_action_result
    ActionExtractSlots._execute_validation_action = _execute_validation_action
    SpacyNLP._doc_for_text = _doc_for_text
