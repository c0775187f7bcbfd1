"""The same quote across articles: normalised text, shingles, and the containment test.

Two statements belong to one quote cluster when their words are the same once case,
punctuation, curly quotes and ellipses are ignored, or when one of them is an excerpt of at
least EXCERPT_MIN_WORDS words contained in the other. An excerpt may skip words where it
shows an ellipsis ("we will ... win"): its pieces must then appear in order.

To stay sub-quadratic the store indexes word shingles (SHINGLE_WORDS consecutive words,
hashed to 64-bit integers): a longer quote is indexed by all its shingles, and an excerpt is
found by one "anchor" shingle (the first shingle of its longest piece). Candidates found
through the index are confirmed with `contains`. This module is pure; the store does the I/O.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

SHINGLE_WORDS = 6
EXCERPT_MIN_WORDS = 6

_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|\u2026|\[\s*(?:\.\s*){3}\]|\[\u2026\]")
# Apostrophes inside words vanish ("don't" == "don’t" == "dont"); other punctuation splits.
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc](?=\w)")
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class QuoteShape:
    """A statement's text reduced to what provenance compares."""

    pieces: tuple[tuple[str, ...], ...]  # word runs separated by ellipses
    words: tuple[str, ...] = ()  # all pieces' words in order (filled by quote_shape)

    @property
    def text_hash(self) -> int:
        """Identity of the words, ignoring where ellipses were."""
        return hash64(" ".join(self.words))

    @property
    def is_excerpt_candidate(self) -> bool:
        """Long enough to join a longer quote's cluster as an excerpt."""
        longest = max((len(piece) for piece in self.pieces), default=0)
        return len(self.words) >= EXCERPT_MIN_WORDS and longest >= SHINGLE_WORDS

    def anchor(self) -> int | None:
        """The shingle an excerpt is looked up by: the first of its longest piece."""
        if not self.is_excerpt_candidate:
            return None
        longest = max(self.pieces, key=len)
        return hash64(" ".join(longest[:SHINGLE_WORDS]))

    def shingles(self) -> set[int]:
        """Every SHINGLE_WORDS-word window of every piece, hashed."""
        found: set[int] = set()
        for piece in self.pieces:
            for start in range(len(piece) - SHINGLE_WORDS + 1):
                found.add(hash64(" ".join(piece[start : start + SHINGLE_WORDS])))
        return found


def hash64(text: str) -> int:
    """A stable signed 64-bit hash (SQLite INTEGER), the same in every process."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _words(text: str) -> tuple[str, ...]:
    return tuple(word for word in _NON_WORD.sub(" ", text).replace("_", " ").split())


def quote_shape(text: str) -> QuoteShape:
    """Normalise a quote: NFKC, casefold, no punctuation or quote marks, split at ellipses."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _APOSTROPHE.sub("", folded)
    pieces = tuple(words for words in (_words(part) for part in _ELLIPSIS.split(folded)) if words)
    return QuoteShape(pieces, tuple(word for piece in pieces for word in piece))


_QUOTED = re.compile(r'["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]+)["\u201c\u201d\u201e]')


def statement_shape(kind: str, text: str) -> QuoteShape:
    """The shape provenance compares for a statement: for a mixed statement, only the words
    inside its quotation marks (the paraphrase around them is the writer's, not the quote)."""
    if kind == "mixed":
        quoted = [match.group(1) for match in _QUOTED.finditer(text)]
        if quoted:
            return quote_shape(" ... ".join(quoted))
    return quote_shape(text)


def contains(longer: QuoteShape, excerpt: QuoteShape) -> bool:
    """Whether every piece of `excerpt` occurs in `longer`, in order, on word boundaries."""
    if not excerpt.is_excerpt_candidate:
        return False
    haystack = " " + " ".join(longer.words) + " "
    position = 0
    for piece in excerpt.pieces:
        found = haystack.find(" " + " ".join(piece) + " ", position)
        if found == -1:
            return False
        position = found + len(" ".join(piece)) + 1
    return True


def same_quote(a: QuoteShape, b: QuoteShape) -> bool:
    """Whether two quotes belong together: equal words, or one an excerpt of the other."""
    if a.words == b.words:
        return bool(a.words)
    if len(a.words) < len(b.words):
        return contains(b, a)
    return contains(a, b)
