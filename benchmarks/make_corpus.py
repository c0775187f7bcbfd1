"""A synthetic news corpus for the scale benchmarks: JSON lines composed from templates.

Every article is invented here (people, towns, bodies and their words); nothing is taken
from a real corpus. Articles mix direct quotes, reported speech, mixed quotes and plain
narrative so the statement finder does its usual work, and lengths vary like news does
(about 250 to 1,100 words). The same --seed always writes the same corpus.

    python benchmarks/make_corpus.py 1000 corpus-1k.jsonl
    python benchmarks/make_corpus.py 3000 corpus-3k.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta

FIRST = ["Ada", "Lena", "Piet", "Ivo", "Mira", "Tomas", "Ana", "Olek", "Rosa", "Kai", "Nina",
         "Bram", "Elif", "Joss", "Una", "Wren", "Hal", "Sunniva", "Dario", "Maren", "Teodor",
         "Yusra", "Corin", "Edda"]
LAST = ["Okafor", "Marsh", "Stanek", "Solberg", "Reyes", "Bellamy", "Lund", "Varga", "Mori",
        "Halloran", "Ruiz", "Kerrigan", "Dunmore", "Voss", "Amari", "Ekholm", "Fitch", "Garza",
        "Holm", "Ilves", "Jansen", "Kowal", "Larch", "Navarro", "Oduya", "Pike", "Quist"]
ROLES = ["the mayor of {town}", "a spokeswoman for the {body}", "the chair of the {body}",
         "a councillor in {town}", "the director of the {body}", "a resident of {town}",
         "the head of the {body}", "a lawyer for the {body}", "a teacher in {town}"]
TOWNS = ["Brackenford", "Little Sedge", "Oldwater", "Marrow Bay", "Fenwick Cross", "Tallis",
         "Upper Moorby", "Greywell", "Saltmere", "Dunholt", "Ashcombe", "Kelvingate"]
BODIES = ["Harbour Authority", "Water Board", "Transit Commission", "Library Trust",
          "Farmers' Union", "Housing Cooperative", "Rail Users' Group", "Parks Department",
          "Chamber of Commerce", "Teachers' Association"]
TOPICS = ["the new ferry timetable", "the bridge repairs", "the school budget", "the flood barrier",
          "the bus depot plan", "the rise in rents", "the festival licence", "the river clean-up",
          "the hospital car park", "the closure of the sorting office"]
CUES = ["said", "told reporters", "said on Tuesday", "added", "told the {outlet}", "said in a statement"]
REPORT_CUES = ["said", "argued", "warned", "insisted", "claimed", "told reporters", "suggested"]
OUTLETS = ["Brackenford Courier", "Saltmere Gazette", "Greywell Evening Post", "Tallis Record"]

QUOTES = [
    "We have waited long enough for {topic}, and people here are running out of patience",
    "Nobody in {town} asked for this, and nobody was consulted",
    "The numbers simply do not add up",
    "I think we can still fix {topic} if everyone stays at the table",
    "This is the best deal {town} has been offered in a decade",
    "We will look at every option before the vote next month",
    "Frankly, the {body} should have seen this coming",
    "Our members are worried, and they have every right to be",
    "It is not about money, it is about trust",
    "We are not going to apologise for putting safety first",
]
CLAIMS = [
    "the plan would cost far more than the {body} had admitted",
    "{topic} had been delayed by at least two years",
    "the council had ignored three earlier reports",
    "the vote should be postponed until the spring",
    "most residents of {town} supported the proposal",
    "the {body} had not received a single complaint",
]
NARRATIVE = [
    "The meeting in {town} ran for more than three hours and ended without a decision.",
    "About two hundred people gathered outside the town hall on Monday evening.",
    "The {body} was set up in 1987 and employs about forty staff.",
    "Work on {topic} was first proposed five years ago.",
    "A report published last week put the total cost at just under twelve million.",
    "The river burst its banks twice last winter, flooding dozens of homes near the quay.",
    "Several shops on the high street have closed since the spring.",
    "The council is expected to vote on {topic} before the end of the month.",
    "Figures from the {body} show that usage has fallen every year since 2019.",
    "Local elections are due in May, and {topic} is likely to feature in every campaign.",
]


class ArticleComposer:
    """Composes one invented article at a time from a seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def person(self) -> tuple[str, str, str]:
        first, last = self.random.choice(FIRST), self.random.choice(LAST)
        role = self.random.choice(ROLES)
        return f"{first} {last}", last, role

    def fill(self, template: str, scene: dict[str, str]) -> str:
        return template.format(**scene)

    def paragraph(self, scene: dict[str, str], people: list[tuple[str, str, str]], seen: set[str]) -> str:
        name, surname, role = self.random.choice(people)
        who = surname if name in seen else f"{name}, {self.fill(role, scene)},"
        seen.add(name)
        kind = self.random.random()
        if kind < 0.35:
            quote = self.fill(self.random.choice(QUOTES), scene)
            cue = self.fill(self.random.choice(CUES), scene)
            return f"\u201c{quote},\u201d {who} {cue}."
        if kind < 0.55:
            claim = self.fill(self.random.choice(CLAIMS), scene)
            cue = self.random.choice(REPORT_CUES)
            return f"{who} {cue} that {claim}."
        if kind < 0.65:
            quote = self.fill(self.random.choice(QUOTES), scene).lower()
            return f"{who} said the decision was \u201c{quote}.\u201d"
        sentences = self.random.sample(NARRATIVE, self.random.randint(2, 4))
        return " ".join(self.fill(sentence, scene) for sentence in sentences)

    def article(self, number: int) -> dict[str, str]:
        scene = {"town": self.random.choice(TOWNS), "body": self.random.choice(BODIES),
                 "topic": self.random.choice(TOPICS), "outlet": self.random.choice(OUTLETS)}
        people = [self.person() for _ in range(self.random.randint(2, 5))]
        seen: set[str] = set()
        title = f"{scene['town']} divided over {scene['topic']}"
        paragraphs = [self.paragraph(scene, people, seen) for _ in range(self.random.randint(8, 34))]
        published = date(2024, 1, 1) + timedelta(days=self.random.randrange(366))
        return {
            "id": f"synthetic-{number:07d}",
            "title": title,
            "published": published.isoformat(),
            "outlet": scene["outlet"],
            "text": title + "\n\n" + "\n\n".join(paragraphs) + "\n",
        }


def compose(count: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """`count` article records (dicts with id, title, published, outlet, text)."""
    composer = ArticleComposer(seed)
    for number in range(count):
        yield composer.article(number)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("output", help="the JSONL file to write (- for stdout)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    stream = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    words = 0
    with stream:
        for record in compose(args.count, args.seed):
            words += len(record["text"].split())
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.count} articles, {words} words ({words / max(args.count, 1):.0f} per article)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
