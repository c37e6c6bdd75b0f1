"""What a reader's browser spends on a timeline page, next to the same page cut to 120 KiB.

Used by `benchmarks.pages --browser LOADS`. Debian's chromium (/usr/bin/chromium, never a
downloaded one) loads each page from bytes the script hands it, gzipped as the server sends
them, with the site's stylesheet; no network is involved, so what is timed is the browser's
own work up to the load event: decompressing, parsing, fetching the stylesheet. Each variant is loaded
LOADS times, the two alternating, in a fresh tab each time.

The cut variant is the page with every claim's quote and source line taken out (and the
events' source lines), which is what a 120 KiB page of 100 events and 360 claims would have to
drop: the comparison says what meeting the size target would buy the reader in time.
"""

import gzip
import re
import statistics
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ORIGIN = "http://chronicle.bench"
STATIC = Path(__file__).resolve().parent.parent / "static"
QUOTE = re.compile(r'<figure class="quote">.*?</figure>', re.S)
SOURCE_LINE = re.compile(r'<p class="meta source-line">.*?</p>', re.S)
# From the navigation entry, in milliseconds: parsing is what the document's size drives.
TIMINGS = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return {
        parsed: nav.domInteractive - nav.responseEnd,
        content_loaded: nav.domContentLoadedEventEnd - nav.startTime,
        loaded: nav.loadEventEnd - nav.startTime,
    };
}"""
COLUMNS = {
    "parsed": "parsed, after the last byte",
    "content_loaded": "DOMContentLoaded",
    "loaded": "load",
}


def without_quotes(html: str) -> str:
    """The page as a 120 KiB design would have it: claims without their words and sources."""
    return SOURCE_LINE.sub("", QUOTE.sub("", html))


def compare(pages: dict[str, str], loads: int) -> None:
    """Print the median timings of loading each page in `pages` (name: HTML) in chromium."""
    from playwright.sync_api import sync_playwright

    bodies = {name: gzip.compress(html.encode(), 6) for name, html in pages.items()}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            samples = _load_alternately(browser, bodies, loads)
        finally:
            browser.close()
    print()
    print(f"In chromium ({loads} loads of each, alternating, medians):")
    print()
    print("| page | HTML | sent | " + " | ".join(COLUMNS.values()) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in COLUMNS) + " |")
    for name, html in pages.items():
        runs = samples[name]
        print(
            f"| {name} | {len(html.encode()) / 1024:,.0f} KiB | {len(bodies[name]) / 1024:,.0f} KiB "
            + "".join(f"| {statistics.median(run[key] for run in runs):.1f} ms " for key in COLUMNS)
            + "|"
        )


def _load_alternately(browser, bodies, loads):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", lambda route: _serve(route, bodies))
    samples = {name: [] for name in bodies}
    try:
        # One load of each first: the stylesheet and the browser's own code paths warm up.
        for round_ in range(loads + 1):
            for name in bodies:
                page = context.new_page()
                page.goto(f"{ORIGIN}/{name}", wait_until="load")
                if round_:
                    samples[name].append(page.evaluate(TIMINGS))
                page.close()
    finally:
        context.close()
    return samples


def _serve(route, bodies):
    path = route.request.url.removeprefix(ORIGIN).lstrip("/")
    if path in bodies:
        headers = {"content-type": "text/html; charset=utf-8", "content-encoding": "gzip"}
        return route.fulfill(status=200, headers=headers, body=bodies[path])
    static = STATIC / path.removeprefix("static/")
    if path.startswith("static/") and static.is_file():
        kind = "text/css" if path.endswith(".css") else "image/svg+xml"
        return route.fulfill(status=200, content_type=kind, body=static.read_bytes())
    return route.fulfill(status=404, body=b"")
