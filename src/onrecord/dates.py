"""Time phrases -> calendar values, resolved against the publication date.

Pure and standard-library only: `resolve_date("last Thursday", date(2024, 3, 8))` gives
"2024-02-29". The answer is as precise as the phrase fixes it: "YYYY-MM-DD" for a day,
"YYYY-MM" for a month, "YYYY" for a year, and None when nothing fixes it ("recently",
"months ago") or when a relative phrase has no publication date to lean on. A guess is
worse than None, so spans that straddle two months ("last week" across a month end)
fall back to the precision both ends share.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["MONTHS", "WEEKDAYS", "resolve_date"]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|2\d{3})"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Words that only frame the phrase ("on", "in early", "earlier") and do not change it.
_LEADING_NOISE = re.compile(
    r"^(?:(?:on|in|at|during|over|by|from|since|as of|back|earlier|later|early|late|mid|"
    r"the|of|this past|past)\b[\s-]*)+"
)


def resolve_date(phrase: str, published: date | None) -> str | None:
    """The calendar value a time phrase fixes, or None. Never raises."""
    if not isinstance(phrase, str) or len(phrase) > 200:
        return None
    text = _normalise(phrase)
    if not text:
        return None
    try:
        for rule in _RULES:
            found = rule(text, published)
            if found is not _NO_MATCH:
                return found if isinstance(found, str) else None
    except (OverflowError, ValueError):  # dates past date.min/max, 31 February ...
        return None
    return None


# ---------------------------------------------------------------------------------------
# Helpers

_NO_MATCH = object()  # "this rule does not apply", unlike None: "applies, fixes nothing"


def _normalise(phrase: str) -> str:
    text = phrase.lower().replace("\u2019", "'").replace(",", " ")
    text = re.sub(r"[^\w\s'/-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


def _strip_noise(text: str) -> str:
    return _LEADING_NOISE.sub("", text).strip()


def _day(value: date) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _month(year: int, month: int) -> str | None:
    if not 1000 <= year <= 9999 or not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}"


def _year(year: int) -> str | None:
    return f"{year:04d}" if 1000 <= year <= 9999 else None


def _common(first: date, last: date) -> str | None:
    """The most precise value both ends of a span share: a day, a month or a year."""
    if first == last:
        return _day(first)
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    if first.year == last.year:
        return _year(first.year)
    return None


def _month_back(year: int, month: int, steps: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - steps
    return index // 12, index % 12 + 1


def _most_recent_month(month: int, published: date, *, strictly_before: bool) -> str | None:
    """The latest `month` not after (or strictly before) the publication month."""
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return _month(year, month)


def _most_recent_weekday(weekday: int, published: date, *, strictly_before: bool) -> date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


# ---------------------------------------------------------------------------------------
# Rules, tried in order. Each returns a value, None ("applies but fixes nothing"), or
# _NO_MATCH.


def _vague(text: str, published: date | None) -> object:
    # Phrases that never fix a time, whatever the publication date.
    if re.fullmatch(
        r"(?:recently|lately|in the past|previously|once|long ago|years ago|months ago|"
        r"weeks ago|days ago|some time ago|a while ago|in recent (?:days|weeks|months|years)|"
        r"(?:(?:in )?the )?(?:19|20)\d0s|(?:a|one|two|three) decades? ago|(?:a|the) few "
        r"(?:days|weeks|months|years) ago|(?:several|many|a few) (?:days|weeks|months|years)"
        r" ago|at the time|back then|then|earlier|later|before|this week or next)",
        text,
    ):
        return None
    return _NO_MATCH


def _iso(text: str, published: date | None) -> object:
    match = re.fullmatch(r"(?:on )?(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return _NO_MATCH
    return _day(date(int(match[1]), int(match[2]), int(match[3])))


def _today_yesterday(text: str, published: date | None) -> object:
    core = _strip_noise(text)
    shifts = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": 1,
        "yesterday morning": 1,
        "yesterday afternoon": 1,
        "yesterday evening": 1,
        "last night": 1,
        "day before yesterday": 2,
    }
    if core not in shifts:
        return _NO_MATCH
    if published is None:
        return None
    return _day(published - timedelta(days=shifts[core]))


def _days_ago(text: str, published: date | None) -> object:
    match = re.fullmatch(r"(\d{1,3}|" + "|".join(_NUMBERS) + r") days? ago", _strip_noise(text))
    if not match:
        return _NO_MATCH
    if published is None:
        return None
    count = int(match[1]) if match[1].isdigit() else _NUMBERS[match[1]]
    return _day(published - timedelta(days=count))


def _weekday(text: str, published: date | None) -> object:
    # "Tuesday", "on Tuesday night", "last Thursday", "this past Friday" (no month named).
    match = re.fullmatch(
        r"(?P<rel>last |this |this past |past |on |earlier on )?" + _WEEKDAY + _PART_OF_DAY,
        text,
    )
    if not match:
        return _NO_MATCH
    if published is None:
        return None
    strictly = (match["rel"] or "").strip() in ("last", "this past", "past")
    return _day(
        _most_recent_weekday(WEEKDAYS[match["weekday"]], published, strictly_before=strictly)
    )


def _day_month(text: str, published: date | None) -> object:
    # "March 3", "March 3rd 2021", "3 March", "the 3rd of March", "Tuesday March 3".
    core = _strip_noise(re.sub(r"^(?:on )?" + _WEEKDAY + r"\s+", "", text))
    match = re.fullmatch(_MONTH + r"\s+" + _DAY + r"(?:\s+" + _YEAR + r")?", core) or re.fullmatch(
        _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:\s+" + _YEAR + r")?", core
    )
    if not match:
        return _NO_MATCH
    month, day = MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        return _day(date(int(match["year"]), month, day))
    if published is None:
        return None
    year = published.year
    if (month, day) > (published.month, published.day):
        year -= 1
    try:
        return _day(date(year, month, day))
    except ValueError:  # 29 February in a year that has none: walk back to a leap year
        for back in range(1, 8):
            try:
                return _day(date(year - back, month, day))
            except ValueError:
                continue
        return None


def _month_year(text: str, published: date | None) -> object:
    # "March 2019", "March of 2019", "November of last year", "last March", "in March".
    core = _strip_noise(text)
    match = re.fullmatch(
        r"(?P<rel>last |this |this past |past )?"
        + _MONTH
        + r"(?:\s+(?:of\s+)?(?:"
        + _YEAR
        + r"|(?P<relyear>last year|this year|next year)))?",
        core,
    )
    if not match:
        return _NO_MATCH
    month = MONTHS[match["month"]]
    if text.strip() == "may":  # the verb "may", not the month
        return _NO_MATCH
    if match["year"]:
        return _month(int(match["year"]), month)
    if published is None:
        return None
    if match["relyear"]:
        shift = {"last year": -1, "this year": 0, "next year": 1}[match["relyear"]]
        return _month(published.year + shift, month)
    strictly = (match["rel"] or "").strip() in ("last", "this past", "past")
    return _most_recent_month(month, published, strictly_before=strictly)


def _relative_month(text: str, published: date | None) -> object:
    core = _strip_noise(text)
    shifts = {"this month": 0, "last month": 1, "the previous month": 1, "previous month": 1}
    if core not in shifts:
        return _NO_MATCH
    if published is None:
        return None
    return _month(*_month_back(published.year, published.month, shifts[core]))


def _relative_week(text: str, published: date | None) -> object:
    core = _strip_noise(text)
    if core not in (
        "this week",
        "last week",
        "the previous week",
        "previous week",
        "weekend",
        "this weekend",
        "last weekend",
        "the weekend",
    ):
        return _NO_MATCH
    if published is None:
        return None
    monday = published - timedelta(days=published.weekday())
    if core == "this week":
        return _common(monday, published)
    if core in ("last week", "the previous week", "previous week"):
        return _common(monday - timedelta(days=7), monday - timedelta(days=1))
    # A weekend: the most recent Saturday-Sunday not after publication.
    sunday = _most_recent_weekday(6, published, strictly_before=False)
    saturday = sunday - timedelta(days=1)
    if core == "last weekend" and published.weekday() in (5, 6):
        saturday, sunday = saturday - timedelta(days=7), sunday - timedelta(days=7)
    return _common(saturday, sunday)


def _year_phrase(text: str, published: date | None) -> object:
    core = _strip_noise(text)
    match = re.fullmatch(r"(?:the (?:year )?|year )?" + _YEAR, core)
    if match:
        return _year(int(match["year"]))
    shifts = {
        "this year": 0,
        "last year": 1,
        "the previous year": 1,
        "previous year": 1,
        "the year before": 1,
        "the past year": None,
        "two years ago": None,
    }
    if core in shifts:
        shift = shifts[core]
        if published is None or shift is None:
            return None
        return _year(published.year - shift)
    return _NO_MATCH


def _season(text: str, published: date | None) -> object:
    core = _strip_noise(text)
    match = re.fullmatch(
        r"(?P<rel>last |this |this past |past )?(?P<season>spring|summer|autumn|fall|winter)"
        r"(?:\s+(?:of\s+)?(?:" + _YEAR + r"|(?P<relyear>last year|this year)))?",
        core,
    )
    if not match:
        return _NO_MATCH
    season = match["season"]
    if season == "winter":  # straddles two years: fixes nothing without a calendar rule
        return None
    if match["year"]:
        return _year(int(match["year"]))
    if published is None:
        return None
    if match["relyear"]:
        return _year(published.year - (1 if match["relyear"] == "last year" else 0))
    first, last = _SEASON_MONTHS[season]
    rel = (match["rel"] or "").strip()
    if rel == "this" or not rel:
        # "this summer" / "in the summer": the season of the publication year, unless it
        # has not begun yet, in which case the writer means last year's.
        return _year(published.year if published.month >= first else published.year - 1)
    # "last summer": the most recent one that had ended before publication.
    return _year(published.year if published.month > last else published.year - 1)


_RULES = (
    _vague,
    _iso,
    _today_yesterday,
    _days_ago,
    _weekday,
    _day_month,
    _month_year,
    _relative_month,
    _relative_week,
    _year_phrase,
    _season,
)
