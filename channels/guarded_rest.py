"""Rasa's REST channel, guarded so that no request gets silence, a stack trace or an HTTP 500.

Same URL and JSON as the built-in channel (POST /webhooks/rest/webhook with sender and message).
Added: a malformed body gets HTTP 400 with a JSON error; an empty or overlong message gets a polite
reply without reaching the model; and when the assistant produced nothing (the action server is down
or too slow, or anything else failed) the user is told to try again or contact support. All the
sentences are domain.yml responses. A reply that takes longer than ICP_REPLY_TIMEOUT_SECONDS (20)
is abandoned the same way.
"""

import asyncio
import logging
import os
from typing import Any, Dict, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.fallback import support_contact

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
# A reply slower than this (a slow or stuck action server) becomes "try again in a minute": the
# user is not left waiting, and Rasa's own five-minute action timeout never shows.
REPLY_TIMEOUT_SECONDS = float(os.environ.get("ICP_REPLY_TIMEOUT_SECONDS", "20"))
MAX_SENDER_CHARS = 128


def _reply(request: Request, response_name: Text, recipient: Text) -> List[Dict[str, Any]]:
    """A domain response rendered for this channel (text, buttons, {support_contact})."""
    responses = request.app.ctx.agent.domain.responses
    variant = dict((responses.get(response_name) or [{"text": ""}])[0])
    text = variant.get("text", "").replace("{support_contact}", support_contact())
    message: Dict[str, Any] = {"recipient_id": recipient, "text": text}
    if variant.get("buttons"):
        message["buttons"] = variant["buttons"]
    return [message]


class GuardedRestInput(RestInput):
    """The REST channel with input checks and a reply for every request."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message) -> Blueprint:
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = _json_body(request)
            if body is None:
                return response.json(
                    {"error": "Expected a JSON object with 'sender' and 'message' strings."},
                    status=400,
                )
            sender, text = body["sender"], body["message"]
            if not text.strip():
                return response.json(_reply(request, "utter_empty_message", sender))
            if len(text) > MAX_MESSAGE_CHARS:
                return response.json(_reply(request, "utter_message_too_long", sender))
            collector = CollectingOutputChannel()
            try:
                await asyncio.wait_for(
                    on_new_message(
                        UserMessage(
                            text,
                            collector,
                            sender,
                            input_channel=self.name(),
                            metadata=body.get("metadata"),
                        )
                    ),
                    timeout=REPLY_TIMEOUT_SECONDS,
                )
            except asyncio.TimeoutError:
                logger.error("No reply within %s s; told the user to retry", REPLY_TIMEOUT_SECONDS)
                collector.messages.clear()
            except Exception:  # noqa: BLE001 - the user gets a reply whatever failed
                logger.exception("Handling a message failed")
                collector.messages.clear()
            if not collector.messages:
                logger.error("The assistant produced no reply; told the user to retry")
                return response.json(_reply(request, "utter_cannot_reply_now", sender))
            return response.json(collector.messages)

        return webhook


def _json_body(request: Request) -> Optional[Dict[str, Any]]:
    """The request's JSON object if it has usable sender and message strings, else None."""
    try:
        body = request.json
    except Exception:  # noqa: BLE001 - Sanic raises on invalid JSON
        return None
    if not isinstance(body, dict):
        return None
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return None
    if not isinstance(message, str):
        return None
    metadata = body.get("metadata")
    return {
        "sender": sender,
        "message": message,
        "metadata": metadata if isinstance(metadata, dict) else None,
    }
