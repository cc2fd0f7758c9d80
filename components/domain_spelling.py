"""NLU component: a misspelt word of the assistant's domain, spelt right.

People type "comercial licence with rep ofice", "our webiste has no domian", "which provence".
The classifier's character n-grams bear a typo, but the entity ruler, the scope rules and the fact
readers match whole words, so one misspelt word hides a fact or a question's subject. A word that
is no English word (spaCy's English lemma table, from `spacy-lookups-data`, installed with the
project) and is one edit (Damerau-Levenshtein: an insertion, deletion, substitution or swap of
neighbours) from exactly one of the domain's own words is replaced with it. Real words are never
changed ("sever", "filling", "brunch"), nor short ones, nor a word two domain words are equally
near, nor a capitalised word inside a sentence (a name: "Brian", "Romain").

Accented Latin letters are written plain ("São Paulo" as "Sao Paulo"). Places are not
corrected: Chinese cities one edit apart are real and different places
(Changzhou and Hangzhou, Zhenjiang and Zhejiang), and so are names abroad (Santa Clara, Sanya).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Text

import spacy_lookups_data
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

# The domain's own words, as the rules spell them (both spellings of licence).
DOMAIN_WORDS = (
    "commercial licence license licences licenses office offices representative province "
    "provinces provincial municipality municipalities filing filings filed domain domains hosting "
    "hosted server servers instance instances mainland branch company companies balancer "
    "acceleration accelerate international registration registered certificate business "
    "documents document temporary subscription address accessible provider enterprise subsidiary "
    "approved required necessary mandatory website websites region regions overseas outside china "
    "chinese alibaba aliyun record permanent foreign located content coverage"
).split()
# Shorter words are left alone: one edit away, too many words look alike.
MIN_LENGTH = 5
_WORD = re.compile(r"[A-Za-z]+")  # ("office's" is "office" and "s")
# What may stand just before a sentence's first word (a capitalised word there may be a misspelt
# domain word)
_OPENING = " \t\"'("


@lru_cache(maxsize=1)
def _english_words() -> FrozenSet[str]:
    """Every form and lemma of spaCy's English lemma table (about 67,000 words)."""
    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as table:
        lemmas: Dict[str, str] = json.load(table)
    return frozenset(w.lower() for pair in lemmas.items() for w in pair)


@lru_cache(maxsize=1)
def _targets() -> Dict[str, FrozenSet[str]]:
    """Each domain word, and each of them with one letter left out, to the words they stand for
    (the candidates of a word within one edit)."""
    index: Dict[str, set] = {}
    for word in (w for w in DOMAIN_WORDS if len(w) >= MIN_LENGTH):
        for key in {word, *_deletions(word)}:
            index.setdefault(key, set()).add(word)
    return {key: frozenset(found) for key, found in index.items()}


