"""Rasa's SpacyNLP leaves the entity ruler out of its pass (components/rasa_patches.py, fix 4):
the tokens and lemmas the featurizers read are the same as with it, and SpacyEntityExtractor
still finds every entity from its own pass over the original text."""

import pytest
import spacy
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

import components  # noqa: F401  (installs the patches, as loading the model does)
import nlp.indexed_entity_ruler as _ruler_factory  # noqa: F401  (the pipeline's ruler)
from components import rasa_patches
from project_paths import ROOT, SPACY_PIPELINE

SPACY_DOC = "text_spacy_doc"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(SPACY_PIPELINE)  # built by `make spacy` (make test builds it first)


@pytest.fixture(scope="module")
def spacy_nlp(nlp):
    return SpacyNLP(SpacyModel(nlp, str(SPACY_PIPELINE)), {"case_sensitive": False})


@pytest.fixture(scope="module")
def training_texts():
    return [example.get(TEXT) for example in load_data(str(ROOT / "data" / "nlu")).intent_examples]


def test_the_patch_is_installed():
    assert SpacyNLP._doc_for_text is rasa_patches._doc_for_text


def test_the_pipeline_has_the_ruler_the_patch_leaves_out(nlp):
    # were the ruler renamed, the patch would silently skip nothing
    assert set(rasa_patches.ENTITIES_ONLY) <= set(nlp.pipe_names)


def test_spacy_nlp_docs_carry_no_entities_but_the_same_tokens_and_lemmas(
    nlp, spacy_nlp, training_texts
):
    with_entities = 0
    for text in training_texts:
        message = Message(data={TEXT: text})
        spacy_nlp.process([message], SpacyModel(nlp, str(SPACY_PIPELINE)))
        doc = message.get(SPACY_DOC)
        full = nlp(text.lower())
        with_entities += bool(full.ents)
        assert not doc.ents, text
        assert [(t.text, t.idx, t.lemma_) for t in doc] == [
            (t.text, t.idx, t.lemma_) for t in full
        ], text
    assert with_entities > 100  # the comparison covered messages the ruler tags


@pytest.mark.parametrize(
    "text, entity",
    [
        ("our servers are in Frankfurt", "hosting_location"),
        ("we only use Alibaba Cloud international CDN", "cdn_coverage"),
        ("we have a branch company in Shanghai", "china_presence"),
    ],
)
def test_the_entity_extractor_still_finds_the_facts(nlp, spacy_nlp, text, entity):
    model = SpacyModel(nlp, str(SPACY_PIPELINE))
    message = Message(data={TEXT: text})
    spacy_nlp.process([message], model)
    SpacyEntityExtractor(SpacyEntityExtractor.get_default_config()).process([message], model)
    assert entity in [e["entity"] for e in message.get(ENTITIES, [])]
