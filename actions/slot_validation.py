"""Validation of the fact slots, and the form's required slots, which come from the decision core.

Two actions share one set of validators: `action_validate_slot_mappings` cleans facts volunteered
in any message (outside the form too), and `validate_icp_facts_form` cleans replies to the form's
questions and says so when a reply was not understood. Each validator returns a value from the
fact's closed set, or `None` so that the form asks again: an injected `/inform{"hosting_location":
"mars"}` never reaches an answer.
"""
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction, ValidationAction
from rasa_sdk.types import DomainDict

from actions import decision
from actions.decision import Ask, Fact
from actions.topics import topic_from_slot
from actions.vocab import NORMALISERS

logger = logging.getLogger(__name__)

FACT_SLOTS: List[Text] = [fact.value for fact in Fact]


def clean_fact(fact: Fact, value: Any) -> Optional[str]:
    """The fact's closed value for what the user said, or None."""
    if isinstance(value, list):  # several entities in one message: the last one said counts
        value = value[-1] if value else None
    if value is None:
        return None
    return NORMALISERS[fact](value)


def next_fact_to_ask(tracker: Tracker) -> List[Text]:
    """The form's required slots: the one fact the current topic's answer still depends on."""
    facts = decision.clean_facts(tracker.slots)
    result = decision.decide(topic_from_slot(tracker.get_slot("topic")), facts)
    return [result.fact.value] if isinstance(result, Ask) else []


def _form_asked_for(fact: Fact, tracker: Tracker) -> bool:
    return (tracker.active_loop.get("name") == "icp_facts_form"
            and tracker.get_slot("requested_slot") == fact.value)


class _FactValidators:
    """`validate_<slot>` for every fact slot; `_rejected` decides what to tell the user."""

    def _validate(self, fact: Fact, value: Any, dispatcher: CollectingDispatcher,
                  tracker: Tracker) -> Dict[Text, Any]:
        cleaned = clean_fact(fact, value)
        if cleaned is None and value is not None:
            logger.info("Rejected a value for %s", fact.value)
            self._rejected(fact, dispatcher, tracker)
        return {fact.value: cleaned}

    def _rejected(self, fact: Fact, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        pass

    def validate_hosting_location(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.HOSTING_LOCATION, value, dispatcher, tracker)

    def validate_cdn_coverage(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.CDN_COVERAGE, value, dispatcher, tracker)

    def validate_china_presence(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.CHINA_PRESENCE, value, dispatcher, tracker)

    def validate_commercial_license(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.COMMERCIAL_LICENSE, value, dispatcher, tracker)

    def validate_access_method(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.ACCESS_METHOD, value, dispatcher, tracker)

    def validate_can_complete_filing(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.CAN_COMPLETE_FILING, value, dispatcher, tracker)

    def validate_license_province(self, value, dispatcher, tracker, domain):
        return self._validate(Fact.LICENSE_PROVINCE, value, dispatcher, tracker)


class ValidateSlotMappings(_FactValidators, ValidationAction):
    """Cleans facts set by any message, in or out of the form."""

    def _validate(self, fact: Fact, value: Any, dispatcher: CollectingDispatcher,
                  tracker: Tracker) -> Dict[Text, Any]:
        if _form_asked_for(fact, tracker):
            return {}  # the form's own validation cleans the reply and answers a bad one
        return super()._validate(fact, value, dispatcher, tracker)

    def domain_slots(self, domain: DomainDict) -> List[Text]:
        # The SDK leaves out slots with form-conditioned mappings; the facts have some, and
        # must be cleaned wherever they come from.
        return FACT_SLOTS


class ValidateIcpFactsForm(_FactValidators, FormValidationAction):
    """Cleans replies to the form's questions; asks only what the decision core needs."""

    def name(self) -> Text:
        return "validate_icp_facts_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        return next_fact_to_ask(tracker)

    async def get_validation_events(self, dispatcher, tracker, domain):
        # Validate every fact set this turn, not only the one being asked: a reply may also
        # correct an earlier fact ("no, we host in Hong Kong").
        slots = tracker.slots_to_validate()
        cleaned: Dict[Text, Any] = {}
        for slot_name, value in slots.items():
            if slot_name in FACT_SLOTS:
                cleaned.update(getattr(self, f"validate_{slot_name}")(value, dispatcher, tracker, domain))
        tracker.slots.update(cleaned)
        return [SlotSet(name, value) for name, value in cleaned.items()]

    def _rejected(self, fact: Fact, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if _form_asked_for(fact, tracker):
            dispatcher.utter_message(response="utter_fact_not_understood")
