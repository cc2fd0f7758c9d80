"""The words of the assistant's responses, read from domain.yml in one place: the actions that
put a response's text on a button, and the tests and benchmarks that look for it."""

from typing import Any, Dict, Text


def response_text(domain: Dict[Text, Any], name: Text) -> Text:
    """The text of response `name` (its first variation), "" when there is none."""
    variations = domain.get("responses", {}).get(name) or [{}]
    return variations[0].get("text", "")
