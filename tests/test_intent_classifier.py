"""The intent classifier saved as numpy arrays: it predicts after loading exactly as when trained,
and loading the served model no longer imports skops (8 s of the cold start)."""

import subprocess
import sys

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from scipy.sparse import csr_matrix

from components.intent_classifier import ArrayLogisticRegressionClassifier
from project_paths import MODEL, ROOT


def _classifier(storage, resource):
    context = ExecutionContext(GraphSchema({}), node_name="classifier")
    return ArrayLogisticRegressionClassifier.create(
        {"random_state": 7, "max_iter": 200}, storage, resource, context
    ), context


@pytest.mark.parametrize("labels", [["ask_cdn", "greet"], ["ask_cdn", "greet", "ask_ip_only"]])
def test_a_saved_classifier_predicts_as_the_trained_one(tmp_path, labels):
    """Two classes (one coefficient row) and several (one row per class) are stored differently
    by scikit-learn; both come back the same."""
    rng = np.random.default_rng(3)
    features = csr_matrix(rng.random((60, 25)) * (rng.random((60, 25)) > 0.7))
    targets = [labels[i % len(labels)] for i in range(60)]
    storage, resource = LocalModelStorage(tmp_path), Resource("classifier")
    trained, context = _classifier(storage, resource)
    trained.clf.fit(features, targets)
    trained.persist()

    loaded = ArrayLogisticRegressionClassifier.load(trained.config, storage, resource, context)

    assert sorted(loaded.clf.classes_) == sorted(labels)
    assert list(loaded.clf.classes_) == list(trained.clf.classes_)
    assert loaded.clf.n_features_in_ == 25
    np.testing.assert_array_equal(
        loaded.clf.predict_proba(features), trained.clf.predict_proba(features)
    )


def test_a_model_trained_without_intent_examples_loads_unfitted(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("never_trained")
    _, context = _classifier(storage, resource)

    loaded = ArrayLogisticRegressionClassifier.load({}, storage, resource, context)

    assert not hasattr(loaded.clf, "coef_")


@pytest.mark.needs_services
def test_loading_the_served_model_imports_neither_skops_nor_pytest():
    """What the Rasa server does at start-up, in a fresh interpreter: load the trained model and
    parse one message. skops (and scikit-learn's test helpers, which import pytest) stay out."""
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make train` (make test does it)")
    script = (
        "import asyncio, sys\n"
        "from rasa.core.agent import Agent\n"
        f"agent = Agent.load({str(MODEL)!r})\n"
        "parsed = asyncio.run(agent.parse_message('do I need an ICP filing for CDN?'))\n"
        "print(parsed['intent']['name'])\n"
        "print(sorted(m for m in ('skops', 'pytest') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    intent, imported = done.stdout.strip().splitlines()[-2:]
    assert intent == "ask_cdn"
    assert imported == "[]"


def _message(rng, dense):
    """A message with what the featurizers add: sentence and sequence features of the text from
    three sparse featurizers (and a dense one), and features of another attribute."""
    from rasa.shared.nlu.training_data.features import Features
    from rasa.shared.nlu.training_data.message import Message
    from scipy.sparse import coo_matrix

    message = Message(data={"text": "servers in Wuhan, icp?"})
    for origin, width in (("regex", 3), ("lexical", 7), ("counts", 11)):
        sequence = coo_matrix(rng.random((4, width)) * (rng.random((4, width)) > 0.5))
        sentence = coo_matrix(rng.random((1, width)) * (rng.random((1, width)) > 0.5))
        message.add_features(Features(sequence, "sequence", "text", origin))
        message.add_features(Features(sentence, "sentence", "text", origin))
        message.add_features(Features(sentence, "sentence", "action_name", origin))
    if dense:
        message.add_features(Features(rng.random((1, 5)), "sentence", "text", "dense"))
    return message


@pytest.mark.parametrize("count, dense", [(1, False), (1, True), (6, False), (6, True)])
def test_the_feature_rows_are_rasas(tmp_path, count, dense):
    """The rows stacked once are the ones Rasa's own `_create_X` builds, value for value."""
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    rng = np.random.default_rng(11)
    messages = [_message(rng, dense) for _ in range(count)]
    classifier, _ = _classifier(LocalModelStorage(tmp_path), Resource("classifier"))

    ours = classifier._create_X(messages)
    rasas = LogisticRegressionClassifier._create_X(classifier, messages)

    assert ours.shape == rasas.shape == (count, 21 + (5 if dense else 0))
    np.testing.assert_array_equal(ours.toarray(), rasas.toarray())
