"""NLU component: a message written mostly in Chinese, Japanese or Korean gets intent `non_english`.

The assistant answers in English only. Without this guard the English classifier would map such a
message onto a random FAQ; with it, the user is told (in English and Chinese) and offered a person.
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

# Han (incl. extension A and compatibility), CJK punctuation, Hiragana, Katakana, Hangul.
_CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def cjk_share(text: Text) -> float:
    """The share of non-space characters that are CJK."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if _CJK.match(c)) / len(chars)


# A quarter of the characters: "ICP备案 for our site?" counts, one Chinese place name does not
# (components/chinese_terms.py glosses the Chinese terms of messages below it).
MIN_CJK_SHARE = 0.25


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LanguageGuard(GraphComponent, IntentClassifier):
    """Overrides the intent of CJK-language messages (place after the intent classifier)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"min_cjk_share": MIN_CJK_SHARE, "intent": "non_english"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageGuard:
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if cjk_share(message.get(TEXT) or "") < self.component_config["min_cjk_share"]:
                continue
            intent = {"name": self.component_config["intent"], "confidence": 1.0}
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        return messages
