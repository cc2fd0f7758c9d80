"""Five speed fixes inside Rasa 3.6.21 itself, replacing four private methods (measured in
reports/PERFORMANCE.md). They touch Rasa's internals, so `install` refuses any other Rasa version:
after an upgrade, check the four methods against the new Rasa and update `PINNED_RASA`.

1. **Action-server replies checked with validators built once, one per event type.** Rasa 3.6
   validates every custom action's reply with `jsonschema.validate(reply, schema)`, which first
   checks Rasa's large events schema against the JSON-Schema metaschema: about 19 ms of CPU per
   call, and this assistant makes up to four action calls per message. The schema is a constant,
   so it is checked once here. Checking the reply itself still cost 0.6 ms a call, because the
   schema says an event is `oneOf` 23 event types, and each event was tried against all 23. Each
   type fixes the `event` name (`const`), so an event matches exactly one of them if and only if
   it matches the one its name gives: that one is checked (0.09 ms a call). A reply that fails
   goes to Rasa's own check, which raises Rasa's own error, so behaviour is unchanged.
2. **No slot-validation call when a message set no slot.** After every user message Rasa runs
   `action_extract_slots`, which calls `action_validate_slot_mappings` on the action server even
   when the message filled no slot. That call can only return events for slots set this turn, or
   for slots an `extract_<slot>` method fills; `actions/slot_validation.ValidateSlotMappings` has
   no such method (a test keeps it so). With no slot set, the round trip is skipped; a message
   that set any slot is validated exactly as before.
3. **One slot-validation call per extraction.** When a FAQ question starts the form, Rasa runs
   `action_extract_slots` a second time in the same turn ("at form activation"), which extracts
   the same slots from the same message and sends them to the action server again: one of the
   five action calls of an answer turn. `ValidateSlotMappings` reads only the slots being
   validated, the latest message and whether the form asked for the fact (a test keeps it so),
   so the same extraction, for the same message, with the same form state, gets the events the
   first call returned. Anything different (another slot or value, a new message, the form
   asking) is validated by the action server as before.
4. **The entity ruler runs once per message.** Rasa's `SpacyNLP` runs the whole spaCy pipeline on
   the lower-cased text for the tokenizer and featurizers, and `SpacyEntityExtractor` runs it
   again on the original text for the entities. Only the second pass's entities are read, and the
   ruler (3,800 patterns, indexed: nlp/indexed_entity_ruler.py) is most of the pipeline's time,
   so `SpacyNLP`'s pass leaves it out.
   Tokens and lemmas do not depend on it (a test compares the features with and without it).

5. **Action calls over kept-alive connections.** Rasa's `EndpointConfig.request` opens a new
   aiohttp session, and so a new TCP connection, for every call: up to four per answer, each
   paying the connection's set-up and tear-down on both servers (0.9 ms a call against 0.5 ms on
   a kept connection, measured on the action server). Here each endpoint keeps one session per
   event loop. Its idle connections are dropped after `KEPT_ALIVE_S`, before the action server's
   own keep-alive timeout (Sanic's, 5 s) can close one under a request; connections the action
   server closed (it restarted) are dropped by aiohttp before reuse (a test restarts it).
   Headers, parameters, TLS and errors are Rasa's.

Installed by `components/__init__.py` (its one call): every process that loads the model imports
the project's components, and so gets them.
"""

import asyncio
import copy
import json
import os
import ssl
from collections import OrderedDict
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text, Tuple

import aiohttp
import rasa
from aiohttp import ContentTypeError
from jsonschema import validators
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import FileNotFoundException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

PINNED_RASA = "3.6.21"

_rasa_check = RemoteAction._validate_action_result
_rasa_validation = ActionExtractSlots._execute_validation_action


@lru_cache(maxsize=None)
def _validators() -> Tuple[Any, Dict[Text, Any]]:
    """The reply's validator with any object as an event, and one validator per event type."""
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    event = schema["properties"]["events"]["items"]
    common = {key: value for key, value in event.items() if key != "oneOf"}
    reply = copy.deepcopy(schema)
    reply["properties"]["events"]["items"] = {"type": "object"}
    by_type = {
        branch["properties"]["event"]["const"]: cls({**common, "allOf": [branch]})
        for branch in event["oneOf"]
    }
    return cls(reply), by_type


def _is_valid(result: Dict[Text, Any]) -> bool:
    reply, by_type = _validators()
    if not reply.is_valid(result):
        return False
    for event in result.get("events") or []:
        # (an event whose name is no type's matches none of the `oneOf`: invalid)
        name = event.get("event") if isinstance(event, dict) else None
        check = by_type.get(name) if isinstance(name, str) else None
        if check is None or not check.is_valid(event):
            return False
    return True


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    if _is_valid(result):
        return True
    return _rasa_check(self, result)  # raises Rasa's ValidationError, with its message


