"""Skips the slot-validation call to the action server when a message set no slot.

After every user message Rasa 3.6 runs `action_extract_slots`, which calls this project's
`action_validate_slot_mappings` on the action server even when the message filled no slot. That
call can only return events for slots set this turn, or for slots an `extract_<slot>` method
fills; `actions/slot_validation.ValidateSlotMappings` has no such method (a test keeps it so).
With no slot set there is nothing to check, and the round trip (the conversation serialised,
sent, parsed and answered) is skipped: one call fewer on most messages (reports/PERFORMANCE.md).
A message that set any slot is validated exactly as before.

Installed by components/__init__.py.
"""

from typing import Any, List

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import Event, SlotSet

_rasa_validation = ActionExtractSlots._execute_validation_action


async def _execute_validation_action(
    self: ActionExtractSlots, extraction_events: List[Event], *args: Any, **kwargs: Any
) -> List[Event]:
    if not any(isinstance(event, SlotSet) for event in extraction_events):
        return []
    return await _rasa_validation(self, extraction_events, *args, **kwargs)


def install() -> None:
    ActionExtractSlots._execute_validation_action = _execute_validation_action
