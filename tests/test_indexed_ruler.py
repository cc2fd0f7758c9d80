"""The pipeline's entity ruler runs only the patterns whose required words a message contains
(nlp/indexed_entity_ruler.py): it must find exactly what spaCy's own ruler finds."""

from pathlib import Path
from typing import List

import pytest
import spacy
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.loading import load_data
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher

import nlp.indexed_entity_ruler as indexed
from eval.cases import load
from nlp import build_pipeline
from project_paths import ROOT, SPACY_PIPELINE
from testkit.scripted import load_conversations


@pytest.fixture(scope="module")
def pipeline():
    return spacy.load(SPACY_PIPELINE)  # built by `make spacy` (make test builds it first)


@pytest.fixture(scope="module")
def spacys_own_matcher(pipeline):
    """spaCy's Matcher holding the same patterns under the same labels."""
    matcher = Matcher(pipeline.vocab)
    for label, patterns in pipeline.get_pipe("entity_ruler").token_patterns.items():
        matcher.add(label, patterns)
    return matcher


def messages() -> List[str]:
    """Every message we have but the held-aside evaluation's (a failure would print one)."""
    texts = [e.get(TEXT) for e in load_data(str(ROOT / "data" / "nlu")).intent_examples]
    texts += [s["user"] for c in load_conversations() for s in c["steps"] if "user" in s]
    for path in [ROOT / "eval" / "dev.yml", *sorted((ROOT / "devtools" / "redteam").glob("*.yml"))]:
        for case in load(Path(path)):
            texts += [turn["text"] for turn in [case, *(case.get("then") or [])]]
    return texts


def test_the_pipeline_uses_the_indexed_ruler_under_the_usual_name(pipeline):
    ruler = pipeline.get_pipe("entity_ruler")  # the name components/rasa_patches.py skips
    assert isinstance(ruler, indexed.IndexedEntityRuler)
    assert isinstance(ruler.matcher, indexed.IndexedMatcher)


def test_every_message_gets_the_matches_spacys_matcher_finds(pipeline, spacys_own_matcher):
    ruler = pipeline.get_pipe("entity_ruler")
    texts = messages()
    assert len(texts) > 5000
    with_matches = 0
    for text in texts:
        doc = pipeline(text, disable=["entity_ruler"])
        expected = set(spacys_own_matcher(doc))
        with_matches += bool(expected)
        assert set(ruler.matcher(doc)) == expected, text
    assert with_matches > 2000  # the comparison covered messages the patterns tag


