"""Setting the topic a question asks about, and answering it from the decision core."""

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import decision
from actions.decision import Answer, NotCovered
from actions.history import latest_intent
from actions.topics import DEFAULT_TOPIC, INTENT_TO_TOPIC, topic_from_slot

logger = logging.getLogger(__name__)


class ActionSetTopic(Action):
    """Records which FAQ question the user asked; a statement of facts keeps the current one."""

    def name(self) -> Text:
        return "action_set_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        topic = INTENT_TO_TOPIC.get(latest_intent(tracker))
        if topic is None:
            current = tracker.get_slot("topic")
            topic = topic_from_slot(current) if current else DEFAULT_TOPIC
        return [SlotSet("topic", topic.value)]


class ActionAnswerIcpQuestion(Action):
    """Says the decision core's answer: the answer responses, their sources, next steps, and asks
    whether it answered the question (a new answer clears the feedback on the previous one)."""

    def name(self) -> Text:
        return "action_answer_icp_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        topic = topic_from_slot(tracker.get_slot("topic"))
        result = decision.decide(topic, decision.clean_facts(tracker.slots))
        if isinstance(result, NotCovered):
            # A situation the FAQ does not cover: said honestly, with the handoff buttons.
            logger.info(
                "Not covered: %s from %s", topic.value, ",".join(f.value for f in result.facts_used)
            )
            dispatcher.utter_message(response=result.response)
            return []
        if not isinstance(result, Answer):
            # The form ends only when the core needs nothing more; reaching here is a bug.
            logger.error("Answer requested for %s while fact %s is missing", topic, result.fact)
            dispatcher.utter_message(response="utter_default")
            return []
        logger.info(
            "Answered %s from %s", topic.value, ",".join(f.value for f in result.facts_used)
        )
        for response in result.responses:
            dispatcher.utter_message(response=response, **result.values)
        for response in result.source_responses():
            dispatcher.utter_message(response=response)
        dispatcher.utter_message(response="utter_next_steps")
        dispatcher.utter_message(response="utter_ask_feedback")
        return [SlotSet("answer_feedback", None)]
