"""Ways to read "where is the user's website hosted" from one parsed message, side by side.

Each reader takes what NLU found in a message (plain dicts as Rasa's `parse_message` returns them)
and gives a `hosting_location` value (mainland_china | hong_kong | outside_mainland) or None when
the message does not say. Pure: no Rasa here; `eval/facts.py` runs the models and scores.

- `rules_reading`: today's reader. The entity ruler's `hosting_location` spans, then the slot
  mapping (a text slot keeps the LAST span: Rasa's `ActionExtractSlots` takes `value[-1]`), then
  `clean_fact` as `action_validate_slot_mappings` calls it for a volunteered fact.
- `role_reading`: the trained role tagger. Places tagged `hosting` say where the site is;
  `not_hosting` on a mainland place says it is outside the mainland (as today's reader reads "not
  in mainland China"); `planned`, `company`, `users` and `other` say nothing.
- `hybrid_reading`: today's reader, minus the spans that cover a place the role tagger calls the
  company's, the users' or planned.
"""

import re
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set

from actions import decision as d
from actions.decision import Fact
from actions.places import (
    ABROAD,
    HONG_KONG,
    MAINLAND_CITIES,
    MAINLAND_GENERIC,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
    PROVINCE_ALIASES,
)
from actions.slot_validation import clean_fact, fact_spans

Entity = Dict[str, Any]

HOSTING_ENTITY = "hosting_location"
PLACE_ENTITY = "place"
HOSTING, NOT_HOSTING = "hosting", "not_hosting"
# Roles whose places are not where the servers are today: the hybrid drops rule spans over them.
# (`other` is left to the rules: it is the tagger's least sure role, and covers CDN regions the
# rules already tell apart.)
NOT_THE_SERVERS = frozenset({"planned", "company", "users"})
# The same order as actions/slot_validation.py: any server in mainland China makes the mainland
# rules apply.
PRIORITY = (d.MAINLAND_CHINA, d.HONG_KONG, d.OUTSIDE_MAINLAND)

_MAINLAND = (
    {p.lower() for p in MAINLAND_PROVINCES}
    | set(PROVINCE_ALIASES)
    | set(MAINLAND_CITIES)
    | set(MAINLAND_GENERIC)
)
_HONG_KONG = set(HONG_KONG)
_OUTSIDE = set(OTHER_CHINESE_REGIONS) | set(ABROAD)
# "province" etc. after a name, as the spaCy ruler's PLACE_SUFFIX allows; "region" as in
# "the Singapore region".
_SUFFIX = re.compile(r"\s+(?:province|municipality|city|sar|region)$")
# actions/fact_words.py's outside words (OUTSIDE_WORDS): "outside mainland", "out of China" name the
# mainland only to exclude it.
_OUTSIDE_PREFIX = re.compile(r"^(?:outside|out of|beyond)\b")


def place_value(text: str) -> Optional[str]:
    """The hosting value a place name stands for, from actions/places.py; None if unknown."""
    name = " ".join(str(text).lower().replace("’", "'").split())
    name = _SUFFIX.sub("", name)
    if _OUTSIDE_PREFIX.search(name):
        return d.OUTSIDE_MAINLAND
    # "US" is listed as "the us" (a bare "us" is a pronoun); "the mainland" as "mainland".
    for candidate in (name, f"the {name}", re.sub(r"^the\s+", "", name)):
        if candidate in _MAINLAND:
            return d.MAINLAND_CHINA
        if candidate in _HONG_KONG:
            return d.HONG_KONG
        if candidate in _OUTSIDE:
            return d.OUTSIDE_MAINLAND
    return None


def strongest(values: Iterable[Optional[str]]) -> Optional[str]:
    found: Set[Optional[str]] = set(values)
    return next((v for v in PRIORITY if v in found), None)


def _hosting_spans(entities: Sequence[Entity]) -> List[Entity]:
    # Exactly what the slot mapping `from_entity: hosting_location` picks: no role, no group.
    return [
        e
        for e in entities
        if e.get("entity") == HOSTING_ENTITY and e.get("role") is None and e.get("group") is None
    ]


def _validated(spans: Sequence[Entity], text: str) -> Optional[str]:
    if not spans:
        return None  # no span: the slot is not set, so nothing is validated
    # The slot keeps the last span; its validator reads every span of the message (the actions'
    # `fact_spans`), so any mainland server counts.
    value = clean_fact(
        Fact.HOSTING_LOCATION, fact_spans(Fact.HOSTING_LOCATION, spans[-1]["value"], spans), text
    )
    # "unknown" (a "not sure" inside the span) is not a place: the question would be asked.
    return None if value == d.UNKNOWN else value


def rules_reading(entities: Sequence[Entity], text: str) -> Optional[str]:
    """Today's reader for a volunteered fact: the last span, validated with the whole message."""
    return _validated(_hosting_spans(entities), text)


def rules_reading_all_spans(entities: Sequence[Entity], text: str) -> Optional[str]:
    """`clean_fact` given every span (its list branch: any mainland span wins); since the
    validator reads every span of the message, the same as `rules_reading`, kept as a check."""
    values = [e["value"] for e in _hosting_spans(entities)]
    if not values:
        return None
    value = clean_fact(Fact.HOSTING_LOCATION, values, text)
    return None if value == d.UNKNOWN else value


def role_reading(places: Sequence[Entity]) -> Optional[str]:
    """The role tagger's reading: hosting places, and mainland places that are not hosting."""
    values = []
    for place in places:
        if place.get("entity") != PLACE_ENTITY:
            continue
        value = place_value(place.get("value", ""))
        if place.get("role") == HOSTING:
            values.append(value)
        elif place.get("role") == NOT_HOSTING and value == d.MAINLAND_CHINA:
            values.append(d.OUTSIDE_MAINLAND)
    return strongest(values)


def _overlaps(a: Entity, b: Entity) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def hybrid_reading(
    entities: Sequence[Entity], places: Sequence[Entity], text: str
) -> Optional[str]:
    """Today's reader without the spans over a place that is the company's, the users' or
    planned according to the role tagger ("we're a Shanghai company hosting in Frankfurt")."""
    elsewhere = [
        p for p in places if p.get("entity") == PLACE_ENTITY and p.get("role") in NOT_THE_SERVERS
    ]
    spans = [e for e in _hosting_spans(entities) if not any(_overlaps(e, p) for p in elsewhere)]
    return _validated(spans, text)
