"""Which intent asks which FAQ topic (Rasa names on one side, decision-core topics on the other)."""

from typing import Dict

from actions.decision import Topic

INTENT_TO_TOPIC: Dict[str, Topic] = {
    "ask_physical_office": Topic.PHYSICAL_OFFICE,
    "ask_no_filing": Topic.NO_FILING,
    "ask_load_balancer": Topic.LOAD_BALANCER,
    "ask_cdn": Topic.CDN,
    "ask_hosted_outside": Topic.HOSTED_OUTSIDE,
    "ask_ip_only": Topic.IP_ONLY,
    "ask_which_province": Topic.WHICH_PROVINCE,
    "ask_need_icp": Topic.NEED_ICP,
}

# A question about ICP Filing that the FAQ does not answer (components/scope_decision.py).
NOT_COVERED_INTENT = "ask_unanswerable"

# A plain statement of facts with no question yet answers the umbrella question.
DEFAULT_TOPIC = Topic.NEED_ICP


def topic_from_slot(value: object) -> Topic:
    """The topic slot's value as a Topic; anything else falls back to the umbrella question."""
    try:
        return Topic(value)
    except ValueError:
        return DEFAULT_TOPIC
