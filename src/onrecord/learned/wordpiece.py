"""WordPiece for an uncased BERT vocabulary, applied to words that spaCy already split.

Training and prediction both use this one implementation, so the pieces a model
learned from are the pieces it sees at run time (no tokenizer library needed).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

UNKNOWN = "[UNK]"
PARAGRAPH = "[unused1]"  # stands for a line break: paragraphs matter to quotations
MAX_WORD_CHARS = 100  # longer "words" (URLs, garbage) become one [UNK], as in BERT


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _normalise(word: str) -> str:
    """Lower case without accents or control characters (the uncased model's input)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(
        c for c in decomposed
        if unicodedata.category(c) not in ("Mn", "Cc", "Cf") and c != "\ufffd"
    )


def _basic_split(word: str) -> list[str]:
    """Split at whitespace and around punctuation and CJK characters."""
    parts: list[str] = []
    current: list[str] = []
    for char in word:
        if char.isspace():
            if current:
                parts.append("".join(current))
                current = []
        elif _is_punctuation(char) or 0x4E00 <= ord(char) <= 0x9FFF:
            if current:
                parts.append("".join(current))
                current = []
            parts.append(char)
        else:
            current.append(char)
    if current:
        parts.append("".join(current))
    return parts


class WordPiece:
    """Greedy longest-match-first WordPiece over a vocab.txt (one piece per line)."""

    def __init__(self, vocabulary: list[str]) -> None:
        self.vocabulary = vocabulary
        self.ids = {piece: index for index, piece in enumerate(vocabulary)}
        self.unknown_id = self.ids[UNKNOWN]
        self.cls_id = self.ids["[CLS]"]
        self.sep_id = self.ids["[SEP]"]
        self.pad_id = self.ids["[PAD]"]
        self.paragraph_id = self.ids[PARAGRAPH]
        self._cache: dict[str, list[int]] = {}

    @classmethod
    def from_file(cls, path: Path) -> WordPiece:
        return cls(path.read_text(encoding="utf-8").splitlines())

    def word_ids(self, word: str) -> list[int]:
        """Piece ids of one spaCy token; [] for plain spaces, [PARAGRAPH] for line breaks."""
        if word.isspace() or not word:
            return [self.paragraph_id] if "\n" in word else []
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        ids: list[int] = []
        for part in _basic_split(_normalise(word)):
            ids.extend(self._pieces(part))
        if not ids and word.strip():
            ids = [self.unknown_id]  # a token made only of dropped characters
        if len(self._cache) < 200_000:  # bounded: news has a long tail of words
            self._cache[word] = ids
        return ids

    def _pieces(self, part: str) -> list[int]:
        if len(part) > MAX_WORD_CHARS:
            return [self.unknown_id]
        ids: list[int] = []
        start = 0
        while start < len(part):
            end = len(part)
            found = None
            while start < end:
                piece = part[start:end] if start == 0 else "##" + part[start:end]
                found = self.ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unknown_id]
            ids.append(found)
            start = end
        return ids
