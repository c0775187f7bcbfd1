"""The statement finders on short invented articles, through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from onrecord.nlp.candidates import Candidate
from onrecord.nlp.finder import find_candidates

pytestmark = pytest.mark.model


def _texts(text: str, candidate: Candidate) -> dict[str, object]:
    return {
        "kind": candidate.kind,
        "content": [text[s:e] for s, e in candidate.content],
        "cue": text[slice(*candidate.cue)] if candidate.cue else None,
        "source": text[slice(*candidate.source)] if candidate.source else None,
    }


def _find(nlp, text: str) -> list[dict[str, object]]:
    doc = nlp(text)
    found = sorted(find_candidates(doc), key=lambda c: c.content[0])
    return [_texts(text, candidate) for candidate in found]


# (article, expected statements as (kind, content fragments, cue, source)), in text order.
STATEMENTS = [
    pytest.param(
        '"The bridge will open in May," she said.',
        [("direct", ["The bridge will open in May,"], "said", "she")],
        id="quote-then-cue",
    ),
    pytest.param(
        'Mayor Ellen Varga said: "The bridge will open in May."',
        [("direct", ["The bridge will open in May."], "said", "Mayor Ellen Varga")],
        id="cue-colon-quote",
    ),
    # A possessed answer before a colon gives the quotation its speaker; an answer with
    # no one's name on it gives nothing.
    pytest.param(
        'Her answer on the casting was simpler: "We needed someone who could be silent."',
        [("direct", ["We needed someone who could be silent."], "answer", "Her")],
        id="her-answer-colon-quote",
    ),
    pytest.param(
        "Mayor Ellen Varga's reply was blunt: \"The bridge will open in May.\"",
        [("direct", ["The bridge will open in May."], "reply", "Mayor Ellen Varga")],
        id="named-reply-colon-quote",
    ),
    # A cue takes its auxiliaries and the adverb before it, as PolNeAR's cues do.
    pytest.param(
        "Ada Brisk has repeatedly said that the pier will close.",
        [("indirect", ["the pier will close"], "has repeatedly said", "Ada Brisk")],
        id="cue-with-auxiliaries",
    ),
    # A closing "according to" vouches for the whole sentence, and is no part of the
    # statement reported inside it, wherever the parse hangs it.
    pytest.param(
        'On Monday, Brisk said she was "glad to see" the pier reopen, according to The '
        'Harbour Gazette.',
        [("mixed", ['On Monday, Brisk said she was "glad to see" the pier reopen'],
          "according to", "The Harbour Gazette"),
         ("mixed", ['she was "glad to see" the pier reopen'], "said", "Brisk")],
        id="closing-according-to",
    ),
    # A that-clause the parse hangs off the verb's object as a relative clause is still
    # what was said.
    pytest.param(
        "Norrland lowered its forecast on Tuesday, and its chief executive, Astrid Vik, told "
        "analysts on a conference call that the company's new plant would not be delayed.",
        [("indirect", ["the company's new plant would not be delayed"], "told",
          "its chief executive, Astrid Vik")],
        id="that-clause-misparsed-as-relative",
    ),
    # ... unless the object is a noun that takes such a clause itself: then it is said too.
    pytest.param(
        "Ada Brisk responded on Sunday to accusations that she had sold the pier.",
        [("indirect", ["accusations that she had sold the pier"], "responded", "Ada Brisk")],
        id="noun-with-its-own-that-clause",
    ),
    # An "as" aside that names its speaker vouches for the clause it hangs off.
    pytest.param(
        "As the Gazette reported, the pier will close in May.",
        [("indirect", ["the pier will close in May"], "reported", "the Gazette")],
        id="as-the-paper-reported",
    ),
    pytest.param(
        "The pier will close in May, as Ada Brisk noted.",
        [("indirect", ["The pier will close in May"], "noted", "Ada Brisk")],
        id="as-she-noted",
    ),
    # A speech participle ending a reported clause is the same speaker's second claim.
    pytest.param(
        "Carson said he plans to visit Libya, insisting that U.S. leaders are too cautious.",
        [("indirect", ["he plans to visit Libya"], "said", "Carson"),
         ("indirect", ["to visit Libya"], "plans", "he"),
         ("indirect", ["U.S. leaders are too cautious"], "insisting", "Carson")],
        id="second-claim-after-a-comma",
    ),
    # After "that", a question word opens a clause of time or place, not a question.
    pytest.param(
        "Ada Brisk said that when the pier opened, the town was glad.",
        [("indirect", ["when the pier opened, the town was glad"], "said", "Ada Brisk")],
        id="said-that-when",
    ),
    # So-called quotation marks distance the writer from a phrase and quote nobody.
    pytest.param(
        'Ada Brisk said the so-called "pier tax" would go.',
        [("indirect", ['the so-called "pier tax" would go'], "said", "Ada Brisk")],
        id="so-called-is-not-a-quotation",
    ),
    # A mixed statement goes on into the quotation after its own cue, as a direct one does;
    # not past a sentence of the writer's, nor into a quotation with a cue of its own.
    pytest.param(
        'The pier "will reopen in May," Brisk said. "We are sure of it."',
        [("mixed", ['The pier "will reopen in May,"', '"We are sure of it."'], "said", "Brisk")],
        id="mixed-quotation-continues",
    ),
    pytest.param(
        'The pier "will reopen in May," Brisk said. Then she left. "We are sure of it," '
        'Hale said.',
        [("mixed", ['The pier "will reopen in May,"'], "said", "Brisk"),
         ("direct", ["We are sure of it,"], "said", "Hale")],
        id="mixed-quotation-stops-at-the-writers-sentence",
    ),
    # A preposition that takes the topic belongs to the cue; its object is the content.
    pytest.param(
        "Councillor Brisk called for a recount of the votes.",
        [("indirect", ["a recount of the votes"], "called for", "Councillor Brisk")],
        id="called-for",
    ),
    # spaCy's lemma for "hopes" is "hop": the belief is found all the same.
    pytest.param(
        "Ada Brisk hopes that the pier will reopen in May.",
        [("indirect", ["the pier will reopen in May"], "hopes", "Ada Brisk")],
        id="hopes-that",
    ),
    # Words before a cue set off by commas are the speaker's too; a scene is not.
    pytest.param(
        'If the council agrees, Brisk said, "we will build it by spring."',
        [("mixed", ["If the council agrees", '"we will build it by spring."'], "said", "Brisk")],
        id="lead-in-before-a-parenthetical-cue",
    ),
    pytest.param(
        'While she toured the harbour, Brisk said, "we will build it by spring."',
        [("direct", ["we will build it by spring."], "said", "Brisk")],
        id="scene-before-a-parenthetical-cue",
    ),
    # What a verb says of its object is part of the statement (PolNeAR marks it so);
    # where and when it was said is not.
    pytest.param(
        "Councillor Ada Brisk criticized the harbour board for raising the ferry fares.",
        [("indirect", ["the harbour board for raising the ferry fares"], "criticized",
          "Councillor Ada Brisk")],
        id="object-and-for",
    ),
    pytest.param(
        "Ada Brisk described the new pier as a waste of public money.",
        [("indirect", ["the new pier as a waste of public money"], "described", "Ada Brisk")],
        id="object-and-as",
    ),
    pytest.param(
        "Ada Brisk accused the harbour board of hiding the costs.",
        [("indirect", ["the harbour board of hiding the costs"], "accused", "Ada Brisk")],
        id="object-and-of",
    ),
    pytest.param(
        "The new ferry is widely expected to enter service in May.",
        [("indirect", ["The new ferry", "to enter service in May"], "is widely expected", None)],
        id="raised-subject-of-is-expected",
    ),
    pytest.param(
        "Ada Brisk endorsed Tom Hale at a rally in the square.",
        [("indirect", ["Tom Hale"], "endorsed", "Ada Brisk")],
        id="object-without-its-place",
    ),
    pytest.param(
        '"The film is finished," said Tomas Baker, "and it is long."',
        [("direct", ["The film is finished,", "and it is long."], "said", "Tomas Baker")],
        id="split-quote-one-statement",
    ),
    pytest.param(
        '"We lost the harvest," Marta Lind told reporters. "We will plant again."',
        [
            (
                "direct",
                ["We lost the harvest,", "We will plant again."],
                "told",
                "Marta Lind",
            )
        ],
        id="quote-after-attributed-quote-joins",
    ),
    pytest.param(
        '"We lost the harvest," Marta Lind told reporters.\n\n"We will plant again."',
        [
            (
                "direct",
                ["We lost the harvest,", "We will plant again."],
                "told",
                "Marta Lind",
            )
        ],
        id="quote-paragraph-after-attributed-quote-joins",
    ),
    pytest.param(
        '"We lost the harvest," Marta Lind said.\n\nThe co-op met on Friday.\n\n"Rain."',
        [("direct", ["We lost the harvest,"], "said", "Marta Lind")],
        id="writers-paragraph-ends-the-quotation",
    ),
    pytest.param(
        '"The dam holds," the engineer said, noting that it was built in 1950. "It will last."',
        [
            (
                "direct",
                ["The dam holds,", "It will last."],
                "said",
                "the engineer",
            ),
            ("indirect", ["it was built in 1950"], "noting", "the engineer"),
        ],
        id="quote-after-cue-with-participle-joins",
    ),
    pytest.param(
        '"The first paragraph runs on,\n\n"and the second one closes it," the coach said.',
        [
            (
                "direct",
                ["The first paragraph runs on,", "and the second one closes it,"],
                "said",
                "the coach",
            )
        ],
        id="multi-paragraph-quote",
    ),
    pytest.param(
        'The council chair wrote in a letter:\n\n"We cannot fund the library this year."',
        [
            (
                "direct",
                ["We cannot fund the library this year."],
                "wrote in a letter",
                "The council chair",
            )
        ],
        id="colon-block-quote-next-paragraph",
    ),
    pytest.param(
        'Dana Ruiz said: "The river rose overnight."\n\n"By morning the road was gone."',
        [
            (
                "direct",
                ["The river rose overnight.", "By morning the road was gone."],
                "said",
                "Dana Ruiz",
            ),
        ],
        id="colon-quote-paragraph-continues",
    ),
    pytest.param(
        "Senator Alma Ortiz said that the tax would pass.",
        [("indirect", ["the tax would pass"], "said", "Senator Alma Ortiz")],
        id="indirect-said-that",
    ),
    pytest.param(
        "The director told the board the budget was too small.",
        [("indirect", ["the budget was too small"], "told", "The director")],
        id="indirect-told-someone",
    ),
    pytest.param(
        "Ada Brisk said if the pier closes, the ferry stops.",
        [("indirect", ["if the pier closes, the ferry stops"], "said", "Ada Brisk")],
        id="indirect-conditional-is-not-a-question",
    ),

    pytest.param(
        "The mine will close in June, according to a spokeswoman for Delta Metals.",
        [
            (
                "indirect",
                ["The mine will close in June"],
                "according to",
                "a spokeswoman for Delta Metals",
            )
        ],
        id="according-to",
    ),
    pytest.param(
        "The mine will close in June, per a spokeswoman for Delta Metals.",
        [("indirect", ["The mine will close in June"], "per", "a spokeswoman for Delta Metals")],
        id="per-as-according-to",
    ),
    pytest.param(
        "Per Harbour Radio, the mine will close in June.",
        [("indirect", ["the mine will close in June"], "Per", "Harbour Radio")],
        id="per-opening-the-sentence",
    ),
    pytest.param(
        "The fare rose to $3 per ride, per the city's own figures.",
        [("indirect", ["The fare rose to $3 per ride"], "per", "the city's own figures")],
        id="per-a-rate-is-no-cue",
    ),
    pytest.param(
        "The fare rose to $3 per ride in June.",
        [],
        id="per-a-rate-alone",
    ),
    pytest.param(
        "The tunnel is safe, the engineer added.",
        [("indirect", ["The tunnel is safe"], "added", "the engineer")],
        id="clause-then-cue",
    ),
    pytest.param(
        "Governor Pell revealed that the prison would be sold.",
        [("indirect", ["the prison would be sold"], "revealed", "Governor Pell")],
        id="cue-revealed",
    ),
    pytest.param(
        "Mr. Osei warned that prices would rise.",
        [("indirect", ["prices would rise"], "warned", "Mr. Osei")],
        id="cue-warned",
    ),
    pytest.param(
        "The union said in a statement that the strike would continue.",
        [("indirect", ["the strike would continue"], "said in a statement", "The union")],
        id="noun-cue-statement",
    ),
    pytest.param(
        'Baker added that he sees the scene as Ani "regaining the power that she lost."',
        [
            (
                "mixed",
                ['he sees the scene as Ani "regaining the power that she lost."'],
                "added",
                "Baker",
            )
        ],
        id="mixed-reported-with-quote",
    ),
    pytest.param(
        '"Apparently not," the coach said.',
        [("direct", ["Apparently not,"], "said", "the coach")],
        id="negation-inside-quote-does-not-block-cue",
    ),
    pytest.param(
        'The mayor issued a statement saying, "The bridge is safe."',
        [("direct", ["The bridge is safe."], "saying", "The mayor")],
        id="participle-cue-borrows-subject",
    ),
    pytest.param(
        "Varga: The bridge will open in May\n\nMayor Ellen Varga spoke on Monday.",
        [("indirect", ["The bridge will open in May"], ":", "Varga")],
        id="headline-speaker-label",
    ),
    pytest.param(
        "Ellen Varga: 'The bridge is safe'\n\nThe mayor spoke on Monday.",
        [("direct", ["The bridge is safe"], ":", "Ellen Varga")],
        id="headline-speaker-label-quote",
    ),
    pytest.param(
        'WHAT THE EXPERTS SAY - Economist Ana Ruiz: "Rates will fall by spring."',
        [("direct", ["Rates will fall by spring."], ":", "Economist Ana Ruiz")],
        id="round-up-label-after-dash",
    ),
    pytest.param(
        'Economist Ana Ruiz: "Rates will fall by spring.\n\n"Then they will rise."',
        [
            (
                "direct",
                ["Rates will fall by spring.", "Then they will rise."],
                ":",
                "Economist Ana Ruiz",
            )
        ],
        id="labelled-quote-over-two-paragraphs",
    ),
    # A cue that is the infinitive of "go on", "continue", "try" ... takes that verb in.
    pytest.param(
        '"The pier will close," Ada Brisk said quietly.',
        [("direct", ["The pier will close,"], "said quietly", "Ada Brisk")],
        id="cue-with-adverb-after",
    ),
    pytest.param(
        "Ada Brisk continued to insist that the pier will close.",
        [("indirect", ["the pier will close"], "continued to insist", "Ada Brisk")],
        id="cue-with-its-carrier-verb",
    ),
    pytest.param(
        "Ada Brisk went on to explain that the pier will close.",
        [("indirect", ["the pier will close"], "went on to explain", "Ada Brisk")],
        id="cue-going-on-to",
    ),
    # A participle set off after the speaker says what they were doing, not who they are;
    # a bracket opened inside the source is closed inside it.
    pytest.param(
        "Ada Brisk, celebrating a good harvest in Vermont, said the pier will reopen.",
        [("indirect", ["the pier will reopen"], "said", "Ada Brisk")],
        id="source-without-participle",
    ),
    pytest.param(
        "Ada Brisk urged the council to rebuild the pier.",
        [("indirect", ["the council to rebuild the pier"], "urged", "Ada Brisk")],
        id="urged-someone-to",
    ),
    pytest.param(
        "Ada Brisk later referred to the storm of 1953.",
        [("indirect", ["the storm of 1953"], "later referred to", "Ada Brisk")],
        id="refer-to-topic",
    ),
    pytest.param(
        "Ada Brisk echoed the mayor's warning.",
        [("indirect", ["the mayor's warning"], "echoed", "Ada Brisk")],
        id="echo-object",
    ),
    # A participle's speaker is the noun it describes, or who issued the statement it
    # describes.
    pytest.param(
        "Dozens of fishermen backing the new pier gathered on Monday.",
        [("indirect", ["the new pier"], "backing", "Dozens of fishermen")],
        id="participle-of-a-noun",
    ),
    pytest.param(
        "The council issued a statement defending the pier.",
        [("indirect", ["the pier"], "defending", "The council")],
        id="participle-of-a-statement",
    ),
    pytest.param(
        'The crowd chanted "Save the pier!"',
        [("direct", ["Save the pier!"], "chanted", "The crowd")],
        id="manner-of-speaking-cue",
    ),
    pytest.param(
        "Even the harbour's critics said the pier will reopen.",
        [("indirect", ["the pier will reopen"], "said", "the harbour's critics")],
        id="source-without-even",
    ),
    pytest.param(
        "Sen. Ada Brisk (D-Vt.) said the pier will reopen.",
        [("indirect", ["the pier will reopen"], "said", "Sen. Ada Brisk (D-Vt.)")],
        id="source-keeps-its-bracket",
    ),
    # What the verb says of its object with "with" or "over" belongs to the content.
    pytest.param(
        "New polls show the mayor with a narrow lead.",
        [("indirect", ["the mayor with a narrow lead"], "show", "New polls")],
        id="object-with-complement",
    ),
    pytest.param(
        "DEBATE NIGHT - Mayor Ann Lee: we will build the bridge this year - Councillor Tom"
        " Roe: we will not build it at all\n\nAnn Lee and Tom Roe met on Monday.",
        [
            ("indirect", ["we will build the bridge this year"], ":", "Mayor Ann Lee"),
            ("indirect", ["we will not build it at all"], ":", "Councillor Tom Roe"),
        ],
        id="two-labels-on-one-line",
    ),
    pytest.param(
        '"We have had better harvests than this one," orchard grower Ada Brisk, wearing a'
        ' "Save the Pier" badge, said quietly as the rain began.',
        [("direct", ["We have had better harvests than this one,"], "said quietly",
          "orchard grower Ada Brisk")],
        id="quote-then-speaker-with-participle-and-title-then-cue",
    ),
    pytest.param(
        '"The levy will fund two new schools."\n\n- Ana Ruiz.',
        [("direct", ["The levy will fund two new schools."], "-", "Ana Ruiz")],
        id="quote-signed-on-next-line",
    ),
    pytest.param(
        '"Nobody asked the farmers first." ― Tomas Ferreira',
        [("direct", ["Nobody asked the farmers first."], "―", "Tomas Ferreira")],
        id="quote-signed-on-same-line",
    ),
    pytest.param(
        'Vanhal argued that "waiting risks damage to hiring," the minutes said.',
        [("direct", ["waiting risks damage to hiring,"], "argued", "Vanhal")],
        id="closing-report-of-the-minutes-cut",
    ),
    pytest.param(
        "She told analysts that the firm was investing in chips, without elaborating.",
        [("indirect", ["the firm was investing in chips"], "told", "She")],
        id="without-elaborating-cut",
    ),
    pytest.param(
        "Under cross-examination, the lawyer, Jonathan Reyes, suggested that Romero lied.",
        [("indirect", ["Romero lied"], "suggested", "the lawyer, Jonathan Reyes")],
        id="subject-in-an-opening-phrase",
    ),
]

# Articles in which nothing is an attributed statement.
NOTHING = [
    pytest.param("The complaint was referred to the harbour police.", id="passive-refer"),
    pytest.param("It seems that Baker said the ending was a dream.", id="speculation-around-a-cue"),
    pytest.param('Crowds lined up for the film "Dune" on Friday.', id="film-title"),
    pytest.param('The band played a song called "Hello" twice.', id="song-title"),
    pytest.param('The boxer, nicknamed "the Hammer", lost.', id="nickname"),
    pytest.param('The so-called "experts" were wrong again.', id="scare-quotes"),
    pytest.param("It seems that Baker was referring to the mayor.", id="writer-speculation"),
    pytest.param("Baker appeared to suggest that the mayor lied.", id="appeared-to-suggest"),
    pytest.param("The mayor declined to say whether the park would close.", id="declined"),
    pytest.param("The mayor did not say when the park would close.", id="did-not-say"),
    pytest.param("The company refused to comment on the layoffs.", id="refused-comment"),
    pytest.param("A reporter asked whether the park would close.", id="asked-whether"),
    pytest.param('The answer was simple: "The bridge will open in May."', id="nobodys-answer"),
    pytest.param("Pier plan explained: what Mayor Ada Brisk says about the ferry",
                 id="what-she-says-about-a-topic"),
    pytest.param("Halvorsen Foods recalls frozen berries as sales slip", id="firm-recalls-goods"),
    pytest.param("The company recalled 40,000 bags of frozen berries.", id="company-recalled"),
    pytest.param("About 40,000 bags of berries were recalled.", id="goods-were-recalled"),
    pytest.param("The judge asked him if the car was his.", id="asked-him-if"),
    pytest.param("The mayor did not say if the park would close.", id="did-not-say-if"),
    pytest.param("Ada Brisk said whether the pier closes is unknown.", id="said-whether"),
    pytest.param("Harbour plan explained: why the ferry stopped", id="headline-topic"),
    pytest.param("A reporter wanted to know whether the park would close.", id="wanted-to-know"),
    pytest.param("Did Mayor Brisk promise the park would never close?", id="yes-no-question"),
    pytest.param("The pier closed in May, as predicted.", id="as-predicted-names-no-one"),
    pytest.param("She smiled as the mayor spoke to the crowd.", id="as-while-someone-spoke"),
    pytest.param("The senator wants to find out why the bridge failed.", id="wants-to-find-out"),
    pytest.param("Iowa: Cruz has 28 percent, Trump 24 percent", id="place-label"),
    pytest.param("Analysis: Varga's bridge will open in May", id="kicker-label"),
    pytest.param("Editor’s Note: The mayor will open the bridge in May", id="editors-note"),
    pytest.param("Rowan Hale Tonight: A World at War", id="label-without-claim"),
    pytest.param("Follow Ana Ruiz on Twitter: @anaruiz is her handle", id="label-with-verb"),
    pytest.param(
        'Voters met Mayor Ellen Varga: "Finally, a bridge."', id="name-inside-sentence"
    ),

    pytest.param(
        '<tweet author="MayorVarga">The "new" bridge opens today</tweet>', id="markup-tag"
    ),
    pytest.param("The new levy could add two points to the margin.", id="add-a-sum"),
    pytest.param("Testifying for the prosecution, the clerk wept.", id="testify-for-a-side"),
    pytest.param("Reyes also asked whether she had been promised leniency.",
                 id="asked-whether-a-passive"),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_finds_statement(nlp, text, expected):
    found = _find(nlp, text)
    wanted = [
        {"kind": kind, "content": content, "cue": cue, "source": source}
        for kind, content, cue, source in expected
    ]
    assert found == wanted


@pytest.mark.parametrize("text", NOTHING)
def test_finds_no_statement(nlp, text):
    assert _find(nlp, text) == []


def test_nested_quote_stays_inside_and_counts_when_speaker_named(nlp):
    text = "\"My father said, 'Never sell the farm,' and I never did,\" Rosa Hale said."
    found = _find(nlp, text)
    outer = [f for f in found if f["source"] == "Rosa Hale"]
    assert outer and outer[0]["kind"] == "direct"
    assert "Never sell the farm" in outer[0]["content"][0]
    inner = [f for f in found if f["content"] == ["Never sell the farm,"]]
    assert inner and inner[0]["source"] == "My father"


def test_nested_quote_with_only_a_pronoun_is_not_its_own_statement(nlp):
    text = "\"He told me, 'Wait for spring,' so we waited,\" Rosa Hale said."
    found = _find(nlp, text)
    assert [f["source"] for f in found] == ["Rosa Hale"]


def test_borrowed_phrase_is_not_the_next_cues_quote(nlp):
    # A quoted phrase inside the writer's clause does not take the cue that follows it.
    text = 'Ms. Lind hailed the plan as "bold," telling reporters that it would pass.'
    found = _find(nlp, text)
    assert not [f for f in found if f["kind"] == "direct" and f["content"] == ["bold,"]]


def test_cue_before_a_quote_beats_the_participle_after_it(nlp):
    text = 'Mr. Osei said, "I like it," adding that "the rest can wait."'
    found = _find(nlp, text)
    first = [f for f in found if f["content"][0] == "I like it,"]
    assert first and first[0]["cue"] == "said" and first[0]["source"] == "Mr. Osei"


def test_quote_subject_is_never_the_source(nlp):
    text = '"The future we want is within reach," Mayor Ilse Varga added.'
    found = _find(nlp, text)
    assert found and found[0]["source"] == "Mayor Ilse Varga"


def test_marked_includes_quote_marks_and_that_is_split_off(nlp):
    text = 'She said: "Go home." Later he said that the road was closed.'
    doc = nlp(text)
    by_kind = {c.kind: c for c in find_candidates(doc)}
    direct, indirect = by_kind["direct"], by_kind["indirect"]
    assert [text[s:e] for s, e in direct.marked] == ['"Go home."']
    assert indirect.that is not None and text[slice(*indirect.that)] == "that"
    assert text[slice(*indirect.content[0])] == "the road was closed"


def test_unbalanced_quote_is_a_problem_not_a_crash(nlp):
    text = 'He said "this never closes.\n\nThe next paragraph is plain.'
    doc = nlp(text)
    find_candidates(doc)
    assert all(problem.code for problem in doc._.onrecord_problems)


def test_confidence_in_unit_interval(nlp):
    text = '"Yes," she said. He said that it rained. According to police, two died.'
    for candidate in find_candidates(nlp(text)):
        assert 0.0 <= candidate.confidence <= 1.0


def _model_candidate(text: str, cue: str, content: str, source: str | None = None,
                     kind: str = "indirect") -> Candidate:
    cue_start = text.index(cue)
    content_start = text.index(content)
    source_start = text.index(source) if source else -1
    return Candidate(
        kind=kind,
        content=[(content_start, content_start + len(content))],
        cue=(cue_start, cue_start + len(cue)),
        source=(source_start, source_start + len(source)) if source else None,
        origin="learned",
    )


def _shaped(nlp, step: str, text: str, cue: str, content: str, source: str | None = None,
            origin: str = "learned") -> Candidate:
    """A model candidate on `text` after `step`, one function of `nlp/learned_spans.py`
    taking (doc, token starts, candidate)."""
    from onrecord.nlp import learned_spans

    doc = nlp(text)
    candidate = _model_candidate(text, cue, content, source)
    candidate.origin = origin
    getattr(learned_spans, step)(doc, [token.idx for token in doc], candidate)
    return candidate


# What the learned model may propose, and whether onrecord counts it as a statement.
MODEL_PROPOSALS = [
    pytest.param("Ada Brisk said that if the pier closes, the ferry stops.", "said",
                 "if the pier closes, the ferry stops.", True, id="condition-is-a-statement"),
    pytest.param("Ada Brisk explained how the levy pays for the pier.", "explained",
                 "how the levy pays for the pier.", True, id="explained-how"),
    pytest.param("What the town needs is a pier, Ada Brisk said.", "said",
                 "What the town needs is a pier", True, id="what-clause-statement"),
    pytest.param("Ada Brisk said whether the pier closes is unknown.", "said",
                 "whether the pier closes is unknown.", False, id="whether-is-a-question"),
    pytest.param('"Will the pier close?" Ada Brisk said.', "said",
                 'Will the pier close?"', False, id="question-mark-before-the-closing-quote"),
    pytest.param("Ada Brisk asked the mayor about the pier.", "asked",
                 "the mayor about the pier.", False, id="question-put-to-someone"),
    pytest.param("Ada Brisk did not say that the pier would close.", "say",
                 "that the pier would close.", False, id="negated"),
    pytest.param("Harbour plan explained: why the ferry stopped", "explained:",
                 "why the ferry stopped", False, id="sourceless-topic"),
    pytest.param("It seems that Brisk meant the ferry.", "It",
                 "Brisk meant the ferry.", False, id="pronoun-is-no-cue"),
    pytest.param("Ada Brisk wanted to know whether the pier would close.", "wanted",
                 "to know whether the pier would close.", False, id="wanted-to-know-whether"),
    pytest.param("Ada Brisk wants to find out why the pier closed.", "wants",
                 "to find out why the pier closed.", False, id="wants-to-find-out-why"),
    pytest.param("Ada Brisk wants to know the ferry times.", "wants",
                 "to know the ferry times.", True, id="wants-to-know-a-thing"),
    # A question the writer asks reports nobody, a question mark in the words or not.
    pytest.param("Did Ada Brisk promise the pier would stay open?", "promise",
                 "the pier would stay open", False, id="writer-asks-did-she-promise"),
    pytest.param("Ada Brisk promised the pier would stay open.", "promised",
                 "the pier would stay open.", True, id="she-promised"),
    pytest.param("Why has Ada Brisk promised the pier would stay open?", "promised",
                 "the pier would stay open", True, id="why-has-she-promised"),
    pytest.param('Ada Brisk said: "Did anyone promise the pier would stay open?"', "said:",
                 'Did anyone promise the pier would stay open?"', False,
                 id="her-question-quoted"),
    # "What she said about X": the words are not given, X is a topic; with no "about" the
    # words may follow.
    pytest.param("It contradicted what Ada Brisk said about the pier.", "said", "the pier.",
                 False, id="what-she-said-about"),
    pytest.param("What Ada Brisk is saying is that the pier will close.", "is saying",
                 "that the pier will close.", True, id="what-she-is-saying-is-that"),
    # Declined speech is no statement, whichever word the model took for the cue.
    pytest.param("Ada Brisk declined to say whether the pier would close.", "declined",
                 "to say whether the pier would close.", False, id="declined-to-say"),
    pytest.param("Ada Brisk refused to comment on the pier.", "refused",
                 "to comment on the pier.", False, id="refused-to-comment"),
    # Declining to act is a stance, as PolNeAR marks it, not declined speech.
    pytest.param("Ada Brisk refused to cooperate with the inspectors.", "refused",
                 "to cooperate with the inspectors.", True, id="refused-to-cooperate"),
    # "Recall": a firm taking goods back is no statement; a person remembering aloud is.
    pytest.param("Dunmore Ferries recalled its old timetables.", "recalled",
                 "its old timetables.", False, id="firm-recalls-goods"),
    pytest.param("Ada Brisk recalled her first winter on the pier.", "recalled",
                 "her first winter on the pier.", True, id="person-recalls-a-time"),
    pytest.param("Ada Brisk, a harbour analyst, recalled the ferry strikes.", "recalled",
                 "the ferry strikes.", True, id="person-in-apposition-recalls"),
]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source", "kind", "kept"),
    [
        # Reported speech with no one named as saying it is the writer's report.
        ("The pier has reportedly been sold to a developer.", "reportedly",
         "been sold to a developer.", None, "indirect", False),
        ("It is assumed that the ferry will stop in May.", "is assumed",
         "that the ferry will stop in May.", None, "indirect", False),
        ("The council has reportedly said that the pier was sold.", "said",
         "that the pier was sold.", "The council", "indirect", True),
        # A quotation keeps its words even when the model names no speaker: the rules or
        # the speaker resolution may still find one.
        ('"The pier stays open," read a sign by the gate.', "read",
         "The pier stays open,", None, "direct", True),
    ],
)
def test_model_proposals_without_a_source(nlp, text, cue, content, source, kind, kept):
    from onrecord.nlp.finder import _is_statement
    from onrecord.nlp.lexicon import cue_lexicon

    candidate = _model_candidate(text, cue, content, source, kind)
    assert _is_statement(nlp(text), candidate, cue_lexicon(), text) is kept


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        # The model tagged the quotation and its cue but no source: the parse's subject.
        ('"The pier stays open," Harbour master Ada Brisk said calmly.', "said",
         "The pier stays open,", "Harbour master Ada Brisk"),
        ('Ada Brisk laughed and said: "The pier stays open."', "said",
         "The pier stays open.", "Ada Brisk"),
        # No subject to give, or one inside the quotation itself: none.
        ('"The pier stays open," read a sign by the gate.', "read", "The pier stays open,",
         None),
        ('"Ada Brisk said no," was the headline.', "said", "Ada Brisk said no,", None),
    ],
)
def test_a_sourceless_model_quotation_takes_its_cues_subject(nlp, text, cue, content, source):
    from onrecord.nlp.finder import _parsed_source

    candidate = _model_candidate(text, cue, content, None, "direct")
    found = _parsed_source(nlp(text), candidate)
    assert (text[found[0]:found[1]] if found else None) == source


@pytest.mark.parametrize(("text", "cue", "content", "kept"), MODEL_PROPOSALS)
def test_model_proposals_that_count_as_statements(nlp, text, cue, content, kept):
    from onrecord.nlp.finder import _is_statement
    from onrecord.nlp.lexicon import cue_lexicon

    doc = nlp(text)
    source = "Ada Brisk" if "Ada Brisk" in text else None  # the model's source, if any
    candidate = _model_candidate(text, cue, content, source)
    assert _is_statement(doc, candidate, cue_lexicon(), text) is kept


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Toyota recalled 1.2 million cars on Monday.", True),
        ("The automaker is recalling 300,000 trucks.", True),
        ("About 40,000 bags of berries were recalled.", True),
        # A reported clause is what the firm says it remembers; a person recalls aloud.
        ("The company recalled that the ferry had always been late.", False),
        ("Ada Brisk recalled her first winter on the pier.", False),
        ("Roffman, a securities analyst, recalled numerous calls with the mayor.", False),
    ],
)
def test_only_goods_taken_back_are_a_recall_without_a_statement(nlp, text, goods):
    from onrecord.nlp.lexicon import cue_lexicon
    from onrecord.nlp.reported import is_goods_recall

    verb = next(token for token in nlp(text) if token.lemma_ == "recall")
    assert is_goods_recall(verb, cue_lexicon()) is goods


def test_model_statement_inside_the_writers_speculation_is_dropped(nlp):
    from onrecord.nlp.finder import _outside_interpretations
    from onrecord.nlp.interpretation import find_interpretations

    text = ("Ada Brisk spoke about the ferry on Monday. It seems that Brisk was referring "
            "to the old pier, which the council sold.")
    doc = nlp(text)
    inside = _model_candidate(text, "seems", "Brisk was referring to the old pier")
    outside = _model_candidate(text, "spoke", "about the ferry")
    spans = [item.span for item in find_interpretations(doc, [])]
    assert _outside_interpretations([inside, outside], spans) == [outside]


def test_an_intent_guessed_inside_the_writers_speculation_is_no_statement(nlp):
    from onrecord.nlp.finder import find_candidates

    text = ("Mayor Ada Brisk spoke for an hour. The phrase seems to be a signal that she "
            "intends to sell the pier.")
    assert not [c for c in find_candidates(nlp(text)) if "sell the pier" in text[
        c.content[0][0]:c.content[-1][1]]]
    plain = "Mayor Ada Brisk spoke for an hour. She intends to sell the pier, she said."
    assert [c for c in find_candidates(nlp(plain)) if "sell the pier" in plain[
        c.content[0][0]:c.content[-1][1]]]


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # A title's closing mark without its opening one: the model misread the title.
        ('Joel Baptiste shot "The Salt Orchard" in eleven weeks.', 'The Salt Orchard" in', False),
        ('Joel Baptiste shot "The Salt Orchard" in eleven weeks.', '"The Salt Orchard" in', True),
        # A quotation that is speech, not a title, may be run out of (PolNeAR does).
        ('Joel Baptiste said "we were so tired" that night.', 'we were so tired" that night', True),
    ],
)
def test_model_content_straddling_a_title_is_dropped(nlp, text, content, kept):
    from onrecord.nlp.finder import _QuotedRanges, _straddles_title
    from onrecord.nlp.quotes import scan_quotes

    quoted = _QuotedRanges([q for q in scan_quotes(text).quotes if q.depth == 0])
    cue = "shot" if "shot" in text else "said"
    candidate = _model_candidate(text, cue, content, "Joel Baptiste")
    assert _straddles_title(candidate, quoted, text) is not kept


def test_a_cue_the_parse_hangs_off_a_participle_borrows_its_subject():
    # The small parser sometimes reads `X, noting ..., said` as a participle clause with
    # the cue beside it (parataxis); the subject is the participle's. Built by hand, so
    # that the test does not depend on when the parser does so.
    import spacy
    from spacy.tokens import Doc

    from onrecord.nlp.reported import source_of

    words = ["Varga", ",", "noting", "the", "crowd", ",", "said", "it", "was", "big", "."]
    heads = [2, 0, 2, 4, 2, 2, 2, 8, 6, 8, 2]
    deps = ["nsubj", "punct", "ROOT", "det", "dobj", "punct", "parataxis", "nsubj", "ccomp",
            "acomp", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    found = source_of(doc[6])
    assert found is not None and doc.text[found[0]:found[1]] == "Varga"


def test_a_main_verb_without_a_subject_takes_the_name_right_before_it() -> None:
    # `… in Palm Beach - Varga continued to insist`: the parse hangs the name on the
    # place before the dash and leaves the verb without a subject. Built by hand.
    import spacy
    from spacy.tokens import Doc

    from onrecord.nlp.reported import source_of

    words = ["In", "Palm", "Beach", "-", "Ana", "Varga", "continued", "to", "insist", "it",
             "was", "late", "."]
    heads = [6, 2, 0, 5, 5, 2, 6, 8, 6, 10, 8, 10, 6]
    deps = ["prep", "compound", "pobj", "punct", "compound", "appos", "ROOT", "aux", "xcomp",
            "nsubj", "ccomp", "acomp", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PART", "VERB", "PRON",
           "AUX", "ADJ", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = source_of(doc[6])
    assert found is not None and doc.text[found[0]:found[1]] == "Ana Varga"
    # a name the parse made the subject of another word is not taken
    deps_subject = list(deps)
    deps_subject[5] = "nsubj"
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps_subject, pos=pos)
    assert source_of(doc[6]) is None
    # a common noun before the verb is no speaker
    words_noun = list(words)
    words_noun[4:6] = ["the", "crowd"]
    pos_noun = list(pos)
    pos_noun[4:6] = ["DET", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words_noun, heads=heads, deps=deps, pos=pos_noun)
    assert source_of(doc[6]) is None


def test_model_content_runs_on_over_what_the_verb_says_of_its_object(nlp):
    from onrecord.nlp.learned_spans import _shape_by_parse

    text = "Ada Brisk praised the volunteers for their work on the pier."
    doc = nlp(text)
    starts = [token.idx for token in doc]
    candidate = _model_candidate(text, "praised", "the volunteers", "Ada Brisk")
    _shape_by_parse(doc, starts, candidate)
    assert [text[s:e] for s, e in candidate.content] == ["the volunteers for their work on the pier"]
    # A content that does not end with the object (the model's own reading) stays.
    other = _model_candidate(text, "praised", "the volunteers for their work", "Ada Brisk")
    _shape_by_parse(doc, starts, other)
    assert [text[s:e] for s, e in other.content] == ["the volunteers for their work"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        # The last word leans on the next one: the phrase runs on to its end.
        ("Ada Brisk described a quiet, empty pier.", "described", "a quiet",
         "a quiet, empty pier"),
        # ... as a possessive does.
        ("Ada Brisk praised the council's bold plan.", "praised", "the council's",
         "the council's bold plan"),
        # The last word lacks its object.
        ("Ada Brisk thanked the volunteers for supporting her.", "thanked",
         "the volunteers for supporting", "the volunteers for supporting her"),
        # A whole phrase stays as the model read it, and nothing runs past the sentence.
        ("Ada Brisk praised the volunteers. The pier opened.", "praised", "the volunteers",
         "the volunteers"),
    ],
)
def test_a_model_content_cut_inside_a_phrase_runs_on_to_its_end(nlp, text, cue, content,
                                                                 expected):
    candidate = _shaped(nlp, "_shape_by_parse", text, cue, content, "Ada Brisk")
    assert [text[s:e] for s, e in candidate.content] == [expected]


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        ("Ada Brisk had long supported the new pier.", "Ada Brisk had", "the new pier",
         "had long supported"),
        ("Ada Brisk has to remind the council of the pier.", "has to remind the",
         "the council of the pier", "has to remind"),
        # An auxiliary whose verb is part of the content stays as it is.
        ("Ada Brisk said the pier would close.", "said", "the pier would close", "said"),
    ],
)
def test_a_model_cue_ending_on_a_function_word_is_completed(nlp, text, cue, content,
                                                             expected):
    candidate = _shaped(nlp, "_complete_cue", text, cue.removeprefix("Ada Brisk "), content,
                        "Ada Brisk")
    assert text[slice(*candidate.cue)] == expected


@pytest.mark.parametrize(
    ("step", "text", "source", "expected"),
    [
        # Where the phrase starts ...
        ("_complete_source_start", "Current and former officials said the pier will close.",
         "officials", "Current and former officials"),
        ("_complete_source_start", "A wide array of economists said the pier will close.",
         "economists", "A wide array of economists"),
        # A focusing adverb stays out, as it does in PolNeAR's sources.
        ("_complete_source_start", "Even the harbour critics said the pier will close.",
         "critics", "the harbour critics"),
        # A dateline's dash is no part of the source.
        ("_complete_source_start", "HARWICH - Ada Brisk said the pier will close.",
         "- Ada Brisk", "Ada Brisk"),
        # ... and where its noun ends.
        ("_complete_source_end", "Ada Brisk said the pier will close.", "Ada", "Ada Brisk"),
        ("_complete_source_end", "Her own harbour staff said the pier will close.", "Her",
         "Her own harbour staff"),
        # A named possessor stays the source the model named.
        ("_complete_source_end", "Brisk's office said the pier will close.", "Brisk", "Brisk"),
    ],
)
def test_a_model_source_is_completed_to_its_noun_phrase(nlp, step, text, source, expected):
    candidate = _shaped(nlp, step, text, "said", "the pier will close", source)
    assert text[slice(*candidate.source)] == expected


def test_a_small_hole_in_a_model_content_is_filled_unless_it_holds_the_cue(nlp):
    from onrecord.nlp.learned_spans import _fill_small_gaps

    text = "Ada Brisk cast herself as a reformer and the council as a relic."
    doc = nlp(text)
    starts = [token.idx for token in doc]
    candidate = _model_candidate(text, "cast", "herself", "Ada Brisk")
    rest = text.index("a reformer")
    candidate.content.append((rest, text.index(".")))
    _fill_small_gaps(doc, starts, candidate)
    assert [text[s:e] for s, e in candidate.content] == [
        "herself as a reformer and the council as a relic"]
    quoted = '"The pier," Brisk said, "will close."'
    doc = nlp(quoted)
    around = Candidate(kind="mixed", content=[(1, 9), (quoted.index("will"), len(quoted) - 2)],
                       cue=(quoted.index("said"), quoted.index("said") + 4),
                       source=(quoted.index("Brisk"), quoted.index("Brisk") + 5), origin="learned")
    _fill_small_gaps(doc, [token.idx for token in doc], around)
    assert len(around.content) == 2  # the hole holds the cue and source


def test_a_model_content_starting_on_an_infinitive_takes_its_to(nlp):
    text = "Ada Brisk promised to quickly rebuild the pier."
    candidate = _shaped(nlp, "_take_infinitive_marker", text, "promised to",
                        "quickly rebuild the pier", "Ada Brisk")
    assert text[slice(*candidate.cue)] == "promised"
    assert [text[s:e] for s, e in candidate.content] == ["to quickly rebuild the pier"]


def test_a_model_cue_starts_with_its_auxiliaries_and_adverb(nlp):
    text = "Ada Brisk has broadly agreed that the pier will close."
    candidate = _shaped(nlp, "_extend_cue_start", text, "agreed", "the pier will close",
                        "Ada Brisk")
    assert text[slice(*candidate.cue)] == "has broadly agreed"


def test_a_model_source_that_is_the_passive_subject_is_dropped(nlp):
    step = "_drop_passive_source"
    candidate = _shaped(nlp, step, "Ada Brisk is seen as the pier's best hope.", "is seen",
                        "as the pier's best hope", "Ada Brisk")
    assert candidate.source is None
    feeling = _shaped(nlp, step, "Ada Brisk was worried that the pier would close.",
                      "was worried", "that the pier would close", "Ada Brisk")
    assert feeling.source is not None  # a passive of feeling: its subject feels
    by_agent = _shaped(nlp, step, "The pier was praised by Ada Brisk as a landmark.",
                       "was praised", "as a landmark", "The pier")
    assert by_agent.source is not None  # an agent is named: left to the model's reading
    elsewhere = _shaped(nlp, step, "Harbour records show the crossing was cancelled in May.",
                        "was cancelled", "the crossing", "Harbour records")
    assert elsewhere.source is None  # any mention the model linked: no agent, no speaker


def test_sourceless_model_content_takes_the_raised_subject(nlp):
    text = "The new ferry is widely expected to enter service in May."
    candidate = _shaped(nlp, "_shape_by_parse", text, "is widely expected",
                        "to enter service in May")
    assert [text[s:e] for s, e in candidate.content] == ["The new ferry", "to enter service in May"]


def test_a_misparsed_subject_stops_before_its_verb(nlp):
    from onrecord.nlp.reported import source_of

    text = ("In the speech, Trump described the country as beset by illegal immigrants, "
            "some of them killers.")
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "described")
    start, end = source_of(verb)
    assert text[start:end] == "Trump"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source", "subject_in_content"),
    [
        pytest.param("Ada Brisk seemed to welcome the new ferry timetable.", "seemed",
                     "to welcome the new ferry timetable", "Ada Brisk", True, id="seemed-to"),
        pytest.param("The harbour board appeared uneasy about the ferry.", "appeared",
                     "uneasy about the ferry", "The harbour board", True, id="appeared-adjective"),
        pytest.param("It appears that the ferry will stop in May, Brisk wrote.", "appears",
                     "that the ferry will stop in May", "Brisk", False, id="it-appears"),
    ],
)
def test_a_cue_of_seeming_alone_is_the_writers_impression(
    nlp, text, cue, content, source, subject_in_content
):
    candidate = _shaped(nlp, "shape_learned_candidate", text, cue, content, source)
    assert candidate.source is None
    first = text[slice(*candidate.content[0])]
    assert (first == source) is subject_in_content
    assert text[slice(*candidate.content[-1])] == content


def test_a_cue_that_only_starts_with_seeming_keeps_its_source(nlp):
    text = "Ada Brisk appeared to suggest that the ferry would stop."
    candidate = _shaped(nlp, "shape_learned_candidate", text, "appeared to suggest",
                        "that the ferry would stop", "Ada Brisk")
    assert text[slice(*candidate.source)] == "Ada Brisk"


@pytest.mark.parametrize(
    ("text", "model_source", "expected"),
    [
        pytest.param("Tomas Vell, 41, of Port Ardent, said the ferry would stop.",
                     "of Port Ardent,", "Tomas Vell, 41, of Port Ardent", id="residence"),
        pytest.param("Harbour master Ada Brisk, who spent the morning near the old pier, said "
                     "the ferry would stop.", "the old pier,",
                     "Harbour master Ada Brisk, who spent the morning near the old pier",
                     id="relative-clause"),
        pytest.param("Ada Brisk, the harbour master, said the ferry would stop.",
                     "Ada Brisk", "Ada Brisk", id="head-kept"),
    ],
)
def test_a_model_source_inside_the_subject_without_its_head_becomes_the_subject(
    nlp, text, model_source, expected
):
    candidate = _shaped(nlp, "_source_inside_subject", text, "said", "the ferry would stop",
                        model_source)
    assert text[slice(*candidate.source)] == expected


@pytest.mark.parametrize(
    ("text", "model_source", "expected"),
    [
        # `saying` hangs off `closed`: the mayor speaks, not the mention nearest the cue
        pytest.param("Mayor Ada Brisk closed the pier on Monday, saying the ferry was unsafe.",
                     "the pier", "Mayor Ada Brisk", id="participle-takes-the-subject"),
        # a pronoun subject is left to the model, which may name whom it stands for
        pytest.param("She closed the pier on Monday, saying the ferry was unsafe.",
                     "the pier", "the pier", id="pronoun-subject-left-alone"),
        # a relation the model gave no speaker gets none
        pytest.param("Mayor Ada Brisk closed the pier on Monday, saying the ferry was unsafe.",
                     None, None, id="no-model-source-stays-none"),
    ],
)
def test_a_participle_cue_is_spoken_by_its_sentences_subject(nlp, text, model_source, expected):
    candidate = _shaped(nlp, "_participle_speaker", text, "saying", "the ferry was unsafe",
                        model_source)
    found = text[slice(*candidate.source)] if candidate.source else None
    assert found == expected


def test_a_participle_the_parse_hangs_inside_a_clause_keeps_the_model_source(nlp):
    # The parse hangs `saying` off `be` of the "that" clause, whose subject (the pier) is
    # not the speaker: only a participle of the sentence's own verb borrows its subject.
    text = ("Ada Brisk dismissed the notion that the pier would be a burden on the budget, "
            "saying the fees cover its costs.")
    candidate = _shaped(nlp, "_participle_speaker", text, "saying", "the fees cover its costs",
                        "Ada Brisk")
    assert text[slice(*candidate.source)] == "Ada Brisk"


def test_a_doubtful_model_cue_adds_relations_but_never_replaces_a_rules_cue():
    from onrecord.nlp.candidates import DOUBTFUL_CUE
    from onrecord.nlp.finder import _doubtful_beside_rules

    rule = Candidate("indirect", [(20, 40)], (10, 14), (0, 9))
    sure = Candidate("indirect", [(20, 40)], (10, 19), (0, 9), origin="learned")
    over_rule = Candidate("indirect", [(20, 40)], (10, 19), (0, 9), origin=DOUBTFUL_CUE)
    alone = Candidate("indirect", [(70, 90)], (60, 66), (50, 59), origin=DOUBTFUL_CUE)
    kept = _doubtful_beside_rules([sure, over_rule, alone], [rule])
    assert kept == [sure, alone]


@pytest.mark.parametrize(
    ("text", "cue", "lead"),
    [
        pytest.param("The council passed the levy, which Ada Brisk believes will sink the ferry.",
                     "believes", "which", id="which"),
        pytest.param("The harbour board met Tomas Vell, with whom Brisk clashed at the hearing.",
                     "clashed", "with whom", id="with-whom"),
        pytest.param("Brisk named the ferry which the council described as a relic.",
                     "described", "which", id="object-which"),
        pytest.param("It is an approach several councillors have also embraced.",
                     "embraced", "an approach", id="zero-relative"),
        pytest.param("Ada Brisk, who said the ferry would stop, left early.", "said", None,
                     id="relative-is-the-speaker"),
        pytest.param("Brisk spoke in Ardent, where she says the ferry can survive.", "says", None,
                     id="where"),
        pytest.param("She gave an interview in which she says the ferry can survive.", "says", None,
                     id="in-which"),
        pytest.param("Brisk said the ferry would stop.", "said", None, id="not-relative"),
    ],
)
def test_a_cue_in_a_relative_clause_leads_its_content_with_what_it_speaks_of(
    nlp, text, cue, lead
):
    from onrecord.nlp.reported import relative_lead

    doc = nlp(text)
    verb = next(token for token in doc if token.text == cue)
    found = relative_lead(verb)
    assert (text[slice(*found)] if found else None) == lead


def test_the_rules_start_a_relative_clauses_content_with_its_relative(nlp):
    text = "The council passed the levy, which Ada Brisk believes will sink the ferry."
    found = _find(nlp, text)
    assert [(item["content"], item["cue"], item["source"]) for item in found] == [
        (["which", "will sink the ferry"], "believes", "Ada Brisk")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("The new timetable, harbour officials said, will cut two crossings.",
                     ["The new timetable", "will cut two crossings"], id="aside"),
        pytest.param("But the ferry, Ada Brisk believes, can still be saved.",
                     ["the ferry", "can still be saved"], id="aside-after-but"),
    ],
)
def test_a_cue_set_off_inside_a_sentence_takes_both_sides_as_content(nlp, text, content):
    found = _find(nlp, text)
    assert [item["content"] for item in found] == [content]


def test_a_model_content_stops_before_an_adverbial_clause_of_its_cue(nlp):
    from onrecord.nlp.learned_spans import _shape_by_parse

    text = "Ada Brisk defended the ferry timetable, saying nothing about the pier."
    doc = nlp(text)
    verb = next(token for token in doc if token.text == "defended")
    assert any(child.dep_ == "advcl" for child in verb.children)  # the parse this needs
    candidate = _model_candidate(
        text, "defended", "the ferry timetable, saying nothing about the pier", "Ada Brisk")
    _shape_by_parse(doc, [token.idx for token in doc], candidate)
    assert [text[slice(*rng)] for rng in candidate.content] == ["the ferry timetable"]


def test_a_doubtful_model_cue_is_cut_as_the_rules_cut_its_verb(nlp):
    from onrecord.nlp.candidates import DOUBTFUL_CUE

    text = "Ada Brisk responded on Friday to reports that the ferry would stop."
    arguments = ("shape_learned_candidate", text, "responded on Friday to reports",
                 "that the ferry would stop", "Ada Brisk")
    candidate = _shaped(nlp, *arguments, origin=DOUBTFUL_CUE)
    assert text[slice(*candidate.cue)] == "responded"
    sure = _shaped(nlp, *arguments)
    assert text[slice(*sure.cue)] == "responded on Friday to reports"  # the model's own cut


def test_called_on_someone_to_act_takes_the_on_in_its_cue_and_them_in_its_content(nlp):
    text = "Ada Brisk called on the harbour board to restore the ferry."
    found = _find(nlp, text)
    assert [(item["cue"], item["content"]) for item in found] == [
        ("called on", ["the harbour board to restore the ferry"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("I think audiences read the time of day from colour.", [], id="people-read"),
        pytest.param('Protesters carried a banner that read "Save the ferry".',
                     ["Save the ferry"], id="banner-read"),
    ],
)
def test_read_reports_words_only_from_a_text(nlp, text, found):
    contents = [fragment for item in _find(nlp, text) if item["cue"] in ("read", "that read")
                for fragment in item["content"]]
    assert [content.strip('"') for content in contents] == found


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "clause", "kept"),
    [
        # A relative clause that says something is a statement of its own.
        ('Maren Holt, who calls the plan "reckless," said the vote must wait.', "said",
         'Maren Holt, who calls the plan "reckless,"', ("calls", "the plan", "who"),
         "Maren Holt"),
        ("The harbour master, who said last week that the pier is safe, warned of storms.",
         "warned of", "The harbour master, who said last week that the pier is safe",
         ("said", "the pier is safe", "who"), "The harbour master"),
        # The clause opens with a preposition and its pronoun.
        ("Her report, in which she said the pier was unsafe, urged repairs.", "urged",
         "Her report, in which she said the pier was unsafe",
         ("said", "the pier was unsafe", None), "Her report"),
        # A clause that describes the speaker stays: it says nothing.
        ("A councillor who supports the plan said the vote must wait.", "said",
         "A councillor who supports the plan", ("supports", "the plan", "who"),
         "A councillor who supports the plan"),
        # A clause whose statement has a speaker of its own describes the speaker too.
        ("Holt, who voted no because she thought the plan rushed, said the vote must wait.",
         "said", "Holt, who voted no because she thought the plan rushed",
         ("thought", "the plan rushed", "she"),
         "Holt, who voted no because she thought the plan rushed"),
    ],
)
def test_a_speakers_mention_ends_before_a_clause_that_says_something(
    nlp, text, cue, speaker, clause, kept
):
    from onrecord.nlp.finder import _sources_clear_of_cues
    from onrecord.nlp.lexicon import cue_lexicon

    main = _model_candidate(text, cue, text[text.rindex(cue) + len(cue) + 1:-1], speaker)
    main.cue = (text.rindex(cue), text.rindex(cue) + len(cue))
    inner = _model_candidate(text, *clause)
    _sources_clear_of_cues(nlp(text), text, [main, inner], cue_lexicon())
    assert text[slice(*main.source)] == kept


@pytest.mark.parametrize(
    ("text", "cue", "content", "source", "expected"),
    [
        # The content gives way to the cue, its complementiser set apart.
        ("Ada Brisk did express concern that the pier is unsafe.", "did express concern",
         "concern that the pier is unsafe", "Ada Brisk",
         ("did express concern", "the pier is unsafe", "Ada Brisk", "that")),
        ("Ada Brisk has shown little inclination to reopen the pier.",
         "has shown little inclination", "little inclination to reopen the pier", "Ada Brisk",
         ("has shown little inclination", "to reopen the pier", "Ada Brisk", None)),
        # A source running into the cue gives way to it ...
        ("Few islanders express enthusiasm about the ferry.", "express enthusiasm about",
         "the ferry", "Few islanders express enthusiasm",
         ("express enthusiasm about", "the ferry", "Few islanders", None)),
        # ... unless the cue's words past the source hold its verb.
        ("The island ordinance restricting ferry traffic passed.", "ordinance restricting",
         "ferry traffic", "The island ordinance",
         ("restricting", "ferry traffic", "The island ordinance", None)),
        # Roles apart already: nothing moves.
        ("Ada Brisk said the pier is unsafe.", "said", "the pier is unsafe", "Ada Brisk",
         ("said", "the pier is unsafe", "Ada Brisk", None)),
    ],
)
def test_no_word_is_two_roles_of_one_model_relation(nlp, text, cue, content, source, expected):
    shaped = _shaped(nlp, "_roles_apart", text, cue, content, source)
    got = (text[slice(*shaped.cue)], text[slice(*shaped.content[0])],
           text[slice(*shaped.source)], text[slice(*shaped.that)] if shaped.that else None)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "content", "source", "expected"),
    [
        # A source running into the content stops where the content starts ...
        ("According to harbour master Ada Brisk, the ferry will stop.", "the ferry will stop",
         "harbour master Ada Brisk, the ferry", "harbour master Ada Brisk"),
        # ... but a content inside the source (a misread phrase) moves nothing.
        ("Former harbour master Ada Brisk said the pier is unsafe.", "Ada Brisk",
         "Former harbour master Ada Brisk", "Former harbour master Ada Brisk"),
    ],
)
def test_a_source_stops_where_its_content_starts(text, content, source, expected) -> None:
    from onrecord.nlp.learned_spans import source_clear_of_content

    candidate = _model_candidate(text, "According to" if "According" in text else "said",
                                 content, source)
    source_clear_of_content(text, candidate)
    assert text[slice(*candidate.source)] == expected


def test_a_rule_content_starting_inside_the_model_cue_gives_way_to_it() -> None:
    from onrecord.nlp.finder import combine

    text = "Ada Brisk did express concern that the pier is unsafe."
    model = _model_candidate(text, "did express concern", "the pier is unsafe", "Ada Brisk")
    rule = _model_candidate(text, "express", "concern that the pier is unsafe", "Ada Brisk")
    rule.origin = "reported"
    (merged,) = combine([rule], [model], "rule_content", text)
    assert text[slice(*merged.cue)] == "did express concern"
    assert [text[s:e] for s, e in merged.content] == ["the pier is unsafe"]
    assert text[slice(*merged.that)] == "that"


@pytest.mark.parametrize(
    ("step", "text", "cue", "content", "expected"),
    [
        # A content that runs on into the cue's subject's next predicate stops before it.
        ("_stop_before_the_cues_next_predicate",
         "Ada Brisk wants to rebuild the pier and has asked the council for money.",
         "wants", "to rebuild the pier and has asked the council for money",
         "to rebuild the pier"),
        # ... but not where a relative clause may own the second predicate.
        ("_stop_before_the_cues_next_predicate",
         "Fishers point to the levy, which paid for the pier, but also raised the fares.",
         "point to", "the levy, which paid for the pier, but also raised the fares",
         "the levy, which paid for the pier, but also raised the fares"),
        # A content that ends on a bare conjunction ends before it.
        ("_no_dangling_conjunction", "Ada Brisk said the pier would reopen and the ferry too.",
         "said", "the pier would reopen and", "the pier would reopen"),
        ("_no_dangling_conjunction", "Ada Brisk said the pier would reopen and the ferry too.",
         "said", "the pier would reopen and the ferry too", "the pier would reopen and the ferry too"),
    ],
)
def test_a_model_content_stops_before_what_is_not_said(nlp, step, text, cue, content, expected):
    candidate = _shaped(nlp, step, text, cue, content, "Ada Brisk" if "Ada" in text else None)
    assert text[slice(*candidate.content[-1])] == expected


def test_a_model_source_stops_before_whom_the_words_went_to(nlp):
    text = ("A memo sent by the head of hardware, Owen Brandt, to his staff last month "
            "described the year as the most important.")
    candidate = _shaped(nlp, "_source_short_of_a_preposition", text, "described",
                        "the year as the most important", "Owen Brandt, to his staff")
    assert text[slice(*candidate.source)] == "Owen Brandt"
