"""Two speed fixes inside Rasa 3.6.21 itself, each replacing one private method (measured in
reports/PERFORMANCE.md). They touch Rasa's internals, so `install` refuses any other Rasa version:
after an upgrade, check both methods against the new Rasa and update `PINNED_RASA`.

1. **Action-server replies checked with a validator built once.** Rasa 3.6 validates every custom
   action's reply with `jsonschema.validate(reply, schema)`, which first checks Rasa's large events
   schema against the JSON-Schema metaschema: about 19 ms of CPU per call, while the reply itself
   takes 0.3 ms, and this assistant makes about three action calls per message. The schema is a
   constant, so it is checked once here. A reply that fails goes to Rasa's own check, which raises
   Rasa's own error, so behaviour is unchanged.
2. **No slot-validation call when a message set no slot.** After every user message Rasa runs
   `action_extract_slots`, which calls `action_validate_slot_mappings` on the action server even
   when the message filled no slot. That call can only return events for slots set this turn, or
   for slots an `extract_<slot>` method fills; `actions/slot_validation.ValidateSlotMappings` has
   no such method (a test keeps it so). With no slot set, the round trip is skipped; a message
   that set any slot is validated exactly as before.

Installed by `components/__init__.py` (its one call): every process that loads the model imports
the project's components, and so gets them.
"""

from functools import lru_cache
from typing import Any, Dict, List, Text

import rasa
from jsonschema import exceptions, validators
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.shared.core.events import Event, SlotSet

PINNED_RASA = "3.6.21"

_rasa_check = RemoteAction._validate_action_result
_rasa_validation = ActionExtractSlots._execute_validation_action


@lru_cache(maxsize=None)
def _validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    if exceptions.best_match(_validator().iter_errors(result)) is None:
        return True
    return _rasa_check(self, result)  # raises Rasa's ValidationError, with its message


async def _execute_validation_action(
    self: ActionExtractSlots, extraction_events: List[Event], *args: Any, **kwargs: Any
) -> List[Event]:
    if not any(isinstance(event, SlotSet) for event in extraction_events):
        return []
    return await _rasa_validation(self, extraction_events, *args, **kwargs)


def install(rasa_version: str = rasa.__version__) -> None:
    """Replaces the two methods; raises on a Rasa other than the one they were written for."""
    if rasa_version != PINNED_RASA:
        raise RuntimeError(
            f"components/rasa_patches.py replaces private methods of Rasa {PINNED_RASA} "
            f"(RemoteAction._validate_action_result, "
            f"ActionExtractSlots._execute_validation_action), but this is Rasa {rasa_version}. "
            "Check both against this Rasa, then update PINNED_RASA."
        )
    RemoteAction._validate_action_result = _validate_action_result
    ActionExtractSlots._execute_validation_action = _execute_validation_action
