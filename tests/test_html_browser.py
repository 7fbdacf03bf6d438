"""The HTML report in a real browser: headless Chromium (Debian's) driven by selenium.

It loads offline, the inline chart renders a bar and a name per tenure, footnote links land on
their evidence, nothing is logged as an error (a fetch the page's policy forbids would be), and
it fits the window without scrolling sideways, on screen and in print.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from roles.cli import cli
from roles.pipeline import scan
from roles.report import Report, build_report

from .conftest import SEEDS

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason=f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER}): "
    "apt-get install chromium chromium-driver",
)


@pytest.fixture(scope="module")
def report(lex) -> Report:
    return build_report(scan([SEEDS], lex), lex, "bundled seed issues")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The page as a user makes it: `roles report -o 衢江区.html` on the bundled seeds."""
    path = tmp_path_factory.mktemp("html") / "衢江区.html"
    result = CliRunner().invoke(cli, ["report", "--no-cache", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def loaded(driver, page: Path):
    driver.get(page.as_uri())
    return driver


def test_page_loads(loaded, report) -> None:
    from selenium.webdriver.common.by import By

    assert loaded.title == report.title
    assert loaded.execute_script("return document.readyState") == "complete"
    chains = [p.text for p in loaded.find_elements(By.CSS_SELECTOR, "p.chain")]
    assert "周向军 → 王慧杰 → 贵丽青" in chains


def test_inline_chart_renders_every_tenure(loaded, report) -> None:
    from selenium.webdriver.common.by import By

    # the home's single-holder posts, as the chart draws them: a bar (or more) per tenure
    rows = [t for post in report.posts if post.jurisdiction == "衢江区" for t in post.tenures]
    bars = loaded.find_elements(By.CSS_SELECTOR, "figure svg g.mark-rect path")
    assert len(bars) >= len(rows) > 0
    drawn = [b for b in bars if b.size["width"] > 0 and b.size["height"] > 0]
    assert len(drawn) >= len(rows)  # laid out, not only in the DOM
    texts = [t.text for t in loaded.find_elements(By.CSS_SELECTOR, "figure svg text")]
    for name in {r["person"] for r in rows}:  # 徐惠文（代→正）: a name with its acting mark
        assert any(text.startswith(name) for text in texts), name


def test_footnote_links_land_on_their_evidence(loaded) -> None:
    from selenium.webdriver.common.by import By

    missing = loaded.execute_script(
        "return [...document.querySelectorAll('a[href^=\"#\"]')]"
        ".map(a => a.getAttribute('href').slice(1))"
        ".filter(id => !document.getElementById(id));"
    )
    assert missing == []
    refs = loaded.find_elements(By.CSS_SELECTOR, "sup a[href^='#ev-']")
    assert refs
    last = refs[-1]  # far down the page: the jump must scroll
    target = last.get_attribute("href").rsplit("#", 1)[1]
    loaded.execute_script("arguments[0].scrollIntoView({block: 'center'})", last)
    last.click()
    assert loaded.execute_script("return location.hash") == f"#{target}"
    top, height = loaded.execute_script(
        "const e = document.getElementById(arguments[0]);"
        "return [e.getBoundingClientRect().top, window.innerHeight];",
        target,
    )
    assert 0 <= top < height  # the evidence is on screen
    back = loaded.find_element(By.CSS_SELECTOR, f"li#{target} a[href^='#ref-']")
    back.click()
    ref = back.get_attribute("href").rsplit("#", 1)[1]
    assert loaded.execute_script("return location.hash") == f"#{ref}"


def test_fits_the_window_on_screen_and_in_print(loaded) -> None:
    width = "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    scroll, client = loaded.execute_script(width)
    assert scroll <= client
    loaded.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    loaded.set_window_size(800, 1000)  # about an A4 page at 96 dpi
    try:
        scroll, client = loaded.execute_script(width)
        assert scroll <= client
    finally:
        loaded.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        loaded.set_window_size(1280, 1000)


def test_nothing_severe_in_the_console(loaded) -> None:
    severe = [e for e in loaded.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_screenshot(loaded, tmp_path) -> None:
    shot = tmp_path / "report.png"
    loaded.execute_script("window.scrollTo(0, 0)")
    assert loaded.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a page of text and a chart, not a blank window
