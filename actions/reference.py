"""The conversation reference a user quotes to support.

It finds the conversation (`make report` lists it with each handoff) but cannot continue it: the
sender id is the key that continues a conversation over the REST channel, so the reference is a
one-way digest of it, never the id itself.
"""

import hashlib

PREFIX = "ICP-"


def conversation_reference(sender_id: str) -> str:
    digest = hashlib.sha256(sender_id.encode("utf-8")).hexdigest()
    return PREFIX + digest[:12].upper()
