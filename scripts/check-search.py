#!/usr/bin/env python3
"""Checks the site's search in headless Chromium, from disk (file://) and
over `regiodash serve`, and measures it. Uses the headless Chromium that
../shared/tools/sitecheck/install.sh installs.

    python3 scripts/check-search.py site [--serve REGIODASH --content content]
    python3 scripts/check-search.py site --measure --markdown BYTES [QUERY ...]

The checks (on the demo, in Dutch): a word in exactly one narrative finds
exactly that narrative; another form of the word (its stem) finds it too;
a word without its accents finds the word with them; a filter narrows the
results to one municipality; a phrase in quotes finds only the words in
that order; a query without a match says so; without JavaScript the form
stays hidden and the topics stand in its place; with the keyboard alone,
Tab reaches the box, a word and Enter search, the live region (role=status)
says what was found, and Tab goes on to the result.

--measure prints, for a site (the national sample in scripts/bench.sh):
the index's size beside the Markdown's, and over the queries (each on a
freshly opened page) the largest and the median number of bytes of index
loaded, and the median time from the query to its results.
"""
import argparse
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "shared/tools/sitecheck"))
import sitecheck  # noqa: E402

SEARCH = "zoeken/index.html"


def ask(driver, base, query, **filters):
    """Opens the search page with the query in its address; waits for the results."""
    params = "q=" + quote(query) + "".join(f"&{name}={quote(str(value))}" for name, value in filters.items())
    driver.get(f"{base}{SEARCH}?{params}")
    for _ in range(200):
        done = driver.execute_script("return window.regiodashSearch && window.regiodashSearch.time !== undefined")
        if done:
            break
        time.sleep(0.05)
    else:
        status = driver.execute_script("return document.getElementById('search-status').textContent")
        raise AssertionError(f"no results for {query!r} after 10 s: {status!r}")
    return driver.execute_script("""
        const search = window.regiodashSearch;
        return {
          status: document.getElementById('search-status').textContent,
          results: [...document.querySelectorAll('#search-results li')].map(li => ({
            title: li.querySelector('h2').textContent,
            href: li.querySelector('a').getAttribute('href'),
            meta: (li.querySelector('.result-meta') || {}).textContent || '',
            marked: [...li.querySelectorAll('mark')].map(m => m.textContent),
          })),
          time: search.time, files: search.files,
        };
    """)


def check(driver, base, where):
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(f"{where}: {message}")

    one = ask(driver, base, "trapvelden")
    expect([r["href"] for r in one["results"]] == ["../gemeenten/raalte/index.html#youth-nuisance-2023"],
           f"'trapvelden' is in one narrative, Raalte's on youth nuisance in 2023: got {one['results']}")
    expect(one["status"].startswith("1 resultaat voor ‘trapvelden’"), f"'trapvelden': {one['status']!r}")
    expect(one["results"] and one["results"][0]["marked"] == ["trapvelden"], f"'trapvelden' marked: {one['results']}")
    stem = ask(driver, base, "trapveld")
    expect([r["href"] for r in stem["results"]] == [r["href"] for r in one["results"]],
           f"'trapveld' (the stem of 'trapvelden') finds the same narrative: got {stem['results']}")
    accents = ask(driver, base, "coördinator")
    plain = ask(driver, base, "coordinator")
    expect(accents["results"] and accents["results"] == plain["results"],
           f"'coordinator' finds what 'coördinator' finds: {len(plain['results'])} and {len(accents['results'])}")
    wide = ask(driver, base, "buurtbemiddeling")
    narrow = ask(driver, base, "buurtbemiddeling", gemeente=6)
    expect(len(wide["results"]) >= 10 and "resultaten voor ‘buurtbemiddeling’" in wide["status"],
           f"'buurtbemiddeling' is in many narratives: {wide['status']!r}")
    expect(narrow["results"] and all(r["meta"].startswith("Raalte · ") for r in narrow["results"])
           and len(narrow["results"]) < len(wide["results"]) and narrow["status"].endswith("(Raalte)"),
           f"the filter on Raalte leaves Raalte's: {narrow['status']!r} {[r['meta'] for r in narrow['results']]}")
    phrase = ask(driver, base, '"ambulant jongerenwerk"')
    expect(len(phrase["results"]) == 1, f"the phrase 'ambulant jongerenwerk' is in one narrative: {phrase['status']!r}")
    reversed_phrase = ask(driver, base, '"jongerenwerk ambulant"')
    expect(not reversed_phrase["results"], f"the words in the other order are no match: {reversed_phrase['status']!r}")
    none = ask(driver, base, "xyzzyvuurwerk")
    expect(not none["results"] and none["status"].startswith("Niets gevonden voor ‘xyzzyvuurwerk’"), f"no match: {none['status']!r}")
    return failures


