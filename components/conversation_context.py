"""The conversation's FAQ question, given to the NLU with each message.

Rasa's NLU reads a message on its own, but a follow-up leans on the question before it ("and if
we turned on Alibaba CDN?", "in which province would the application go?", "small correction:
the ECS will be in cn-guangzhou"): read alone, it names no filing, and the scope decision
(components/scope_decision.py) calls it not covered. Rasa already parses each message with the
conversation's tracker at hand (`MessageProcessor._parse_message_with_graph`), so the FAQ
question the conversation is on (the `topic` slot, set by action_set_topic) is put into the
message's metadata under CONTEXT_KEY for the parse only: the user's message, as logged, is
unchanged, and a CONTEXT_KEY a client sends in its own metadata is dropped, so no client can set
it. With the question goes what the conversation told of a CDN (CDN_KEY, the `cdn_coverage`
slot's value): "and if we add a few mainland nodes?" adds them to the CDN told of, whichever answer
it follows, and "what if we put Alibaba CDN in front?" after "no CDN" is a CDN whose coverage is to
be asked. And how the site is reached (ACCESS_KEY, the `access_method` slot's value): after an
answer for a site reached only by IP, "so your filing system can't take it?" is that answer's
question.

Installed by `components/__init__.py` with the speed fixes, for the same Rasa version only.
"""

import copy
from typing import Any, Dict, Optional, Text

import rasa
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from actions.decision import FACT_VALUES, Fact
from actions.message_parts import names_the_filing
from components.rasa_patches import PINNED_RASA

CONTEXT_KEY = "icp_conversation_topic"
# ... given instead after a message that was not understood: a follow-up that tells facts still
# continues the conversation's question ("sorry, it's actually ap-northeast-1" after a miss), but
# no FAQ question is inferred for a message that names none
CONTEXT_AFTER_A_MISS_KEY = "icp_conversation_topic_after_a_miss"
# ... and, with no FAQ question yet, whether the user's previous message named the filing: "do we
# need one?" after "what is an ICP filing exactly?" (not covered) asks about the filing
FILING_NAMED_BEFORE_KEY = "icp_filing_named_before"
# ... and, with the FAQ question, what the conversation has told of a CDN in front of the site (the
# slot's value): "and if we add a few mainland nodes?" after the hosted-outside answer for an
# overseas-only CDN adds them to that CDN, whatever question the conversation is on
CDN_KEY = "icp_conversation_cdn"
ACCESS_KEY = "icp_conversation_access"
TOPIC_SLOT = "topic"
CDN_SLOT = Fact.CDN_COVERAGE.value
ACCESS_SLOT = Fact.ACCESS_METHOD.value
_CONTEXT_KEYS = (
    CONTEXT_KEY,
    CONTEXT_AFTER_A_MISS_KEY,
    FILING_NAMED_BEFORE_KEY,
    CDN_KEY,
    ACCESS_KEY,
)

_rasa_parse = MessageProcessor._parse_message_with_graph


def with_context(message: UserMessage, tracker: Optional[DialogueStateTracker]) -> UserMessage:
    """A copy of `message` whose metadata carries the conversation's FAQ question, if any."""
    metadata: Dict[Text, Any] = (
        {k: v for k, v in message.metadata.items() if k not in _CONTEXT_KEYS}
        if isinstance(message.metadata, dict)
        else {}
    )
    topic = tracker.get_slot(TOPIC_SLOT) if tracker is not None else None
    # (not while a clarifying question waits for its reply: the form reads the reply, and a
    # typed reply is no new question, "the notarised papers are impossible for us")
    if topic and not tracker.active_loop_name:
        understood = _previous_message_understood(tracker)
        metadata[CONTEXT_KEY if understood else CONTEXT_AFTER_A_MISS_KEY] = topic
        if tracker.get_slot(CDN_SLOT) in FACT_VALUES[Fact.CDN_COVERAGE]:
            metadata[CDN_KEY] = tracker.get_slot(CDN_SLOT)
        if tracker.get_slot(ACCESS_SLOT) in FACT_VALUES[Fact.ACCESS_METHOD]:
            metadata[ACCESS_KEY] = tracker.get_slot(ACCESS_SLOT)
    elif tracker is not None and not tracker.active_loop_name:
        previous = _previous_user_text(tracker)
        if previous and names_the_filing(previous):
            metadata[FILING_NAMED_BEFORE_KEY] = True
    parsed = copy.copy(message)
    parsed.metadata = metadata
    return parsed


# Replies that say the user's previous message was not understood. After one, a correction or a
# what-if that message carried may have been lost ("it's actually ap-southeast-1", "and to
# shanghai?"), so the facts kept may be stale: no FAQ question is inferred for the next message
# from the conversation's; only a follow-up that tells facts continues it
# (CONTEXT_AFTER_A_MISS_KEY). (Not the reply that the FAQ does not cover a question: that
# question was understood, its facts read, and the conversation goes on with its own: "is there a
# fine?" -> not covered -> "ok so if i move it to HK ecs i dont need it?")
_NOT_UNDERSTOOD = (
    "action_did_you_mean",
    "utter_out_of_scope",
    "utter_still_not_understood",
    "utter_fact_not_understood",
    "utter_english_only",
)


def _previous_message_understood(tracker: DialogueStateTracker) -> bool:
    """False when a reply to the user's previous message said it was not understood."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return True
        if isinstance(event, ActionExecuted) and str(event.action_name or "").startswith(
            _NOT_UNDERSTOOD
        ):
            return False
    return True


def _previous_user_text(tracker: DialogueStateTracker) -> Text:
    """The text of the user's last message before the one being parsed."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return event.text or ""
    return ""


def _parse_message_with_graph(
    self: MessageProcessor,
    message: UserMessage,
    tracker: DialogueStateTracker,
    only_output_properties: bool = True,
) -> Dict[Text, Any]:
    return _rasa_parse(self, with_context(message, tracker), tracker, only_output_properties)


def install(rasa_version: str = rasa.__version__) -> None:
    if rasa_version != PINNED_RASA:
        raise RuntimeError(
            f"components/conversation_context.py replaces a private method of Rasa "
            f"{PINNED_RASA} (MessageProcessor._parse_message_with_graph), but this is Rasa "
            f"{rasa_version}. Check it against this Rasa, then update PINNED_RASA."
        )
    MessageProcessor._parse_message_with_graph = _parse_message_with_graph
