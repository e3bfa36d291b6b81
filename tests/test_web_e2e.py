"""End-to-end tests of ``kommunlint serve`` in a real browser.

Playwright for Python drives Debian's headless Chromium (``/usr/bin/chromium``;
Playwright's own browser downloads are not possible here) against a server started
with ``python -m kommunlint serve --no-browser --port 0`` on 127.0.0.1. Skipped,
with the reason, when playwright or /usr/bin/chromium is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KOMMUNLINT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ROOT = Path(__file__).resolve().parent.parent

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed (pip install '.[test]')"),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]

DRAFT_SV = (
    "Hej Lisa! Din ansökan om försörjningsstöd behandlas. Ring handläggaren på 070-123 45 67.\n"
    "Ärendet är sekretessbelagt.\n\n"
    "Hälsningar Per Holm, fritidsledare\n"
)
DRAFT_FI = (
    "Hei Matti, henkilötunnuksesi 131052-308T oli viestissä näkyvissä.\n"
    "Voit soittaa käsittelijälle numeroon 040 123 4567.\n\n"
    "Terveisin Nina Lindholm, tiedottaja\n"
)


@pytest.fixture(scope="module")
def server_url():
    proc = subprocess.Popen(
        [sys.executable, "-m", "kommunlint", "serve", "--no-browser", "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, line + proc.stdout.read()
        yield match.group(0)
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=30)
        # nothing the tests typed may show up in the server's output
        assert "131052" not in output and "sekretessbelagt" not in output, output


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def open_page(browser, server_url):
    """``open_page(locale)``: a fresh page in a browser context with that locale; fails
    the test on any Content-Security-Policy violation or script error."""
    contexts, problems = [], []

    def opener(locale: str = "sv-SE"):
        context = browser.new_context(locale=locale, viewport={"width": 1100, "height": 900})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url.rstrip("/"))
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(server_url)
        return page

    yield opener
    for context in contexts:
        context.close()
    assert problems == []


def active_id(page) -> str:
    return page.evaluate("() => document.activeElement.id || document.activeElement.getAttribute('data-lang') || document.activeElement.tagName")


def test_swedish_paste_findings_clause_and_publishable_copy(open_page, server_url):
    page = open_page("sv-SE")
    assert page.get_attribute("html", "lang") == "sv"
    page.select_option("#profile", "vimmerby")
    page.select_option("#kind", "reply")
    page.fill("#draft", DRAFT_SV)
    page.click("#check")
    page.wait_for_selector("#findings li")
    assert page.text_content("#summary") == "3 fel, 1 varningar, 0 info."  # the greeted resident is an error (issue 11)
    items = page.locator("#findings > li")
    texts = [items.nth(i).inner_text() for i in range(items.count())]
    marker = next(t for t in texts if "confidential/marker" in t)
    assert "Fel" in marker and "rad 2, kolumn 12" in marker
    assert 'Markeringen "sekretessbelagt" tyder på sekretessbelagda eller interna uppgifter.' in marker
    assert "Förslag:" in marker
    assert "Riktlinjen: Vimmerby kommun" in marker
    # the underline sits on the matched words, with icon and number by severity
    marks = page.locator("#marked mark.sev-error")
    assert "sekretessbelagt" in [marks.nth(i).inner_text() for i in range(marks.count())]
    phone = page.locator("#marked mark", has_text="070-123 45 67")
    assert phone.count() == 1
    refs = page.locator("#marked a.ref")
    assert refs.count() == items.count()
    assert all(re.fullmatch(r"[\u2716\u26A0\u2139]\d+", refs.nth(i).inner_text()) for i in range(refs.count()))
    assert refs.first.get_attribute("aria-label").startswith("Anmärkning 1: ")
    # publishable copy: personal data replaced, then copied to the clipboard
    page.click("#publish")
    page.wait_for_selector("#publishable-box:not([hidden])")
    copy = page.input_value("#publishable")
    assert "[telefonnummer]" in copy and "070-123" not in copy
    assert copy.endswith("Hälsningar Per Holm, fritidsledare\n")
    page.click("#copy")
    page.wait_for_function("() => document.getElementById('copy-status').textContent !== ''")
    assert page.text_content("#copy-status") == "Kopierat till urklipp."
    assert page.evaluate("() => navigator.clipboard.readText()") == copy


def test_finnish_from_browser_language(open_page):
    page = open_page("fi-FI")
    assert page.get_attribute("html", "lang") == "fi"
    assert page.text_content("#check") == "Tarkista"
    page.select_option("#profile", "hango")
    page.select_option("#kind", "reply")
    page.fill("#draft", DRAFT_FI)
    page.click("#check")
    page.wait_for_selector("#findings li")
    summary = page.text_content("#summary")
    assert re.fullmatch(r"\d+ virhettä, \d+ varoitusta, \d+ tietoa\.", summary)
    first = page.locator("#findings > li").first.inner_text()
    national = next(t for t in page.locator("#findings > li").all_inner_texts() if "personal-data/national-id" in t)
    assert "Virhe" in national and "rivi 1, sarake 30" in national
    assert "[henkilötunnus]" in national and "131052" not in national
    assert "Ohje: Hangö stad, punkt" in national
    assert first  # the list is not empty
    page.click("#publish")
    page.wait_for_selector("#publishable-box:not([hidden])")
    copy = page.input_value("#publishable")
    assert "[henkilötunnus]" in copy and "[puhelinnumero]" in copy and "131052" not in copy


def test_language_switch_keeps_the_draft_and_rechecks(open_page):
    page = open_page("sv-SE")
    page.fill("#draft", "Ärendet är sekretessbelagt.\n")
    page.click("#check")
    page.wait_for_selector("#findings li")
    page.click("a[data-lang=fi]")
    page.wait_for_function("() => document.getElementById('summary').textContent.includes('virhettä')")
    assert page.get_attribute("html", "lang") == "fi"
    assert page.input_value("#draft") == "Ärendet är sekretessbelagt.\n"
    assert page.text_content("#check") == "Tarkista"
    assert page.get_attribute("a[data-lang=fi]", "aria-current") == "true"
    assert "Merkintä" in page.locator("#findings > li").first.inner_text()


def test_keyboard_only(open_page):
    page = open_page("sv-SE")
    order = []
    for _ in range(11):
        page.keyboard.press("Tab")
        order.append(active_id(page))
    assert order == ["A", "sv", "fi", "en", "profile", "account", "kind", "platform", "file", "draft", "check"]
    # choose a municipality and write the draft with the keyboard alone
    page.focus("#profile")
    page.keyboard.press("ArrowDown")  # first municipality: Hangö stad
    assert page.input_value("#profile") == "hango"
    for _ in range(5):
        page.keyboard.press("Tab")
    assert active_id(page) == "draft"
    page.keyboard.insert_text("Asia on salassa pidettävä.\n")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("#findings li")
    assert active_id(page) == "results-heading"  # focus moves to the results
    # from the underline to its finding and back
    page.keyboard.press("Tab")
    assert active_id(page) == "ref-1"
    page.keyboard.press("Enter")
    assert active_id(page) == "finding-1"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert active_id(page) == "ref-1"
    for _ in range(10):
        if active_id(page) == "publish":
            break
        page.keyboard.press("Tab")
    assert active_id(page) == "publish"
    page.keyboard.press("Enter")
    page.wait_for_selector("#publishable-box:not([hidden])")
    assert active_id(page) == "publishable-heading"
    page.keyboard.press("Tab")
    assert active_id(page) == "publishable"
    page.keyboard.press("Tab")
    assert active_id(page) == "copy"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('copy-status').textContent !== ''")
    assert page.text_content("#copy-status") == "Kopierat till urklipp."


def test_underline_lands_on_the_word_after_emoji_and_crlf(open_page):
    # offsets are code points (Python), JavaScript strings are UTF-16: emoji must not shift marks
    page = open_page("sv-SE")
    page.fill("#draft", "🎉🎉 Fest!\r\n👍 Ärendet är sekretessbelagt.\r\n")
    page.click("#check")
    page.wait_for_selector("#marked mark")
    marks = page.locator("#marked mark").all_inner_texts()
    # every underline covers exactly a finding's text: a shift would cut "sekretessbelagt"
    # or spill into its neighbours (emoji may be findings of their own)
    assert "sekretessbelagt" in marks
    assert set(marks) <= {"sekretessbelagt", "🎉", "🎉🎉", "👍"}, marks


def test_empty_draft_says_what_to_do(open_page):
    page = open_page("en-GB")
    page.click("#check")
    assert page.text_content("#error") == "Write or paste a draft first."
    assert active_id(page) == "draft"


def test_open_a_word_draft(open_page, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in ("Hei!", "Asia on salassa pidettävä.", "", "Terveisin Nina Lindholm"):
        document.add_paragraph(text)
    path = tmp_path / "luonnos.docx"
    document.save(str(path))
    page = open_page("fi-FI")
    page.select_option("#profile", "karleby")
    page.set_input_files("#file", str(path))
    page.wait_for_selector("#findings li")  # opening a file checks it
    assert page.input_value("#draft") == "Hei!\nAsia on salassa pidettävä.\n\nTerveisin Nina Lindholm\n"
    assert page.text_content("#file-name") == "luonnos.docx"
    marker = next(t for t in page.locator("#findings > li").all_inner_texts() if "confidential/marker" in t)
    assert "rivi 2, sarake 9" in marker  # "Asia on " is 8 characters
