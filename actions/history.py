"""What the user and the assistant did before this point, read from the tracker."""

from typing import Any, Dict, Optional, Set, Text

from rasa_sdk import Tracker

# Steps Rasa takes on every message; they are not replies the user saw.
_HOUSEKEEPING = {"action_listen", "action_extract_slots", "action_validate_slot_mappings"}


def previous_step(tracker: Tracker) -> Optional[Text]:
    """The name of the assistant's latest action before this one, housekeeping left out."""
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") not in _HOUSEKEEPING:
            return event.get("name")
    return None


def latest_intent(tracker: Tracker) -> Optional[Text]:
    """The intent of the user's latest message (None before any)."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def value_before_this_message(tracker: Tracker, slot: Text) -> Optional[Text]:
    """The slot's value before the user's latest message set it (None if it had none)."""
    seen_the_message = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_the_message = True
        elif seen_the_message and event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
    return None


def slots_set_by_this_message(tracker: Tracker) -> Set[Text]:
    """The slots holding a value set since the user's latest message (by what it said): a value
    read from the message and then found unreadable by validation (set back to None) counts not."""
    latest: Dict[Text, Any] = {}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot":
            latest.setdefault(event.get("name"), event.get("value"))
    return {name for name, value in latest.items() if value is not None}
