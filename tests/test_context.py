"""Venue, recipient, date of speaking, carry-over, topics and the writer's interpretations.

Each case is a short article we wrote, with its statements marked inline so the test
does not depend on the finders: <n|content>, [n|cue], {n|source}. The markers are
stripped and the statements built by hand over a Doc from the real pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

from onrecord.nlp.candidates import Candidate
from onrecord.nlp.context import find_interpretations, place_statements

pytestmark = pytest.mark.model

FRIDAY = date(2024, 3, 8)
_MARK = re.compile(r"([<\[{])(\d)\|")
_CLOSE = {"<": ">", "[": "]", "{": "}"}


@dataclass
class Marked:
    text: str
    candidates: list[Candidate]


def parse_marked(marked: str) -> Marked:
    """Strip <n|..>, [n|..], {n|..} markers; return the text and candidates in n order."""
    out: list[str] = []
    spans: dict[tuple[str, int], tuple[int, int]] = {}
    position = 0
    length = 0
    while True:
        match = _MARK.search(marked, position)
        if match is None:
            out.append(marked[position:])
            break
        out.append(marked[position : match.start()])
        length += match.start() - position
        close = marked.index(_CLOSE[match.group(1)], match.end())
        inner = marked[match.end() : close]
        if _MARK.search(inner):
            raise ValueError(f"nested marker in {inner!r}")
        spans[(match.group(1), int(match.group(2)))] = (length, length + len(inner))
        out.append(inner)
        length += len(inner)
        position = close + 1
    text = "".join(out)
    numbers = sorted({n for _, n in spans})
    candidates = []
    for n in numbers:
        content = spans[("<", n)]
        quoted = content[0] > 0 and text[content[0] - 1] in '"\u201c'
        marks = []
        if quoted:
            marks = [(content[0] - 1, content[0])]
        candidates.append(
            Candidate(
                "direct" if quoted else "indirect",
                [content],
                spans.get(("[", n)),
                spans.get(("{", n)),
                marked=marks,
            )
        )
    return Marked(text, candidates)


@pytest.fixture(scope="module")
def parse(nlp):
    def run(text: str):
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name != "onrecord":
                doc = component(doc)
        return doc

    return run


# (id, marked article, published, expected per statement: (venue "name/type", recipient, said_on))
PLACEMENT_CASES = [
    # --- venues of every type ---
    (
        "told-outlet",
        "{1|Sean Baker} [1|told] IndieWire in November of last year that <1|the ending was open>.",
        FRIDAY,
        [("IndieWire/outlet", None, "2023-11")],
    ),
    (
        "interview-with-outlet",
        '"<1|We cut the prologue>," {1|Baker} [1|said] in an interview with Variety.',
        FRIDAY,
        [("Variety/outlet", None, None)],
    ),
    (
        "interview-with-outlet-and-person",
        "{1|Baker} [1|said] in an interview with Variety's Jane Roe last month that <1|he hated sequels>.",
        FRIDAY,
        [("Variety/outlet", "Jane Roe", "2024-02")],
    ),
    (
        "podcast-with-host",
        "Speaking on Script Apart with host Al Horner, {1|Baker} [1|said] <1|the script took six years>.",
        FRIDAY,
        [("Script Apart/podcast", "Al Horner", None)],
    ),
    (
        "named-podcast-word",
        "{1|Kim} [1|said] on the Final Draft podcast that <1|every draft matters>.",
        FRIDAY,
        [("Final Draft/podcast", None, None)],
    ),
    (
        "unknown-show-with-podcast-word",
        "Appearing on The Lamp Room, a weekly podcast, {1|Ruiz} [1|said] <1|the band would reunite>.",
        FRIDAY,
        [("The Lamp Room/podcast", None, None)],
    ),
    (
        "post-on-x",
        "{1|The company} [1|said] in a post on X that <1|it would appeal the ruling>.",
        FRIDAY,
        [("X/platform", None, None)],
    ),
    (
        "on-linkedin",
        "In a post on LinkedIn, {1|Moss} [1|said] <1|she was proud of the team>.",
        FRIDAY,
        [("LinkedIn/platform", None, None)],
    ),
    (
        "statement",
        "{1|The studio} [1|said] in a statement on Wednesday that <1|the release was delayed>.",
        FRIDAY,
        [("statement/document", None, "2024-03-06")],
    ),
    (
        "court-filing",
        "In a court filing, {1|the city} [1|said] <1|it had acted lawfully>.",
        FRIDAY,
        [("court filing/document", None, None)],
    ),
    (
        "letter-to",
        "In a letter to shareholders, {1|Moss} [1|wrote] that <1|profits would recover>.",
        FRIDAY,
        [("letter/document", "shareholders", None)],
    ),
    (
        "journal",
        "Writing in the journal Nature, {1|Okafor} [1|said] <1|the data were clear>.",
        FRIDAY,
        [("Nature/outlet", None, None)],
    ),
    (
        "writing-in-outlet",
        "{1|Ellis} [1|wrote] in The Atlantic last year that <1|the reform had failed>.",
        FRIDAY,
        [("The Atlantic/outlet", None, "2023")],
    ),
    (
        "op-ed-for-outlet",
        "In an op-ed for the Riverside Courier, {1|Whitfield} [1|argued] that <1|the library was safe>.",
        FRIDAY,
        [("Riverside Courier/outlet", None, None)],
    ),
    (
        "rally",
        "At a rally in Ohio on Saturday, {1|Trent} [1|said] <1|taxes would fall>.",
        FRIDAY,
        [("rally in Ohio/event", None, "2024-03-02")],
    ),
    (
        "earnings-call",
        "During an earnings call, chief executive {1|Lia Moss} [1|said] <1|sales were up>.",
        FRIDAY,
        [("earnings call/event", None, None)],
    ),
    (
        "council-meeting",
        "Mayor {1|Dana Whitfield} [1|told] the council at Thursday's meeting that <1|the budget was tight>.",
        FRIDAY,
        [("meeting/event", "the council", "2024-03-07")],
    ),
    (
        "at-a-council-meeting",
        "{1|Whitfield} [1|said] at a council meeting on March 4 that <1|the pool would reopen>.",
        FRIDAY,
        [("council meeting/event", None, "2024-03-04")],
    ),
    (
        "named-festival",
        "{1|Lindqvist} [1|said] at the Berlin International Film Festival that <1|she was tired>.",
        FRIDAY,
        [("Berlin International Film Festival/event", None, None)],
    ),
    (
        "speech-to",
        "In a speech to supporters, {1|Trent} [1|promised] that <1|the plant would stay open>.",
        FRIDAY,
        [("speech/event", "supporters", None)],
    ),
    (
        "told-cnn",
        "{1|Ruiz} [1|told] CNN on Sunday that <1|the strike would end soon>.",
        FRIDAY,
        [("CNN/outlet", None, "2024-03-03")],
    ),
    (
        "told-the-nyt",
        '"<1|I never saw the memo>," {1|Park} [1|told] The New York Times.',
        FRIDAY,
        [("The New York Times/outlet", None, None)],
    ),
    # --- recipients ---
    (
        "told-reporters",
        "{1|Okafor} [1|told] reporters yesterday that <1|the vote was rushed>.",
        FRIDAY,
        [(None, "reporters", "2024-03-07")],
    ),
    (
        "told-jury",
        "{1|Hale} [1|told] the jury last Thursday that <1|he was at home>.",
        FRIDAY,
        [(None, "the jury", "2024-03-07")],
    ),
    (
        "said-to-lawyer",
        "{1|Smith} [1|said] to her lawyer that <1|she was innocent>.",
        FRIDAY,
        [(None, "her lawyer", None)],
    ),
    (
        "told-mayor",
        "{1|The protesters} [1|told] the mayor on March 3 that <1|the park must stay>.",
        FRIDAY,
        [(None, "the mayor", "2024-03-03")],
    ),
    (
        "interview-with-person",
        "In an interview with Al Horner, {1|Baker} [1|said] <1|the ending came late>.",
        FRIDAY,
        [(None, "Al Horner", None)],
    ),
    (
        "hosted-by",
        "{1|Lindqvist} [1|said] on The Long Take, the podcast hosted by Priya Nair, that <1|the phone was a late idea>.",
        FRIDAY,
        [("The Long Take/podcast", "Priya Nair", None)],
    ),
    # --- every kind of date expression ---
    (
        "on-weekday",
        "{1|Ruiz} [1|said] on Tuesday that <1|talks had stalled>.",
        FRIDAY,
        [(None, None, "2024-03-05")],
    ),
    (
        "bare-weekday",
        '"<1|We are close>," {1|Ruiz} [1|said] Wednesday.',
        FRIDAY,
        [(None, None, "2024-03-06")],
    ),
    (
        "on-month-day",
        "{1|Ruiz} [1|said] on March 3 that <1|talks had stalled>.",
        FRIDAY,
        [(None, None, "2024-03-03")],
    ),
    (
        "in-month",
        "{1|Ruiz} [1|said] in February that <1|talks had stalled>.",
        FRIDAY,
        [(None, None, "2024-02")],
    ),
    (
        "last-month",
        "{1|Ruiz} [1|said] last month that <1|talks had stalled>.",
        FRIDAY,
        [(None, None, "2024-02")],
    ),
    (
        "earlier-this-month",
        "Earlier this month, {1|Ruiz} [1|said] <1|talks had stalled>.",
        FRIDAY,
        [(None, None, "2024-03")],
    ),
    (
        "in-year",
        "{1|Ruiz} [1|said] in 2019 that <1|the mine was safe>.",
        FRIDAY,
        [(None, None, "2019")],
    ),
    (
        "last-year",
        "Last year, {1|Ruiz} [1|said] <1|the mine was safe>.",
        FRIDAY,
        [(None, None, "2023")],
    ),
    (
        "days-ago",
        "{1|Ruiz} [1|said] three days ago that <1|the mine was safe>.",
        FRIDAY,
        [(None, None, "2024-03-05")],
    ),
    (
        "explicit-date",
        "On Jan. 6, 2021, {1|Ruiz} [1|said] <1|the mine was safe>.",
        FRIDAY,
        [(None, None, "2021-01-06")],
    ),
    (
        "months-ago",
        "{1|Ruiz} [1|said] months ago that <1|the mine was safe>.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "recently",
        "{1|Ruiz} recently [1|said] that <1|the mine was safe>.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "in-the-past",
        "In the past, {1|Ruiz} has [1|said] that <1|the mine was safe>.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "no-publication-date",
        "{1|Ruiz} [1|said] on Tuesday that <1|the mine was safe>.",
        None,
        [(None, None, None)],
    ),
    (
        "no-publication-date-year",
        "{1|Ruiz} [1|said] in 2019 that <1|the mine was safe>.",
        None,
        [(None, None, "2019")],
    ),
    # --- dates that are not when the words were said ---
    (
        "date-in-indirect-content",
        "{1|Ruiz} [1|said] on Tuesday that <1|the theatre will open in 2027>.",
        FRIDAY,
        [(None, None, "2024-03-05")],
    ),
    (
        "date-in-direct-content",
        '"<1|We opened in March and closed in May>," {1|Ruiz} [1|said].',
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "date-in-relative-clause",
        "{1|Baker}, whose film premiered in May, [1|told] IndieWire that <1|the ending was open>.",
        FRIDAY,
        [("IndieWire/outlet", None, None)],
    ),
    (
        "future-year-outside-content",
        "{1|Ruiz}, who plans to retire in 2030, [1|said] <1|the mine was safe>.",
        FRIDAY,
        [(None, None, None)],
    ),
    # --- nothing stated ---
    ("nothing-stated", "{1|Ruiz} [1|said] <1|the mine was safe>.", FRIDAY, [(None, None, None)]),
    (
        "according-to",
        "<1|The mine was safe>, [1|according to] {1|Ruiz}.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "streaming-is-not-a-venue",
        "{1|Baker}, whose film is now streaming on Hulu, [1|said] <1|the cut was final>.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "interview-without-venue",
        "In an interview, {1|Baker} [1|said] <1|the cut was final>.",
        FRIDAY,
        [(None, None, None)],
    ),
    # --- carry-over ---
    (
        "added-next-paragraph",
        (
            "{1|Baker} [1|told] IndieWire in November that <1|the ending was open>.\n\n"
            '"<2|I wanted people to argue>," {2|Baker} [2|added].'
        ),
        FRIDAY,
        [("IndieWire/outlet", None, "2023-11"), ("IndieWire/outlet", None, "2023-11")],
    ),
    (
        "also-revealed",
        (
            "{1|Baker} [1|told] Variety last month that <1|the ending was open>.\n\n"
            "{2|He} also [2|revealed] that <2|the studio wanted a happier ending>."
        ),
        FRIDAY,
        [("Variety/outlet", None, "2024-02"), ("Variety/outlet", None, "2024-02")],
    ),
    (
        "block-quote-after-colon",
        (
            "{1|Baker} [1|spoke] to IndieWire last month about the ending:\n\n"
            '"<1|I wanted the audience to decide for themselves. Nobody gets a neat answer.>"'
        ),
        FRIDAY,
        [("IndieWire/outlet", None, "2024-02")],
    ),
    (
        "unattributed-quote-continues",
        (
            '"<1|The ending is open>," {1|Baker} [1|told] Variety on Monday.\n\n'
            '"<2|And it will stay open.>"'
        ),
        FRIDAY,
        [("Variety/outlet", None, "2024-03-04"), ("Variety/outlet", None, "2024-03-04")],
    ),
    (
        "same-interview-after-another-speaker",
        (
            "{1|Baker} [1|told] IndieWire last month that <1|the ending was open>.\n\n"
            "{2|Ruiz}, the producer, [2|said] <2|the budget was small>.\n\n"
            "In the same interview, {3|Baker} [3|said] <3|he would not make a sequel>."
        ),
        FRIDAY,
        [
            ("IndieWire/outlet", None, "2024-02"),
            (None, None, None),
            ("IndieWire/outlet", None, "2024-02"),
        ],
    ),
    (
        "different-speaker-resets",
        (
            "{1|Baker} [1|told] IndieWire last month that <1|the ending was open>.\n\n"
            '"<2|The budget was small>," {2|Ruiz} [2|said].'
        ),
        FRIDAY,
        [("IndieWire/outlet", None, "2024-02"), (None, None, None)],
    ),
    (
        "new-occasion-resets",
        (
            "{1|Baker} [1|told] IndieWire last month that <1|the ending was open>.\n\n"
            "In 2019, {2|Baker} [2|said] <2|he disliked open endings>."
        ),
        FRIDAY,
        [("IndieWire/outlet", None, "2024-02"), (None, None, "2019")],
    ),
    (
        "narration-between-resets",
        (
            "{1|Baker} [1|told] IndieWire last month that <1|the ending was open>.\n\n"
            "The film won the top prize at Cannes and has since earned $40 million.\n\n"
            '"<2|Money was never the point>," {2|Baker} [2|said].'
        ),
        FRIDAY,
        [("IndieWire/outlet", None, "2024-02"), (None, None, None)],
    ),
    (
        "same-paragraph-same-speaker",
        (
            "{1|Okafor} [1|told] reporters after the meeting that <1|the vote was rushed>. "
            "{2|He} [2|said] <2|he would appeal>."
        ),
        FRIDAY,
        [(None, "reporters", None), (None, "reporters", None)],
    ),
    (
        "recipient-consistent-with-occasion",
        (
            "Speaking on Script Apart with host Al Horner, {1|Baker} [1|said] <1|the ending came late>. "
            '"<2|We found it in the edit>," {2|he} [2|told] Horner.'
        ),
        FRIDAY,
        [("Script Apart/podcast", "Al Horner", None), ("Script Apart/podcast", "Al Horner", None)],
    ),
    # --- two speakers in one sentence ---
    (
        "two-speakers-one-sentence",
        (
            "{1|Baker} [1|told] IndieWire that <1|the ending was open>, while {2|Ruiz} [2|told] reporters "
            "on Monday that <2|it was a mistake>."
        ),
        FRIDAY,
        [("IndieWire/outlet", None, None), (None, "reporters", "2024-03-04")],
    ),
]


# Two more rounds, written after the table above passed, to measure on text the rules had
# not been tuned on (round 2: 23/30 cases right at first; round 3: 12/17). The misses were
# then fixed in the code, so these now pass too; the first-sight figures are in the report.
PLACEMENT_CASES += [
    (
        "reuters-interview",
        '"<1|We have no plans to sell>," {1|Halvorsen} [1|told] Reuters in an interview on Wednesday.',
        FRIDAY,
        [("Reuters/outlet", None, "2024-03-06")],
    ),
    (
        "outlet-possessive-anchor",
        "{1|The senator} [1|told] CNN's Dana Bash on Sunday that <1|the bill was dead>.",
        FRIDAY,
        [("CNN/outlet", "Dana Bash", "2024-03-03")],
    ),
    (
        "remarks-to-reporters",
        "In remarks to reporters at the White House on Monday, {1|Lopez} [1|said] <1|the talks were productive>.",
        FRIDAY,
        [(None, "reporters", "2024-03-04")],
    ),
    (
        "wrote-on-instagram",
        "{1|Ng} [1|wrote] on Instagram last week that <1|the tour was cancelled>.",
        FRIDAY,
        [("Instagram/platform", None, "2024")],
    ),
    (
        "asked-by-reporter",
        "Asked by a reporter whether she would run again, {1|Whitfield} [1|said] <1|she had not decided>.",
        FRIDAY,
        [(None, "a reporter", None)],
    ),
    (
        "press-release-day-month",
        "{1|The ministry} [1|said] in a press release on 12 February that <1|prices would be capped>.",
        FRIDAY,
        [("press release/document", None, "2024-02-12")],
    ),
    (
        "news-conference-city",
        "At a news conference in Denver on Tuesday, {1|Chief Alvarez} [1|said] <1|two suspects were in custody>.",
        FRIDAY,
        [("news conference in Denver/event", None, "2024-03-05")],
    ),
    (
        "possessive-day-hearing",
        '"<1|It was a mistake>," {1|Cole} [1|said] during Wednesday\'s hearing.',
        FRIDAY,
        [("hearing/event", None, "2024-03-06")],
    ),
    (
        "radio-programme",
        "{1|Pryce} [1|said] on BBC Radio 4's Today programme that <1|the figures were wrong>.",
        FRIDAY,
        [("BBC Radio 4/outlet", None, None)],
    ),
    (
        "testified-before",
        "{1|Adeyemi} [1|testified] before the Senate Judiciary Committee on Thursday that <1|the agency had been warned>.",
        FRIDAY,
        [(None, "the Senate Judiciary Committee", "2024-03-07")],
    ),
    (
        "guardian-year",
        "{1|Marsh} [1|told] The Guardian in 2021 that <1|she would never return>.",
        FRIDAY,
        [("The Guardian/outlet", None, "2021")],
    ),
    (
        "video-posted-to",
        '"<1|The numbers speak for themselves>," {1|Ortiz} [1|said] in a video posted to YouTube.',
        FRIDAY,
        [("YouTube/platform", None, None)],
    ),
    (
        "outlet-at-festival",
        "{1|Ferreira}, speaking to The Hollywood Reporter at the Venice Film Festival, [1|said] <1|the film was personal>.",
        FRIDAY,
        [("The Hollywood Reporter/outlet", None, None)],
    ),
    (
        "facebook-post",
        "{1|Dunn} [1|said] in a Facebook post on Saturday that <1|the shop would close>.",
        FRIDAY,
        [("Facebook/platform", None, "2024-03-02")],
    ),
    (
        "email-to-members",
        "{1|The union} [1|told] members in an email last week that <1|the strike was off>.",
        FRIDAY,
        [("email/document", "members", "2024")],
    ),
    (
        "campaign-stop",
        "Speaking at a campaign stop in Iowa, {1|Trent} [1|said] <1|the economy was broken>.",
        FRIDAY,
        [("campaign stop in Iowa/event", None, None)],
    ),
    (
        "quoted-show-later-clause",
        '{1|Hughes} [1|said] <1|the plan was sound> when she appeared on "Meet the Press" last month.',
        FRIDAY,
        [("Meet the Press/other", None, "2024-02")],
    ),
    (
        "crowd-of-supporters",
        "Last Tuesday, {1|Voss} [1|told] a crowd of supporters that <1|victory was near>.",
        FRIDAY,
        [(None, "a crowd of supporters", "2024-03-05")],
    ),
    (
        "told-the-court",
        "{1|Bell}, 54, [1|told] the court that <1|he had been misled>.",
        FRIDAY,
        [(None, "the court", None)],
    ),
    (
        "report-published-in",
        "{1|The company} [1|said] in its annual report, published in February, that <1|risks had grown>.",
        FRIDAY,
        [("annual report/document", None, "2024-02")],
    ),
    (
        "televised-address",
        "On Monday, {1|the governor} [1|said] in a televised address that <1|schools would reopen>.",
        FRIDAY,
        [("televised address/event", None, "2024-03-04")],
    ),
    (
        "statement-to-outlet",
        "{1|Lam} [1|said] in a statement to The Associated Press that <1|she was stepping down>.",
        FRIDAY,
        [("The Associated Press/outlet", None, None)],
    ),
    (
        "year-as-adjective",
        "In a 2018 interview with Rolling Stone, {1|Vance} [1|said] <1|he had quit music>.",
        FRIDAY,
        [("Rolling Stone/outlet", None, "2018")],
    ),
    (
        "at-the-time",
        "{1|Ibsen} [1|said] at the time that <1|the deal was fair>.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "earlier-this-week-threads",
        "{1|Ward} [1|said] earlier this week on Threads that <1|the app was broken>.",
        FRIDAY,
        [("Threads/platform", None, "2024-03")],
    ),
    (
        "speaking-to-the-bbc",
        "Speaking to the BBC, {1|Osei} [1|said] <1|the vote was fair>.",
        FRIDAY,
        [("BBC/outlet", None, None)],
    ),
    (
        "sermon",
        "{1|Fischer} [1|said] in a sermon on Sunday that <1|forgiveness was hard>.",
        FRIDAY,
        [("sermon/event", None, "2024-03-03")],
    ),
    (
        "told-his-players",
        "{1|The coach} [1|told] his players at halftime that <1|they were soft>.",
        FRIDAY,
        [(None, "his players", None)],
    ),
    (
        "radio-interview-unnamed",
        "{1|Haddad} [1|said] in a radio interview on Tuesday that <1|fares would rise>.",
        FRIDAY,
        [(None, None, "2024-03-05")],
    ),
    (
        "said-tuesday-direct-after",
        '"<1|The door is open>," {1|Mensah} [1|said] Tuesday at a town hall in Elm Park.',
        FRIDAY,
        [("town hall in Elm Park/event", None, "2024-03-05")],
    ),
    (
        "bloomberg-news",
        '"<1|We are not for sale>," {1|Okoro} [1|told] Bloomberg News.',
        FRIDAY,
        [("Bloomberg News/outlet", None, None)],
    ),
    (
        "published-by",
        "{1|Yates} [1|said] in an interview published Sunday by the Daily Sentinel that <1|he was innocent>.",
        FRIDAY,
        [("Daily Sentinel/outlet", None, "2024-03-03")],
    ),
    (
        "email-sent",
        "{1|Dr. Marsh} sent an email to students on Wednesday [1|calling] <1|the protest sincere>.",
        FRIDAY,
        [("email/document", "students", "2024-03-06")],
    ),
    (
        "address-given",
        ("Mayor Lee gave her State of the City address on Thursday. \"<1|We will build>,\" "
         "{1|she} [1|told] the audience."),
        FRIDAY,
        [("State of the City address/event", "the audience", "2024-03-07")],
    ),
    (
        "on-the-show",
        ("{1|Achterberg} [1|told] the Night Shift podcast that <1|she dreams of the ward>. Later "
         "{2|Achterberg} [2|said] on the show that <2|the book is fiction>."),
        FRIDAY,
        [("Night Shift podcast/podcast", None, None), ("Night Shift podcast/podcast", None, None)],
    ),
    (
        "on-the-show-with-no-show-named",
        "{1|Achterberg} [1|said] on the show that <1|the book is fiction>.",
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "the-next-day",
        ("In an email on March 4, {1|the inspector} [1|wrote] that <1|the water was unsafe>. "
         "{2|The director} [2|replied] the next day that <2|he would wait>."),
        FRIDAY,
        [("email/document", None, "2024-03-04"), (None, None, "2024-03-05")],
    ),
    (
        "tiktok-video",
        "In a TikTok video on Monday, {1|Brooks} [1|said] <1|the app had banned her>.",
        FRIDAY,
        [("TikTok/platform", None, "2024-03-04")],
    ),
    (
        "budget-hearing",
        "{1|Councilwoman Ayala} [1|said] during a budget hearing on Feb. 27 that <1|the cuts were cruel>.",
        FRIDAY,
        [("budget hearing/event", None, "2024-02-27")],
    ),
    (
        "phone-interview",
        "{1|Perez} [1|said] Thursday in a phone interview that <1|the mine would reopen>.",
        FRIDAY,
        [(None, None, "2024-03-07")],
    ),
    (
        "emailed-statement",
        "{1|The airline} [1|said] in an emailed statement that <1|no flights were affected>.",
        FRIDAY,
        [("emailed statement/document", None, None)],
    ),
    (
        "told-the-conference",
        "{1|Dr. Lin} [1|told] the conference in Geneva last May that <1|the vaccine was safe>.",
        FRIDAY,
        [("conference/event", None, "2023-05")],  # a gathering told is where she spoke
    ),
    (
        "supporters-saturday-night",
        '"<1|I am not going anywhere>," {1|Mayor Ruiz} [1|told] supporters Saturday night.',
        FRIDAY,
        [(None, "supporters", "2024-03-02")],
    ),
    (
        "conference-call-analysts",
        "{1|Halvorsen} [1|said] on a conference call with analysts that <1|margins would improve>.",
        FRIDAY,
        [("conference call/event", "analysts", None)],
    ),
    (
        "announced-instagram",
        "{1|The band} [1|announced] on Instagram on Tuesday that <1|the tour was off>.",
        FRIDAY,
        [("Instagram/platform", None, "2024-03-05")],
    ),
    (
        "last-spring",
        "{1|Menon} [1|said] last spring that <1|the school would expand>.",
        FRIDAY,
        [(None, None, "2023")],
    ),
    (
        "sundance",
        "{1|Gray} [1|said] at Sundance in January that <1|the film was done>.",
        FRIDAY,
        [("Sundance/event", None, "2024-01")],
    ),
    (
        "broadcaster-descriptor",
        "{1|Kowalski} [1|told] Polish broadcaster TVN24 that <1|the border was calm>.",
        FRIDAY,
        [("TVN24/outlet", None, None)],
    ),
    (
        "newsletter",
        "{1|Abbott} [1|wrote] in her newsletter on Friday that <1|the deal was off>.",
        FRIDAY,
        [("newsletter/document", None, "2024-03-08")],
    ),
    (
        "state-address",
        "{1|The governor} [1|told] lawmakers in his State of the State address on Jan. 9 that <1|taxes would fall>.",
        FRIDAY,
        [("State of the State address/event", "lawmakers", "2024-01-09")],
    ),
    (
        "year-with-future-content",
        "{1|Rossi} [1|said] in 2022 that <1|he would step down in 2025>.",
        FRIDAY,
        [(None, None, "2022")],
    ),
    (
        "podcast-word-then-its-title",
        'Speaking on the film podcast "Draft Two" with host Milo Brandt, {1|Calloway} [1|said] <1|the script took six years>.',
        FRIDAY,
        [("Draft Two/podcast", "Milo Brandt", None)],
    ),
    (
        "a-sentence-setting-the-scene-before-the-quote",
        ('Speaking on the podcast "Draft Two" with host Milo Brandt, she went further. '
         '"<1|The lighthouse is a warning>," {1|Calloway} [1|explained].'),
        FRIDAY,
        [("Draft Two/podcast", "Milo Brandt", None)],
    ),
    (
        "a-sentence-before-the-quote-that-sets-no-scene",
        'The festival in Berlin sold out on Monday. "<1|The lighthouse is a warning>," {1|Calloway} [1|said].',
        FRIDAY,
        [(None, None, None)],
    ),
    (
        "the-outlet-is-the-outlet-met-before",
        ('{1|Director Ines Calloway} [1|told] IndieWire on Monday that <1|the ending was open>. '
         '"<2|If you close it, they stop thinking>," {2|the director} [2|told] the outlet.'),
        FRIDAY,
        [("IndieWire/outlet", None, "2024-03-04"), ("IndieWire/outlet", None, "2024-03-04")],
    ),
    (
        "reached-by-phone",
        '"<1|No comment>," {1|a spokesperson} [1|said] when reached by phone on Wednesday.',
        FRIDAY,
        [(None, None, "2024-03-06")],
    ),
]


def _venue_text(venue) -> str | None:
    return f"{venue.name}/{venue.type}" if venue is not None else None


def _placements(parse, marked: str, published: date | None):
    case = parse_marked(marked)
    doc = parse(case.text)
    return case, place_statements(doc, case.candidates, published)


@pytest.mark.parametrize(
    ("marked", "published", "expected"),
    [case[1:] for case in PLACEMENT_CASES],
    ids=[case[0] for case in PLACEMENT_CASES],
)
def test_placement(parse, marked, published, expected) -> None:
    _, placements = _placements(parse, marked, published)
    got = [
        (
            _venue_text(p.venue),
            p.recipient.name if p.recipient else None,
            p.said_on.value if p.said_on else None,
        )
        for p in placements
    ]
    assert got == expected


def test_said_on_keeps_the_words_as_written(parse) -> None:
    _, placements = _placements(
        parse, "{1|Baker} [1|told] IndieWire in November of last year that <1|it was open>.", FRIDAY
    )
    said_on = placements[0].said_on
    assert said_on is not None and said_on.text == "November of last year"


def test_one_placement_per_candidate_in_input_order(parse) -> None:
    case = parse_marked(
        "{1|Baker} [1|told] IndieWire that <1|the ending was open>.\n\n"
        "{2|Ruiz} [2|told] reporters that <2|the budget was small>."
    )
    doc = parse(case.text)
    forward = place_statements(doc, case.candidates, FRIDAY)
    backward = place_statements(doc, list(reversed(case.candidates)), FRIDAY)
    assert backward == list(reversed(forward))
    assert place_statements(doc, [], FRIDAY) == []


def test_content_swallowing_the_cue_does_not_hide_the_venue(parse) -> None:
    # A finder mistake: one candidate's content covers another's attribution.
    text = "Markets fell.\n\nHalvorsen Foods said in a statement on Wednesday that it was recalling berries."
    doc = parse(text)
    cue = text.index("said in a statement")
    good = Candidate(
        "indirect",
        [(text.index("it was"), len(text) - 1)],
        (cue, cue + 4),
        (text.index("Halvorsen"), text.index(" said")),
    )
    bogus = Candidate("indirect", [(0, text.index(" on Wednesday"))], None, None)
    placements = place_statements(doc, [bogus, good], date(2024, 9, 12))
    assert _venue_text(placements[1].venue) == "statement/document"
    assert placements[1].said_on is not None and placements[1].said_on.value == "2024-09-11"


# --- about ----------------------------------------------------------------------------

ABOUT_CASES = [
    (
        '{1|Baker} [1|said] the ending of "Anora" was <1|never meant to be solved>.',
        {"Anora"},
        set(),
    ),
    ("{1|Baker} [1|said] that <1|the ending was never meant to be solved>.", {"the ending"}, set()),
    (
        "{1|Whitfield} [1|said] <1|Riverside would close the Elm Street library>.",
        {"Riverside"},
        {"Whitfield"},
    ),
    ("{1|Baker} [1|told] IndieWire that <1|the ending was open>.", {"the ending"}, {"IndieWire"}),
    ("Speaking of the ending, {1|Baker} [1|said] <1|it was a late idea>.", {"the ending"}, set()),
]


@pytest.mark.parametrize(("marked", "must", "must_not"), ABOUT_CASES)
def test_about(parse, marked, must, must_not) -> None:
    _, placements = _placements(parse, marked, FRIDAY)
    about = set(placements[0].about)
    assert must <= about
    assert not (must_not & about)
    assert len(placements[0].about) <= 6


# --- interpretations ------------------------------------------------------------------

INTERPRETATION_CASES = [
    (
        "{1|Baker} [1|said] <1|the notes were unhelpful>. It seems that Baker was referring to the studio.",
        "It seems that Baker was referring to the studio.",
        "Baker",
        "It seems that",
    ),
    (
        "{1|Baker} [1|said] <1|the notes were unhelpful>. Baker appeared to suggest that the sequel is dead.",
        "Baker appeared to suggest that the sequel is dead.",
        "Baker",
        "appeared to suggest",
    ),
    (
        "{1|Baker} [1|said] <1|the notes were unhelpful>. Perhaps he meant the first cut.",
        "Perhaps he meant the first cut.",
        "he",
        "Perhaps",
    ),
    (
        "{1|Baker} [1|said] <1|the notes were unhelpful>. One could read this as a dig at the producers.",
        "One could read this as a dig at the producers.",
        "Baker",
        "One could read",
    ),
    (
        "In what seemed to be a nod to his mentor, {1|Baker} [1|said] <1|the crew deserved the prize>.",
        "In what seemed to be a nod to his mentor",
        "Baker",
        "In what seemed to be",
    ),
    (
        "{1|Baker} [1|said] <1|the notes were unhelpful>. Some critics appeared to suggest that the sequel is dead.",
        "Some critics appeared to suggest that the sequel is dead.",
        "Some critics",
        "appeared to suggest",
    ),
    (
        "{1|Baker} [1|said] <1|the notes were unhelpful>. His remark could be read as a rebuke.",
        "His remark could be read as a rebuke.",
        "Baker",
        "could be read as",
    ),
]

NOT_INTERPRETATIONS = [
    "{1|Baker} [1|said] <1|the notes were unhelpful>. Perhaps the weather will improve.",
    "{1|Baker} [1|said] <1|the notes were unhelpful>. Baker appeared to be tired.",
    '"<1|Perhaps I meant the studio>," {1|Baker} [1|said].',
    "{1|Baker} [1|said] <1|the film seems to be a hit>.",
    "{1|Critics} [1|said] <1|Baker appeared to suggest the sequel was dead>.",
]


@pytest.mark.parametrize(("marked", "span", "source", "cue"), INTERPRETATION_CASES)
def test_interpretations(parse, marked, span, source, cue) -> None:
    case = parse_marked(marked)
    doc = parse(case.text)
    found = find_interpretations(doc, case.candidates)
    assert len(found) == 1
    item = found[0]
    assert case.text[item.span[0] : item.span[1]] == span
    assert item.source is not None and case.text[item.source[0] : item.source[1]] == source
    assert item.cue is not None and case.text[item.cue[0] : item.cue[1]] == cue


@pytest.mark.parametrize("marked", NOT_INTERPRETATIONS)
def test_not_interpretations(parse, marked) -> None:
    case = parse_marked(marked)
    doc = parse(case.text)
    assert find_interpretations(doc, case.candidates) == []


# --- the measured figure on this table ------------------------------------------------


def measure(parse) -> dict[str, float]:
    """Per field: accuracy where the text states it, and how often it is filled where not."""
    stated = {"venue": [0, 0], "recipient": [0, 0], "said_on": [0, 0]}
    unstated = {"venue": [0, 0], "recipient": [0, 0], "said_on": [0, 0]}
    for _, marked, published, expected in PLACEMENT_CASES:
        _, placements = _placements(parse, marked, published)
        for placement, (venue, recipient, said_on) in zip(placements, expected, strict=True):
            got = {
                "venue": _venue_text(placement.venue),
                "recipient": placement.recipient.name if placement.recipient else None,
                "said_on": placement.said_on.value if placement.said_on else None,
            }
            for field, want in (("venue", venue), ("recipient", recipient), ("said_on", said_on)):
                bucket = stated if want is not None else unstated
                bucket[field][1] += 1
                if want is not None:
                    bucket[field][0] += got[field] == want
                else:
                    bucket[field][0] += got[field] is not None
    figures = {}
    for field in stated:
        figures[f"{field}_accuracy"] = stated[field][0] / max(1, stated[field][1])
        figures[f"{field}_false_fill"] = unstated[field][0] / max(1, unstated[field][1])
    return figures


def test_targets_on_our_table(parse) -> None:
    figures = measure(parse)
    for field in ("venue", "recipient", "said_on"):
        assert figures[f"{field}_accuracy"] >= 0.9, figures
        assert figures[f"{field}_false_fill"] <= 0.05, figures


def test_speech_nested_in_content_takes_no_phrases(parse) -> None:
    text = "Lindqvist said on Sunday that she was tired of being asked to explain her endings."
    doc = parse(text)
    outer = Candidate(
        "indirect",
        [(text.index("she was"), len(text) - 1)],
        (text.index("said"), text.index("said") + 4),
        (0, 9),
    )
    inner = Candidate(
        "indirect",
        [(text.index("her endings"), len(text) - 1)],
        (text.index("explain"), text.index("explain") + 7),
        None,
    )
    placements = place_statements(doc, [outer, inner], FRIDAY)
    assert placements[0].said_on is not None and placements[0].said_on.value == "2024-03-03"
    assert placements[1].said_on is None and placements[1].venue is None
