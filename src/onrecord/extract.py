"""extract(article) -> ExtractionResult: the one entry point every front end calls."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date

from .ingest.text import article_from_text
from .model import (
    Article,
    CharSpan,
    ExtractionResult,
    Interpretation,
    Problem,
    Statement,
    statement_id_for,
)

log = logging.getLogger(__name__)

# spaCy's parser is linear but holds a whole Doc in memory; long inputs are cut at
# paragraph (else whitespace) boundaries into chunks of at most this many characters.
CHUNK_CHARS = 100_000
# The longest news features run to ~120,000 characters. Beyond this cap a text is not an
# article (a book, a dump, junk): the rest is not parsed, and that is recorded as a
# problem, so time and memory stay bounded whatever the input size.
MAX_NLP_CHARS = 200_000
# "fast": the rule finders plus the vector tagger; "accurate": rules plus the fine-tuned
# transformer; "rules": the rule finders alone (see docs/model.md).
MODELS = ("fast", "accurate", "rules")
DEFAULT_MODEL = "fast"
# Parsing costs per token. Prose has ~0.2 tokens per character; a chunk past this density
# (a wall of punctuation or one-character tokens) is not prose, and parsing it would cost
# minutes: it is skipped and recorded instead.
MAX_TOKENS_PER_CHAR = 0.5
MIN_TOKENS_CHECKED = 5_000
# A text whose characters are mostly control codes is binary, not an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_BINARY_RATIO = 0.10


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > _BINARY_RATIO


def _chunk_bounds(text: str, start: int, limit: int | None = None) -> Iterator[tuple[int, int]]:
    """Cut text[start:] into pieces of at most `limit` chars at paragraph or space boundaries."""
    limit = limit or CHUNK_CHARS
    position = start
    n = len(text)
    while position < n:
        end = min(n, position + limit)
        if end < n:
            cut = text.rfind("\n", position + limit // 2, end)
            if cut == -1:
                cut = text.rfind(" ", position + limit // 2, end)
            if cut != -1:
                end = cut + 1
        yield position, end
        position = end


def _shift(span: CharSpan | None, text: str, offset: int) -> CharSpan | None:
    if span is None:
        return None
    return CharSpan.of(text, span.start + offset, span.end + offset)


def _rebase(statement: Statement, text: str, offset: int, article_id: str) -> Statement:
    content = tuple(CharSpan.of(text, s.start + offset, s.end + offset) for s in statement.content)
    return dataclasses.replace(
        statement,
        id=statement_id_for(article_id, content),
        content=content,
        cue=_shift(statement.cue, text, offset),
        source=_shift(statement.source, text, offset),
    )


def _masked_for_nlp(article: Article) -> str:
    # The date header is metadata: blank it (same length) so the parser never sees it
    # while every offset still counts from the first character of the file.
    if article.body_start:
        return " " * article.body_start + article.text[article.body_start :]
    return article.text


# spaCy's tokenizer strips prefix/suffix punctuation one character at a time, copying the
# rest of the word each time: quadratic in a run of punctuation with no space (4,000 quote
# marks take seconds, 100,000 take hours). No prose has 50 such marks in a row, so longer
# runs are blanked (same length, offsets kept) before the parser sees them.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{50,}")


def _blank_punctuation_runs(text: str, problems: list[Problem]) -> str:
    runs = 0

    def blank(match: re.Match[str]) -> str:
        nonlocal runs
        runs += 1
        return " " * len(match.group())

    text = _PUNCTUATION_RUN.sub(blank, text)
    if runs:
        problems.append(Problem(
            "punctuation_run",
            f"{runs} run(s) of 50 or more punctuation marks without a space were not analysed",
        ))
    return text


def extract_article(
    article: Article, *, max_chars: int = MAX_NLP_CHARS, model: str = DEFAULT_MODEL
) -> ExtractionResult:
    """Find every attributed statement in an Article. Never raises on a bad document.

    Only the first `max_chars` characters are analysed; a longer text is recorded as a
    `too_long` problem naming how much was left out. `model` is "fast" (rules plus
    the vector tagger), "accurate" (rules plus the transformer) or "rules".
    """
    from .nlp.pipeline import load_pipeline

    problems = list(article.problems)
    text = article.text
    if not text.strip():
        return ExtractionResult(article=article, problems=tuple(problems))
    if _looks_binary(text):
        problems.append(Problem("binary", "the input looks binary, not text; nothing extracted"))
        return ExtractionResult(article=article, problems=tuple(problems))
    nlp = load_pipeline(model=model)
    masked = _masked_for_nlp(article)
    if len(masked) > max_chars:
        cut = masked.rfind("\n", max_chars // 2, max_chars)
        cut = cut + 1 if cut != -1 else max_chars
        problems.append(
            Problem(
                "too_long",
                f"{len(masked)} characters; only the first {cut} were analysed",
            )
        )
        masked = masked[:cut]
    masked = _blank_punctuation_runs(masked, problems)
    statements: list[Statement] = []
    restated: list[Statement] = []
    interpretations: list[Interpretation] = []
    bounds = list(_chunk_bounds(masked, 0))
    if len(bounds) > 1:
        problems.append(
            Problem("long_text", f"{len(text)} characters processed in {len(bounds)} chunks")
        )
    for start, end in bounds:
        try:
            doc = nlp.make_doc(masked[start:end])
            if len(doc) > MIN_TOKENS_CHECKED and len(doc) > MAX_TOKENS_PER_CHAR * (end - start):
                problems.append(Problem("not_prose", f"characters {start}-{end}: {len(doc)} tokens "
                                        f"in {end - start} characters (not prose); not analysed"))
                continue
            doc._.published = article.published
            doc = nlp(doc)
        except Exception as error:  # noqa: BLE001  one bad chunk must not lose the article
            log.warning("extraction failed on chunk %d-%d: %s", start, end, error)
            problems.append(
                Problem("nlp_failed", f"characters {start}-{end}: {type(error).__name__}: {error}")
            )
            continue
        problems.extend(getattr(doc._, "onrecord_problems", ()) or ())
        for statement in doc._.statements:
            statements.append(_rebase(statement, text, start, article.id))
        for statement in doc._.onrecord_restated:
            restated.append(_rebase(statement, text, start, article.id))
        for item in doc._.interpretations:
            interpretations.append(
                dataclasses.replace(
                    item,
                    span=CharSpan.of(text, item.span.start + start, item.span.end + start),
                    cue=_shift(item.cue, text, start),
                )
            )
    return ExtractionResult(
        article=article,
        statements=tuple(statements),
        interpretations=tuple(interpretations),
        problems=tuple(problems),
        restated=tuple(restated),
    )


def extract(
    text: str,
    *,
    published: date | None = None,
    path: str | None = None,
    model: str = DEFAULT_MODEL,
) -> ExtractionResult:
    """Extract attributed statements from one article's text.

    `published` overrides a ` date YYYY-MM-DD` header, or a dateline near the top
    ("Published June 12, 2025"). Offsets count from text[0].
    `model`: "fast" (the default), "accurate" or "rules" (see `extract_article`).
    """
    return extract_article(article_from_text(text, path=path, published=published), model=model)


def extract_many(
    articles: Iterable[Article], *, model: str = DEFAULT_MODEL
) -> Iterator[ExtractionResult]:
    """Extract from many articles in order; a failure is recorded on its result, not raised."""
    for article in articles:
        yield extract_article(article, model=model)
