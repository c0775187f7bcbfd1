"""Generate a corpus of hostile inputs for `onrecord ingest` (nothing here is committed as data).

    python benchmarks/make_bad_inputs.py OUT_DIR            # every kind, incl. the 50 MB article
    python benchmarks/make_bad_inputs.py OUT_DIR --small    # the big kinds shrunk (for fast tests)

Each kind is one or more files named after it; `manifest.json` in OUT_DIR lists every kind
with its files and what onrecord should do with it ("stored", "failed", "skipped" or "mixed":
a stored article with problems, a counted failure, a counted skip, or several records with
some of each). The articles are short pieces we wrote about invented people and places.

Each generator streams to disk, so the script's own memory stays small even for the
50 MB article and the gzip bomb.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ARTICLE = (
    "Harbour master Tilde Vasquez said the breakwater at Corran Quay would be rebuilt "
    'before winter. "We have patched it four times and the sea keeps winning," she told '
    "the Corran Gazette on Monday. Councillor Abel Maurin said the money had already been "
    "found.\n\n"
)
DATED = " date 2024-05-14\nBreakwater to be rebuilt, harbour master says\n\n" + ARTICLE


@dataclass(frozen=True)
class Kind:
    name: str
    expect: str  # stored | failed | skipped | mixed
    write: Callable[[Path, bool], list[Path]]  # (out dir, small) -> files written
    note: str = ""


KINDS: list[Kind] = []


def kind(name: str, expect: str, note: str = "") -> Callable:
    def register(function: Callable[[Path, bool], list[Path]]) -> Callable:
        KINDS.append(Kind(name, expect, function, note))
        return function

    return register


def _put(path: Path, data: bytes) -> list[Path]:
    path.write_bytes(data)
    return [path]


# -- empty and junk ---------------------------------------------------------------------
@kind("empty", "failed", "zero bytes: no text to store")
def _empty(out: Path, small: bool) -> list[Path]:
    return _put(out / "empty.txt", b"")


@kind("whitespace_only", "failed", "spaces, tabs and newlines only")
def _whitespace(out: Path, small: bool) -> list[Path]:
    return _put(out / "whitespace_only.txt", b" \t\n\r\n   \n\t\t\n" * 100)


@kind("bom_only", "failed", "a UTF-8 byte order mark and nothing else")
def _bom_only(out: Path, small: bool) -> list[Path]:
    return _put(out / "bom_only.txt", b"\xef\xbb\xbf")


@kind("binary", "stored", "random bytes named .txt: stored with a `binary` problem")
def _binary(out: Path, small: bool) -> list[Path]:
    rng = random.Random(1)
    return _put(out / "binary.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(200_000))


@kind("nul_bytes", "stored", "an article with NUL bytes between its sentences")
def _nul(out: Path, small: bool) -> list[Path]:
    return _put(out / "nul_bytes.txt", DATED.encode().replace(b". ", b".\x00\x00 "))


@kind("control_chars", "stored", "an article sprinkled with C0 control characters")
def _control(out: Path, small: bool) -> list[Path]:
    text = "".join(ch + ("\x07\x1b\x0b" if i % 9 == 0 else "") for i, ch in enumerate(ARTICLE))
    return _put(out / "control_chars.txt", text.encode())


# -- encodings --------------------------------------------------------------------------
@kind("invalid_utf8", "stored", "UTF-8 with stray continuation and truncated sequences")
def _invalid_utf8(out: Path, small: bool) -> list[Path]:
    data = ARTICLE.encode().replace(b"Monday", b"Mon\x80\xbf\xc3day").replace(b"winter", b"wint\xe2\x82")
    return _put(out / "invalid_utf8.txt", data)


@kind("utf16_bom", "stored", "UTF-16 LE with a byte order mark")
def _utf16_bom(out: Path, small: bool) -> list[Path]:
    return _put(out / "utf16_bom.txt", DATED.encode("utf-16"))


@kind("utf16_no_bom", "stored", "UTF-16 LE and BE without a byte order mark")
def _utf16_no_bom(out: Path, small: bool) -> list[Path]:
    return _put(out / "utf16le_no_bom.txt", (DATED + "No mark.\n").encode("utf-16-le")) + _put(
        out / "utf16be_no_bom.txt", ARTICLE.replace("Harbour", "Old harbour").encode("utf-16-be")
    )


@kind("windows_1252", "stored", "Windows-1252 curly quotes, dashes and accents")
def _cp1252(out: Path, small: bool) -> list[Path]:
    text = (
        "Café owner Renée Duclos said the quay was “finally safe” — and that the ferry’s "
        "return would bring “more trade than the festival.” Her neighbour Zoë Marchetti "
        "told the Corran Gazette: “I will believe it when I see the boat.”\n"
    ) * 3
    return _put(out / "windows_1252.txt", text.encode("cp1252"))


@kind("surrogates", "stored", "CESU-8 encoded surrogate halves (invalid in UTF-8)")
def _surrogates(out: Path, small: bool) -> list[Path]:
    return _put(out / "surrogates.txt", ARTICLE.encode() + b"\xed\xa0\xbd\xed\xb8\x80 end.\n")


# -- size -------------------------------------------------------------------------------
def _stream_repeat(path: Path, head: bytes, unit: bytes, total: int) -> list[Path]:
    with path.open("wb") as handle:
        handle.write(head)
        written = len(head)
        while written < total:
            piece = unit[: total - written]
            handle.write(piece)
            written += len(piece)
    return [path]


@kind("article_50mb", "stored", "a 50 MB article (5 MB with --small): cut, `too_long` recorded")
def _big(out: Path, small: bool) -> list[Path]:
    size = (5 if small else 50) * 1024 * 1024
    return _stream_repeat(out / "article_50mb.txt", DATED.encode(), ARTICLE.encode() * 200, size)


@kind("one_line_1m", "stored", "a single 1,000,000-character line of words")
def _one_line(out: Path, small: bool) -> list[Path]:
    unit = ARTICLE.replace("\n", " ").encode() * 100
    return _stream_repeat(out / "one_line_1m.txt", b"", unit, 1_000_000)


@kind("no_spaces_1m", "stored", "1,000,000 characters with no space or newline at all")
def _no_spaces(out: Path, small: bool) -> list[Path]:
    return _stream_repeat(out / "no_spaces_1m.txt", b"", b"abcdefghij" * 10_000, 1_000_000)


@kind("quote_marks_100k", "stored", "100,000 quotation marks, straight and curly, in one paragraph")
def _quotes(out: Path, small: bool) -> list[Path]:
    marks = '"\u201c\u201d\'\u2018\u2019\u00ab\u00bb' * 12_500
    return _put(out / "quote_marks_100k.txt", ('Vasquez said ' + marks + ' end.\n').encode())


@kind("many_lines", "stored", "300,000 short lines (paragraph bookkeeping)")
def _many_lines(out: Path, small: bool) -> list[Path]:
    return _put(out / "many_lines.txt", b'Maurin said "yes".\n' * 300_000 if not small
                else b'Maurin said "yes".\n' * 30_000)


@kind("zalgo", "stored", "letters stacked with hundreds of combining marks")
def _zalgo(out: Path, small: bool) -> list[Path]:
    text = "".join(ch + "\u0301\u0316\u0327" * 40 if ch.isalpha() else ch for ch in ARTICLE)
    return _put(out / "zalgo.txt", text.encode())


# -- scripts and languages --------------------------------------------------------------
@kind("right_to_left", "stored", "Arabic and Hebrew with bidi overrides and RTL quote marks")
def _rtl(out: Path, small: bool) -> list[Path]:
    text = (
        "قال رئيس البلدية سامر حداد إن «الميناء سيفتح في الربيع» يوم الاثنين.\n"
        "אמרה ראש העיר נועה לוי: \"הנמל ייפתח באביב\".\n"
        "\u202eMayor Samer Haddad said the port would open.\u202c \u200f\"\u05e9\u05dc\u05d5\u05dd\"\u200e\n"
    )
    return _put(out / "right_to_left.txt", text.encode())


@kind("mixed_scripts", "stored", "Latin, Cyrillic, Greek, CJK and Devanagari in one article")
def _mixed(out: Path, small: bool) -> list[Path]:
    text = (
        'Mayor Ilse Brandt said "the bridge opens Friday". Мэр Ильза Брандт сказала: «мост '
        "откроется в пятницу». Η δήμαρχος είπε «η γέφυρα ανοίγει». 市長は「橋は金曜日に開通する」と"
        "述べた。 महापौर ने कहा \"पुल शुक्रवार को खुलेगा\"।\n"
    )
    return _put(out / "mixed_scripts.txt", text.encode())


@kind("emoji", "stored", "emoji, skin tones, ZWJ families and flags inside quotes")
def _emoji(out: Path, small: bool) -> list[Path]:
    text = (
        'Chef Dario Pell said "the 🍕 oven is 🔥🔥🔥" and added: "👨‍👩‍👧‍👦 eat free on '
        'Sundays 🇮🇹👍🏽." Critic Mae Lorne wrote that it was "🤷‍♀️ fine".\n'
    ) * 20
    return _put(out / "emoji.txt", text.encode())


@kind("non_english", "stored", "German, French, Spanish and Japanese articles")
def _non_english(out: Path, small: bool) -> list[Path]:
    articles = {
        "de": 'Bürgermeisterin Greta Holm sagte: „Die Fähre fährt ab Juni wieder.“ Sie fügte hinzu, '
              "der Hafen sei sicher.\n",
        "fr": "Le maire Luc Ferrand a déclaré : « Le pont sera rouvert en mai. » Il a ajouté que "
              "les travaux avaient pris du retard.\n",
        "es": "La alcaldesa Inés Roca dijo: «El puerto abrirá en primavera». También afirmó que "
              "el presupuesto estaba cerrado.\n",
        "ja": "町長の田中花子氏は「フェリーは六月に再開する」と述べた。\n",
    }
    return [path for code, text in articles.items()
            for path in _put(out / f"non_english_{code}.txt", text.encode())]


# -- dates ------------------------------------------------------------------------------
@kind("impossible_date_header", "stored", "` date 2025-02-30`: published null, problem recorded")
def _bad_header(out: Path, small: bool) -> list[Path]:
    return _put(out / "impossible_date_header.txt", (" date 2025-02-30\n" + ARTICLE).encode())


@kind("malformed_date_header", "stored", "` date tomorrow` and a 20-digit year")
def _malformed_header(out: Path, small: bool) -> list[Path]:
    return _put(out / "malformed_date_header.txt", (" date tomorrow\n" + ARTICLE).encode()) + _put(
        out / "huge_year_header.txt", (" date 99999999999999999999-01-01\n" + ARTICLE).encode()
    )


# -- HTML -------------------------------------------------------------------------------
@kind("html_nested_10k", "stored", "10,000 nested <div>s around an article")
def _nested(out: Path, small: bool) -> list[Path]:
    body = "<div>" * 10_000 + "<p>" + ARTICLE + "</p>" + "</div>" * 10_000
    return _put(out / "html_nested_10k.html", f"<html><body>{body}</body></html>".encode())


@kind("html_scripts_only", "failed", "a page of <script>s and no text: `no_main_text`")
def _scripts(out: Path, small: bool) -> list[Path]:
    scripts = "<script>var x = '<p>not text</p>';</script>\n" * 2000
    return _put(out / "html_scripts_only.html", f"<html><head>{scripts}</head><body>{scripts}</body></html>".encode())


@kind("html_malformed", "mixed", "unclosed tags, stray brackets, a 5 MB attribute")
def _malformed_html(out: Path, small: bool) -> list[Path]:
    broken = "<html><body><p>Ferry <b>news<i> " + ARTICLE + "<p><<>><div <table><tr><td>" * 200
    huge_attr = '<html><body><p title="' + "x" * 5_000_000 + '">' + ARTICLE + "</p></body></html>"
    return _put(out / "html_malformed.html", broken.encode()) + _put(
        out / "html_huge_attribute.html", huge_attr.encode()
    )


@kind("html_wrong_charset", "stored", "declares Shift_JIS, is UTF-8")
def _wrong_charset(out: Path, small: bool) -> list[Path]:
    page = ('<html><head><meta charset="shift_jis"><title>Quay</title></head><body><article><p>'
            + ARTICLE.replace("said", "said — «with feeling» —") * 3 + "</p></article></body></html>")
    return _put(out / "html_wrong_charset.html", page.encode())


@kind("html_script_in_text", "stored", "article text that contains <script> as escaped text")
def _script_text(out: Path, small: bool) -> list[Path]:
    page = ("<html><body><article><p>" + ARTICLE * 2 + "</p><p>Critic Jo Penn wrote: "
            "\"&lt;script&gt;alert(1)&lt;/script&gt; is no way to end a film.\"</p></article></body></html>")
    return _put(out / "html_script_in_text.html", page.encode())


# -- compressed and archived ------------------------------------------------------------
def _warc_record(uri: str, payload: bytes, content_type: str = "text/html", status: str = "200 OK",
                 length: int | None = None) -> bytes:
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
    declared = len(http) if length is None else length
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**12:012d}-0000-4000-8000-000000000000>\r\n"
        f"WARC-Date: 2024-05-14T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _page(title: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><p>"
            + ARTICLE * 3 + "</p></article></body></html>").encode()


@kind("warc_good_mixed", "mixed", "a WARC with a page, an image (skipped) and a 404 (skipped)")
def _warc_good(out: Path, small: bool) -> list[Path]:
    data = (_warc_record("https://gazette.example/quay", _page("Quay"))
            + _warc_record("https://gazette.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
            + _warc_record("https://gazette.example/gone", b"<html>gone</html>", status="404 Not Found"))
    return _put(out / "warc_good_mixed.warc", data)


@kind("warc_truncated", "mixed", "a WARC cut off in the middle of its second record")
def _warc_truncated(out: Path, small: bool) -> list[Path]:
    data = _warc_record("https://gazette.example/a", _page("A")) + _warc_record(
        "https://gazette.example/b", _page("B"))
    return _put(out / "warc_truncated.warc", data[: len(data) - 700])


@kind("warc_wrong_lengths", "mixed", "WARC records whose Content-Length is too long or too short")
def _warc_lengths(out: Path, small: bool) -> list[Path]:
    page = _page("Lengths")
    short = _warc_record("https://gazette.example/short", page, length=120)
    long = _warc_record("https://gazette.example/long", page, length=10_000_000)
    return _put(out / "warc_length_short.warc", short + _warc_record("https://gazette.example/next", page)) + _put(
        out / "warc_length_long.warc", _warc_record("https://gazette.example/ok", page) + long
    )


@kind("warc_garbage_http", "mixed", "a WARC response whose HTTP headers are garbage")
def _warc_garbage(out: Path, small: bool) -> list[Path]:
    payload = b"\x00\xff garbage status line\r\nno-colon-header\r\n\r\n" + _page("G")
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://gazette.example/g\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode()
    return _put(out / "warc_garbage_http.warc", head + payload + b"\r\n\r\n")


@kind("gzip_truncated", "mixed", "a gzipped WARC cut off halfway through the stream")
def _gzip_truncated(out: Path, small: bool) -> list[Path]:
    records = b"".join(_warc_record(f"https://gazette.example/{i}", _page(str(i))) for i in range(4))
    data = gzip.compress(records)
    return _put(out / "gzip_truncated.warc.gz", data[: len(data) // 2])


@kind("gzip_bomb", "mixed", "a gzipped WARC whose one HTML record inflates to 1 GiB (64 MiB --small)")
def _gzip_bomb(out: Path, small: bool) -> list[Path]:
    inflated = (64 if small else 1024) * 1024 * 1024
    path = out / "gzip_bomb.warc.gz"
    http_head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                 b"Content-Length: " + str(inflated).encode() + b"\r\n\r\n")
    warc_head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://gazette.example/bomb\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http_head) + inflated}\r\n\r\n"
    ).encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    block = b" " * (1 << 20)
    with path.open("wb") as handle:
        handle.write(compressor.compress(warc_head + http_head + b"<html><body><p>"))
        for _ in range(inflated // len(block)):
            handle.write(compressor.compress(block))
        handle.write(compressor.compress(b"\r\n\r\n"))
        handle.write(compressor.flush())
    return [path]


# -- JSONL ------------------------------------------------------------------------------
@kind("jsonl_broken", "mixed", "good lines between broken JSON, wrong types and missing text")
def _jsonl(out: Path, small: bool) -> list[Path]:
    lines = [
        json.dumps({"id": "good-1", "text": ARTICLE, "published": "2024-05-14"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "Missing text"}),
        json.dumps({"id": "number-text", "text": 42}),
        json.dumps({"id": "list-title", "text": ARTICLE + " Again.", "title": ["a", "b"]}),
        json.dumps({"id": {"nested": True}, "text": ARTICLE + " Thrice."}),
        json.dumps([1, 2, 3]),
        "null",
        "",
        "   ",
        json.dumps({"id": "bad-date", "text": ARTICLE + " Dated.", "published": "2025-02-30"}),
        json.dumps({"id": "junk-date", "text": ARTICLE + " Junk.", "published": "soon"}),
        json.dumps({"id": "num-date", "text": ARTICLE + " Num.", "published": 20240514}),
        json.dumps({"id": True, "text": ARTICLE + " Bool."}),
        json.dumps({"id": "blank-text", "text": "   "}),
        json.dumps({"id": "deep", "text": ARTICLE + " Deep.", "extra": [[[[[[[[[[]]]]]]]]]]}),
        "[" * 100_000,
        json.dumps({"id": "good-2", "text": "Maurin said \"we will see\" on Tuesday.\n"}),
    ]
    return _put(out / "jsonl_broken.jsonl", ("\n".join(lines) + "\n").encode())


@kind("jsonl_impossible_date", "stored", "JSONL `published` 2025-02-30: null with a problem")
def _jsonl_date(out: Path, small: bool) -> list[Path]:
    return _put(out / "jsonl_impossible_date.jsonl",
                (json.dumps({"id": "feb30", "text": ARTICLE + " Impossible.", "published": "2025-02-30"})
                 + "\n").encode())


@kind("jsonl_encodings", "mixed", "JSONL in UTF-16 and with invalid UTF-8 inside a string")
def _jsonl_enc(out: Path, small: bool) -> list[Path]:
    good = json.dumps({"id": "enc", "text": ARTICLE + " Enc."}, ensure_ascii=False)
    return _put(out / "jsonl_utf16.jsonl", (good + "\n").encode("utf-16")) + _put(
        out / "jsonl_bad_utf8.jsonl", b'{"id": "bad", "text": "Vasquez said \xff\xfe it."}\n'
    )


# -- the file system --------------------------------------------------------------------
@kind("symlinks", "mixed", "a link to an article, a dangling link and a link loop")
def _links(out: Path, small: bool) -> list[Path]:
    target = out / "link_target.txt"
    target.write_bytes((ARTICLE + "Linked.\n").encode())
    made = [target]
    for name, points_to in (("link_good.txt", "link_target.txt"),
                            ("link_dangling.txt", "no_such_file.txt"),
                            ("link_loop_a.txt", "link_loop_b.txt"),
                            ("link_loop_b.txt", "link_loop_a.txt"),
                            ("link_dir_loop", ".")):
        link = out / name
        if not link.is_symlink():
            os.symlink(points_to, link)
        made.append(link)
    return made


@kind("unreadable", "stored", "chmod 000 (root still reads it; the test fakes EACCES instead)")
def _unreadable(out: Path, small: bool) -> list[Path]:
    path = out / "unreadable.txt"
    path.write_bytes((ARTICLE + "Locked away.\n").encode())
    path.chmod(0)
    return [path]


@kind("special_files", "skipped", "a FIFO and a directory named like articles (not files: left out)")
def _special(out: Path, small: bool) -> list[Path]:
    fifo = out / "fifo.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    folder = out / "folder.txt"
    folder.mkdir(exist_ok=True)
    return [fifo, folder]


def generate(out: Path, *, small: bool = False, only: set[str] | None = None) -> dict:
    """Write every kind (or `only` those) into `out`; return and save the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"small": small, "kinds": []}
    for item in KINDS:
        if only is not None and item.name not in only:
            continue
        files = item.write(out, small)
        manifest["kinds"].append({
            "kind": item.name, "expect": item.expect, "note": item.note,
            "files": [path.name for path in files],
        })
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true", help="shrink the 50 MB article and the gzip bomb")
    args = parser.parse_args()
    manifest = generate(args.out, small=args.small)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file() and not p.is_symlink()
               and not p.is_fifo())
    print(f"{len(manifest['kinds'])} kinds, {size / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
