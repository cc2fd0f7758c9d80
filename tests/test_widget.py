"""The chat widget in real headless Chromium against the real Rasa and action servers.

A test site serves the widget exactly as a portal would embed it (two lines), plus two endpoints
on the page's own origin: a proxy to the real Rasa server that can be switched off ("server
down"), and a fake assistant that replies with hostile markup (XSS checks).
"""

import gzip
import json
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from playwright.sync_api import expect, sync_playwright

from project_paths import ROOT

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

WIDGET = ROOT / "web" / "icp-assistant.js"
REPORTS = ROOT / "reports"
CHROMIUM = "/usr/bin/chromium"
HOSTILE = [
    "<script>window.pwned = 1</script>",
    '<img src=x onerror="window.pwned = 1">',
    "[click me](javascript:window.pwned=1)",
]

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test portal</title></head>
<body><h1>Test portal</h1><a href="#">A portal link</a>
<script src="/icp-assistant.js" defer></script>
<icp-assistant server-url="{server}" greeting="{greeting}"></icp-assistant>
</body></html>"""


class Site(ThreadingHTTPServer):
    daemon_threads = True
    rasa_url = ""
    down = False


class SiteHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/proxy/webhooks/rest/webhook":
            if self.server.down:
                self.send_error(503)
                return
            reply = requests.post(
                self.server.rasa_url + "/webhooks/rest/webhook",
                data=body,
                headers={"Content-Type": "application/json"},
                timeout=60,
            )
            self._json(reply.status_code, reply.content)
        elif self.path == "/hostile/webhooks/rest/webhook":
            sender = json.loads(body)["sender"]
            self._json(
                200,
                json.dumps(
                    [{"recipient_id": sender, "text": t} for t in HOSTILE]
                    + [
                        {
                            "recipient_id": sender,
                            "text": "pick one",
                            "buttons": [{"title": HOSTILE[1], "payload": "/greet"}],
                        }
                    ]
                ).encode(),
            )
        else:
            self.send_error(404)

    def _json(self, status, content):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)


@pytest.fixture(scope="module")
def site(tmp_path_factory, assistant, site_origin, site_socket):
    root = tmp_path_factory.mktemp("site")
    shutil.copy(WIDGET, root / "icp-assistant.js")
    for name, server, greeting in (
        ("index.html", assistant, "/greet"),
        ("flaky.html", site_origin + "/proxy", ""),
        ("hostile.html", site_origin + "/hostile", ""),
    ):
        (root / name).write_text(PAGE.format(server=server, greeting=greeting))
    server = Site(
        site_socket.getsockname(),
        lambda *a: SiteHandler(*a, directory=str(root)),
        bind_and_activate=False,
    )
    server.socket.close()
    server.socket = site_socket  # the socket reserved before the servers started
    server.server_activate()
    server.rasa_url = assistant
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), (
        "Chromium is missing: `apt-get install chromium` (make test does it)"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(60000)
    yield context
    context.close()


def open_widget(page, site_origin, name="index.html"):
    page.goto(f"{site_origin}/{name}")
    page.get_by_role("button", name="Open the ICP Filing assistant").click()
    expect(page.get_by_role("dialog")).to_be_visible()


def bot_text(page):
    return page.locator(".log").inner_text()


def say(page, text):
    page.get_by_label("Your message").fill(text)
    page.get_by_label("Your message").press("Enter")


def test_a_faq_by_free_text_button_and_typed_reply(context, site, site_origin):
    page = context.new_page()
    open_widget(page, site_origin)
    expect(page.locator(".log")).to_contain_text("I answer questions about China's ICP Filing")
    say(page, "Do we need an ICP Filing for our website?")
    expect(page.get_by_role("button", name="In mainland China")).to_be_visible()
    page.get_by_role("button", name="In mainland China").click()
    expect(page.locator(".msg.user").last).to_have_text("You: In mainland China")
    expect(page.locator(".log")).to_contain_text("Can visitors reach your website by a domain name")
    say(page, "only by IP")
    expect(page.locator(".log")).to_contain_text(
        "you cannot apply for it through the Alibaba Cloud ICP Filing system"
    )
    expect(page.locator(".log")).to_contain_text("Did this answer your question?")
    expect(page.get_by_role("button", name="Yes", exact=True)).to_be_enabled()
    REPORTS.mkdir(exist_ok=True)
    page.screenshot(path=str(REPORTS / "widget-desktop.png"))
    page.get_by_role("button", name="No", exact=True).click()
    expect(page.get_by_role("button", name="Talk to a person")).to_be_enabled()
    expect(page.get_by_role("button", name="Yes", exact=True)).to_be_disabled()  # answered


def test_the_conversation_survives_a_reload_and_a_second_tab(context, site, site_origin):
    page = context.new_page()
    open_widget(page, site_origin)
    say(page, "Do I need an ICP Filing?")
    page.get_by_role("button", name="Elsewhere outside mainland China").click()
    expect(page.locator(".log")).to_contain_text("does it cover mainland China?")

    page.reload()
    page.get_by_role("button", name="Open the ICP Filing assistant").click()
    expect(page.locator(".log")).to_contain_text("does it cover mainland China?")
    page.get_by_role("button", name="No CDN").click()  # the server still holds the facts
    expect(page.locator(".log")).to_contain_text("No, you do not need an ICP Filing")

    second = context.new_page()
    open_widget(second, site_origin)
    expect(second.locator(".log")).to_contain_text("No, you do not need an ICP Filing")


def test_everything_works_by_keyboard(context, site, site_origin):
    page = context.new_page()
    page.goto(f"{site_origin}/index.html")
    launcher = page.get_by_role("button", name="Open the ICP Filing assistant")
    for _ in range(10):  # Tab from the top of the portal page to the launcher
        page.keyboard.press("Tab")
        if launcher.evaluate("b => b.getRootNode().activeElement === b"):
            break
    page.keyboard.press("Enter")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_label("Your message")).to_be_focused()
    page.keyboard.type("which province do we file the ICP in?")
    page.keyboard.press("Enter")
    shanghai = page.get_by_role("button", name="Shanghai", exact=True)
    expect(shanghai).to_be_visible()
    for _ in range(12):  # Shift+Tab back from the input to the quick reply
        page.keyboard.press("Shift+Tab")
        if shanghai.evaluate("b => b.getRootNode().activeElement === b"):
            break
    expect(shanghai).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".log")).to_contain_text("Apply for your ICP Filing in Shanghai")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    assert launcher.evaluate("b => b.getRootNode().activeElement === b"), (
        "focus returns to the launcher"
    )


def test_roles_and_labels(context, site, site_origin):
    page = context.new_page()
    open_widget(page, site_origin)
    dialog = page.get_by_role("dialog", name="ICP Filing assistant")
    expect(dialog).to_be_visible()
    log = page.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("button", name="Close the assistant")).to_be_visible()
    expect(page.get_by_role("textbox", name="Your message")).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    expect(page.get_by_role("button", name="Start over")).to_be_visible()


def test_hostile_markup_is_shown_as_text_and_never_runs(context, site, site_origin):
    page = context.new_page()
    open_widget(page, site_origin, "hostile.html")
    for text in HOSTILE:
        say(page, text)
    expect(page.get_by_role("button", name=HOSTILE[1]).last).to_be_enabled()
    for text in HOSTILE[:2]:
        expect(page.locator(".msg.bot").filter(has_text=text).first).to_be_visible()
        expect(page.locator(".msg.user").filter(has_text=text).first).to_be_visible()
    assert page.evaluate("window.pwned") is None
    assert page.locator("icp-assistant script, icp-assistant img").count() == 0
    shadow = "document.querySelector('icp-assistant').shadowRoot"
    assert (
        page.evaluate(f"{shadow}.querySelectorAll('script, img, a[href^=javascript]').length") == 0
    )
    expect(page.locator(".msg.bot").filter(has_text="[click me](javascript:").first).to_be_visible()


def test_server_down_shows_an_error_and_the_conversation_recovers(context, site, site_origin):
    page = context.new_page()
    open_widget(page, site_origin, "flaky.html")
    site.down = True
    try:
        say(page, "which province should we apply in?")
        expect(page.get_by_role("alert")).to_contain_text("Connection lost")
        expect(page.locator(".msg.user").last).to_contain_text("which province")
    finally:
        site.down = False
    page.get_by_role("button", name="Retry now").click()
    expect(page.locator(".log")).to_contain_text(
        "In which province was your Chinese business license"
    )
    expect(page.get_by_role("alert")).to_be_hidden()
    say(page, "Zhejiang")
    expect(page.locator(".log")).to_contain_text("Apply for your ICP Filing in Zhejiang")


def test_full_screen_on_a_phone(browser, site, site_origin):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        open_widget(page, site_origin)
        box = page.get_by_role("dialog").bounding_box()
        assert box["width"] == 390 and box["height"] == 844
        say(page, "What if we have no ICP Filing?")
        expect(page.get_by_role("button", name="In mainland China")).to_be_visible()
        REPORTS.mkdir(exist_ok=True)
        page.screenshot(path=str(REPORTS / "widget-mobile.png"))
    finally:
        context.close()


def test_js_api_events_and_start_over(context, site, site_origin):
    page = context.new_page()
    page.goto(f"{site_origin}/index.html")
    page.evaluate("""() => {
        window.seen = [];
        const el = document.querySelector('icp-assistant');
        for (const name of ['icp-open', 'icp-close', 'icp-message'])
            document.addEventListener(name, e => window.seen.push([name, e.detail.from || null]));
        el.open();
        el.send('hello');
    }""")
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(page.locator(".msg.bot")).to_have_count(2)  # the greeting, then the reply to "hello"
    page.evaluate("document.querySelector('icp-assistant').close()")
    expect(page.get_by_role("dialog")).to_be_hidden()
    seen = page.evaluate("window.seen")
    assert seen[0] == ["icp-open", None] and seen[-1] == ["icp-close", None]
    assert ["icp-message", "user"] in seen and ["icp-message", "bot"] in seen

    sender = page.evaluate("JSON.parse(Object.entries(localStorage)[0][1]).sender")
    page.evaluate("document.querySelector('icp-assistant').open()")
    page.get_by_role("button", name="Start over").click()
    expect(page.locator(".msg.user")).to_have_count(0)
    expect(page.locator(".msg.bot")).to_have_count(1)  # greeted again, in a new conversation
    assert page.evaluate("JSON.parse(Object.entries(localStorage)[0][1]).sender") != sender


def test_the_rasa_server_accepts_only_allowlisted_origins(assistant, site_origin):
    def preflight(origin):
        return requests.options(
            assistant + "/webhooks/rest/webhook",
            timeout=10,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )

    assert preflight(site_origin).headers.get("Access-Control-Allow-Origin") == site_origin
    assert "Access-Control-Allow-Origin" not in preflight("https://evil.example").headers


def test_the_widget_is_small():
    assert len(gzip.compress(WIDGET.read_bytes())) <= 40 * 1024
