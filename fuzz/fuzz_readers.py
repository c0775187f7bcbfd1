"""Coverage-guided fuzzing (atheris) of onrecord's input readers: bytes, JSONL lines, HTML, WARC.

    pip install atheris
    python fuzz/fuzz_readers.py -max_total_time=60          # libFuzzer flags pass through
    python fuzz/fuzz_readers.py -runs=2000 fuzz/corpus       # optional seed/corpus folder

The first input byte picks the reader; the rest is the document. The property: a reader never
raises on any input (bad input is a Problem, a ReadFailure or a Skipped), offsets of what it
returns are consistent, and the article id is the hash of the text. Any exception is a crash
that libFuzzer reports with the input that caused it.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from onrecord.ingest.files import ReadFailure
    from onrecord.ingest.html import article_from_html
    from onrecord.ingest.items import Skipped
    from onrecord.ingest.jsonl import article_from_json_line
    from onrecord.ingest.text import article_from_bytes, decode_bytes
    from onrecord.ingest.warc import read_warc
    from onrecord.model import Article, article_id_for

logging.disable(logging.CRITICAL)  # trafilatura and warcio log on bad input; that is expected
_SCRATCH = tempfile.mkdtemp(prefix="onrecord-fuzz-")


def _check_article(article: Article) -> None:
    assert isinstance(article.text, str)
    assert article.id == article_id_for(article.text)
    assert 0 <= article.body_start <= len(article.text)


def _bytes_reader(data: bytes) -> None:
    text, problems = decode_bytes(data)
    assert "\x00" not in text
    assert all(problem.code and problem.message for problem in problems)
    _check_article(article_from_bytes(data, path="fuzz.txt"))


def _jsonl_reader(data: bytes) -> None:
    for line in data.split(b"\n")[:20]:
        item = article_from_json_line(line, where="fuzz.jsonl:1", path="fuzz.jsonl")
        if isinstance(item, Article):
            _check_article(item)
        else:
            assert isinstance(item, ReadFailure) and item.message


def _html_reader(data: bytes) -> None:
    _check_article(article_from_html(data, path="fuzz.html"))


def _warc_reader(data: bytes) -> None:
    path = os.path.join(_SCRATCH, "fuzz.warc")
    with open(path, "wb") as handle:
        handle.write(b"WARC/1.0\r\n" + data if data[:1] != b"\x1f" else data)
    for item in read_warc(path):
        if isinstance(item, Article):
            _check_article(item)
        else:
            assert isinstance(item, (ReadFailure, Skipped))


READERS = (_bytes_reader, _jsonl_reader, _html_reader, _warc_reader)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    READERS[data[0] % len(READERS)](data[1:])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
