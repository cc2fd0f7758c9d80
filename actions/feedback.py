"""The user's answer to "Did this answer your question?", kept with the conversation.

The feedback is a slot event (`answer_feedback`), so it is stored in the tracker store next to the
answer it is about; `make report` (support/report.py) counts it per topic.
"""

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.history import latest_intent, previous_step
from actions.small_talk_and_handoff import says_thanks

logger = logging.getLogger(__name__)

ANSWER_ACTION = "action_answer_icp_question"
FEEDBACK_ACTION = "action_record_feedback"
HELPFUL, NOT_HELPFUL = "helpful", "not_helpful"
# The Yes / No buttons send the feedback intents; a plain "yes" or "no" counts only right after an
# answer, which data/rules.yml ensures.
FEEDBACK_BY_INTENT = {
    "feedback_helpful": HELPFUL,
    "affirm": HELPFUL,
    "feedback_not_helpful": NOT_HELPFUL,
    "deny": NOT_HELPFUL,
}
RESPONSE_BY_FEEDBACK = {
    HELPFUL: "utter_feedback_helpful",  # offers another question
    NOT_HELPFUL: "utter_feedback_not_helpful",
}  # offers rephrase or a person


def rates_the_latest_answer(tracker: Tracker) -> bool:
    """True when the assistant's previous step was an answer, or the feedback on it (a change of
    mind: Yes, then No): feedback given later, after other replies, is about something else."""
    return previous_step(tracker) in (ANSWER_ACTION, FEEDBACK_ACTION)


def _answered_before(tracker: Tracker) -> bool:
    return any(
        e.get("event") == "action" and e.get("name") == ANSWER_ACTION for e in tracker.events
    )


def feedback_for(intent: Optional[Text]) -> Optional[Text]:
    return FEEDBACK_BY_INTENT.get(intent or "")


class ActionRecordFeedback(Action):
    """Records Yes / No on the latest answer; "No" offers to rephrase or to reach a person."""

    def name(self) -> Text:
        return FEEDBACK_ACTION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        feedback = feedback_for(latest_intent(tracker))
        if feedback is None or not rates_the_latest_answer(tracker):
            # e.g. "that helped" before any answer, or long after it: nothing to record. Thanks
            # for help after an answer ("ok thanks a lot, that helps") are answered as thanks.
            # (thanks in so many words, after any reply: a not-covered one helps too)
            text = tracker.latest_message.get("text") or ""
            thanked = feedback == HELPFUL and (_answered_before(tracker) or says_thanks(text))
            dispatcher.utter_message(
                response="utter_youre_welcome" if thanked else "utter_how_can_i_help"
            )
            return []
        logger.info("Feedback on %s: %s", tracker.get_slot("topic"), feedback)
        dispatcher.utter_message(response=RESPONSE_BY_FEEDBACK[feedback])
        return [SlotSet("answer_feedback", feedback)]