def keyboard(driver, base, where):
    """With the keyboard only: Tab from the top of the page reaches the search box, typing a word and Enter
    search, and the status (a live region, role="status", there before the search so screen readers
    announce its change) says what was found; the next Tabs reach the results' links."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    failures = []
    driver.get(f"{base}{SEARCH}")
    for _ in range(200):
        if driver.execute_script("return !document.getElementById('search-form').hidden"):
            break
        time.sleep(0.05)
    status = driver.execute_script("""
        const s = document.getElementById('search-status');
        return s && {role: s.getAttribute('role'), text: s.textContent};
    """)
    if not status or status["role"] != "status":
        failures.append(f"{where}: the search status must be a live region (role=status) from the start: {status}")
    tabs = 0
    while tabs < 40 and driver.execute_script("return document.activeElement.id") != "search-q":
        ActionChains(driver).send_keys(Keys.TAB).perform()
        tabs += 1
    if driver.execute_script("return document.activeElement.id") != "search-q":
        failures.append(f"{where}: 40 presses of Tab never reached the search box")
        return failures
    ActionChains(driver).send_keys("trapvelden", Keys.ENTER).perform()
    said = ""
    for _ in range(200):
        said = driver.execute_script("return document.getElementById('search-status').textContent")
        if said.startswith("1 resultaat"):
            break
        time.sleep(0.05)
    if not said.startswith("1 resultaat voor ‘trapvelden’"):
        failures.append(f"{where}: typing 'trapvelden' and Enter must say '1 resultaat voor ‘trapvelden’' in the live region: {said!r}")
    reached = ""
    for _ in range(12):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        reached = driver.execute_script(
            "const a = document.activeElement; return a.closest('#search-results') ? a.getAttribute('href') : ''")
        if reached:
            break
    if reached != "../gemeenten/raalte/index.html#youth-nuisance-2023":
        failures.append(f"{where}: Tab after the search must reach the result's link: {reached!r}")
    return failures


def without_script(site):
    """The page as it is before any script runs: the form hidden, the topics in its place."""
    page = (Path(site) / SEARCH).read_text(encoding="utf-8")
    failures = []
    form = page.split('<form id="search-form"', 1)[-1].split(">", 1)[0]
    if 'hidden=""' not in form:
        failures.append("without JavaScript the search form must be hidden")
    fallback = page.split('<div id="search-fallback">', 1)[-1].split("</div>", 1)[0]
    if "../onderwerpen/" not in fallback:
        failures.append("without JavaScript the topics must stand in the form's place")
    return failures


def serve(regiodash, content):
    """`regiodash serve` on a free port, once it answers."""
    output = Path(subprocess.check_output(["mktemp", "-d"], text=True).strip()) / "site"
    process = subprocess.Popen([regiodash, "serve", "--content", content, "--output", str(output), "--port", "8765", "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:8765/{SEARCH}", timeout=1)
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("regiodash serve did not answer on port 8765")


def measure(driver, site, markdown, queries):
    site = Path(site).resolve()
    index = sum(p.stat().st_size for p in (site / "zoeken").glob("*.js"))
    meta = (site / "zoeken/meta.js").stat().st_size
    loaded, times = [], []
    for query in queries:
        answer = ask(driver, site.as_uri() + "/", query)
        files = [Path(urllib.request.url2pathname(f.removeprefix("file://"))) for f in answer["files"]]
        loaded.append(meta + sum(f.stat().st_size for f in files))
        times.append(answer["time"])
    print(f"search index: {index / 1048576:.1f} MB, {100 * index / markdown:.0f}% of the Markdown ({markdown / 1048576:.1f} MB)")
    print(f"search: index loaded per query: at most {max(loaded) / 1024:.0f} KB, median {statistics.median(loaded) / 1024:.0f} KB "
          f"({len(queries)} queries)")
    print(f"search: time from query to results: median {statistics.median(times):.0f} ms, at most {max(times):.0f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--serve", metavar="REGIODASH", help="also check over `REGIODASH serve`")
    parser.add_argument("--content", default="content")
    parser.add_argument("--measure", action="store_true")
    parser.add_argument("--markdown", type=int, help="the Markdown's size in bytes, for --measure")
    parser.add_argument("queries", nargs="*")
    args = parser.parse_intermixed_args()
    driver = sitecheck.start_browser()
    try:
        if args.measure:
            measure(driver, args.site, args.markdown, args.queries)
            return
        local = Path(args.site).resolve().as_uri() + "/"
        failures = without_script(args.site) + check(driver, local, "file://") + keyboard(driver, local, "file://")
        if args.serve:
            server = serve(args.serve, args.content)
            try:
                failures += check(driver, "http://127.0.0.1:8765/", "serve") + keyboard(driver, "http://127.0.0.1:8765/", "serve")
            finally:
                server.terminate()
                server.wait()
    finally:
        driver.quit()
    for failure in failures:
        print("search: " + failure)
    print(f"search: {'FAIL' if failures else 'PASS'} ({'file:// and serve' if args.serve else 'file://'})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
