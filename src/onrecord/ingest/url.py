"""URLs -> Articles: a polite fetch (user agent, timeout, size cap, a pause per host).

Only http and https. HTML goes through the HTML reader, plain text through the text reader;
anything else, or any network error, raises InputError for the caller to count.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article
from .html import article_from_html, looks_like_html
from .text import article_from_bytes

USER_AGENT = "onrecord/0.1 (+https://github.com/onrecord)"
TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024
MIN_INTERVAL_S = 1.0  # between two requests to the same host


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


@dataclass
class PoliteFetcher:
    """Fetches pages one at a time, never faster than one request per host per interval."""

    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    min_interval_s: float = MIN_INTERVAL_S
    user_agent: str = USER_AGENT
    _last_request: dict[str, float] = field(default_factory=dict)

    def fetch(self, url: str) -> tuple[bytes, str, str]:
        """(body, content type, final URL); InputError on any failure."""
        if not is_url(url):
            raise InputError(f"{url}: only http and https URLs can be fetched")
        self._wait_for(urlsplit(url).netloc.lower())
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                body = response.read(self.max_bytes + 1)
                content_type = response.headers.get("Content-Type", "")
                final_url = response.geturl()
        except urllib.error.HTTPError as error:
            raise InputError(f"{url}: HTTP {error.code} {error.reason}") from error
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise InputError(f"{url}: fetch failed ({reason})") from error
        if len(body) > self.max_bytes:
            raise InputError(f"{url}: response larger than {self.max_bytes} bytes")
        return body, content_type, final_url

    def _wait_for(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            pause = self.min_interval_s - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def article(self, url: str) -> Article:
        body, content_type, final_url = self.fetch(url)
        media_type = content_type.split(";")[0].strip().lower()
        if media_type in ("text/html", "application/xhtml+xml") or (
            not media_type and looks_like_html(body)
        ):
            article = article_from_html(body, url=final_url)
        elif media_type.startswith("text/"):
            article = article_from_bytes(body, path=final_url)
            article = _with_url(article, final_url)
        else:
            raise InputError(f"{url}: not a text or HTML page ({media_type or 'no content type'})")
        return article


def _with_url(article: Article, url: str) -> Article:
    import dataclasses

    return dataclasses.replace(article, url=url)
