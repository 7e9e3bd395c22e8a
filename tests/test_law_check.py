"""scripts/check-law (issue 14): the monthly check of every cited provision against legislation.gov.uk.

Offline: the documents come from tests/law_fixtures/ (small CLML and changes-feed documents in the
shape of legislation.gov.uk's; tests/law_fixtures/README.md says where each shape comes from), either
read from the folder (--from) or served over HTTP by a local server, so the real network code runs.
"""

from __future__ import annotations

import contextlib
import datetime
import doctest
import http.server
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest
import yaml

from calculators.scope import RULES_LAST_CHECKED
from calculators.wording import month_text
from conftest import ROOT

SCRIPT = ROOT / "scripts" / "check-law"
HELPER = ROOT / "scripts" / "lib" / "check_law.py"
FIXTURES = ROOT / "tests" / "law_fixtures"
BASE = FIXTURES / "base"
FIXTURE_RECORD = FIXTURES / "record.json"
# The fixtures hold two cited provisions: one of an Act (two feed pages) and one of regulations.
S55, REG33 = "ukpga/2014/6/section/55", "uksi/2014/1530/regulation/33"
ONLY = ["--only", S55, "--only", REG33]
S55_URL = "https://www.legislation.gov.uk/" + S55
REG33_URL = "https://www.legislation.gov.uk/" + REG33


