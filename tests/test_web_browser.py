"""The web pages in a real headless Chromium: search, a speaker, a quote, an article's highlights.

Needs Debian's browser and driver (`apt-get install -y chromium chromium-driver`); skipped
with that reason when they are missing. The server is uvicorn on a free loopback port in a
thread, over a store filled by hand (the fixtures of test_web_api.py).

Run as a script to redraw docs/speaker_page.png from the examples/ articles (real extractor):
    python tests/test_web_browser.py --screenshot docs/speaker_page.png
"""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
APT_LINE = "apt-get install -y chromium chromium-driver"


def browser_missing() -> str | None:
    """Why the browser test cannot run here, or None when it can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists() or shutil.which(path) is None:
            return f"{path} not found; install it with `{APT_LINE}`"
    return None


pytestmark = pytest.mark.skipif(browser_missing() is not None, reason=str(browser_missing()))


@contextmanager
def serving(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Run `app` with uvicorn on a free loopback port in a thread; yield its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # the OS picks the port: no race with other tests
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def chromium(width: int = 1200, height: int = 900) -> Iterator:  # type: ignore[type-arg]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="onrecord-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                     f"--window-size={width},{height}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from test_web_api import fixture_results

    from onrecord.store import SqliteStore
    from onrecord.web import create_app

    db_path = tmp_path_factory.mktemp("browser") / "record.db"
    with SqliteStore(db_path) as store:
        store.add_results(fixture_results())
    with serving(create_app(db_path)) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def driver():
    with chromium() as opened:
        yield opened


def _wait_for(driver, css: str, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css))
    )


def test_search_then_speaker_then_quote_then_article(site, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(site + "/")
    assert "Ines Calloway" in _wait_for(driver, "#top-speakers").text
    box = driver.find_element(By.ID, "q")
    box.send_keys("ferry")
    Select(driver.find_element(By.ID, "kind")).select_by_value("direct")
    driver.find_element(By.ID, "search-button").click()
    assert "2 statements" in _wait_for(driver, "#result-count").text
    # Our script drops blank filters from the URL; kept ones stay.
    assert "q=ferry" in driver.current_url and "kind=direct" in driver.current_url
    assert "speaker=" not in driver.current_url and "since=" not in driver.current_url

    driver.find_element(By.CSS_SELECTOR, "#results a.speaker").click()
    assert _wait_for(driver, "#speaker-name").text == "Ines Calloway"
    days = [element.text for element in driver.find_elements(By.CSS_SELECTOR, "#timeline .day h2")]
    assert days == ["2024-03-01", "2024-03-05", "2024-04-09"]

    driver.find_element(By.CSS_SELECTOR, "#timeline a.quote").click()
    assert "ferry will run again" in _wait_for(driver, "#quote-text").text
    assert "2024-03-01" in driver.find_element(By.ID, "earliest").text
    carriers = driver.find_elements(By.CSS_SELECTOR, "#carriers li")
    assert len(carriers) == 2 and "repeated" in carriers[1].text

    driver.find_element(By.CSS_SELECTOR, "#earliest a.article").click()
    _wait_for(driver, "#article-text")
    marks = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.statement")
    assert [mark.get_attribute("title") for mark in marks] == ["Ines Calloway", "Ravi Okonkwo"]
    colours = [mark.value_of_css_property("background-color") for mark in marks]
    assert len(set(colours)) == 2 and "rgba(0, 0, 0, 0)" not in colours


def test_article_shows_script_as_text_and_marks_open_quotes(site, driver):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    driver.get(site + "/?q=pwned")
    _wait_for(driver, "#results a.article").click()
    text = _wait_for(driver, "#article-text").text
    assert "<script>alert('pwned')</script> is not a review." in text
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - the script never ran
    marks = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.statement")
    assert marks[0].get_attribute("title") == "Nell Bright"
    marks[0].click()  # app.js: a highlight opens its quote page
    assert "is not a review" in _wait_for(driver, "#quote-text").text
    assert "/statements/" in driver.current_url


def test_bad_filter_shows_a_message(site, driver):
    driver.get(site + "/?since=31-12-2024")
    assert "since must be a date" in _wait_for(driver, "p.error.message").text


# -- the documentation screenshot ---------------------------------------------------------
def draw_speaker_screenshot(out: Path, examples: Path) -> str:
    """Ingest examples/ with the real extractor, open the most quoted speaker, save a PNG."""
    from onrecord.extract import extract_article
    from onrecord.ingest.sources import iter_sources
    from onrecord.store import SqliteStore
    from onrecord.store.ingest import ingest
    from onrecord.web import create_app

    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "examples.db"
        with SqliteStore(db_path) as store:
            ingest(store, iter_sources([str(examples)]), extractor=extract_article)
            top = store.speakers(1)[0]
        with serving(create_app(db_path)) as base_url, chromium(1100, 1000) as browser:
            browser.get(f"{base_url}/speakers/{top.id}")
            _wait_for(browser, "#timeline")
            height = browser.execute_script("return document.body.scrollHeight")
            browser.set_window_size(1100, min(max(height + 40, 600), 2400))
            out.parent.mkdir(parents=True, exist_ok=True)
            browser.save_screenshot(str(out))
    return top.name


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenshot", type=Path, default=Path("docs/speaker_page.png"))
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    arguments = parser.parse_args()
    reason = browser_missing()
    if reason:
        sys.exit(f"cannot draw the screenshot: {reason}")
    name = draw_speaker_screenshot(arguments.screenshot, arguments.examples)
    print(f"wrote {arguments.screenshot} (speaker page of {name})")
