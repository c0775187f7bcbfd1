"""A speaker's record: name matching, grouping by occasion, rendering, and the CLI."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli.main import cli
from onrecord.cli.record_cmd import render_html, render_markdown
from onrecord.model import (
    Article,
    CharSpan,
    ExtractionResult,
    Interpretation,
    Recipient,
    SaidOn,
    Speaker,
    Statement,
    Venue,
)
from onrecord.record import build_record, match_speaker_names

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("query", "names", "matched", "ambiguous"),
    [
        ("Sean Baker", ["Sean Baker", "Ruiz"], {"Sean Baker"}, ()),
        ("sean baker", ["Sean Baker"], {"Sean Baker"}, ()),
        ("Baker", ["Sean Baker", "Ruiz"], {"Sean Baker"}, ()),
        ("Baker", ["Sean Baker", "Baker"], {"Sean Baker", "Baker"}, ()),
        ("Sean Baker", ["Baker", "Sean Baker"], {"Sean Baker", "Baker"}, ()),
        ("Baker", ["Sean Baker", "Ann Baker"], set(), ("Ann Baker", "Sean Baker")),
        ("Sean Baker", ["Ann Baker", "Baker"], set(), ()),  # bare "Baker" may be Ann
        ("Ruiz", ["Sean Baker"], set(), ()),
        ("  ", ["Sean Baker"], set(), ()),
        ("Zoë Lind", ["Zoe Lind"], {"Zoe Lind"}, ()),
    ],
)
def test_match_speaker_names(query, names, matched, ambiguous) -> None:
    assert match_speaker_names(query, names) == (matched, ambiguous)


def _article(text: str, path: str, published: date | None) -> Article:
    return Article(id=path, text=text, path=path, published=published)


def _statement(text: str, words: str, speaker: str, **placement) -> Statement:
    start = text.index(words)
    span = CharSpan.of(text, start, start + len(words))
    return Statement(
        id=f"{speaker}-{start}",
        kind="indirect",
        content=(span,),
        cue=None,
        source=None,
        speaker=Speaker(speaker),
        confidence=0.9,
        **placement,
    )


def _results() -> list[ExtractionResult]:
    first = "Baker told IndieWire in November that the ending was open. Ruiz said the cut was long."
    second = (
        "Baker said on Tuesday the sequel was off. In the same interview he said money mattered. "
        "He told reporters the film was done. Perhaps he meant the studio."
    )
    third = "Baker told IndieWire in November that the ending was open, and that <b> tags & co."
    a1 = _article(first, "a.txt", date(2024, 3, 8))
    a2 = _article(second, "b.txt", date(2024, 3, 1))
    a3 = _article(third, "c.txt", date(2024, 4, 1))
    indiewire = {"venue": Venue("IndieWire", "outlet"), "said_on": SaidOn("2023-11", "November")}
    reading = Interpretation(
        span=CharSpan.of(second, second.index("Perhaps"), len(second)),
        speaker=Speaker("Sean Baker"),
    )
    return [
        ExtractionResult(
            a1,
            (
                _statement(
                    first, "the ending was open", "Sean Baker", about=("the ending",), **indiewire
                ),
                _statement(first, "the cut was long", "Ruiz"),
            ),
        ),
        ExtractionResult(
            a2,
            (
                _statement(
                    second,
                    "the sequel was off",
                    "Sean Baker",
                    said_on=SaidOn("2024-02-27", "Tuesday"),
                ),
                _statement(
                    second, "money mattered", "Sean Baker", said_on=SaidOn("2024-02-27", "Tuesday")
                ),
                _statement(
                    second, "the film was done", "Sean Baker", recipient=Recipient("reporters")
                ),
            ),
            (reading,),
        ),
        ExtractionResult(a3, (_statement(third, "<b> tags & co", "Sean Baker", **indiewire),)),
    ]


def test_grouped_by_occasion_oldest_first() -> None:
    record = build_record(_results(), "Baker")
    assert record.names == ("Sean Baker",)
    whens = [occasion.when for occasion in record.occasions]
    assert whens == ["2023-11", "2024-02-27", "2024-03-01"]
    indiewire = record.occasions[0]
    # Two articles quoting the same dated interview: one occasion.
    assert indiewire.venue == Venue("IndieWire", "outlet")
    assert [entry.article.path for entry in indiewire.entries] == ["a.txt", "c.txt"]
    assert [entry.statement.text for entry in record.occasions[1].entries] == [
        "the sequel was off",
        "money mattered",
    ]
    # Undated and without venue: dated by its article's publication.
    assert record.occasions[2].recipient == Recipient("reporters")
    assert record.statement_count == 5
    assert [item.interpretation.span.text for item in record.interpretations] == [
        "Perhaps he meant the studio."
    ]


def test_about_filter() -> None:
    record = build_record(_results(), "Sean Baker", about="ENDING")
    assert [e.statement.text for o in record.occasions for e in o.entries] == [
        "the ending was open"
    ]
    assert record.interpretations == ()


def test_unknown_speaker_gives_an_empty_record() -> None:
    record = build_record(_results(), "Nobody")
    assert record.occasions == () and record.interpretations == ()
    assert "0 statement(s)" in render_markdown(record)


def test_undated_occasions_in_two_articles_stay_apart() -> None:
    text = "Okafor told reporters the vote was rushed."
    results = [
        ExtractionResult(
            _article(text, path, date(2024, 5, day)),
            (
                _statement(
                    text, "the vote was rushed", "Tom Okafor", recipient=Recipient("reporters")
                ),
            ),
        )
        for path, day in (("x.txt", 2), ("y.txt", 9))
    ]
    record = build_record(results, "Okafor")
    assert len(record.occasions) == 2


def test_markdown_shows_places_and_interpretations_apart() -> None:
    out = render_markdown(build_record(_results(), "Baker"))
    assert "IndieWire (outlet)" in out
    assert "2023-11" in out
    assert "a.txt:" in out
    head, _, tail = out.partition("interpretations")
    assert "Perhaps he meant the studio." in tail and "Perhaps" not in head


def test_html_escapes_all_text() -> None:
    record = dataclasses.replace(build_record(_results(), "Baker"), query="Baker <script>")
    page = render_html(record)
    assert "<script>" not in page
    assert "&lt;b&gt; tags &amp; co" in page
    assert "<b>" not in page


def test_json_record_shape() -> None:
    data = build_record(_results(), "Baker").to_dict()
    assert data["speaker"] == "Baker"
    assert data["occasions"][0]["venue"] == {"name": "IndieWire", "type": "outlet"}
    first = data["occasions"][0]["statements"][0]
    assert first["article"]["path"] == "a.txt"
    assert first["content"][0]["text"] == "the ending was open"
    json.dumps(data)


# --- the command, end to end over our example articles --------------------------------


@pytest.mark.model
def test_cli_record_markdown_over_examples() -> None:
    result = CliRunner().invoke(cli, ["record", "--speaker", "Lindqvist", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert "# On record: Lindqvist" in result.output
    assert "Variety (outlet)" in result.output
    assert "interpretations" in result.output


@pytest.mark.model
def test_cli_record_json_is_oldest_first() -> None:
    result = CliRunner().invoke(
        cli, ["record", "--speaker", "Mara Lindqvist", "--format", "json", str(EXAMPLES)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    whens = [o["when"] for o in data["occasions"] if o["when"]]
    assert whens == sorted(whens)
    assert any(o["venue"] and o["venue"]["name"] == "The Long Take" for o in data["occasions"])


@pytest.mark.model
def test_cli_record_html_and_missing_file(tmp_path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "record",
            "--speaker",
            "Whitfield",
            "--format",
            "html",
            str(EXAMPLES / "riverside-council-budget.txt"),
            str(tmp_path / "missing.txt"),
        ],
    )
    assert result.exit_code == 1  # one input failed
    assert "<h1>On record: Whitfield</h1>" in result.output


def test_cli_record_needs_a_speaker() -> None:
    result = CliRunner().invoke(cli, ["record", str(EXAMPLES)])
    assert result.exit_code == 2
