"""The browser layer: Playwright driving Debian's Chromium (launched by path, headless)
against the site served in-process on a free port, on the same test database.

Without Chromium the browser tests are skipped with a clear message, unless REQUIRE_BROWSER
is set (as CI sets it): then a missing browser is a failure."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.demo_site import ensure_demo

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # This machine has no network: background connections would only be refused.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _find_chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM_PATH"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def chromium_path():
    path = _find_chromium()
    if path is None:
        message = "No Chromium found (apt-get install chromium, or set CHROMIUM_PATH)."
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message + " REQUIRE_BROWSER is set, so this is a failure.")
        pytest.skip(message + " Browser tests skipped; set REQUIRE_BROWSER=1 to make it fail.")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are still plain synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_url(django_db_setup):
    """The whole site, served by a real HTTP server in a thread, on the test database (with
    the demo content django_db_setup loaded). Tests reach the database through `db_access`."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost:0")
    yield server.url
    server.stop()


@pytest.fixture
def db_access(django_db_blocker, site_url):
    """Lets a browser test read or change the database the server uses."""
    with django_db_blocker.unblock():
        ensure_demo()
        yield


@pytest.fixture
def page(browser, site_url, db_access, request):
    """A fresh browser tab that records every request it makes, so tests can prove that
    no page asks another host for anything."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requested_urls = []
    tab.on("request", lambda req: tab.requested_urls.append(req.url))
    yield tab
    if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
        out = Path("test-artifacts")
        out.mkdir(exist_ok=True)
        tab.screenshot(path=str(out / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def axe_violations(tab) -> list[dict]:
    """Run axe-core (the copy shipped in axe-playwright-python) on the page at WCAG 2.2 AA."""
    import axe_playwright_python

    script = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text()
    tab.evaluate(script)
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return result["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def assert_no_axe_violations(tab) -> None:
    violations = axe_violations(tab)
    assert not violations, f"axe-core on {tab.url}:\n{format_violations(violations)}"


def foreign_requests(tab, site_url: str) -> list[str]:
    """Requests that went anywhere but the site itself (data: URLs are not requests)."""
    own = urlsplit(site_url).netloc
    return [
        url
        for url in tab.requested_urls
        if not url.startswith("data:") and urlsplit(url).netloc != own
    ]
