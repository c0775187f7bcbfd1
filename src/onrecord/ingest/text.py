"""Plain-text articles: decoding, the optional ` date YYYY-MM-DD` header, and a dateline
("Published June 12, 2025") near the top when there is no header."""

from __future__ import annotations

import re
from datetime import date

from ..dates import resolve_date
from ..model import Article, Problem, article_id_for

# The header: optional leading space, "date", an ISO-looking date, then the headline may
# follow on the same line. The date is metadata; offsets still count from the file start.
_DATE_HEADER = re.compile(r"\A[ \t]?date[ \t]+(\S+)[ \t]*")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
_TITLE_MAX_CHARS = 300
# A dateline: a short line of its own near the top that is a date and nothing more,
# perhaps labelled ("Published", "Posted on", "Updated:") or after a byline and a bar
# ("By Ruth Amsel | June 12, 2025"), perhaps with a time of day after it. Only the first
# lines are read, so a date in the body is never taken for the publication date.
_DATELINE_LINES = 6
_DATELINE_MAX_CHARS = 100
_DATELINE = re.compile(
    r"(?:by\s[^|•·\n]{1,60}[|•·]\s*)?"
    r"(?P<label>(?:first\s+|originally\s+)?published|posted|updated|last\s+updated|dated?)?"
    r"(?:\s+on)?\s*:?\s*"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4})"
    r"(?:\s*(?:,|at|-|–|—)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?"
    r"\s*\Z",
    re.IGNORECASE,
)

# A press release's or wire story's dateline opening its first paragraph: a place in
# capitals, then the date, perhaps a wire's name, then a dash (`BOSTON, Aug. 18, 2026 —`,
# `AUSTIN, Texas, March 3, 2026 /Newswire/ --`). Read only when no dateline line is found.
_OPENING_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?,\s+"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
    r"\s*(?:/[^/\n]{1,40}/\s*)?(?:--|—|–|-)"
)


def decode_bytes(data: bytes) -> tuple[str, list[Problem]]:
    """Decode an article's bytes: UTF-8 (with or without BOM), else a detected encoding.

    Never guesses silently: a non-UTF-8 decode is recorded as a problem naming the
    encoding used, and undecodable bytes are replaced and counted.
    """
    problems: list[Problem] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        problems.append(Problem("encoding_detected", "decoded as UTF-16 (byte order mark)"))
        return _strip_nul(text, problems)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        problems.append(Problem("encoding_detected", f"decoded as {utf16} (no byte order mark; "
                                "detected from its NUL bytes)"))
        return _strip_nul(data.decode(utf16, errors="replace"), problems)
    try:
        return _strip_nul(data.decode("utf-8"), problems)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        text = data.decode(best.encoding, errors="replace")
        problems.append(
            Problem("encoding_detected", f"not UTF-8; decoded as {best.encoding} (detected)")
        )
    else:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        problems.append(
            Problem("invalid_utf8", f"invalid UTF-8; {bad} undecodable byte sequence(s) replaced")
        )
    return _strip_nul(text, problems)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like BOM-less UTF-16, else None.

    Text in Latin scripts as UTF-16 has a NUL in every other byte; as such bytes are also
    valid UTF-8 (NULs and ASCII), they would otherwise decode to "T h e   m a y o r".
    """
    sample = data[:4096]
    half = len(sample) // 2
    if half < 8:
        return None
    even_nul = sample[0::2].count(0) / half
    odd_nul = sample[1::2].count(0) / half
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _strip_nul(text: str, problems: list[Problem]) -> tuple[str, list[Problem]]:
    # NUL bytes mean binary junk; replace them with spaces so offsets are kept.
    if "\x00" in text:
        count = text.count("\x00")
        text = text.replace("\x00", " ")
        problems.append(Problem("nul_bytes", f"{count} NUL character(s) replaced by spaces"))
    return text, problems


def parse_date_header(text: str) -> tuple[date | None, int, list[Problem]]:
    """The published date from a ` date YYYY-MM-DD` header, where the body starts, problems."""
    match = _DATE_HEADER.match(text)
    if not match:
        return None, 0, []
    token = match.group(1)
    body_start = match.end()
    iso = _ISO_DATE.match(token)
    if not iso:
        return None, body_start, [Problem("bad_date_header", f"malformed date header {token!r}")]
    try:
        published = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        return None, body_start, [Problem("bad_date_header", f"impossible date {token!r}")]
    return published, body_start, []


def dateline_date(text: str, body_start: int = 0) -> date | None:
    """The publication date a dateline near the top of the body gives, or None. A
    "Published" (or unlabelled) line wins over an "Updated" one."""
    updated: date | None = None
    lines = [line.strip() for line in text[body_start:].lstrip().split("\n", _DATELINE_LINES)]
    for line in lines[:_DATELINE_LINES]:
        if not line or len(line) > _DATELINE_MAX_CHARS:
            continue
        match = _DATELINE.match(line)
        if match is None:
            continue
        value = resolve_date(match["date"], None)
        if value is None or len(value) != 10:  # a whole day, or nothing
            continue
        found = date.fromisoformat(value)
        if (match["label"] or "").lower().endswith("updated"):
            updated = updated or found
            continue
        return found
    return updated or _opening_dateline_date(lines[:_DATELINE_LINES])


def _opening_dateline_date(lines: list[str]) -> date | None:
    for line in lines:
        match = _OPENING_DATELINE.match(line)
        if match is None:
            continue
        value = resolve_date(match["date"], None)
        if value is not None and len(value) == 10:
            return date.fromisoformat(value)
    return None


def _title_of(text: str, body_start: int) -> str | None:
    """The headline: the first line of the body when it is short and not a paragraph."""
    rest = text[body_start:]
    stripped = rest.lstrip()
    if not stripped:
        return None
    first_line = stripped.split("\n", 1)[0].strip()
    if not first_line or len(first_line) > _TITLE_MAX_CHARS:
        return None
    return first_line


def article_from_text(
    text: str,
    *,
    path: str | None = None,
    published: date | None = None,
    problems: list[Problem] | None = None,
) -> Article:
    """An Article from decoded text, reading the date header when there is one, else a
    dateline near the top; `published` overrides both."""
    header_date, body_start, header_problems = parse_date_header(text)
    if header_date is None and published is None:
        header_date = dateline_date(text, body_start)
    all_problems = list(problems or []) + header_problems
    if not text.strip():
        all_problems.append(Problem("empty", "the article has no text"))
    return Article(
        id=article_id_for(text),
        text=text,
        path=path,
        published=published if published is not None else header_date,
        title=_title_of(text, body_start),
        problems=tuple(all_problems),
        body_start=body_start,
    )


def article_from_bytes(data: bytes, *, path: str | None = None) -> Article:
    """An Article from raw bytes: decode, then read the header."""
    text, problems = decode_bytes(data)
    return article_from_text(text, path=path, problems=problems)
