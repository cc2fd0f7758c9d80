"""Checks action-server replies with a validator built once, instead of once per reply.

Rasa 3.6 validates every custom action's reply with `jsonschema.validate(reply, schema)`, which
first checks Rasa's large events schema against the JSON-Schema metaschema: about 19 ms of CPU
per call, while the reply itself takes 0.3 ms. This assistant makes about three action calls per
message, so that was more than half of each message's time (reports/PERFORMANCE.md). The schema
is a constant, so it is checked once here. A reply that fails goes to Rasa's own check, which
raises Rasa's own error, so behaviour is unchanged.

Installed by components/__init__.py: every process that loads the model (and so imports the
project's components) gets it.
"""

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction

_rasa_check = RemoteAction._validate_action_result


@lru_cache(maxsize=None)
def _validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    if exceptions.best_match(_validator().iter_errors(result)) is None:
        return True
    return _rasa_check(self, result)  # raises Rasa's ValidationError, with its message


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