def _both(patterns, texts):
    """(spaCy's matches, the indexed matcher's matches) for each text, as sets."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    plain, grouped = Matcher(nlp.vocab, validate=True), indexed.IndexedMatcher(nlp.vocab, True)
    for label, pattern in patterns:
        plain.add(label, [pattern])
        grouped.add(label, [pattern])
    docs = [nlp(text) for text in texts]
    return [(set(plain(doc)), set(grouped(doc))) for doc in docs], grouped, nlp


PATTERNS = [
    ("HOST", [{"LOWER": "hosted"}, {"LOWER": "in"}, {"LOWER": {"IN": ["beijing", "tokyo"]}}]),
    # a required token after optional ones; the same label in another group
    ("HOST", [{"LOWER": "our", "OP": "?"}, {"LOWER": "ecs"}, {"IS_ALPHA": True, "OP": "*"}]),
    # nothing required: runs on every message
    ("ANY", [{"LOWER": "maybe", "OP": "?"}, {"IS_DIGIT": True, "OP": "+"}]),
    # lemmas and exact text; "+" requires the token
    ("LEMMA", [{"LEMMA": "run"}, {"ORTH": "on", "OP": "+"}]),
    # a negated token and a regular expression require nothing
    ("NOT", [{"LOWER": "no"}, {"LOWER": "cdn", "OP": "!"}, {"LOWER": {"REGEX": "^dom"}}]),
    # a token whose two exact attributes must both hold
    ("BOTH", [{"LOWER": "icp", "ORTH": "ICP"}, {"LOWER": "filing"}]),
    # keys in lower case are spaCy's too: an optional or negated token requires nothing
    ("LOW", [{"lower": "our", "op": "?"}, {"lower": "ecs"}]),
    ("LOW", [{"lower": "no"}, {"lower": "cdn", "op": "!"}]),
    # an empty list of words: matches nothing, and is no reason to fail
    ("NONE", [{"LOWER": {"IN": []}}, {"LOWER": "ecs"}]),
]
TEXTS = [
    "hosted in Beijing, our ECS runs on Alibaba Cloud",
    "one ecs, no way",
    "it ran on on 3 servers; no domain",
    "maybe 42 or 7",
    "icp filing, ICP filing and Icp filing",
    "no cdn domain, no domains",
    "nothing here",
    "",
]


def test_a_pattern_matches_wherever_spacys_matcher_would():
    results, _, _ = _both(PATTERNS, TEXTS)
    assert any(plain for plain, _ in results)
    for (plain, grouped), text in zip(results, TEXTS):
        assert grouped == plain, text


@pytest.mark.parametrize(
    "pattern, required",
    [
        ([{"LOWER": "ecs"}], {("lower_", frozenset({"ecs"}))}),
        ([{"LOWER": "ecs", "OP": "?"}, {"LOWER": "ecs", "OP": "*"}], set()),
        ([{"LEMMA": {"IN": ["host", "run"]}, "OP": "+"}], {("lemma_", frozenset({"host", "run"}))}),
        ([{"TEXT": "ICP"}, {"LOWER": "no", "OP": "!"}], {("orth_", frozenset({"ICP"}))}),
        ([{"LOWER": {"REGEX": "^ecs"}}, {"IS_ALPHA": True}], set()),
        ([{"LOWER": {"NOT_IN": ["ecs"]}}], set()),
        ([{"lower": "our", "op": "?"}, {"lower": "ecs"}], {("lower_", frozenset({"ecs"}))}),
    ],
)
def test_what_a_pattern_requires(pattern, required):
    assert indexed.requirements(pattern) == required


def test_removing_a_label_removes_it_from_every_group():
    _, grouped, nlp = _both(PATTERNS, TEXTS)
    doc = nlp("hosted in tokyo on our ecs")
    host = nlp.vocab.strings["HOST"]
    assert host in {key for key, _, _ in grouped(doc)} and "HOST" in grouped
    grouped.remove("HOST")
    assert "HOST" not in grouped and host not in {key for key, _, _ in grouped(doc)}
    with pytest.raises(ValueError):
        grouped.remove("HOST")


def test_options_that_would_see_one_group_only_are_refused():
    matcher = indexed.IndexedMatcher(spacy.blank("en").vocab)
    for options in ({"greedy": "LONGEST"}, {"on_match": lambda *args: None}):
        with pytest.raises(ValueError):
            matcher.add("HOST", [[{"LOWER": "ecs"}]], **options)
    matcher.add("HOST", [[{"LOWER": "ecs"}]], greedy=None, on_match=None)
    assert "HOST" in matcher


def test_lemmas_are_required_as_spacys_matcher_requires_them():
    nlp = spacy.blank("en")  # no lemmatizer
    doc = nlp("our ecs runs here")
    pattern = [{"LOWER": "ecs"}, {"LEMMA": "run", "OP": "?"}]
    plain, grouped = Matcher(nlp.vocab), indexed.IndexedMatcher(nlp.vocab)
    plain.add("HOST", [pattern])
    grouped.add("HOST", [pattern])
    for matcher in (plain, grouped):
        with pytest.raises(ValueError, match="lemmatizer"):
            matcher(doc)


@pytest.mark.parametrize("first, second", [("SITE", "PAPERS"), ("PAPERS", "SITE")])
@pytest.mark.parametrize("first_as_phrase", [False, True])
def test_a_span_two_labels_match_goes_to_the_label_added_first(first, second, first_as_phrase):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("indexed_entity_ruler", name="entity_ruler")
    pattern = [{"LOWER": "no"}, {"LOWER": "domain"}]
    ruler.add_patterns(
        [
            {"label": first, "pattern": "no domain" if first_as_phrase else pattern},
            {"label": second, "pattern": pattern},
        ]
    )
    for text in ("no domain", "we have no domain, just an IP", "no domain. no domain"):
        assert {e.label_ for e in nlp(text).ents} == {first}, text


def test_no_domain_is_how_the_site_is_reached(pipeline):
    # "no domain" is matched as both; the IP-only reading is added first (nlp/build_pipeline.py)
    doc = pipeline("our ECS in Beijing has no domain, staff open it by IP")
    assert ("no domain", "access_method") in [(e.text, e.label_) for e in doc.ents]


def test_the_ruler_saves_and_loads_with_its_patterns(tmp_path):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("indexed_entity_ruler", name="entity_ruler")
    ruler.add_patterns([{"label": "HOST", "pattern": PATTERNS[0][1]}])
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    assert isinstance(loaded.get_pipe("entity_ruler").matcher, indexed.IndexedMatcher)
    assert [e.label_ for e in loaded("hosted in Tokyo").ents] == ["HOST"]


def test_loading_builds_the_index_so_no_message_waits_for_it(tmp_path, monkeypatch):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("indexed_entity_ruler", name="entity_ruler")
    ruler.add_patterns([{"label": "HOST", "pattern": PATTERNS[0][1]}])
    nlp.to_disk(tmp_path)
    from_disk = spacy.load(tmp_path)
    from_bytes = spacy.blank("en")
    from_bytes.add_pipe("indexed_entity_ruler", name="entity_ruler").from_bytes(ruler.to_bytes())

    def built_on_a_message(_self):
        raise AssertionError("the index was built on a message, not at load")

    monkeypatch.setattr(indexed.IndexedMatcher, "_built_index", built_on_a_message)
    for loaded in (from_disk, from_bytes):
        assert [e.label_ for e in loaded("hosted in Tokyo").ents] == ["HOST"]


@pytest.mark.parametrize(
    "pattern",
    [[{"LOWER": "ecs", "OP": "sometimes"}], [{"LOWR": "ecs"}], [{"LOWER": {"IN": "ecs"}}]],
)
def test_a_pattern_the_matcher_would_reject_stops_the_build(tmp_path, monkeypatch, pattern):
    # (the saved ruler does not check its patterns at every load: the build checks them once)
    good = {"label": "HOST", "pattern": [{"LOWER": "ecs"}]}
    monkeypatch.setattr(
        build_pipeline, "build_patterns", lambda nlp: [good, {"label": "HOST", "pattern": pattern}]
    )
    with pytest.raises(MatchPatternError):
        build_pipeline.build(tmp_path)
    assert not (tmp_path / "meta.json").exists()
    monkeypatch.setattr(build_pipeline, "build_patterns", lambda nlp: [good])
    build_pipeline.build(tmp_path)
    assert [e.label_ for e in spacy.load(tmp_path)("one ECS").ents] == ["HOST"]
