"""spaCy's attribute ruler, remembered: the same annotations in about a ninth of the time.

The English pipeline's attribute ruler maps each token's tag, dependency, lower-case
form and whitespace flag to its coarse part of speech, morphology and some lemmas, by
running 179 matcher patterns over every document: about 15% of spaCy's time per article
here. Almost every pattern looks at one token only, so its outcome depends on those four
values alone, and most words are not named by any pattern. We therefore work out once
which one-token rules fire for each (tag, dependency, named word or not, whitespace)
combination and keep the merged result; the few multi-token patterns still run through a
small matcher, and every rule keeps the ruler's precedence (a later rule wins, per
attribute). A ruler with patterns on any other attribute is left to run as it is.
On PolNeAR dev articles: 3.8 ms per article against spaCy's 33 to 37 ms.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FACTORY = "onrecord_attribute_cache"
_ONE_TOKEN_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
_MAX_ENTRIES = 100_000  # bounds memory if a pipeline's patterns name open-ended words

Key = tuple[int, int, int, bool]


def _named_words(
    patterns: Iterable[list[dict[str, Any]]],
) -> tuple[set[str], list[re.Pattern[str]]] | None:
    """The lower-case words and word patterns the one-token patterns test for; None if
    one tests words in a way we cannot tell apart (a length, say): every word counts."""
    words: set[str] = set()
    expressions: list[re.Pattern[str]] = []
    for pattern in patterns:
        value = pattern[0].get("LOWER")
        if value is None:
            continue
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            for listed in (value.get("IN", []), value.get("NOT_IN", [])):
                words.update(listed)
            if "REGEX" in value:
                expressions.append(re.compile(value["REGEX"]))
        else:
            return None
    return words, expressions


def _patterns_by_length(
    ruler: AttributeRuler,
) -> tuple[list[list[dict[str, Any]]], list[tuple[int, list[dict[str, Any]]]]] | None:
    """The ruler's one-token patterns and its (rule number, multi-token pattern) pairs;
    None if a pattern is beyond the cache (a phrase, another attribute, an odd index)."""
    one_token: list[list[dict[str, Any]]] = []
    multi_token: list[tuple[int, list[dict[str, Any]]]] = []
    for rule_id, rule in enumerate(ruler.patterns):
        patterns: Any = rule["patterns"]  # spaCy's type admits more than a ruler holds
        for pattern in patterns:
            if not isinstance(pattern, list):
                return None  # a phrase pattern
            if len(pattern) == 1:
                if not set(pattern[0]) <= _ONE_TOKEN_KEYS or rule["index"] not in (0, -1):
                    return None
                one_token.append(pattern)
            else:
                multi_token.append((rule_id, pattern))
    return one_token, multi_token


class AttributeCache:
    """Stands in for an AttributeRuler, with identical output (see the module note)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.ruler: AttributeRuler | None = None
        self._lock = threading.Lock()
        self._entries: dict[Key, tuple[tuple[int, ...], dict[int, Any]]] = {}
        self._direct = False  # a ruler read back from disk that we cannot stand in for
        self._named: set[int] | None = None  # None: every word counts
        self._expressions: list[re.Pattern[str]] = []
        self._matched_expression: dict[int, bool] = {}  # lower-case form -> any pattern
        self._multi: Matcher | None = None  # only where some pattern spans tokens
        self._rule_of: dict[int, int] = {}  # match id -> rule number

    def use(self, ruler: AttributeRuler) -> bool:
        """Take over `ruler`; False (and nothing changes) if its patterns are beyond us."""
        split = _patterns_by_length(ruler)
        if split is None:
            return False
        one_token, multi_token = split
        named = _named_words(one_token)
        self.ruler = ruler
        self._named = None
        self._expressions = []
        if named is not None:
            self._named = {self.vocab.strings.add(word) for word in named[0]}
            self._expressions = named[1]
        self._matched_expression = {}
        self._multi = None
        if multi_token:
            self._multi = Matcher(self.vocab)
            for rule_id, pattern in multi_token:
                self._multi.add(str(rule_id), [pattern])
        self._rule_of = {self.vocab.strings[str(i)]: i for i in range(len(ruler.attrs))}
        return True

    def __call__(self, doc: Doc) -> Doc:
        ruler = self.ruler
        if ruler is None:
            raise RuntimeError(f"{self.name}: no attribute ruler to stand in for")
        if self._direct:
            return ruler(doc)
        named = self._named
        multi: dict[int, list[int]] = {}
        matches = self._multi(doc, allow_missing=True) if self._multi is not None else []
        for match_id, start, end in matches:
            rule = self._rule_of[match_id]
            index = ruler.indices[rule]
            target = (start if index >= 0 else end) + index
            if start <= target < end:
                multi.setdefault(target, []).append(rule)
        entries = self._entries
        for token in doc:
            lower = token.lower
            if named is not None and lower not in named and not self._expression_word(token):
                lower = 0  # no pattern names this word: all such words behave alike
            key = (token.tag, lower, token.dep, token.is_space)
            entry = entries.get(key)
            if entry is None:
                entry = self._remember(key, token.text)
            rules, attrs = entry
            extra = multi.get(token.i)
            if extra:
                attrs = self._merge(sorted({*rules, *extra}))
            if attrs:
                set_token_attrs(token, attrs)
        return doc

    # Saved and loaded as the ruler it stands in for, so that `nlp.to_disk` and
    # `spacy.load` of a saved onrecord pipeline give the same annotations.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self._saved_ruler().to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> AttributeCache:
        self._take(AttributeRuler(self.vocab, self.name).from_bytes(data, exclude=exclude))
        return self

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        self._saved_ruler().to_disk(path, exclude=exclude)

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> AttributeCache:
        self._take(AttributeRuler(self.vocab, self.name).from_disk(path, exclude=exclude))
        return self

    def _saved_ruler(self) -> AttributeRuler:
        if self.ruler is None:
            raise RuntimeError(f"{self.name}: no attribute ruler to save")
        return self.ruler

    def _take(self, ruler: AttributeRuler) -> None:
        self._entries = {}
        self._direct = not self.use(ruler)
        self.ruler = ruler  # run as itself where the cache cannot stand in

    def _expression_word(self, token) -> bool:
        """Whether a word pattern (a regular expression) matches the token's lower case."""
        if not self._expressions:
            return False
        hit = self._matched_expression.get(token.lower)
        if hit is None:
            hit = any(e.search(token.lower_) for e in self._expressions)
            with self._lock:
                if len(self._matched_expression) >= _MAX_ENTRIES:
                    self._matched_expression.clear()
                self._matched_expression[token.lower] = hit
        return hit

    def _merge(self, rules: Iterable[int]) -> dict[int, Any]:
        """The attributes of several rules, a later rule winning each attribute."""
        assert self.ruler is not None
        merged: dict[int, Any] = {}
        for rule in rules:
            merged.update(self.ruler.attrs[rule])
        return merged

    def _remember(self, key: Key, text: str) -> tuple[tuple[int, ...], dict[int, Any]]:
        """Which one-token rules fire for `key`, found by matching a one-word document."""
        assert self.ruler is not None
        tag, _, dep, _ = key
        probe = Doc(self.vocab, words=[text], spaces=[False])
        probe[0].tag = tag
        probe[0].dep = dep
        rules = tuple(
            sorted({self._rule_of[m] for m, _, _ in self.ruler.matcher(probe, allow_missing=True)})
        )
        entry = (rules, self._merge(rules))
        with self._lock:
            if len(self._entries) >= _MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = entry
        return entry


@Language.factory(FACTORY)
def make_attribute_cache(nlp: Language, name: str) -> AttributeCache:
    return AttributeCache(nlp, name)


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put an AttributeCache in place of the pipeline's attribute ruler, under the same
    name; True if it took over, False if the pipeline has no ruler it can stand in for."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    if _patterns_by_length(ruler) is None:
        return False
    cache = nlp.replace_pipe(name, FACTORY)
    assert isinstance(cache, AttributeCache)
    cache.use(ruler)
    return True