def _deletions(word: str) -> List[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def _one_edit_apart(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance 1 (the optimal string alignment of the two)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def correction(word: str) -> Optional[str]:
    """The domain word `word` is a one-edit misspelling of, or None."""
    lower = word.lower()
    if len(lower) < MIN_LENGTH or lower in _english_words():
        return None
    targets = _targets()
    if lower in targets and lower in targets[lower]:
        return None  # a domain word itself
    candidates = {
        target
        for key in (lower, *_deletions(lower))
        for target in targets.get(key, ())
        if _one_edit_apart(lower, target)
    }
    if len(candidates) != 1:
        return None
    (right,) = candidates
    if word.isupper():
        return right.upper()
    return right.capitalize() if word[0].isupper() else right


# Chat shorthand the rules would not read, written out: "cdn w/ china nodes", "w/o a domain",
# "we have RO in shanghai", "next yr", "thru the console"
_SHORTHAND = (
    (re.compile(r"(?<![\w/])w/o(?![\w/])", re.IGNORECASE), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s|\w)(?!o\b)", re.IGNORECASE), "with "),
    (re.compile(r"(?<![\w/])b/c(?![\w/])", re.IGNORECASE), "because"),
    (re.compile(r"\byrs?\b", re.IGNORECASE), "year"),
    (re.compile(r"\bthru\b", re.IGNORECASE), "through"),
    # ("global excl mainland", "excl. mainland china")
    (re.compile(r"\bexcl\b\.?", re.IGNORECASE), "excluding"),
    (re.compile(r"\bincl\b\.?", re.IGNORECASE), "including"),
    (re.compile(r"\btho\b", re.IGNORECASE), "though"),
    (re.compile(r"\b(?:cuz|coz)\b", re.IGNORECASE), "because"),
    # ("wat if we had the commercial lic", "wat abt ip only")
    (re.compile(r"\b(commercial|icp|business|operating)\s+lic\b", re.IGNORECASE), r"\1 license"),
    (re.compile(r"\bwat\b", re.IGNORECASE), "what"),
    (re.compile(r"\babt\b", re.IGNORECASE), "about"),
    (re.compile(r"\bfrm\b", re.IGNORECASE), "from"),
    # single letters for words, typed lower case ("n if i choose global?", "r u a bot", "can u
    # help", "ur system"; not "R&D", "Plan B", "u.s.")
    (re.compile(r"(?<![\w/&'.-])n(?![\w/&'.-])"), "and"),
    (re.compile(r"(?<![\w/&'.-])r(?![\w/&'.-])"), "are"),
    (re.compile(r"(?<![\w/&'.-])u(?![\w/&'.-])"), "you"),
    (re.compile(r"(?<![\w/&'.-])ur(?![\w/&'.-])"), "your"),
    (re.compile(r"\b4\s+(us|me|you|them)\b", re.IGNORECASE), r"for \1"),
    # a representative office by its initials: capitals, or after words a company's office
    # follows ("a ro", "our RO")
    (re.compile(r"\bRO\b"), "representative office"),
    (
        re.compile(r"\b(an|a|our|my|the|have|has|their) ro\b", re.IGNORECASE),
        r"\1 representative office",
    ),
)


def written_out(text: str) -> str:
    """`text` with chat shorthand written out (see _SHORTHAND)."""
    for pattern, words in _SHORTHAND:
        text = pattern.sub(words, text)
    return re.sub(r"with\s+ ", "with ", text)


# Latin letters with a diacritic ("São Paulo", "Zürich", "Querétaro"): the places and words the
# readers know are written without them.
# (Vietnamese's letters too: "Hà Nội", "Hồ Chí Minh")
_ACCENTED = re.compile(r"[\u00c0-\u00ff\u0100-\u024f\u1e00-\u1eff]")


def _unaccented(match: "re.Match[str]") -> str:
    letter = match.group(0)
    plain = "".join(c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c))
    # (one letter for one: the entities' offsets stay where they were; "ß", "æ" stay as they are)
    return plain if len(plain) == 1 else letter


def respell(text: str) -> str:
    """`text` with its misspelt domain words spelt right (a capitalised word inside a sentence is
    taken for a name and left alone), its accented Latin letters plain, and chat shorthand
    written out."""
    # (a mark typed after its letter is joined to it first: "Sa\u0303o" as "São")
    text = written_out(_ACCENTED.sub(_unaccented, unicodedata.normalize("NFC", text)))

    def spelt(match: "re.Match[str]") -> str:
        word = match.group(0)
        before = text[: match.start()].rstrip(_OPENING)
        if word[0].isupper() and not word.isupper() and before and before[-1] not in ".?!:;\n":
            return word
        return correction(word) or word

    return _WORD.sub(spelt, text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class DomainSpelling(GraphComponent):
    """Spells the domain's misspelt words right, before anything reads them."""

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        # (the training text is written by this module: Rasa's cache must see its changes, or a
        # model trained before one keeps the old spellings)
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DomainSpelling:
        _english_words(), _targets()  # built once, at load, not on the first message
        return cls()

    @staticmethod
    def _respell(message: Message) -> None:
        text = message.get(TEXT)
        if text:
            message.set(TEXT, respell(text))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # The training examples are left as written: their typos teach the classifier's character
        # n-grams, and respelling them would move the entities annotated after them.
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._respell(message)
        return messages
