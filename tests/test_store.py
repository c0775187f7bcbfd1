"""The StatementStore conformance suite: every backend must pass it (only SQLite for now).

Results are built by hand (no NLP) so each test says exactly what is stored. Stores are
real database files in tmp_path, never mocks.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from onrecord.errors import StoreError
from onrecord.model import (
    Article,
    CharSpan,
    ExtractionResult,
    Recipient,
    SaidOn,
    Speaker,
    Statement,
    Venue,
    article_id_for,
    statement_id_for,
)
from onrecord.query import SearchQuery
from onrecord.store import SqliteStore, StatementStore

BACKENDS = ["sqlite"]


def open_backend(name: str, tmp_path) -> StatementStore:
    if name == "sqlite":
        return SqliteStore(tmp_path / "store.db")
    raise ValueError(name)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    opened = open_backend(request.param, tmp_path)
    yield opened
    opened.close()


def make_result(
    body: str,
    quotes: list[tuple[str, str | None]] | None = None,
    *,
    published: date | None = None,
    path: str = "article.txt",
    kind: str = "direct",
    speaker_type: str = "person",
    venue: Venue | None = None,
    title: str | None = None,
) -> ExtractionResult:
    """An ExtractionResult for `body`, one statement per (quoted words, speaker name)."""
    article = Article(id=article_id_for(body), text=body, path=path, published=published, title=title)
    statements = []
    for words, speaker in quotes or []:
        start = body.index(words)
        content = (CharSpan.of(body, start, start + len(words)),)
        statements.append(
            Statement(
                id=statement_id_for(article.id, content),
                kind=kind,  # type: ignore[arg-type]
                content=content,
                cue=None,
                source=None,
                speaker=Speaker(speaker, speaker_type) if speaker else None,  # type: ignore[arg-type]
                confidence=0.8,
                venue=venue,
            )
        )
    return ExtractionResult(article=article, statements=tuple(statements))


def first_statement_id(result: ExtractionResult) -> str:
    return result.statements[0].id


# -- storing ------------------------------------------------------------------------------
def test_round_trip_keeps_every_field(store):
    body = 'Lena Marsh told the Harbour Herald on Monday: "The ferry will run again in June."'
    words = "The ferry will run again in June."
    start = body.index(words)
    content = (CharSpan.of(body, start, start + len(words)),)
    article = Article(id=article_id_for(body), text=body, path="a.txt", published=date(2022, 3, 4),
                      title="Ferry", outlet="Herald")
    statement = Statement(
        id=statement_id_for(article.id, content), kind="direct", content=content,
        cue=CharSpan.of(body, 11, 15), source=CharSpan.of(body, 0, 10),
        speaker=Speaker("Lena Marsh"), confidence=0.91, venue=Venue("the Harbour Herald", "outlet"),
        recipient=Recipient("the Harbour Herald"), said_on=SaidOn("2022-02-28", "on Monday"),
        about=("ferry",),
    )
    outcome = store.add_results([ExtractionResult(article, (statement,))])
    assert outcome.stored == [article.id] and outcome.statements == 1
    hit = store.get_statement(statement.id)
    assert hit is not None
    assert hit.statement.to_dict() == statement.to_dict()
    assert hit.article.published == date(2022, 3, 4)
    stored = store.get_article(article.id)
    assert stored is not None and stored.text == body and stored.outlet == "Herald"
    assert store.get_statement("nope") is None and store.get_article("nope") is None


def test_adding_the_same_article_twice_is_skipped_not_doubled(store):
    result = make_result('Ola said "we are ready for the storm season".', [("we are ready for the storm season", "Ola")])
    assert store.add_results([result]).stored == [result.article.id]
    again = store.add_results([result, result])
    assert again.stored == [] and again.duplicates == [result.article.id] * 2
    assert store.counts()["articles"] == 1 and store.counts()["statements"] == 1


def test_duplicate_within_one_batch_is_stored_once(store):
    result = make_result('Ola said "the pier is closed".', [("the pier is closed", "Ola")])
    outcome = store.add_results([result, result])
    assert outcome.stored == [result.article.id] and outcome.duplicates == [result.article.id]
    assert store.counts()["statements"] == 1


def test_a_failing_batch_leaves_nothing_behind(store):
    good = make_result('Ola said "the pier is closed".', [("the pier is closed", "Ola")])
    bad = make_result('Ivo said "the pier is open".', [("the pier is open", "Ivo")], kind="shouted")
    with pytest.raises(StoreError):
        store.add_results([good, bad])
    assert store.counts()["articles"] == 0 and store.counts()["statements"] == 0
    assert store.speakers() == []
    assert store.add_results([good]).stored == [good.article.id]  # caches were reset too
    assert store.speakers()[0].name == "Ola"


# -- search -------------------------------------------------------------------------------
@pytest.fixture
def searchable(store):
    store.add_results([
        make_result('Lena Marsh said "the talks ended without a deal".', [("the talks ended without a deal", "Lena Marsh")],
                    published=date(2021, 5, 1), path="one.txt"),
        make_result('Dr. Lena Marsh said "we are ending the strike today".', [("we are ending the strike today", "Dr. Lena Marsh")],
                    published=date(2022, 5, 1), path="two.txt", venue=Venue("Radio Kell", "outlet")),
        make_result('Piet Ng said "the strike goes on and on".', [("the strike goes on and on", "Piet Ng")],
                    published=date(2023, 5, 1), path="three.txt", kind="indirect"),
        make_result('Someone said "no date on this strike quote".', [("no date on this strike quote", None)],
                    path="four.txt"),
    ])
    return store


def texts(page) -> list[str]:
    return [hit.statement.text for hit in page.results]


def test_word_forms_match_through_the_porter_stemmer(searchable):
    page = searchable.search(SearchQuery.parse("ending"))
    assert page.total == 2
    assert set(texts(page)) == {"the talks ended without a deal", "we are ending the strike today"}


def test_every_term_must_match_and_phrases_stay_phrases(searchable):
    assert searchable.search(SearchQuery.parse("strike ending")).total == 1
    assert searchable.search(SearchQuery.parse('"strike goes"')).total == 1
    assert searchable.search(SearchQuery.parse('"goes strike"')).total == 0


def test_results_are_newest_first_with_undated_last(searchable):
    page = searchable.search(SearchQuery.parse("strike"))
    assert [hit.article.path_or_url for hit in page.results] == ["three.txt", "two.txt", "four.txt"]


@pytest.mark.parametrize("hostile", [
    '"', '""', "strike AND", "OR", "NOT strike", "NEAR(strike ending)", "str*", "text:strike",
    "-strike", "^strike", "(strike", "strike)", "{text}: strike", "'; DROP TABLE statements; --",
    "\\", "a\x00b", "ünïcödé", "strike \"unbalanced",
])
def test_user_search_strings_are_never_fts_syntax(searchable, hostile):
    page = searchable.search(SearchQuery.parse(hostile))
    assert page.total >= 0
    assert searchable.counts()["statements"] == 4


@pytest.mark.parametrize("options, expected", [
    ({"speaker": "Lena Marsh"}, 2),
    ({"speaker": "marsh"}, 2),
    ({"speaker": "Dr Lena Marsh"}, 2),
    ({"speaker": "Piet"}, 1),
    ({"speaker": "Nobody Here"}, 0),
    ({"venue": "radio kell"}, 1),
    ({"kind": "indirect"}, 1),
    ({"since": "2022-01-01"}, 2),
    ({"until": "2021-12-31"}, 1),
    ({"since": "2022-01-01", "until": "2022-12-31"}, 1),
])
def test_filters(searchable, options, expected):
    assert searchable.search(SearchQuery.parse("", **options)).total == expected


def test_word_query_with_a_speaker_filter(searchable):
    page = searchable.search(SearchQuery.parse("strike", speaker="Marsh"))
    assert texts(page) == ["we are ending the strike today"]


def test_limit_and_offset_page_through_results_and_total_counts_all(searchable):
    first = searchable.search(SearchQuery.parse("strike", limit=2))
    second = searchable.search(SearchQuery.parse("strike", limit=2, offset=2))
    assert first.total == second.total == 3
    assert len(first.results) == 2 and len(second.results) == 1
    assert not set(texts(first)) & set(texts(second))


def test_search_result_json_shape(searchable):
    data = searchable.search(SearchQuery.parse("talks")).to_dict()
    assert data["total"] == 1
    result = data["results"][0]
    assert result["id"] and result["text"] == "the talks ended without a deal"
    assert result["article"] == {"id": result["article"]["id"], "title": None, "published": "2021-05-01"}
    assert result["speaker"] == {"name": "Lena Marsh", "type": "person"}


# -- speakers -----------------------------------------------------------------------------
def _speaker_names(store) -> dict[str, int]:
    return {speaker.name: speaker.statements for speaker in store.speakers()}


def _add_speakers(store, names: list[tuple[str, str]]) -> None:
    results = []
    for number, (name, speaker_type) in enumerate(names):
        body = f'{name} said "statement number {number} about the harbour".'
        results.append(make_result(body, [(f"statement number {number} about the harbour", name)],
                                   speaker_type=speaker_type, path=f"{number}.txt"))
    store.add_results(results)


@pytest.mark.parametrize("names, expected_speakers", [
    ([("Lena Marsh", "person"), ("lena marsh", "person"), ("Dr. Lena Marsh", "person")], 1),
    ([("José Alvarez", "person"), ("Jose Alvarez", "person")], 1),
    ([("Lena Marsh", "person"), ("Tom Marsh", "person")], 2),
    ([("Lena Marsh", "person"), ("Marsh", "person")], 2),  # a bare surname is not merged
    ([("Lena Q. Marsh", "person"), ("Lena Marsh", "person")], 1),
    ([("Lena Marsh", "person"), ("Lena Q. Marsh", "person")], 1),
    ([("Lena Q. Marsh", "person"), ("Lena R. Marsh", "person")], 2),
    ([("Marsh", "person"), ("Marsh", "organization")], 2),  # organisations kept apart
    ([("Acme Ltd", "organization"), ("the Acme", "organization")], 1),
])
def test_speakers_are_merged_across_articles_only_on_matching_names(store, names, expected_speakers):
    _add_speakers(store, names)
    speakers = store.speakers()
    assert len(speakers) == expected_speakers
    assert sum(speaker.statements for speaker in speakers) == len(names)


def test_speakers_top_n_most_quoted_first(store):
    _add_speakers(store, [("Ana Bell", "person"), ("Ana Bell", "person"), ("Ivo Stan", "person")])
    speakers = store.speakers(top=1)
    assert [(s.name, s.statements, s.articles) for s in speakers] == [("Ana Bell", 2, 2)]
    assert "ana bell" in speakers[0].aliases


# -- provenance ---------------------------------------------------------------------------
LONG = "We will rebuild the old bridge before the winter floods arrive in Dunmore"


@pytest.mark.parametrize("variant, joins", [
    (LONG, True),
    ("we will REBUILD the old bridge, before the winter floods arrive in dunmore!", True),
    ("\u201cWe will rebuild the old bridge before the winter floods arrive in Dunmore\u201d", True),
    ("rebuild the old bridge before the winter floods", True),  # excerpt of 8 words
    ("We will rebuild the old bridge \u2026 in Dunmore", True),  # ellipsis, pieces in order
    ("We will rebuild the old bridge... arrive in Dunmore", True),
    ("the winter floods arrive", False),  # too short to be an excerpt
    ("We will rebuild the new bridge before the winter floods arrive in Dunmore", False),
    ("in Dunmore ... We will rebuild the old bridge", False),  # pieces out of order
])
def test_same_quote_across_articles_forms_a_cluster(store, variant, joins):
    original = make_result(f'Ada Okafor said "{LONG}".', [(LONG, "Ada Okafor")],
                           published=date(2020, 1, 1), path="first.txt")
    repeat = make_result(f'Okafor had said: "{variant}" last year.', [(variant, "Ada Okafor")],
                         published=date(2021, 1, 1), path="second.txt")
    store.add_results([repeat])
    store.add_results([original])  # arrival order must not matter
    found = store.provenance(first_statement_id(repeat))
    assert found is not None
    paths = [article.path_or_url for article in found.articles]
    assert paths == (["first.txt", "second.txt"] if joins else ["second.txt"])


def test_provenance_json_names_the_earliest_article_and_claimed_venue(store):
    quote = "the harbour tax will fall by half next spring"
    store.add_results([
        make_result(f'Ana Bell said "{quote}".', [(quote, "Ana Bell")], published=date(2023, 3, 9),
                    path="late.txt", title="Late"),
        make_result(f'Ana Bell told Radio Kell "{quote}".', [(quote, "Ana Bell")],
                    published=date(2023, 3, 1), path="early.txt", title="Early",
                    venue=Venue("Radio Kell", "outlet")),
        make_result(f'Undated: "{quote}".', [(quote, None)], path="undated.txt"),
    ])
    late_id = store.search(SearchQuery.parse("harbour", since="2023-03-05")).results[0].statement.id
    data = store.provenance(late_id).to_dict()
    assert data["statement"]["id"] == late_id
    assert data["earliest"] == {"article_id": data["articles"][0]["article_id"], "published": "2023-03-01",
                                "title": "Early", "path_or_url": "early.txt"}
    assert [a["path_or_url"] for a in data["articles"]] == ["early.txt", "late.txt", "undated.txt"]
    assert data["claimed_venue"] == {"name": "Radio Kell", "type": "outlet"}
    assert store.provenance("missing") is None


def test_an_excerpt_links_two_clusters_into_one(store):
    left = "the budget for the harbour is far too small this year"
    right = "the budget for the harbour is far too small and everyone knows it"
    excerpt = "the budget for the harbour is far too small"
    store.add_results([make_result(f'A said "{left}".', [(left, "Ana Bell")], path="l.txt"),
                       make_result(f'B said "{right}".', [(right, "Ana Bell")], path="r.txt")])
    assert store.counts()["quote_clusters"] == 2
    store.add_results([make_result(f'C said "{excerpt}".', [(excerpt, "Ana Bell")], path="e.txt")])
    assert store.counts()["quote_clusters"] == 1
    hit = store.search(SearchQuery.parse('"everyone knows"')).results[0]
    assert len(store.provenance(hit.statement.id).articles) == 3


# -- iteration ----------------------------------------------------------------------------
def test_iterating_articles_and_statements_in_insertion_order(searchable):
    assert [a.path_or_url for a in searchable.iter_articles()] == ["one.txt", "two.txt", "three.txt", "four.txt"]
    assert len(list(searchable.iter_statements())) == 4
    assert all(re.fullmatch(r"[0-9a-f]{16}", a.id) for a in searchable.iter_articles())
