"""Setting the topic a question asks about, and answering it from the decision core."""

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import decision
from actions.decision import Answer, Fact, NotCovered
from actions.history import latest_intent, slots_set_by_this_message
from actions.message_parts import asking_parts
from actions.topics import DEFAULT_TOPIC, INTENT_TO_TOPIC, topic_from_slot
from actions.uncovered_subjects import UNCOVERED_SUBJECTS, uncovered_subjects

logger = logging.getLogger(__name__)

FACT_NAMES = {fact.value for fact in Fact}
UNCOVERED_PART = "uncovered_part"  # the slot, and the entity components/scope_decision.py sets
# the slot slot_validation.py sets when a question asks of sites hosted elsewhere than the user's
ASKED_IN_GENERAL = "asked_in_general"
SEVERAL = "several"  # more than one subject: the note names none of them
# a subject of none of the note's variations: its default says "something the FAQ does not cover"
UNNAMED = "unnamed"


def uncovered_part(tracker: Tracker) -> Optional[Text]:
    """The subject of the latest message's `uncovered_part` entities, or SEVERAL, keeping only
    the known subjects (a user can type entities: "/ask_cdn{"uncovered_part": "..."}")."""
    subjects = {
        entity.get("value")
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == UNCOVERED_PART and entity.get("value") in UNCOVERED_SUBJECTS
    }
    if len(subjects) > 1:
        return SEVERAL
    return subjects.pop() if subjects else None


def questions_not_covered(text: Text) -> Optional[Text]:
    """The `uncovered_part` for the questions `text` asks besides its facts, or None when it asks
    none ("www.ourshop.cn; and what does it cost?" -> "cost")."""
    questions = " ".join(asking_parts(text))
    if not questions:
        return None
    subjects = uncovered_subjects(questions)
    if len(subjects) > 1:
        return SEVERAL
    return subjects[0] if subjects else UNNAMED


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
            # (unless the facts told decide another question: "we'd go with HK hosting then",
            # after the physical office answer)
            told = [Fact(name) for name in slots_set_by_this_message(tracker) if name in FACT_NAMES]
            facts = decision.clean_facts(tracker.slots)
            return [SlotSet("topic", decision.topic_for_facts_told(topic, facts, told).value)]
        # A new question: the part of it the FAQ does not cover, if it asks two things.
        return [SlotSet("topic", topic.value), SlotSet(UNCOVERED_PART, uncovered_part(tracker))]


class ActionAnswerIcpQuestion(Action):
    """Says the decision core's answer: the answer responses, their sources, next steps, and asks
    whether it answered the question (a new answer clears the feedback on the previous one)."""

    def name(self) -> Text:
        return "action_answer_icp_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        topic = topic_from_slot(tracker.get_slot("topic"))
        facts = decision.clean_facts(tracker.slots)
        result = decision.decide(topic, facts)
        if ASKED_IN_GENERAL in slots_set_by_this_message(tracker):
            # A general question about sites hosted elsewhere than the user's: the answer for
            # every place where the site may be, when the other facts give one.
            general = decision.decide(topic, {**facts, Fact.HOSTING_LOCATION: decision.UNKNOWN})
            if isinstance(general, Answer):
                result = general
        if isinstance(result, NotCovered):
            # A situation the FAQ does not cover: said honestly, with the handoff buttons.
            logger.info(
                "Not covered: %s from %s", topic.value, ",".join(f.value for f in result.facts_used)
            )
            dispatcher.utter_message(response=result.response)
            return [SlotSet(UNCOVERED_PART, None)]
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
        if tracker.get_slot(UNCOVERED_PART):
            # "...and how much does it cost?": the part this answer leaves out, said plainly
            dispatcher.utter_message(response="utter_part_not_covered")
        dispatcher.utter_message(response="utter_ask_feedback")
        return [
            SlotSet("answer_feedback", None),
            SlotSet(UNCOVERED_PART, None),
            SlotSet(ASKED_IN_GENERAL, None),
        ]