async def _execute_validation_action(
    self: ActionExtractSlots,
    extraction_events: List[Event],
    output_channel: Any,
    nlg: Any,
    tracker: DialogueStateTracker,
    domain: Any,
) -> List[Event]:
    slots = [event for event in extraction_events if isinstance(event, SlotSet)]
    if not slots:
        return []
    key = _extraction_key(slots, tracker)
    if key in _validated:
        return copy.deepcopy(_validated[key])
    validated = await _rasa_validation(
        self, extraction_events, output_channel, nlg, tracker, domain
    )
    _validated[key] = copy.deepcopy(validated)
    while len(_validated) > _VALIDATED_KEPT:
        _validated.popitem(last=False)
    return validated


# The latest validations, by what decides their result (see 3. above). Only a repeat within the
# same turn can match (the key holds the message's timestamp), so a few per concurrent
# conversation are enough.
_validated: "OrderedDict[Tuple[Any, ...], List[Event]]" = OrderedDict()
_VALIDATED_KEPT = 256


def _extraction_key(slots: List[SlotSet], tracker: DialogueStateTracker) -> Tuple[Any, ...]:
    message = tracker.latest_message
    return (
        tracker.sender_id,
        getattr(message, "timestamp", None),
        getattr(message, "text", None),
        # the fact a running form asked for (a form that just started has asked none yet)
        tracker.get_slot(REQUESTED_SLOT) if tracker.active_loop_name else None,
        tuple((event.key, json.dumps(event.value, sort_keys=True)) for event in slots),
    )


# spaCy components whose output no featurizer reads: SpacyEntityExtractor runs them itself (see 4.)
ENTITIES_ONLY = ("entity_ruler",)


def _doc_for_text(self: SpacyNLP, model: Any, text: Text) -> Any:
    skipped = [name for name in ENTITIES_ONLY if name in model.pipe_names]
    return model(self._preprocess_text(text), disable=skipped)


# Idle connections kept this long: less than the action server's keep-alive timeout (Sanic's 5 s).
KEPT_ALIVE_S = 3.0


def _kept_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """The endpoint's session for the running event loop, made as Rasa's `session()` makes it."""
    loop = asyncio.get_running_loop()
    session: Optional[aiohttp.ClientSession] = getattr(endpoint, "_kept_session", None)
    if session is None or session.closed or getattr(endpoint, "_kept_loop", None) is not loop:
        auth = (
            aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
            if endpoint.basic_auth
            else None
        )
        session = aiohttp.ClientSession(
            headers=endpoint.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEPT_ALIVE_S),
        )
        endpoint._kept_session, endpoint._kept_loop = session, loop
    return session


async def _request(
    self: EndpointConfig,
    method: Text = "post",
    subpath: Optional[Text] = None,
    content_type: Optional[Text] = "application/json",
    compress: bool = False,
    **kwargs: Any,
) -> Optional[Any]:
    """Rasa's `EndpointConfig.request`, on the endpoint's kept session (see 5. above)."""
    headers = {}
    if content_type:
        headers["Content-Type"] = content_type
    if "headers" in kwargs:
        headers.update(kwargs.pop("headers"))
    if self.headers:
        headers.update(self.headers)
    url = concat_url(self.url, subpath)
    sslcontext = None
    if self.cafile:
        try:
            sslcontext = ssl.create_default_context(cafile=self.cafile)
        except FileNotFoundError as e:
            raise FileNotFoundException(
                f"Failed to find certificate file, '{os.path.abspath(self.cafile)}' does not exist."
            ) from e
    async with _kept_session(self).request(
        method,
        url,
        headers=headers,
        params=self.combine_parameters(kwargs),
        compress=compress,
        ssl=sslcontext,
        **kwargs,
    ) as response:
        if response.status >= 400:
            raise ClientResponseError(
                response.status, response.reason, await response.content.read()
            )
        try:
            return await response.json()
        except ContentTypeError:
            return None


def install(rasa_version: str = rasa.__version__) -> None:
    """Replaces the four methods; raises on a Rasa other than the one they were written for."""
    if rasa_version != PINNED_RASA:
        raise RuntimeError(
            f"components/rasa_patches.py replaces private methods of Rasa {PINNED_RASA} "
            f"(RemoteAction._validate_action_result, "
            f"ActionExtractSlots._execute_validation_action, SpacyNLP._doc_for_text, "
            f"EndpointConfig.request), but this is Rasa {rasa_version}. Check the four against "
            f"this Rasa, then update PINNED_RASA."
        )
    RemoteAction._validate_action_result = _validate_action_result
    EndpointConfig.request = _request
    ActionExtractSlots._execute_validation_action = _execute_validation_action
    SpacyNLP._doc_for_text = _doc_for_text
