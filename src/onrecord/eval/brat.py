"""Read PolNeAR: `DIR/text/<doc>.txt` with brat standoff `DIR/attributions/<doc>_<who>.ann`.

Each `E` event whose type starts with "Attribution" is one relation; its roles are grouped
by base name (`Content2` is content) and keep every fragment of a discontinuous span
(`T3<TAB>Content 10 20;30 40<TAB>...`). Where a document has several annotators' files, the
lexicographically first file name is used, so every run scores against the same gold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .attribution import Attribution, Document, Range

_SPAN_LINE = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)")
_EVENT_LINE = re.compile(r"(E\d+)\t(\S+)(.*)")
_ROLE_BASE = re.compile(r"\d+\Z")


@dataclass(frozen=True, slots=True)
class _Span:
    label: str
    ranges: tuple[Range, ...]
    text: str  # the annotated string as far as its first line


def _parse_ranges(field: str) -> tuple[Range, ...]:
    pairs = (piece.split(" ") for piece in field.split(";"))
    return tuple((int(start), int(end)) for start, end in pairs)


def read_ann(ann: str, text: str | None = None) -> tuple[tuple[Attribution, ...], list[str]]:
    """Attribution relations of one .ann file, and the problems met reading it.

    With `text`, each span is checked against the document and out-of-range fragments are
    dropped. Lines that are neither `T`, `E` nor `#` lines are continuation lines of an
    annotated string that held a newline (brat does not escape them) and are skipped.
    """
    spans: dict[str, _Span] = {}
    events: list[tuple[str, str, list[tuple[str, str]]]] = []
    problems: list[str] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        line = line.rstrip("\r")
        if span_match := _SPAN_LINE.match(line):
            ident, label, field, covered = span_match.groups()
            spans[ident] = _Span(label, _parse_ranges(field), covered)
        elif event_match := _EVENT_LINE.match(line):
            ident, trigger, rest = event_match.groups()
            roles = [tuple(item.split(":", 1)) for item in rest.split() if ":" in item]
            if ":" not in trigger:
                problems.append(f"line {number}: event {ident} has no trigger")
                continue
            events.append((trigger, ident, roles))  # type: ignore[arg-type]
    attributions: list[Attribution] = []
    for trigger, ident, roles in events:
        event_type, trigger_id = trigger.split(":", 1)
        if not event_type.startswith("Attribution"):
            continue
        grouped: dict[str, list[Range]] = {"source": [], "cue": [], "content": []}
        for role, span_id in roles:
            base = _ROLE_BASE.sub("", role).lower()
            if base not in grouped:
                continue
            span = spans.get(span_id)
            if span is None:
                problems.append(f"event {ident}: unknown span {span_id}")
                continue
            grouped[base].extend(_checked(span, text, problems))
        if not grouped["cue"] and trigger_id in spans:
            grouped["cue"].extend(_checked(spans[trigger_id], text, problems))
        if not grouped["content"]:
            problems.append(f"event {ident}: no content; dropped")
            continue
        attributions.append(
            Attribution(
                content=tuple(grouped["content"]),
                cue=tuple(grouped["cue"]),
                source=tuple(grouped["source"]),
            )
        )
    # In text order of content (the reference scorer's order: greedy matching breaks
    # ties by gold order, so the order is part of the yardstick).
    attributions.sort(key=lambda item: sorted(item.content))
    return tuple(attributions), problems


def _checked(span: _Span, text: str | None, problems: list[str]) -> list[Range]:
    if text is None:
        return list(span.ranges)
    kept = [(s, e) for s, e in span.ranges if 0 <= s <= e <= len(text)]
    if len(kept) < len(span.ranges):
        problems.append(f"{span.label} span {span.ranges} lies outside the text; fragment dropped")
        return kept
    covered = " ".join(text[s:e] for s, e in kept)
    if not covered.startswith(span.text):
        problems.append(f"{span.label} span {span.ranges} does not cover {span.text[:40]!r}")
    return kept


def annotation_files_for(doc_id: str, attributions_dir: Path) -> list[Path]:
    """Every annotator's `<doc>_<annotator>.ann` of a document, sorted by file name."""
    return sorted(
        (path for path in attributions_dir.glob(f"{glob_escape(doc_id)}_*.ann")
         if path.stem.rsplit("_", 1)[0] == doc_id),
        key=lambda path: path.name,
    )


def annotation_file_for(doc_id: str, attributions_dir: Path) -> Path | None:
    """The lexicographically first `<doc>_<annotator>.ann` of a document, or None."""
    files = annotation_files_for(doc_id, attributions_dir)
    return files[0] if files else None


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def split_text_files(directory: str | Path) -> tuple[list[Path], Path]:
    """A PolNeAR split's text files sorted by name, and its attributions folder; an
    InputError when `directory/text` is missing."""
    root = Path(directory)
    text_dir = root / "text"
    if not text_dir.is_dir():
        raise InputError(f"{root} is not a PolNeAR split: {text_dir} is missing")
    return sorted(text_dir.glob("*.txt")), root / "attributions"


def read_corpus_file(path: Path) -> str:
    # Decoded without newline translation: offsets count str characters of the file.
    return path.read_bytes().decode("utf-8", errors="replace")


def read_polnear(directory: str | Path, *, limit: int | None = None) -> list[Document]:
    """The documents of one PolNeAR split, sorted by id (the first `limit` of them).

    Raises InputError when `directory/text` is missing; a document without an .ann file
    has no gold attributions (recorded as a problem on it).
    """
    text_paths, attributions_dir = split_text_files(directory)
    documents: list[Document] = []
    for text_path in text_paths:
        if limit is not None and len(documents) >= limit:
            break
        text = read_corpus_file(text_path)
        ann_path = annotation_file_for(text_path.stem, attributions_dir)
        if ann_path is None:
            documents.append(Document(text_path.stem, text, (), ("no .ann file",)))
            continue
        attributions, problems = read_ann(read_corpus_file(ann_path), text)
        documents.append(Document(text_path.stem, text, attributions, tuple(problems)))
    return documents
