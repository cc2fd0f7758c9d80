"""Rasa's logistic regression intent classifier, saved as plain arrays instead of with skops, and
given its feature row with one stack.

Rasa 3.6 saves and loads this classifier with `skops.io`, whose import lists every scikit-learn
estimator and so imports all of scikit-learn (and pytest through it): about 8 s of a 20 s cold
start on the bench machine (reports/PERFORMANCE.md). A fitted logistic regression is a handful of
arrays, so they are written with numpy and read back with `allow_pickle=False`: as safe to load as
skops' trusted-types check, and nothing but numpy to import.

Rasa builds a message's row with `Message.get_sparse_features`, which also combines the token-level
(sequence) features the classifier never reads, deep-copies the first featurizer's matrix and
stacks the others onto it one by one: about 2 ms of a message's 7-11 ms in the NLU pipeline. The
same row (the sentence features of every featurizer in the message's order, sparse then dense) is
stacked here once. Training and prediction are otherwise Rasa's own.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message

# Everything `LogisticRegression.fit` sets that prediction reads.
FITTED = ("classes_", "coef_", "intercept_", "n_iter_", "n_features_in_")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class ArrayLogisticRegressionClassifier(LogisticRegressionClassifier):
    """`LogisticRegressionClassifier`, persisted as numpy arrays."""

    def _create_X(self, messages: List[Message]) -> scipy.sparse.csr_matrix:
        """The rows Rasa's `_create_X` builds: each message's sentence features, sparse ones in
        the order the featurizers added them, then dense ones."""
        rows = []
        for message in messages:
            sentence = [
                f
                for f in message.features
                if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE
            ]
            parts = [f.features for f in sentence if f.is_sparse()]
            parts += [scipy.sparse.csr_matrix(f.features) for f in sentence if f.is_dense()]
            rows.append(
                scipy.sparse.hstack(parts, format="csr")
                if parts
                else scipy.sparse.csr_matrix((1, 0))
            )
        if not rows:
            return scipy.sparse.csr_matrix((0, 0))  # (trained without intent examples)
        return rows[0] if len(rows) == 1 else scipy.sparse.vstack(rows, format="csr")

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            np.savez(
                model_dir / f"{self._resource.name}.npz",
                **{name: np.asarray(getattr(self.clf, name)) for name in FITTED},
            )

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ArrayLogisticRegressionClassifier:
        # A model trained without intent examples has no arrays: like Rasa's, it loads unfitted.
        component = cls(config, execution_context.node_name, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                with np.load(model_dir / f"{resource.name}.npz", allow_pickle=False) as arrays:
                    for name in FITTED:
                        value = arrays[name]
                        setattr(component.clf, name, value.item() if value.ndim == 0 else value)
        except (ValueError, FileNotFoundError):
            pass
        return component
