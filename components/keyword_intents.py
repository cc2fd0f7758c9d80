"""NLU component: messages naming an ICP matter the FAQ does not cover get `ask_unanswerable`.

The classifier confuses "Is a PSB filing needed as well?" with "Do I need an ICP Filing?" because
the words are close; answering it as an ICP question would be wrong. The FAQ says nothing about
PSB filings, fees, processing times, footer numbers or app filings, so a message naming one of
them is routed to the honest "outside what I can answer" reply, whatever the classifier thought.
Patterns and the intents they never override are set in config.yml.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class KeywordIntents(GraphComponent, IntentClassifier):
    """Sets `intent` when a pattern matches, unless the classifier chose a protected intent."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"intent": "ask_unanswerable", "patterns": [], "keep_intents": []}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config
        self._pattern = re.compile("|".join(f"(?:{p})" for p in config["patterns"]) or r"(?!x)x",
                                   re.IGNORECASE)

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> KeywordIntents:
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            current = (message.get(INTENT) or {}).get("name")
            if current in self.component_config["keep_intents"]:
                continue
            if not self._pattern.search(message.get(TEXT) or ""):
                continue
            intent = {"name": self.component_config["intent"], "confidence": 1.0}
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        return messages
