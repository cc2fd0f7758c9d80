"""The entity ruler matches the one-word places as one token set (nlp/build_pipeline.py): it must
find exactly the entities that one pattern per place finds, for every place and every form."""

import pytest
import spacy

import nlp.indexed_entity_ruler as _ruler_factory  # noqa: F401  (the pipeline's ruler)
from nlp import build_pipeline
from nlp.build_pipeline import PLACES

FORMS = [
    "our servers are in {}",
    "we host in {} province",
    "not hosted in {}, but the CDN is",
    "{} servers",
    "the {}-hosted site",
    "{}-based servers",
    "Lightsail {}",
    "served out of {}",
    "we now run only from {}",
    "our business licence is from {} city",
    "a company in {}",
]


def _ruler(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # (the pipeline's own ruler: spaCy's would take minutes over one pattern per place)
    ruler = nlp.add_pipe(
        "indexed_entity_ruler",
        name="entity_ruler",
        config={"validate": True, "overwrite_ents": True},
    )
    nlp.initialize()
    ruler.add_patterns(patterns)
    return nlp


@pytest.fixture(scope="module")
def pipelines():
    base = _ruler([])
    together = build_pipeline.build_patterns(base)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            build_pipeline,
            "_places_as_tokens",
            lambda nlp: [build_pipeline._tokens(nlp, place) for place in PLACES],
        )
        one_by_one = build_pipeline.build_patterns(base)
    return _ruler(together), _ruler(one_by_one), len(together), len(one_by_one)


def test_the_one_word_places_make_fewer_patterns(pipelines):
    _, _, together, one_by_one = pipelines
    assert together < one_by_one / 2


@pytest.mark.parametrize("form", FORMS)
def test_every_place_is_found_as_by_its_own_pattern(pipelines, form):
    together, one_by_one, _, _ = pipelines
    texts = [form.format(name) for place in PLACES for name in (place, place.title())]
    found = 0
    for text, mine, theirs in zip(texts, together.pipe(texts), one_by_one.pipe(texts)):
        expected = [(e.text, e.label_) for e in theirs.ents]
        assert [(e.text, e.label_) for e in mine.ents] == expected, text
        found += bool(expected)
    assert found  # the form finds places at all
