"""spaCy's entity ruler, with its token patterns indexed by the words they require.

spaCy's `Matcher` tries every pattern at every token. With this pipeline's 3,800 fact patterns
that was a third of a long message's NLU time (6 ms of 17 for a 27-token message; make bench's
tail is those messages). Nearly every pattern requires some word at a token that is not
optional ("ecs", "hosted", one of the place names): it cannot match a message without one of
the words allowed there. So the patterns are grouped by what they require, each group has a
`Matcher` of its own, and a message runs only the groups whose every requirement it meets.

The matches are the same: without a `greedy` filter or an `on_match` callback (which the
ruler does not use, and the grouped matcher refuses), a pattern's matches do not depend on the
other patterns beside it, and the ruler turns them into one sorted set (`EntityRuler.match`).
tests/test_indexed_ruler.py compares the matches with spaCy's matcher's on every message of the
training data, scripted conversations, tuning evaluation and red-team rounds.

The pipeline is saved with this factory, so whatever loads it must import this module first:
`components/__init__.py` does, for every process that loads the assistant's model; a Rasa
config that lists none of our components runs Rasa through `nlp/rasa_cli.py`.
"""

from collections import Counter
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Tuple

from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.pipeline.entityruler import DEFAULT_ENT_ID_SEP
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList
from spacy.vocab import Vocab

# Token attributes a requirement can be read from, as the token's string attribute.
_ATTRIBUTES = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "LEMMA": "lemma_"}
# Operators after which the token must be there (no operator: exactly once). Any other is read
# as requiring nothing ("?", "*", "!"; also a range, to be safe): a pattern is run on more
# messages than it needs, never on fewer.
_REQUIRED = (None, "1", "+")

Requirement = Tuple[str, FrozenSet[str]]  # a token attribute, and the values allowed there


def requirements(pattern: List[Dict[str, Any]]) -> FrozenSet[Requirement]:
    """What a message must contain for `pattern` to match it: for each token that must be
    there, the values its exact attributes allow ({"LOWER": "ecs"}, {"LEMMA": {"IN": [...]}})."""
    found = set()
    for token in pattern:
        token = {key.upper(): value for key, value in token.items()}  # ("op" is "OP" to spaCy)
        if token.get("OP") not in _REQUIRED:
            continue
        for key, value in token.items():
            attribute = _ATTRIBUTES.get(key)
            if attribute is None:
                continue
            if isinstance(value, str):
                found.add((attribute, frozenset([value])))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                found.add((attribute, frozenset(value["IN"])))
    return frozenset(found)


class IndexedMatcher:
    """The part of spaCy's `Matcher` the entity ruler uses, over groups of patterns."""

    def __init__(self, vocab: Vocab, validate: bool = False) -> None:
        self.vocab = vocab
        self.validate = validate
        self._groups: Dict[FrozenSet[Requirement], Matcher] = {}
        self._index: Optional[Dict[Tuple[str, str], List[FrozenSet[Requirement]]]] = None
        self._order: Dict[FrozenSet[Requirement], int] = {}
        self._uses_lemmas = False

    def _normalize_key(self, key: Any) -> Any:
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def add(self, key: Any, patterns: Iterable[List[Dict[str, Any]]], **options: Any) -> None:
        if any(value is not None for value in options.values()):
            # (a callback or a greedy filter would see one group's matches, not the key's)
            raise ValueError(f"IndexedMatcher takes no {', '.join(options)}")
        for pattern in patterns:
            needs = requirements(pattern)
            if needs not in self._groups:
                self._groups[needs] = Matcher(self.vocab, validate=self.validate)
            self._groups[needs].add(key, [pattern])
            self._uses_lemmas |= any(k.upper() == "LEMMA" for token in pattern for k in token)
        self._index = None

    def remove(self, key: Any) -> None:
        holding = [matcher for matcher in self._groups.values() if key in matcher]
        if not holding:
            raise ValueError(f"no patterns under the key {key!r}")
        for matcher in holding:
            matcher.remove(key)
        self._groups = {needs: matcher for needs, matcher in self._groups.items() if len(matcher)}
        self._index = None

    def __contains__(self, key: Any) -> bool:
        return any(key in matcher for matcher in self._groups.values())

    def prepare(self) -> None:
        """Builds the index now (about 0.1 s for our patterns) rather than on the first message."""
        self._order = {needs: i for i, needs in enumerate(self._groups)}
        self._index = self._built_index()

    def _built_index(self) -> Dict[Tuple[str, str], List[FrozenSet[Requirement]]]:
        """Each group under one of its requirements' values: the requirement whose values the
        fewest groups require ("beijing" rather than "in"), so a message looks at few groups."""
        used = Counter(value for needs in self._groups for _, values in needs for value in values)
        index: Dict[Tuple[str, str], List[FrozenSet[Requirement]]] = {}
        for needs in self._groups:
            if not needs:
                continue
            attribute, values = min(
                needs,
                key=lambda need: (sum(used[v] for v in need[1]), min(need[1], default=""), need[0]),
            )
            for value in values:
                index.setdefault((attribute, value), []).append(needs)
        return index

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        if self._uses_lemmas and not doc.has_annotation("LEMMA"):
            # spaCy's matcher refuses such a doc, whichever patterns would have run
            raise ValueError(Errors.E155.format(pipe="lemmatizer", attr="LEMMA"))
        if self._index is None:
            self.prepare()
        words: Dict[str, set] = {"orth_": set(), "lower_": set(), "lemma_": set()}
        for token in doc:
            words["orth_"].add(token.orth_)
            words["lower_"].add(token.lower_)
            words["lemma_"].add(token.lemma_)
        index = self._index
        candidates = {
            needs
            for attribute, values in words.items()
            for value in values
            for needs in index.get((attribute, value), ())
        }
        # (in the order the groups were added, so that matches come in one order on every run)
        order = self._order
        matches: List[Tuple[int, int, int]] = []
        if frozenset() in self._groups:  # patterns that require no word run on every message
            matches.extend(self._groups[frozenset()](doc))
        for needs in sorted(candidates, key=order.__getitem__):
            if all(not allowed.isdisjoint(words[attribute]) for attribute, allowed in needs):
                matches.extend(self._groups[needs](doc))
        return matches