def load_check_law():
    loader = SourceFileLoader("check_law", str(HELPER))
    spec = importlib.util.spec_from_loader("check_law", loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_law"] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module


check_law = load_check_law()


@pytest.fixture
def record(tmp_path: Path) -> Path:
    """A copy of the fixtures' record (the baseline of tests/law_fixtures/base)."""
    path = tmp_path / "law_checked.json"
    shutil.copyfile(FIXTURE_RECORD, path)
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = check_law.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def scenario(name: str) -> list[str]:
    """--from the scenario's folder, falling back to the base folder for what it does not change."""
    return ["--from", str(FIXTURES / name), "--from", str(BASE)] if name != "base" else ["--from", str(BASE)]


def section(report: str, heading_start: str) -> str:
    """The block of the report about one provision (from its heading to the next blank line)."""
    start = report.index(heading_start)
    return report[start:report.index("\n\n", start)]


# --- Each case, from the recorded documents ---------------------------------------------------

SCENARIOS = [
    pytest.param("base", check_law.NO_CHANGE, [], ["no change to any cited provision"],
                 id="the same documents again: no change, exit 0"),
    pytest.param("noise", check_law.NO_CHANGE, [], ["no change to any cited provision"],
                 id="same words re-serialised with other spacing, markup, attributes and dates: no change"),
    pytest.param("text-changed", check_law.CHANGED, [("CHANGED: SEND Regulations 2014: regulation 33",
                 ["the text changed (spaces and markup ignored)", REG33_URL,
                  "https://www.legislation.gov.uk/changes/affected/uksi/2014/1530"])],
                 ["1 of 2 need a person's review"],
                 id="regulation 33's words changed: reported with its link, exit 1"),
    pytest.param("new-effect", check_law.CHANGED, [("CHANGED: CFA 2014: section 55",
                 ["a new effect: repealed by Example Education for All Act 2027 Sch. 2 para. 9; NOT YET APPLIED "
                  "to the text; prospective (no date set) [effect key-aaaa1111bbbb2222cccc3333dddd4444]",
                  "a new effect: words inserted by ukpga/2027/3/section/12/4; NOT YET APPLIED to the text"])],
                 [], id="new unapplied effects, one prospective over a range ss. 53-56, one only in the CLML: reported"),
    pytest.param("commenced", check_law.CHANGED, [("CHANGED: CFA 2014: section 55",
                 ["an effect changed (was words substituted by Example (SEND Reform) Act 2026 s. 4(2), not applied, "
                  "prospective)", "in force 2027-09-01 [effect key-5f1e2d3c4b5a69788796a5b4c3d2e1f0]"])],
                 [], id="a known prospective amendment gets a commencement date: reported"),
    pytest.param("repealed", check_law.CHANGED, [("CHANGED: SEND Regulations 2014: regulation 33",
                 ["the status changed: was in force, now Repealed", "the text changed",
                  "a new effect: revoked by Example Amendment Regulations 2027 reg. 3; applied to the text; "
                  "in force 2027-04-01"])],
                 [], id="regulation 33 revoked: status, words and the new effect all reported"),
    pytest.param("broken", check_law.UNREADABLE, [("NOT CHECKED: CFA 2014: section 55",
                 ["not well-formed XML"])],
                 ["INCOMPLETE: this is not a 'no change' result"],
                 id="a document cut short: not checked, exit 4, never 'no change'"),
    # Issue 21: the check never says "no change" unless it read everything.
    pytest.param("no-next-link", check_law.UNREADABLE, [("NOT CHECKED: CFA 2014: section 55",
                 ["says 1 more pages follow but gives no link to the next"])],
                 ["INCOMPLETE: this is not a 'no change' result"],
                 id="a feed that promises another page with no link to it: unreadable, exit 4"),
    pytest.param("namespace-changed", check_law.UNREADABLE, [("NOT CHECKED: SEND Regulations 2014: regulation 33",
                 ["has an entry with no effect this script can read"])],
                 ["INCOMPLETE: this is not a 'no change' result"],
                 id="a feed whose metadata namespace changed: unreadable, never 'no change'"),
    pytest.param("effect-renamed", check_law.UNREADABLE, [("NOT CHECKED: SEND Regulations 2014: regulation 33",
                 ["has an entry with no effect this script can read"])],
                 ["INCOMPLETE: this is not a 'no change' result"],
                 id="a feed whose effect element was renamed: unreadable, never 'no change'"),
    pytest.param("deep", check_law.UNREADABLE, [("NOT CHECKED: SEND Regulations 2014: regulation 33",
                 ["the answer could not be read (RecursionError)"])],
                 ["INCOMPLETE: this is not a 'no change' result"],
                 id="a document nested 3,000 deep: unreadable, exit 4, never a crash with exit 1"),
]


@pytest.mark.parametrize(("name", "status", "blocks", "phrases"), SCENARIOS)
def test_each_case_is_reported_from_the_recorded_documents(capsys, record, name, status, blocks, phrases):
    before = record.read_bytes()
    code, out, _ = run(capsys, "--record", str(record), *scenario(name), *ONLY)
    assert code == status, out
    for heading, lines in blocks:
        block = section(out, heading)
        for line in lines:
            assert line in block
    for phrase in phrases:
        assert phrase in out
    changed = {heading.split(": ", 1)[1] for heading, _ in blocks}
    for unchanged in {"CFA 2014: section 55", "SEND Regulations 2014: regulation 33"} - changed:
        assert f"  {unchanged} (" in out.split("Unchanged (")[1], f"{unchanged} should be unchanged"
    # Effects on provisions we do not cite (s. 51(2)(c) outside --only, s. 56, s. 60) are never reported.
    for uncited in ("key-5555eeee6666ffff7777000088881111", "key-0123456789abcdef0123456789abcdef",
                    "key-1111aaaa2222bbbb3333cccc4444dddd"):
        assert uncited not in out
    assert record.read_bytes() == before, "a check without --update never writes"


def test_the_committed_record_has_no_baseline_yet_and_the_first_run_says_so(capsys, tmp_path):
    """The real record holds no text hashes (they were never fetched): a run must ask for a review."""
    committed = json.loads((ROOT / "calculators" / "law_checked.json").read_text(encoding="utf-8"))
    assert all(entry["text_sha256"] is None and entry["effects"] is None for entry in committed["provisions"])
    copy = tmp_path / "law_checked.json"
    shutil.copyfile(ROOT / "calculators" / "law_checked.json", copy)
    code, out, _ = run(capsys, "--record", str(copy), *scenario("base"), *ONLY)
    assert code == check_law.CHANGED
    block = section(out, "NO BASELINE YET: CFA 2014: section 55")
    assert "no baseline recorded yet: a person must check this provision against legislation.gov.uk" in block
    assert "effect not yet applied: words substituted by Example (SEND Reform) Act 2026 s. 4(2)" in block
    assert "NO BASELINE YET: SEND Regulations 2014: regulation 33" in out


def test_a_missing_document_is_not_checked_and_never_no_change(capsys, record, tmp_path):
    code, out, err = run(capsys, "--record", str(record), "--from", str(tmp_path), *ONLY)
    assert code == check_law.UNREADABLE
    assert out.count("NOT CHECKED: ") == 2 and "no saved document ukpga/2014/6/section/55/data.xml" in out
    assert "nothing was written" in err


def test_a_damaged_record_is_unreadable_not_a_traceback(capsys, tmp_path):
    damaged = tmp_path / "law_checked.json"
    damaged.write_text('{"rules_last_checked": "2026-11", "provisions": [', encoding="utf-8")
    code, out, err = run(capsys, "--record", str(damaged), *scenario("base"), *ONLY)
    assert code == check_law.UNREADABLE and out == ""
    assert err.startswith(f"check-law: {damaged} is not valid JSON")


# --- The network ------------------------------------------------------------------------------

class _Server(http.server.BaseHTTPRequestHandler):
    """Serves tests/law_fixtures/base the way legislation.gov.uk serves paths, or one error status."""

    status = 200
    user_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        if self.status != 200:
            self.send_error(self.status)
            return
        file = BASE / check_law.local_name(self.path.lstrip("/"))
        if not file.is_file():
            self.send_error(404)
            return
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        pass


@contextlib.contextmanager
def serving(status: int) -> Iterator[str]:
    handler = type("Handler", (_Server,), {"status": status, "user_agents": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", handler
    finally:
        server.shutdown()
        server.server_close()


def test_over_http_the_real_fetching_reads_every_page_and_identifies_itself(capsys, record, monkeypatch):
    monkeypatch.setenv("CHECK_LAW_CONTACT", "https://example.org/our-repository")
    with serving(200) as (site, handler):
        code, out, _ = run(capsys, "--record", str(record), "--site", site, "--timeout", "5", *ONLY)
    assert code == check_law.NO_CHANGE, out
    assert "no change to any cited provision" in out
    # Two provision documents, page 1 and 2 of the Act's feed (page 2 by its rel="next" link), one feed.
    assert len(handler.user_agents) == 5
    assert set(handler.user_agents) == {"send-mediation-guide-check-law (https://example.org/our-repository)"}


@contextlib.contextmanager
def closed_port() -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield f"http://127.0.0.1:{port}/"


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: only the timeout ends the wait."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"


@contextlib.contextmanager
def error_server(status: int) -> Iterator[str]:
    with serving(status) as (site, _):
        yield site


NETWORK_FAILURES = [
    pytest.param(closed_port, "Connection refused", id="connection refused: exit 3, network failure"),
    pytest.param(silent_server, "timed out", id="no answer: the bounded timeout ends it, exit 3"),
    pytest.param(lambda: error_server(503), "HTTP 503", id="HTTP 503 Service Unavailable: exit 3"),
    pytest.param(lambda: error_server(403), "HTTP 403", id="HTTP 403 (the rate limit): exit 3"),
]


@pytest.mark.parametrize(("server", "reason"), NETWORK_FAILURES)
def test_network_failure_has_its_own_exit_code_and_is_never_no_change(capsys, record, server, reason):
    before = record.read_bytes()
    started = time.monotonic()
    with server() as site:
        code, out, err = run(capsys, "--record", str(record), "--site", site, "--timeout", "0.5", "--update", *ONLY)
    assert code == check_law.NETWORK_FAILURE
    assert time.monotonic() - started < 10, "two attempts of 0.5 s and a 0.5 s pause, not more"
    assert "legislation.gov.uk could not be reached" in out and reason in out
    assert "INCOMPLETE: this is not a 'no change' result" in out
    assert "no change to any" not in out
    # After the first failure nothing else is asked: the later provisions are listed as not checked.
    assert out.count("NOT CHECKED: ") == 1
    assert "Not checked, because legislation.gov.uk could not be reached (1):" in out
    assert record.read_bytes() == before, "--update writes nothing when the check is incomplete"
    assert "nothing was written" in err


def test_a_page_that_does_not_exist_is_unreadable_not_a_network_failure(capsys, record):
    with serving(404) as (site, _):
        code, out, _ = run(capsys, "--record", str(record), "--site", site, "--timeout", "5", *ONLY)
    assert code == check_law.UNREADABLE
    assert "HTTP 404" in out and "INCOMPLETE" in out


def test_the_script_runs_as_a_command_with_the_documented_exit_status(record):
    env = {**os.environ, "PYTHON": sys.executable}
    result = subprocess.run([str(SCRIPT), "--record", str(record), *scenario("text-changed"), *ONLY],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1, result.stderr
    assert "CHANGED: SEND Regulations 2014: regulation 33" in result.stdout
    usage = subprocess.run([str(SCRIPT), "--only", "nothing/cited/here"],
                           capture_output=True, text=True, timeout=60, env=env)
    assert usage.returncode == 2 and "matches no address" in usage.stderr


# --- Recording what a person reviewed -----------------------------------------------------------

def test_update_records_the_reviewed_law_and_the_next_check_is_quiet(capsys, record, tmp_path):
    snippet = tmp_path / "rules-last-checked.md"
    code, out, _ = run(capsys, "--record", str(record), "--snippet", str(snippet), *scenario("repealed"),
                       "--update", *ONLY)
    assert code == check_law.NO_CHANGE and "Recorded 2 addresses" in out
    saved = {entry["url"]: entry for entry in json.loads(record.read_text(encoding="utf-8"))["provisions"]}
    assert saved[REG33_URL]["status"] == "Repealed"
    assert saved[REG33_URL]["checked"] == datetime.date.today().isoformat()
    assert "key-7777aaaa8888bbbb9999cccc0000dddd" in saved[REG33_URL]["effects"]
    # Only part of the law was checked (--only), so the date readers see does not move.
    assert json.loads(record.read_text(encoding="utf-8"))["rules_last_checked"] == "2026-11"
    assert snippet.read_text(encoding="utf-8") == check_law.snippet_text("2026-11")
    code, out, _ = run(capsys, "--record", str(record), *scenario("repealed"), *ONLY)
    assert code == check_law.NO_CHANGE, out


def test_a_whole_update_moves_the_date_readers_see_to_this_month():
    observed = check_law.Observation("0" * 64, "in force", {}, "2027-01-01")
    record = {"rules_last_checked": "2026-11", "provisions": []}
    today = datetime.date(2027, 3, 9)
    whole = check_law.updated(record, {S55_URL: observed}, today, whole=True)
    assert whole["rules_last_checked"] == "2027-03"
    assert check_law.updated(record, {S55_URL: observed}, today, whole=False)["rules_last_checked"] == "2026-11"
    entry = next(entry for entry in whole["provisions"] if entry["url"] == S55_URL)
    assert entry == {"url": S55_URL, "cited_as": ["CFA_2014_S55"], "checked": "2027-03-09",
                     "text_sha256": "0" * 64, "status": "in force", "effects": {}}
    assert "Rules last checked: March 2027." in check_law.snippet_text(whole["rules_last_checked"])


def test_the_fixture_record_is_the_baseline_of_the_base_documents(capsys, tmp_path):
    fresh = tmp_path / "fresh.json"
    fresh.write_text('{"rules_last_checked": "2026-11", "provisions": []}', encoding="utf-8")
    code, _, _ = run(capsys, "--record", str(fresh), "--snippet", str(tmp_path / "s.md"), *scenario("base"),
                     "--update", *ONLY)
    assert code == check_law.NO_CHANGE
    keep = ("url", "text_sha256", "status", "effects")
    made = {e["url"]: {k: e[k] for k in keep} for e in json.loads(fresh.read_text())["provisions"] if e["text_sha256"]}
    committed = {e["url"]: {k: e[k] for k in keep} for e in json.loads(FIXTURE_RECORD.read_text())["provisions"]}
    assert made == committed


def test_add_missing_brings_the_record_in_line_with_provisions_py_without_inventing_a_baseline(capsys, tmp_path):
    committed = json.loads((ROOT / "calculators" / "law_checked.json").read_text(encoding="utf-8"))
    kept = committed["provisions"][1]
    kept_with_baseline = {**kept, "text_sha256": "f" * 64, "status": "in force", "effects": {}}
    dropped = committed["provisions"][0]
    stale = {"url": "https://www.legislation.gov.uk/ukpga/1996/56/section/326A", "cited_as": ["GONE"],
             "checked": "2026-11", "text_sha256": None, "status": None, "effects": None}
    path = tmp_path / "law_checked.json"
    path.write_text(json.dumps({**committed, "provisions": [kept_with_baseline, stale]}), encoding="utf-8")
    code, out, _ = run(capsys, "--record", str(path), "--add-missing")
    assert code == check_law.NO_CHANGE
    assert f"added (no baseline yet): " in out and dropped["url"] in out
    assert f"removed (no longer cited): {stale['url']}" in out
    after = json.loads(path.read_text(encoding="utf-8"))
    entries = {entry["url"]: entry for entry in after["provisions"]}
    assert set(entries) == {entry["url"] for entry in committed["provisions"]}
    assert entries[kept["url"]] == kept_with_baseline, "a recorded baseline is kept as it is"
    assert entries[dropped["url"]]["text_sha256"] is None and entries[dropped["url"]]["checked"] is None
    assert after["rules_last_checked"] == committed["rules_last_checked"]
    run(capsys, "--record", str(path), "--add-missing")
    assert json.loads(path.read_text(encoding="utf-8")) == after, "running it again changes nothing"


def test_the_committed_record_lists_exactly_what_provisions_py_cites():
    committed = json.loads((ROOT / "calculators" / "law_checked.json").read_text(encoding="utf-8"))
    _, messages = check_law.synced(committed)
    assert messages == [], ("calculators/law_checked.json is out of step with calculators/provisions.py; "
                            "run: scripts/check-law --add-missing")


# --- The date readers see -----------------------------------------------------------------------

def test_the_pages_date_snippet_is_written_from_the_record():
    committed = json.loads((ROOT / "calculators" / "law_checked.json").read_text(encoding="utf-8"))
    snippet = (ROOT / "includes" / "rules-last-checked.md").read_text(encoding="utf-8")
    assert snippet == check_law.snippet_text(committed["rules_last_checked"]), (
        "includes/rules-last-checked.md does not match calculators/law_checked.json: run scripts/check-law --update")


@pytest.mark.parametrize(("page", "section_name"), [
    pytest.param("check-if-you-need-a-mediation-certificate.md", "short", id="certificate page uses the snippet"),
    pytest.param("work-out-your-appeal-deadline.md", "short", id="deadline page uses the snippet"),
    pytest.param("plan-the-mediation-timeline.md", "short", id="timeline page uses the snippet"),
    pytest.param("about-this-guide.md", "long", id="about page uses the snippet"),
])
def test_every_page_takes_the_date_from_the_snippet(site_dir, page, section_name):
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert f'--8<-- "rules-last-checked.md:{section_name}"' in source
    assert "last checked: " not in source.lower().replace("rules-last-checked", "")
    built = (site_dir / page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    month = month_text(RULES_LAST_CHECKED)
    wanted = (f"Rules last checked: {month}." if section_name == "short"
              else f"The rules were last checked in <strong>{month}</strong>.")
    assert wanted in built


# --- The parts --------------------------------------------------------------------------------

def element(xml: str) -> ET.Element:
    return ET.fromstring(f'<P1 xmlns="http://www.legislation.gov.uk/namespaces/legislation">{xml}</P1>')


SAME_WORDS = [
    pytest.param("<Text>within 2 months</Text>", "<Text>within\n   2  months</Text>",
                 id="spaces and line breaks are noise"),
    pytest.param("<Text>the mediation adviser</Text>", "<Text>the <Emphasis>mediation</Emphasis> adviser</Text>",
                 id="inline markup is noise"),
    pytest.param("<Text>decision\u2019s</Text>", "<Text Attr='x'>decision\u2019s<CommentaryRef Ref='k'/></Text>",
                 id="attributes and empty references are noise"),
    pytest.param("<Text>caf\u00e9</Text>", "<Text>cafe\u0301</Text>", id="composed and decomposed accents are the same"),
]


@pytest.mark.parametrize(("before", "after"), SAME_WORDS)
def test_noise_does_not_change_the_text_hash(before, after):
    assert check_law.text_sha256(element(before)) == check_law.text_sha256(element(after))


@pytest.mark.parametrize(("before", "after"), [
    pytest.param("<Text>within 2 months</Text>", "<Text>within 1 month</Text>", id="a changed number changes it"),
    pytest.param("<Text>must contact</Text>", "<Text>may contact</Text>", id="a changed word changes it"),
    pytest.param("<Text>a</Text>", "<Text>a</Text><Text>b</Text>", id="added words change it"),
])
def test_a_change_of_words_changes_the_text_hash(before, after):
    assert check_law.text_sha256(element(before)) != check_law.text_sha256(element(after))


def test_a_whole_instrument_s_words_leave_out_its_metadata_and_annotations():
    """For a whole instrument (the Recommendations Regs 2017) the provision is the document's root."""
    def document(modified: str, note: str) -> bytes:
        return (
            '<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation" '
            'xmlns:ukm="http://www.legislation.gov.uk/namespaces/metadata" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" IdURI="http://www.legislation.gov.uk/id/uksi/2017/1306">'
            f'<ukm:Metadata><dc:modified>{modified}</dc:modified></ukm:Metadata>'
            '<Secondary><Body><P1 IdURI="http://www.legislation.gov.uk/id/uksi/2017/1306/regulation/2">'
            '<Text>The First-tier Tribunal may make recommendations.</Text></P1></Body></Secondary>'
            f'<Commentaries><Commentary><Para><Text>{note}</Text></Para></Commentary></Commentaries>'
            '</Legislation>').encode()
    first, scope, status, modified, _ = check_law.read_provision(document("2024-01-01", "A"), "uksi/2017/1306")
    again, _, _, _, _ = check_law.read_provision(document("2027-05-05", "B"), "uksi/2017/1306")
    assert check_law.text_sha256(first) == check_law.text_sha256(again)
    assert check_law.normalised_text(first) == "TheFirst-tierTribunalmaymakerecommendations."
    assert (status, modified) == ("in force", "2024-01-01")
    assert "uksi/2017/1306/regulation/2" in scope.own


def effect_on(*targets: tuple[str, str | None]):
    return check_law.Effect("key-x", "repealed", "an Act", False, ["prospective"], list(targets))


SCOPE_55 = check_law.Scope("ukpga/2014/6", {"ukpga/2014/6/section/55", "ukpga/2014/6/section/55/1"},
                           {"ukpga/2014/6/part/3", "ukpga/2014/6/body", "ukpga/2014/6"})


@pytest.mark.parametrize(("effect", "touches"), [
    pytest.param(effect_on(("ukpga/2014/6/section/55/1", None)), True, id="a subsection of the provision"),
    pytest.param(effect_on(("ukpga/2014/6/section/55", None)), True, id="the provision itself"),
    pytest.param(effect_on(("ukpga/2014/6/section/55/1/a", None)), True, id="a paragraph inside it"),
    pytest.param(effect_on(("ukpga/2014/6/part/3", None)), True, id="the Part that contains it"),
    pytest.param(effect_on(("ukpga/2014/6", None)), True, id="the whole Act"),
    pytest.param(effect_on(), True, id="an effect naming no provision is reported, not hidden"),
    pytest.param(effect_on(("ukpga/2014/6/section/53", "ukpga/2014/6/section/56")), True, id="a range ss. 53-56"),
    pytest.param(effect_on(("ukpga/2014/6/section/55A", "ukpga/2014/6/section/57")), False,
                 id="a range ss. 55A-57 starts after s. 55"),
    pytest.param(effect_on(("ukpga/2014/6/section/56", "ukpga/2014/6/section/60")), False, id="a range ss. 56-60"),
    pytest.param(effect_on(("ukpga/2014/6/section/56", None)), False, id="another section"),
    pytest.param(effect_on(("ukpga/2014/6/section/5", None)), False, id="section 5 is not a prefix of section 55"),
    pytest.param(effect_on(("ukpga/2014/6/schedule/3", "ukpga/2014/6/schedule/x")), False,
                 id="a range in the schedules"),
])
def test_an_effect_touches_a_provision_by_its_identifiers(effect, touches):
    assert SCOPE_55.touched_by(effect) is touches


def test_the_script_doctests_pass():
    assert doctest.testmod(check_law).failed == 0


def test_every_fixture_says_what_it_is_and_the_readme_says_where_its_shape_comes_from():
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for file in sorted(FIXTURES.rglob("*")):
        if file.suffix not in (".xml", ".feed"):
            continue
        text = file.read_text(encoding="utf-8")
        assert "Test fixture" in text and "in the shape of legislation.gov.uk" in text, file
        assert file.relative_to(FIXTURES).parts[0] in readme, f"{file}: its scenario is not described"
        if "broken" not in file.parts:
            ET.fromstring(file.read_bytes())  # well-formed, like the real documents
    for source in ("legislation/data-documentation", "legislation/clml-schema"):
        assert source in readme


# --- The monthly workflow -----------------------------------------------------------------------

def test_the_monthly_workflow_runs_the_check_and_can_only_open_issues():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "check-law.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert [entry["cron"].split()[2:] for entry in triggers["schedule"]] == [["2", "*", "*"]]
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"issues": "write"}
    [job] = workflow["jobs"].values()
    assert "permissions" not in job, "the job keeps the workflow's least privilege"
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "scripts/check-law" in runs and "gh issue create" in runs
    commands = [line.strip() for line in runs.splitlines() if "scripts/check-law" in line.split("echo")[0]]
    assert commands and all("--update" not in command and "--add-missing" not in command for command in commands)
    assert "git push" not in runs and "git commit" not in runs, "it never edits the rules or the record"
    assert job["timeout-minutes"] <= 20


# --- Issue 21: a law watch that is never blind ---------------------------------------------------

def test_upstream_words_cannot_close_the_issues_code_fence(capsys, record):
    code, out, _ = run(capsys, "--record", str(record), *scenario("fence"), *ONLY)
    assert code == check_law.CHANGED
    assert "a new effect: words substituted by Example \'\'\' Regulations 2017" in out
    assert "`" * 3 not in out


@pytest.mark.parametrize("option, value", [
    pytest.param("--timeout", "nan", id="--timeout nan is a bad option, exit 2"),
    pytest.param("--timeout", "0", id="--timeout 0 is a bad option, exit 2"),
    pytest.param("--site", "notaurl", id="--site notaurl is a bad option, exit 2"),
])
def test_bad_options_exit_2(capsys, record, option, value):
    with pytest.raises(SystemExit) as stopped:
        check_law.main(["--record", str(record), option, value, *ONLY])
    assert stopped.value.code == check_law.USAGE
    assert "check-law: error:" in capsys.readouterr().err


def test_a_record_of_the_wrong_shape_is_unreadable_never_changed(capsys, tmp_path):
    damaged = tmp_path / "law_checked.json"
    damaged.write_text('{"rules_last_checked": "2026-11", "provisions": 5}', encoding="utf-8")
    code, out, err = run(capsys, "--record", str(damaged), *scenario("base"), *ONLY)
    assert code == check_law.UNREADABLE
    assert err.startswith("check-law: the check failed unexpectedly (TypeError")


def test_an_answer_over_the_size_cap_is_unreadable(capsys, record, monkeypatch):
    monkeypatch.setattr(check_law, "MAX_ANSWER_BYTES", 1000)
    with serving(200) as (site, _):
        code, out, _ = run(capsys, "--record", str(record), "--site", site, "--timeout", "5", *ONLY)
    assert code == check_law.UNREADABLE and "is larger than 1,000 bytes" in out


@contextlib.contextmanager
def dripping_server() -> Iterator[str]:
    """Answers 200, then sends one byte every 0.2 s, forever: each read is quick, the whole never ends."""

    class Drip(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            with contextlib.suppress(OSError):
                for _ in range(200):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)

        def log_message(self, format: str, *args) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    server.daemon_threads, server.block_on_close = True, False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_one_deadline_for_the_whole_run_even_when_every_read_is_quick(capsys, record, monkeypatch):
    monkeypatch.setattr(check_law, "RUN_SECONDS", 1.5)
    with dripping_server() as site:
        started = time.monotonic()
        code, out, _ = run(capsys, "--record", str(record), "--site", site, "--timeout", "5", *ONLY)
        took = time.monotonic() - started
    assert code == check_law.NETWORK_FAILURE
    assert "ran out of time" in out
    assert took < 6, took


def test_the_workflow_backstops_the_run_with_timeout_and_files_124_as_could_not_run():
    workflow = (ROOT / ".github" / "workflows" / "check-law.yml").read_text(encoding="utf-8")
    assert "timeout 600 scripts/check-law" in workflow
    assert check_law.RUN_SECONDS < 600 < 15 * 60
    assert "124" in workflow
