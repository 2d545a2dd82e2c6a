"""The reading room in real headless Chromium (Debian's package), driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from kzreview.api.app import create_app
from kzreview.library import Library
from kzreview.library.importer import import_path
from tests.conftest import ROOT, SHARED_LAW

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    lib = Library.open()
    if SHARED_LAW.is_dir():
        assert lib.store is not None
        import_path(SHARED_LAW, lib.store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(lib), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        yield pg
        browser.close()


def _shot(page: object, name: str) -> None:
    folder = Path(os.environ.get("KZREVIEW_SCREENSHOTS", ROOT / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=False)  # type: ignore[attr-defined]


def test_read_follow_and_search(page: object, base_url: str) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(base_url + "/")
    page.get_by_role("link", name="Читать (ru)").first.click()
    expect(page.locator("#p-9")).to_contain_text("письмом судьи кассационного суда")
    _shot(page, "doc-P250000001S.png")
    link = page.locator('#p-1 a.cite[title="УПК 486.1"]').first
    expect(link).to_be_visible()
    href = link.get_attribute("href") or ""
    assert href.startswith("/code/") if SHARED_LAW.is_dir() else href.startswith("https://adilet.zan.kz/")
    constitution = page.locator('#p-1 a.cite[title^="Конституция"]').first
    assert (constitution.get_attribute("href") or "").startswith("https://adilet.zan.kz/")
    if SHARED_LAW.is_dir():
        page.locator('#p-9 a.cite[href^="/code/"]').first.click()
        expect(page.locator("h1")).to_contain_text("489")
        _shot(page, "code-489.png")
    page.goto(base_url + "/doc/P03000013S_?lang=kk")
    expect(page.locator("#p-1 .note").first).to_contain_text("Ескерту")
    page.fill('input[name="q"]', "жалобой")
    page.press('input[name="q"]', "Enter")
    expect(page.locator(".hit").first).to_be_visible()
    _shot(page, "search.png")
