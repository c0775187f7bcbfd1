"""The local process pool: same results as one process, in order, bounded, robust."""

from __future__ import annotations

import itertools
import os
import re

import pytest

from onrecord.batch.pool import WINDOW_PER_WORKER, extract_parallel, extract_stream
from onrecord.extract import extract_article
from onrecord.ingest.items import ReadFailure, Skipped
from onrecord.ingest.text import article_from_text
from onrecord.model import Article, CharSpan, ExtractionResult, Speaker, Statement, statement_id_for
from onrecord.store import SqliteStore
from onrecord.store.ingest import ingest

ARTICLES = [
    ("Ferry fares to rise\n\n\u201cWe cannot keep the crossing open at these prices,\u201d said Ada Okafor, "
        "the chair of the Harbour Authority. Okafor added that the winter timetable would be cut."),
    ("Library hours\n\nThe trust said on Monday that the branch in Oldwater would close on Sundays. "
        "\u201cIt is a sad day,\u201d a volunteer, Piet Stanek, told the Saltmere Gazette."),
    ("Budget vote delayed\n\nCouncillor Mira Voss said the vote should wait until spring. "
        "\u201cThe numbers simply do not add up,\u201d she said."),
    "Weather\n\nIt rained all week in Greywell, and the river rose by a metre.",
    ("Rail users\n\n\u201cNobody asked us,\u201d said Kai Lund of the Rail Users' Group. "
        "\u201cAnd nobody will ride a bus that comes twice a day,\u201d Lund added."),
]


# -- stand-in extractors (module level, so worker processes can unpickle them) -----------------
def quoted(article: Article) -> ExtractionResult:
    """Every "..." in the text is a statement; BOOM raises, CRASH kills the worker process."""
    if "BOOM" in article.text:
        raise ValueError("boom")
    if "CRASH" in article.text:
        os._exit(3)  # like a segfault or the OOM killer: no exception, the process is gone
    statements = []
    for match in re.finditer(r'"([^"]+)"', article.text):
        content = (CharSpan.of(article.text, match.start(1), match.end(1)),)
        statements.append(Statement(id=statement_id_for(article.id, content), kind="direct",
                                    content=content, cue=None, source=None,
                                    speaker=Speaker("someone"), confidence=0.5))
    return ExtractionResult(article=article, statements=tuple(statements))


def plain(number: int, body: str = "") -> Article:
    return article_from_text(f'Item {number}: "quote {number}" {body}', path=f"{number}.txt")


def texts_of(results) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[s.text for s in r.statements] for r in results]


# -- order, equality, failures (no model) -----------------------------------------------------
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_back_in_input_order(jobs):
    articles = [plain(n) for n in range(40)]
    results = list(extract_parallel(articles, jobs, extractor=quoted))
    assert [r.article for r in results] == articles
    assert texts_of(results) == [[f"quote {n}"] for n in range(40)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_on_one_article_is_a_problem_not_the_end(jobs):
    articles = [plain(0), plain(1, "BOOM"), plain(2)]
    results = list(extract_parallel(articles, jobs, extractor=quoted))
    assert texts_of(results) == [["quote 0"], [], ["quote 2"]]
    assert [p.code for p in results[1].problems] == ["extract_failed"]
    assert "ValueError: boom" in results[1].problems[0].message
    assert results[0].problems == results[2].problems == ()


def test_a_dead_worker_is_replaced_and_only_its_article_is_lost():
    articles = [plain(n, "CRASH" if n == 5 else "") for n in range(30)]
    results = list(extract_parallel(articles, 2, extractor=quoted))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert [p.code for p in results[5].problems] == ["worker_crashed"]
    assert texts_of(results)[:5] + texts_of(results)[6:] == [[f"quote {n}"] for n in range(30) if n != 5]


def test_input_is_read_lazily_with_a_bounded_window():
    consumed = 0

    def endless():
        nonlocal consumed
        for number in itertools.count():
            consumed += 1
            yield plain(number)

    stream = extract_parallel(endless(), 2, extractor=quoted)
    first = list(itertools.islice(stream, 3))
    stream.close()  # stops the pool; the endless input is never drained
    assert texts_of(first) == [["quote 0"], ["quote 1"], ["quote 2"]]
    assert consumed <= 2 * WINDOW_PER_WORKER + 3


def test_stream_passes_other_items_and_declined_articles_through_in_place():
    failure, skip = ReadFailure("bad.txt", "unreadable"), Skipped("img", "warc_not_html")
    kept, declined = plain(1), plain(2)
    items = [kept, failure, declined, skip]
    out = list(extract_stream(items, 2, should_extract=lambda a: a is not declined, extractor=quoted))
    assert isinstance(out[0], ExtractionResult) and out[0].article == kept
    assert out[1:] == [failure, declined, skip]


# -- with the store: one writer, interrupt, rerun ---------------------------------------------
class Interrupted(BaseException):
    pass


def test_interrupted_parallel_ingest_resumes_without_losing_or_doubling(tmp_path):
    articles = [plain(n) for n in range(50)]

    def stops_after(count: int):
        yield from articles[:count]
        raise Interrupted  # like Ctrl-C while reading input

    db = tmp_path / "s.db"
    store = SqliteStore(db)
    with pytest.raises(Interrupted):
        ingest(store, extract_stream(stops_after(37), 2, extractor=quoted), extractor=quoted,
               batch_size=10)
    committed = store.counts()["articles"]
    store.close()
    # Whole batches only: the articles still in flight and the open batch are not stored.
    assert committed % 10 == 0 and 0 < committed < 37

    store = SqliteStore(db)
    extracted: list[str] = []

    def not_stored(article: Article) -> bool:
        if store.has_article(article.id):
            return False
        extracted.append(article.id)
        return True

    items = extract_stream(articles, 2, should_extract=not_stored, extractor=quoted)
    summary = ingest(store, items, extractor=quoted, batch_size=10)
    assert (summary.stored, summary.skipped_duplicates, summary.exit_code) == (50 - committed, committed, 0)
    assert len(extracted) == 50 - committed  # stored articles are not extracted again
    assert store.counts()["articles"] == 50 and store.counts()["statements"] == 50
    store.close()


# -- the real pipeline ------------------------------------------------------------------------
@pytest.mark.model
def test_two_processes_find_what_one_finds(nlp):
    articles = [article_from_text(text, path=f"a{n}.txt") for n, text in enumerate(ARTICLES)]
    sequential = [extract_article(article) for article in articles]
    parallel = list(extract_parallel(articles, 2))
    assert [r.article for r in parallel] == articles
    assert [r.statements for r in parallel] == [r.statements for r in sequential]
    assert [r.problems for r in parallel] == [r.problems for r in sequential]
    assert sum(len(r.statements) for r in parallel) >= 5


@pytest.mark.model
def test_ingest_with_jobs_stores_what_one_process_stores(nlp, tmp_path):
    import json

    from click.testing import CliRunner

    from onrecord.cli.main import cli

    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in enumerate(ARTICLES)))

    def ingest_with(jobs: int) -> list[Statement]:
        db = tmp_path / f"jobs{jobs}.db"
        outcome = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db), "--jobs", str(jobs),
                                           "--no-progress", "--format", "json"])
        assert outcome.exit_code == 0, outcome.output
        store = SqliteStore(db, readonly=True)
        try:
            return sorted((hit.statement for hit in store.iter_statements()), key=lambda s: s.id)
        finally:
            store.close()

    parallel = ingest_with(2)
    assert parallel == ingest_with(1) and len(parallel) >= 5
