"""Low-confidence replies ("Did you mean …?", then a handoff) and the handoff to a person."""

import os
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.history import previous_step
from actions.message_parts import is_icp_related
from actions.reference import conversation_reference
from actions.responses import response_text
from actions.topics import INTENT_TO_TOPIC

# Where customers reach a person; a platform sets ICP_SUPPORT_CONTACT to its own URL or e-mail.
DEFAULT_SUPPORT_CONTACT = "https://www.alibabacloud.com/help"
MAX_SUGGESTIONS = 3


def support_contact() -> str:
    return os.environ.get("ICP_SUPPORT_CONTACT", "").strip() or DEFAULT_SUPPORT_CONTACT


def support_sees_conversations() -> bool:
    """True when the configured contact is a team that reads the stored conversations (with
    `make report`); a public help page, the default, cannot."""
    return os.environ.get("ICP_SUPPORT_SEES_CONVERSATIONS", "").strip().lower() in (
        "1",
        "true",
        "yes",
    )


def _asked_did_you_mean_last(tracker: Tracker) -> bool:
    """True when the bot's previous turn was a did-you-mean that the user did not take up."""
    return previous_step(tracker) == "action_did_you_mean"


class ActionDidYouMean(Action):
    """First miss: offer the likeliest FAQ questions as buttons. Second miss in a row: handoff."""

    def name(self) -> Text:
        return "action_did_you_mean"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if _asked_did_you_mean_last(tracker):
            dispatcher.utter_message(response="utter_still_not_understood")
            return []
        ranking = tracker.latest_message.get("intent_ranking") or []
        intents = [r.get("name") for r in ranking if r.get("name") in INTENT_TO_TOPIC]
        if not intents:
            # No FAQ question is about this message (components/scope_decision.py): say so
            # rather than offer questions it did not ask.
            text = tracker.latest_message.get("text") or ""
            dispatcher.utter_message(
                response="utter_cannot_answer" if is_icp_related(text) else "utter_out_of_scope"
            )
            return []
        buttons = [
            {
                "title": response_text(domain, f"utter_topic_title_{INTENT_TO_TOPIC[i].value}"),
                "payload": f"/{i}",
            }
            for i in intents[:MAX_SUGGESTIONS]
        ]
        buttons.append(
            {"title": response_text(domain, "utter_none_of_these"), "payload": "/request_human"}
        )
        dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
        return []


class ActionHandoff(Action):
    """Gives the support contact, and a reference to quote where that contact can look the
    conversation up."""

    def name(self) -> Text:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if support_sees_conversations():
            dispatcher.utter_message(
                response="utter_handoff_with_reference",
                support_contact=support_contact(),
                conversation_reference=conversation_reference(tracker.sender_id),
            )
        else:
            dispatcher.utter_message(response="utter_handoff", support_contact=support_contact())
        return []