class IndexedEntityRuler(EntityRuler):
    """spaCy's `EntityRuler`, its token patterns in an `IndexedMatcher`."""

    def __init__(self, nlp: Language, name: str = "entity_ruler", **config: Any) -> None:
        patterns = config.pop("patterns", None)
        self._label_rank: Dict[int, int] = {}  # each label's place in the order first added
        super().__init__(nlp, name, **config)
        self.matcher = IndexedMatcher(nlp.vocab, validate=self._validate)
        if patterns is not None:
            self.add_patterns(patterns)

    def add_patterns(self, patterns: Iterable[Dict[str, Any]]) -> None:
        patterns = list(patterns)  # (loading passes a generator)
        for entry in patterns:
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(label, entry["id"])
            self._label_rank.setdefault(self.nlp.vocab.strings.add(label), len(self._label_rank))
        super().add_patterns(patterns)

    def from_disk(
        self, path: Any, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> "IndexedEntityRuler":
        super().from_disk(path, exclude=exclude)
        self.matcher.prepare()  # (so the first user's message does not pay for it)
        return self

    def from_bytes(
        self, patterns_bytes: bytes, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> "IndexedEntityRuler":
        super().from_bytes(patterns_bytes, exclude=exclude)
        self.matcher.prepare()
        return self

    def clear(self) -> None:
        super().clear()
        self.matcher = IndexedMatcher(self.nlp.vocab, validate=self._validate)
        self._label_rank = {}

    def match(self, doc: Doc) -> List[Tuple[int, int, int]]:
        """spaCy's matches, longest first, then earliest; a span that two labels match goes to
        the label whose patterns were added first. spaCy leaves that tie to the order of a
        set, which the groups change (the one tie in our messages: "no domain", the site reached
        by IP only before the filing that cannot be completed)."""
        rank = self._label_rank
        return sorted(
            super().match(doc),
            key=lambda match: (match[1] - match[2], match[1], rank.get(match[0], len(rank))),
        )


@Language.factory(
    "indexed_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={
        "phrase_matcher_attr": None,
        "validate": False,
        "overwrite_ents": False,
        "ent_id_sep": DEFAULT_ENT_ID_SEP,
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
)
def make_indexed_entity_ruler(
    nlp: Language,
    name: str,
    phrase_matcher_attr: Optional[Any],
    validate: bool,
    overwrite_ents: bool,
    ent_id_sep: str,
    scorer: Any,
) -> IndexedEntityRuler:
    return IndexedEntityRuler(
        nlp,
        name,
        phrase_matcher_attr=phrase_matcher_attr,
        validate=validate,
        overwrite_ents=overwrite_ents,
        ent_id_sep=ent_id_sep,
        scorer=scorer,
    )
