"""Quotation-mark scanning: styles, apostrophes, nesting, paragraphs, bad input, speed."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.nlp.quotes import Quote, paragraph_bounds, scan_quotes


def summary(text: str) -> list[tuple[str, int, list[str]]]:
    """(style, depth, content fragments) for each quote, in order."""
    return [
        (quote.style, quote.depth, [text[s:e] for s, e in quote.fragments])
        for quote in scan_quotes(text).quotes
    ]


CASES = [
    # --- every style -------------------------------------------------------------------
    ("curly double", "Mayor Ilse Varga said “the bridge opens in May” on Friday.",
     [("curly-double", 0, ["the bridge opens in May"])]),
    ("straight double", 'Coach Brandt said "we run at dawn," then left.',
     [("straight-double", 0, ["we run at dawn,"])]),
    ("curly single, British", "‘We shall see,’ said Dr Pell of Lowmarsh.",
     [("curly-single", 0, ["We shall see,"])]),
    ("straight single, British", "'The river is high,' warned Ms Okoro.",
     [("straight-single", 0, ["The river is high,"])]),
    ("guillemets", "Le maire a dit «nous verrons» hier.",
     [("guillemet", 0, ["nous verrons"])]),
    ("guillemets with French spacing", "Il a dit « nous verrons » hier.",
     [("guillemet", 0, [" nous verrons "])]),
    ("reversed guillemets", "Sie sagte »wir kommen« am Montag.",
     [("guillemet-reversed", 0, ["wir kommen"])]),
    ("low-high double", "Er sagte „morgen vielleicht“ und ging.",
     [("low-high", 0, ["morgen vielleicht"])]),
    ("low-high single", "Sie sagte ‚nein‘ dazu.",
     [("low-high-single", 0, ["nein"])]),
    ("two apostrophes, NYT", "''We expect rain,'' said Tom Reyes, a forecaster.",
     [("two-apostrophes", 0, ["We expect rain,"])]),
    ("backticks", "He wrote ``see you soon'' on the card.",
     [("backticks", 0, ["see you soon"])]),
    ("two styles in one paragraph", "“Yes,” she said, and ‘no’ later.",
     [("curly-double", 0, ["Yes,"]), ("curly-single", 0, ["no"])]),
    ("empty quote", 'He said "" and shrugged.', [("straight-double", 0, [""])]),
    # --- apostrophes are not marks --------------------------------------------------------
    ("contractions", "I don't think it's o'clock yet, said O'Hara.", []),
    ("decade and elisions", "Back in the '90s we'd rock 'n' roll till 'em all left.", []),
    ("curly decade", "It was the ’90s and rock ’n’ roll ruled.", []),
    ("plural possessive", "The Smiths’ album and James' car are gone.", []),
    ("possessive inside a single quote", "'I love the Smiths' album,' said Ann.",
     [("straight-single", 0, ["I love the Smiths' album,"])]),
    ("closing after s, no other closer", "‘I love the Smiths’ she said.",
     [("curly-single", 0, ["I love the Smiths"])]),
    ("headline scare quotes ending in s", "Ryan: ‘Odd Images’ Have ‘No Place Here.’",
     [("curly-single", 0, ["Odd Images"]), ("curly-single", 0, ["No Place Here."])]),
    ("dropped g inside a single quote", "He calls him ‘Lyin’ Ted.’ daily.",
     [("curly-single", 0, ["Lyin’ Ted."])]),
    ("apostrophes inside NYT quote", "''We're fine, it's Mr. O'Neil's call,'' he said.",
     [("two-apostrophes", 0, ["We're fine, it's Mr. O'Neil's call,"])]),
    ("inch marks", 'She is 5\'6" tall and said "hi".', [("straight-double", 0, ["hi"])]),
    # --- nesting --------------------------------------------------------------------------
    ("single in double", "“He told me ‘never again’ twice,” Lee said.",
     [("curly-double", 0, ["He told me ‘never again’ twice,"]),
      ("curly-single", 1, ["never again"])]),
    ("double in single, British", "‘She shouted “fire” at noon,’ said Ms Ray.",
     [("curly-single", 0, ["She shouted “fire” at noon,"]),
      ("curly-double", 1, ["fire"])]),
    ("same mark nested", "Zed wrote, “Show up when “your team” fails.” Then",
     [("curly-double", 0, ["Show up when “your team” fails."]),
      ("curly-double", 1, ["your team"])]),
    ("straight mark nested", 'He posted, "They say he shouted "Fire!" and ran." Later.',
     [("straight-double", 0, ['They say he shouted "Fire!" and ran.']),
      ("straight-double", 1, ["Fire!"])]),
    ("NYT nested closing run", "''He told me, 'Go home.''' Then he left.",
     [("two-apostrophes", 0, ["He told me, 'Go home.'"]),
      ("straight-single", 1, ["Go home."])]),
    ("three levels", "“A ‘b “c” b’ a”",
     [("curly-double", 0, ["A ‘b “c” b’ a"]), ("curly-single", 1, ["b “c” b"]),
      ("curly-double", 2, ["c"])]),
    ("nested under an unclosed outer", "“He said ‘no’ and left.",
     [("curly-single", 0, ["no"])]),
    # --- paragraphs -------------------------------------------------------------------------
    ("multi-paragraph quote", "“First part.\n\n“Second part.\n\n“Last part,” said Ada.",
     [("curly-double", 0, ["First part.", "Second part.", "Last part,"])]),
    ("multi-paragraph from mid-paragraph", 'Ada said: "Start.\n"End," she added.',
     [("straight-double", 0, ["Start.", "End,"])]),
    ("multi-paragraph NYT", "''One.\n\n''Two,'' he said.",
     [("two-apostrophes", 0, ["One.", "Two,"])]),
    ("colon then block quote", "The mayor declared:\n\n“We will rebuild the mill.”\n\nThen rain.",
     [("curly-double", 0, ["We will rebuild the mill."])]),
    ("unclosed does not swallow", "Pat said “hello there.\n\nLater “bye” and “ok”.",
     [("curly-double", 0, ["bye"]), ("curly-double", 0, ["ok"])]),
    ("stray closer", "Then he left.”\n\n“Fine,” said Jo.", [("curly-double", 0, ["Fine,"])]),
    ("same mark reopened", 'He said "hello and "bye" to us.',
     [("straight-double", 0, ["bye"])]),
    ("unclosed end of a chain keeps the chain", "“One.\n\n“Two.\n\nPlain text “x”.",
     [("curly-double", 0, ["One."]), ("curly-double", 0, ["x"])]),
    ("CRLF paragraphs", "“Hi,” said Al.\r\n\r\n“Bye,” said Bo.",
     [("curly-double", 0, ["Hi,"]), ("curly-double", 0, ["Bye,"])]),
    # --- markup left in the text ---------------------------------------------------------
    ("marks inside a tag are not quotes",
     '<tweet pic="" author="MayorVarga" ts="14">The "new" bridge opens</tweet>.',
     [("straight-double", 0, ["new"])]),
    ("a lone less-than sign is not a tag", 'If a < b, "fine," said Al. Then b > a.',
     [("straight-double", 0, ["fine,"])]),
    ("NYT nested closing run", "''She said, 'No way,''' he recalled.",
     [("two-apostrophes", 0, ["She said, 'No way,'"]), ("straight-single", 1, ["No way,"])]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_scan_table(name: str, text: str, expected: list[tuple[str, int, list[str]]]) -> None:
    assert summary(text) == expected


def test_marked_ranges_include_marks_and_parents_point_outwards() -> None:
    text = "Lee said: “He told me ‘never again’ twice,” and left."
    scan = scan_quotes(text)
    outer, inner = scan.quotes
    assert [text[s:e] for s, e in outer.marked] == ["“He told me ‘never again’ twice,”"]
    assert [text[s:e] for s, e in inner.marked] == ["‘never again’"]
    assert (outer.parent, inner.parent) == (None, 0)
    assert scan.problems == []


def test_multi_paragraph_marked_ranges() -> None:
    text = "“First part.  \n\n“Last part,” said Ada."
    (quote,) = scan_quotes(text).quotes
    # A paragraph without its closing mark ends at its last non-space character.
    assert [text[s:e] for s, e in quote.marked] == ["“First part.", "“Last part,”"]


def test_unbalanced_mark_is_a_problem_with_paragraph_offset() -> None:
    text = "Intro.\n\nPat said “hello there.\n\nLater “bye”."
    scan = scan_quotes(text)
    assert [text[s:e] for q in scan.quotes for s, e in q.fragments] == ["bye"]
    (problem,) = scan.problems
    assert problem.code == "unbalanced_quote"
    assert "offset 8" in problem.message  # the paragraph's start
    assert "offset 17" in problem.message  # the mark itself


def test_apostrophes_report_no_problems() -> None:
    text = "Rock 'n' roll, the '80s, James' car, the boys’ club, don't, ’em."
    assert scan_quotes(text).problems == []


def test_problem_flood_is_capped() -> None:
    scan = scan_quotes("”\n" * 5000)
    assert 1 < len(scan.problems) <= 101
    assert "more" in scan.problems[-1].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("one", [(0, 3)]),
        ("  one  \n\n two\nthree \n", [(2, 5), (10, 13), (14, 19)]),
        ("a\r\nb\rc\u2029d", [(0, 1), (3, 4), (5, 6), (7, 8)]),
        ("\n \n\t\n", []),
    ],
)
def test_paragraph_bounds(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraph_bounds(text) == expected


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def check_invariants(text: str, quotes: list[Quote]) -> None:
    for index, quote in enumerate(quotes):
        assert quote.fragments and len(quote.fragments) == len(quote.marked)
        for fragment, marked in zip(quote.fragments, quote.marked, strict=True):
            assert 0 <= marked[0] < marked[1] <= len(text)
            assert _contains(marked, fragment) and fragment[0] <= fragment[1]
        if quote.parent is None:
            assert quote.depth == 0
        else:
            parent = quotes[quote.parent]
            assert quote.parent < index and quote.depth == parent.depth + 1
            assert all(any(_contains(p, m) for p in parent.marked) for m in quote.marked)
    ranges = [marked for quote in quotes for marked in quote.marked]
    for a in ranges:
        for b in ranges:
            disjoint = a[1] <= b[0] or b[1] <= a[0]
            assert disjoint or _contains(a, b) or _contains(b, a), (a, b)


MARKISH = st.sampled_from(list("\"'`“”‘’«»„‚‹› \n\tab1.,:")) | st.sampled_from(["''", "\n\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKISH | st.text(max_size=3), max_size=60).map("".join))
def test_any_text_gives_well_formed_quotes(text: str) -> None:
    scan = scan_quotes(text)
    check_invariants(text, scan.quotes)
    for start, end in paragraph_bounds(text):
        assert text[start:end] == text[start:end].strip() != ""


def test_corpus_like_text_invariants() -> None:
    text = (
        "''We're in a bubble,'' he said. ''It's 'bad' news.''\n\n"
        "“One.\n\n“Two ‘x’,” said Al. Then “odd ‘y.\n\n‘A “b” c,’ said Bo."
    )
    check_invariants(text, scan_quotes(text).quotes)


# Realistic density: a few marks per sentence, NYT and curly styles mixed.
_PROSE = (
    "The council met on Tuesday in Lowmarsh. ''We're in a bubble,'' said Ann Lee, a planner, "
    "who added that the '90s were different and that James' car was parked outside.\n\n"
    "“It is ‘temporary’, nothing more,” the mayor said. Officials did not comment.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "“" * 100_000,
        "”" * 100_000,
        "'" * 100_000,
        ' "a" ' * 50_000,
        "“‘" * 50_000 + "’”" * 50_000,
        "“‘“‘“‘“‘“‘“‘“‘“‘“‘“‘“‘“‘“‘x” " * 7_000,
        "He said “yes, ‘maybe’ no” and ''fine'' then James' car.\n" * 12_000,
        (_PROSE * (5_000_000 // len(_PROSE) + 1))[:5_000_000],
    ],
    ids=["openers", "closers", "apostrophes", "pairs", "deep", "deep-siblings", "dense", "5MB"],
)
def test_scan_is_linear_and_fast(text: str) -> None:
    # CPU time, not wall time: the test machine is shared.
    started = time.process_time()
    scan = scan_quotes(text)
    assert time.process_time() - started < 5.0
    assert len(scan.problems) <= 101


def test_a_quotation_goes_on_past_a_long_description_of_its_speaker_and_a_programme(nlp):
    from onrecord.extract import extract_article
    from onrecord.ingest.text import article_from_text

    texts = [
        # a description of the speaker longer than thirty tokens before the next sentence
        ('"We can fix the pier," said Ines Marrow, a former harbour engineer for the '
        'counties of Lanmore and Fell, who has advised three mayors on the waterfront '
        'during their terms in office. "But not this winter."'),
        # a programme's title in marks, the full stop inside them
        '"We can fix the pier," Marrow said on "Harbour Watch." "But not this winter."',
        ('"We can fix the pier," Marrow said on Radio Fell\'s "Harbour Watch." '
        '"But not this winter."'),
    ]
    for text in texts:
        statements = extract_article(article_from_text(text), model="rules").statements
        assert len(statements) == 1, text
        assert [c.text for c in statements[0].content] == [
            "We can fix the pier,", "But not this winter."], text


def test_a_title_after_a_preposition_sheds_its_full_stop_but_a_sentence_is_not_a_title():
    from onrecord.nlp.direct import looks_like_title
    from onrecord.nlp.quotes import scan_quotes

    def first_quote(text):
        return scan_quotes(text).quotes[0]

    text = 'He said on "Meet the Press." Then he left.'
    assert looks_like_title(text, first_quote(text))
    text = 'He answered: "Denver." Then he left.'
    assert not looks_like_title(text, first_quote(text))
    text = 'He said, "Go home." Then he left.'
    assert not looks_like_title(text, first_quote(text))
