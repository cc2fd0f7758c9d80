"""Names and patterns both stages of the scope decision use: the message read alone
(components/scope_decision.py) and the follow-up read with the conversation's question
(components/follow_up_decision.py)."""

from __future__ import annotations

import re
from typing import Optional, Text

from actions.fact_words import SERVER_WORDS
from actions.faq_subjects import TOPIC_SUBJECTS
from actions.topics import INTENT_TO_TOPIC

NLU_FALLBACK = "nlu_fallback"


# The conversation's question comes as the `topic` slot's value (a decision-core topic, "cdn");
# the rules here name questions by the intent that asks them ("ask_cdn").
_INTENT_OF_TOPIC = {topic.value: intent for intent, topic in INTENT_TO_TOPIC.items()}


def as_intent(topic: Optional[Text]) -> Optional[Text]:
    """The intent asking the conversation's question, given as a topic or already an intent."""
    return _INTENT_OF_TOPIC.get(topic, topic) if topic else topic


PRONOUNS = "it|that|this|them|those"


# A word standing for something said before it ("without one", "is it needed")
REFERS_TO_SOMETHING = re.compile(rf"\b(?:{PRONOUNS}|one)\b")


THINGS_ASKED_ABOUT = {
    "ask_cdn": re.compile(r"\b(?:cdns?|dcdn)\b"),
    "ask_load_balancer": TOPIC_SUBJECTS["ask_load_balancer"],
    "ask_ip_only": TOPIC_SUBJECTS["ask_ip_only"],
}


# The site or a server of it, named (the readers' server words, and where a site runs)
THE_SITE_OR_ITS_SERVER = re.compile(rf"\b(?:{SERVER_WORDS}|sites?|websites?|run|runs|running)\b")


# A question of its own after the case put: "and if ..., would we need an office there to file?"
A_QUESTION_AFTER_THE_CASE = re.compile(
    r",\s*(?:would|will|do|does|can|could|should|must|is|are|what|how|which|where|who)\b"
)


# What a follow-up in a conversation on an FAQ question is about when it names nothing else
# (components/conversation_context.py): read with it, as if it had named it.
THE_CONVERSATIONS_FILING = "(ICP Filing)"
