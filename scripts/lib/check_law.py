"""Ask legislation.gov.uk whether any provision the calculators cite has changed since the last check.

    scripts/check-law                      # ask legislation.gov.uk; print a report
    scripts/check-law --from DIR           # read saved documents from DIR instead (offline; tests)
    scripts/check-law --update             # after a person has reviewed the law: record what it says now
    scripts/check-law --add-missing        # offline: bring the record's list in line with provisions.py

For every provision in calculators/provisions.py (grouped by its legislation.gov.uk address) it reads
the provision's CLML (`<address>/data.xml`) and the changes feed of effects on its instrument
(`/changes/affected/<type>/<year>/<number>/data.feed`, every page), then compares them with the record,
calculators/law_checked.json:

- the provision's text, normalised (Unicode NFC, every space and line break removed, attributes and
  markup ignored), against the recorded SHA-256;
- the effects (amendments, repeals, substitutions, commencements) that touch the provision, applied
  or not, prospective or not, against the recorded ones, including a known effect whose applied
  status or in-force dates changed;
- the provision's status (in force, Prospective, Repealed, ...) against the recorded one.

Exit status (the workflow and people rely on these):
  0  every provision checked and nothing changed
  1  something changed, or a provision has no baseline recorded yet: a person must review it
  2  wrong command-line arguments
  3  legislation.gov.uk could not be reached (timeout, connection, HTTP 403/429/5xx): NOTHING IS KNOWN
  4  legislation.gov.uk (or DIR) answered with something this script cannot read, or promised more
     than it gave (a page with no link to the next, an entry with no effect it can read), or the
     script failed unexpectedly: NOTHING IS KNOWN
It never says "no change" unless it read everything. The whole run has one deadline (RUN_SECONDS,
on the monotonic clock) and every answer a size cap (MAX_ANSWER_BYTES): past either, it stops.
--update and --add-missing write the record (and includes/rules-last-checked.md) and exit 0, or
write nothing and exit 3 or 4. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import http.client
import json
import math
import os
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from calculators import provisions as provisions_module  # noqa: E402 - after the path is set
from calculators.provisions import Provision  # noqa: E402

SITE = "https://www.legislation.gov.uk/"
RECORD = ROOT / "calculators" / "law_checked.json"
SNIPPET = ROOT / "includes" / "rules-last-checked.md"
TIMEOUT_SECONDS = 30
RETRY_AFTER_SECONDS = 10
#: The whole run's deadline: a server that answers slowly, byte by byte, cannot keep it waiting longer.
RUN_SECONDS = 480
#: No answer of legislation.gov.uk's is near this (a provision's CLML, a feed page of 500 effects).
MAX_ANSWER_BYTES = 20 * 1024 * 1024
CHUNK_BYTES = 64 * 1024
MAX_FEED_PAGES = 40  # 40 pages of 500 effects; more than that is refused, never cut short
FEED_QUERY = "results-count=500&sort=modified"

NO_CHANGE, CHANGED, USAGE, NETWORK_FAILURE, UNREADABLE = 0, 1, 2, 3, 4

LEG = "{http://www.legislation.gov.uk/namespaces/legislation}"
UKM = "{http://www.legislation.gov.uk/namespaces/metadata}"
DC = "{http://purl.org/dc/elements/1.1/}"
ATOM = "{http://www.w3.org/2005/Atom}"
IN_FORCE = "in force"
NOT_ASKED = "not asked: legislation.gov.uk could not be reached"


class NetworkFailure(Exception):
    """legislation.gov.uk could not be reached, or refused to answer for now."""


class Unreadable(Exception):
    """An answer that is not the document this script expects."""


# --- Where the documents come from -----------------------------------------------------------

def user_agent() -> str:
    # legislation.gov.uk's fair-use policy asks robots to identify themselves with a contact.
    contact = os.environ.get("CHECK_LAW_CONTACT") or "see the README's Publishing section"
    return f"send-mediation-guide-check-law ({contact})"


class Web:
    """legislation.gov.uk (or another base address, for tests), with bounded timeouts.

    Each read waits at most ``timeout`` seconds, and the whole run ends by its deadline
    (``RUN_SECONDS`` from the start, on the monotonic clock) however the server drips its bytes.
    """

    def __init__(self, site: str, timeout: float) -> None:
        self.site, self.timeout = site, timeout
        self.deadline = time.monotonic() + RUN_SECONDS

    def describe(self) -> str:
        return self.site

    def _left(self, url: str) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise NetworkFailure(f"the check ran out of time ({RUN_SECONDS} s for the whole run) at {url}")
        return left

    def _read(self, response, url: str) -> bytes:
        """The answer's body, in chunks, within the size cap and the run's deadline."""
        chunks, size = [], 0
        while True:
            self._left(url)
            chunk = response.read1(CHUNK_BYTES)  # what one read of the socket gives: the deadline is checked between
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise Unreadable(f"the answer for {url} is larger than {MAX_ANSWER_BYTES:,} bytes")
            chunks.append(chunk)

    def get(self, path: str) -> bytes:
        url = self.site + path
        for attempt in (1, 2):  # one retry after a pause, then give up: never wait without bound
            try:
                request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": "*/*"})
                timeout = min(self.timeout, self._left(url))
                with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                    return self._read(response, url)
            except urllib.error.HTTPError as error:
                if error.code in (403, 429) or error.code >= 500:
                    problem = f"HTTP {error.code} {error.reason} for {url}"
                else:
                    raise Unreadable(f"HTTP {error.code} {error.reason} for {url}") from None
            except (OSError, http.client.HTTPException) as error:  # URLError, timeouts, resets, TLS
                reason = getattr(error, "reason", error)
                problem = f"{reason or type(error).__name__} for {url}"
            if attempt == 1:
                time.sleep(min(RETRY_AFTER_SECONDS, self.timeout, self._left(url)))
        raise NetworkFailure(problem)


class Folders:
    """Saved documents: DIR/<path of the address>, e.g. DIR/ukpga/2014/6/section/55/data.xml.

    Page N > 1 of a feed is DIR/<path>/data.page-N.feed. With several folders, the first that has a
    file wins, so a scenario folder can hold only what differs from a base folder.
    """

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders

    def describe(self) -> str:
        return ", ".join(map(str, self.folders))

    def get(self, path: str) -> bytes:
        name = local_name(path)
        for folder in self.folders:
            if (folder / name).is_file():
                return (folder / name).read_bytes()
        raise Unreadable(f"no saved document {name} in {self.describe()}")


def local_name(path: str) -> str:
    """Where a saved copy of a legislation.gov.uk path lives (the query string only picks the page).

    >>> local_name("changes/affected/ukpga/2014/6/data.feed?results-count=500&page=2")
    'changes/affected/ukpga/2014/6/data.page-2.feed'
    """
    address, _, query = path.partition("?")
    page = urllib.parse.parse_qs(query).get("page", ["1"])[0]
    if page != "1":
        stem, dot, extension = address.rpartition(".")
        address = f"{stem}.page-{page}{dot}{extension}"
    return address


# --- Reading CLML and the changes feed ------------------------------------------------------

def id_path(uri: str) -> str:
    """A legislation.gov.uk address or identifier URI as a bare path, e.g. 'ukpga/2014/6/section/55'."""
    path = urllib.parse.urlsplit(uri).path.strip("/")
    return path.removeprefix("id/")


def parse(data: bytes, what: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        raise Unreadable(f"{what} is not well-formed XML ({error})") from None


NOT_WORDS = (f"{UKM}Metadata", f"{LEG}Commentaries")  # data about the text, not the text


def words(element: ET.Element):
    """The text nodes of an element, in order, leaving out metadata and annotations."""
    if element.tag in NOT_WORDS:
        return
    if element.text:
        yield element.text
    for child in element:
        yield from words(child)
        if child.tail:
            yield child.tail


def normalised_text(element: ET.Element) -> str:
    """The words of a provision: text only, every space and line break removed, Unicode NFC.

    Attributes, inline markup (<Emphasis>, <Substitution>, <CommentaryRef>...), pretty-printing,
    the document's metadata and its annotations are noise; only a change to the words changes it.
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", "".join(words(element))))


def text_sha256(element: ET.Element) -> str:
    return hashlib.sha256(normalised_text(element).encode("utf-8")).hexdigest()


@dataclass
class Effect:
    """One effect, as recorded: what it does, what makes it, and whether it is applied or in force."""

    id: str
    type: str
    by: str
    applied: bool
    in_force: list[str]
    targets: list[tuple[str, str | None]]

    def record(self) -> dict[str, object]:
        return {"type": self.type, "by": self.by, "applied": self.applied, "in_force": self.in_force}

    def describe(self) -> str:
        when = ", ".join("prospective (no date set)" if day == "prospective" else f"in force {day}"
                         for day in self.in_force) or "no in-force date recorded"
        applied = "applied to the text" if self.applied else "NOT YET APPLIED to the text"
        return f"{self.type} by {self.by}; {applied}; {when} [effect {self.id}]"


def effect_from(element: ET.Element) -> Effect:
    """An effect from a feed's <ukm:Effect> or a document's <ukm:UnappliedEffect>."""
    attributes = element.attrib
    effect_id = attributes.get("EffectId") or attributes.get("URI") or ""
    if not effect_id:
        raise Unreadable("an effect has no EffectId")
    title = element.findtext(f"{UKM}AffectingTitle") or ""
    if not title:  # the older form names the affecting provision by its URI only
        title = id_path(attributes.get("AffectingURI", "")) or "an unnamed instrument"
    by = " ".join(part for part in (title.strip(), attributes.get("AffectingProvisions", "").strip()) if part)
    in_force = []
    for entry in element.iter(f"{UKM}InForce"):
        if entry.get("Prospective") == "true":
            in_force.append("prospective")
        elif entry.get("Date"):
            in_force.append(entry.get("Date"))
    targets: list[tuple[str, str | None]] = []
    affected = element.find(f"{UKM}AffectedProvisions")
    if affected is not None:
        for child in affected:
            if child.tag == f"{UKM}Section" and child.get("URI"):
                targets.append((id_path(child.get("URI")), None))
            elif child.tag == f"{UKM}SectionRange" and child.get("URI"):
                targets.append((id_path(child.get("URI")), id_path(child.get("UpTo") or child.get("URI"))))
    if not targets and attributes.get("AffectedURI"):  # the older form: the affected URI is the provision
        start = id_path(attributes["AffectedURI"])
        targets.append((start, id_path(attributes["AffectedUpTo"]) if attributes.get("AffectedUpTo") else None))
    applied = attributes.get("Applied") == "true" or (
        element.tag == f"{UKM}Effect" and bool(in_force) and all(
            entry.get("Applied") == "true" for entry in element.iter(f"{UKM}InForce")))
    return Effect(effect_id, attributes.get("Type", "(no type)"), by, applied,
                  sorted(set(in_force)), targets)


def _number_key(segment: str) -> tuple[int, str] | None:
    match = re.fullmatch(r"(\d+)([A-Za-z]*)", segment)
    return (int(match.group(1)), match.group(2).upper()) if match else None


def _in_range(path: str, start: str, end: str) -> bool:
    """Whether a provision path falls within an effect's range of provisions (e.g. ss. 53-56)."""
    p, s, e = path.split("/"), start.split("/"), end.split("/")
    if path == start or path.startswith(start + "/") or path == end or path.startswith(end + "/"):
        return True
    if start.startswith(path + "/"):  # the range lies inside the provision
        return True
    depth = len(s)
    if len(e) != depth or len(p) < depth or p[:depth - 1] != s[:depth - 1] or s[:depth - 1] != e[:depth - 1]:
        return False
    ours, first, last = _number_key(p[depth - 1]), _number_key(s[depth - 1]), _number_key(e[depth - 1])
    if ours is None or first is None or last is None:
        return True  # cannot order them: report it for a person to look at, never hide it
    return first <= ours <= last


@dataclass
class Scope:
    """The identifiers a provision's document holds: its own (and its parts') and its ancestors'."""

    instrument: str
    own: set[str]
    ancestors: set[str]

    def touched_by(self, effect: Effect) -> bool:
        for start, end in effect.targets:
            if start == self.instrument or start in self.ancestors:
                return True  # the whole instrument, or a Part or Schedule containing the provision
            for ours in self.own:
                if end is not None and _in_range(ours, start, end):
                    return True
                if start == ours or start.startswith(ours + "/") or ours.startswith(start + "/"):
                    return True
        return not effect.targets


@dataclass
class Observation:
    """What legislation.gov.uk says about one provision now."""

    text_sha256: str
    status: str
    effects: dict[str, Effect]
    modified: str


def read_provision(data: bytes, path: str) -> tuple[ET.Element, Scope, str, str, list[Effect]]:
    root = parse(data, f"{path}/data.xml")
    if root.tag != f"{LEG}Legislation":
        raise Unreadable(f"{path}/data.xml is not CLML (its root is {root.tag})")
    parents = {child: parent for parent in root.iter() for child in parent}
    ours = next((element for element in root.iter() if id_path(element.get("IdURI", "")) == path), None)
    if ours is None:
        raise Unreadable(f"{path}/data.xml has no element whose IdURI is {path}")
    ancestors, chain, parent = set(), [ours], parents.get(ours)
    while parent is not None:
        chain.append(parent)
        if parent.get("IdURI"):
            ancestors.add(id_path(parent.get("IdURI")))
        parent = parents.get(parent)
    own = {id_path(element.get("IdURI")) for element in ours.iter() if element.get("IdURI")}
    instrument = "/".join(path.split("/")[:3])
    # A section's heading and status sit on the <P1group> around its <P1>, when it is the only one.
    text_element = ours
    wrapper = parents.get(ours)
    if ours.tag == f"{LEG}P1" and wrapper is not None and wrapper.tag == f"{LEG}P1group" \
            and len(wrapper.findall(f"{LEG}P1")) == 1:
        text_element = wrapper
    status = IN_FORCE
    for element in chain:
        if element.tag in (f"{LEG}Body", f"{LEG}Primary", f"{LEG}Secondary", f"{LEG}Legislation") \
                and element is not ours:
            break
        if element.get("Status"):
            status = element.get("Status")
            break
        if element.get("Match") == "false":
            status = "not in force on the date requested (Match=false)"
            break
    if status == IN_FORCE:
        ends = text_element.get("RestrictEndDate") or ours.get("RestrictEndDate")
        if ends:
            status = f"in force until {ends}"
    metadata = root.find(f"{UKM}Metadata")
    modified = (metadata.findtext(f"{DC}modified") if metadata is not None else None) or "unknown"
    unapplied = [effect_from(element) for element in root.iter(f"{UKM}UnappliedEffect")]
    return text_element, Scope(instrument, own, ancestors), status, modified, unapplied


def read_feed(source, instrument: str) -> list[Effect]:
    """Every effect on an instrument, from every page of its changes feed."""
    effects, path = [], f"changes/affected/{instrument}/data.feed?{FEED_QUERY}"
    for _ in range(MAX_FEED_PAGES):
        what = f"the changes feed for {instrument}"
        feed = parse(source.get(path), what)
        if feed.tag != f"{ATOM}feed":
            raise Unreadable(f"{what} is not an Atom feed")
        more = feed.findtext(f"{LEG}morePages")
        if more is None or not more.strip().isdigit():  # another namespace, or the element renamed
            raise Unreadable(f"{what} does not say how many pages follow (no leg:morePages it can read)")
        for entry in feed.iter(f"{ATOM}entry"):
            found = [effect_from(element) for element in entry.iter(f"{UKM}Effect")]
            if not found:  # an entry is an effect: one this script cannot read is never skipped
                raise Unreadable(f"{what} has an entry with no effect this script can read "
                                 f"({(entry.findtext(f'{ATOM}id') or 'no id')[:120]})")
            effects.extend(found)
        following = [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "next"]
        if not following and int(more) > 0:
            raise Unreadable(f"{what} says {int(more)} more pages follow but gives no link to the next")
        if not following:
            return effects
        split = urllib.parse.urlsplit(following[0])
        path = split.path.lstrip("/") + (f"?{split.query}" if split.query else "")
    raise Unreadable(f"the changes feed for {instrument} has more than {MAX_FEED_PAGES} pages")


# --- The check --------------------------------------------------------------------------------

def cited() -> dict[str, list[tuple[str, Provision]]]:
    """Every provision in calculators/provisions.py, grouped by its legislation.gov.uk address."""
    groups: dict[str, list[tuple[str, Provision]]] = {}
    for name, value in vars(provisions_module).items():
        if isinstance(value, Provision):
            groups.setdefault(value.url, []).append((name, value))
    return dict(sorted(groups.items()))


def path_of(url: str) -> str:
    if not url.startswith(SITE):
        raise Unreadable(f"{url} is not a legislation.gov.uk address")
    return url.removeprefix(SITE).strip("/")


def heading(group: list[tuple[str, Provision]]) -> str:
    instrument = group[0][1].instrument
    units = ", ".join(dict.fromkeys(provision.unit or "the whole instrument" for _, provision in group))
    return f"{instrument}: {units}"


@dataclass
class Finding:
    url: str
    heading: str
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problem: str = ""


def observe(source, path: str, feeds: dict[str, list[Effect]]) -> Observation:
    element, scope, status, modified, unapplied = read_provision(source.get(f"{path}/data.xml"), path)
    if scope.instrument not in feeds:
        feeds[scope.instrument] = read_feed(source, scope.instrument)
    effects = {effect.id: effect for effect in unapplied if scope.touched_by(effect)}
    effects.update({effect.id: effect for effect in feeds[scope.instrument] if scope.touched_by(effect)})
    return Observation(text_sha256(element), status, dict(sorted(effects.items())), modified)


def compare(entry: dict | None, seen: Observation, finding: Finding) -> None:
    pending = [effect for effect in seen.effects.values() if not effect.applied]
    if entry is None or entry.get("text_sha256") is None:
        finding.changes.append("no baseline recorded yet: a person must check this provision against "
                               "legislation.gov.uk, then run scripts/check-law --update")
        finding.notes.append(f"status now: {seen.status}")
        finding.notes.extend(f"effect not yet applied: {effect.describe()}" for effect in pending)
        return
    if entry["text_sha256"] != seen.text_sha256:
        finding.changes.append("the text changed (spaces and markup ignored)")
    if entry.get("status") != seen.status:
        finding.changes.append(f"the status changed: was {entry.get('status')}, now {seen.status}")
    known = entry.get("effects") or {}
    for effect_id, effect in seen.effects.items():
        if effect_id not in known:
            finding.changes.append(f"a new effect: {effect.describe()}")
        elif known[effect_id] != effect.record():
            finding.changes.append(f"an effect changed (was {describe_recorded(known[effect_id])}): "
                                   f"{effect.describe()}")
    for effect_id in known.keys() - seen.effects.keys():
        finding.changes.append(f"an effect is no longer listed: {describe_recorded(known[effect_id])} "
                               f"[effect {effect_id}]")
    if finding.changes:
        finding.notes.append(f"legislation.gov.uk last modified this document on {seen.modified}")


def describe_recorded(effect: dict) -> str:
    when = ", ".join(effect.get("in_force") or []) or "no date"
    return f"{effect.get('type')} by {effect.get('by')}, {'applied' if effect.get('applied') else 'not applied'}, {when}"


def selected(only: list[str]) -> dict[str, list[tuple[str, Provision]]]:
    """The cited addresses to check: all of them, or those under the --only paths."""
    paths = [p.strip("/") for p in only]
    return {url: group for url, group in cited().items()
            if not paths or any(path_of(url) == p or path_of(url).startswith(p + "/") for p in paths)}


def check(source, record: dict, groups: dict[str, list[tuple[str, Provision]]]
          ) -> tuple[int, list[Finding], dict[str, Observation]]:
    entries = {entry["url"]: entry for entry in record.get("provisions", [])}
    findings, observations, feeds = [], {}, {}
    network = None
    for url, group in groups.items():
        finding = Finding(url, heading(group))
        findings.append(finding)
        if network:
            finding.problem = NOT_ASKED
            continue
        try:
            seen = observe(source, path_of(url), feeds)
        except NetworkFailure as error:
            network = str(error)
            finding.problem = f"not checked: legislation.gov.uk could not be reached ({error})"
            continue
        except Unreadable as error:
            finding.problem = f"not checked: {error}"
            continue
        except (RecursionError, ValueError, KeyError, TypeError, AttributeError) as error:  # deep or odd XML
            finding.problem = f"not checked: the answer could not be read ({type(error).__name__})"
            continue
        observations[url] = seen
        compare(entries.get(url), seen, finding)
    if network:
        status = NETWORK_FAILURE
    elif any(finding.problem for finding in findings):
        status = UNREADABLE
    else:
        status = CHANGED if any(finding.changes for finding in findings) else NO_CHANGE
    return status, findings, observations


def changes_link(url: str) -> str:
    return f"{SITE}changes/affected/{'/'.join(path_of(url).split('/')[:3])}"


def report(status: int, findings: list[Finding], record: dict, source_text: str) -> str:
    changed = [finding for finding in findings if finding.changes]
    skipped = [finding for finding in findings if finding.problem == NOT_ASKED]
    failed = [finding for finding in findings if finding.problem and finding.problem != NOT_ASKED]
    unchanged = [finding for finding in findings if not finding.changes and not finding.problem]
    lines = [f"Law check of {len(findings)} legislation.gov.uk addresses cited in calculators/provisions.py",
             f"Read from: {source_text}",
             f"Record: rules last checked {record.get('rules_last_checked')}", ""]
    for finding in changed + failed:
        label = "NOT CHECKED: " if not finding.changes else (
            "NO BASELINE YET: " if finding.changes[0].startswith("no baseline") else "CHANGED: ")
        lines.append(label + finding.heading)
        lines.append(f"  link: {finding.url}")
        lines.append(f"  changes to the instrument: {changes_link(finding.url)}")
        lines.extend(f"  - {change}" for change in finding.changes)
        if finding.problem:
            lines.append(f"  - {finding.problem}")
        lines.extend(f"    {note}" for note in finding.notes)
        lines.append("")
    if skipped:
        lines.append(f"Not checked, because legislation.gov.uk could not be reached ({len(skipped)}):")
        lines.extend(f"  {finding.heading} ({finding.url})" for finding in skipped)
        lines.append("")
    if unchanged:
        lines.append(f"Unchanged ({len(unchanged)}):")
        lines.extend(f"  {finding.heading} ({finding.url})" for finding in unchanged)
        lines.append("")
    lines.append({
        NO_CHANGE: "Result: no change to any cited provision since the last check.",
        CHANGED: f"Result: {len(changed)} of {len(findings)} need a person's review. Read each link and its "
                 "changes, update the calculators and their tests if the law changed, then run "
                 "scripts/check-law --update and commit calculators/law_checked.json.",
        NETWORK_FAILURE: "Result: legislation.gov.uk could not be reached. The check is INCOMPLETE: this is "
                         "not a 'no change' result. Run it again later.",
        UNREADABLE: "Result: some documents could not be read. The check is INCOMPLETE: this is not a "
                    "'no change' result. Look at the NOT CHECKED lines.",
    }[status])
    # The workflow puts the report in a ``` block: upstream words (titles) can never end it early.
    return re.sub(r"`{3,}", lambda run: "'" * len(run.group()), "\n".join(lines))


# --- The record -------------------------------------------------------------------------------

def load_record(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"rules_last_checked": None, "provisions": []}
    except json.JSONDecodeError as error:
        raise Unreadable(f"{path} is not valid JSON ({error})") from None


def write_record(path: Path, record: dict) -> None:
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def snippet_text(rules_last_checked: str) -> str:
    """includes/rules-last-checked.md: the date the pages show, in the two forms they use."""
    # Imported here: calculators.wording reads the record when imported, and a check must run
    # (and say what is wrong) even when the record is damaged.
    from calculators.wording import month_text

    month = month_text(rules_last_checked)
    return (f"<!-- Written by scripts/check-law from calculators/law_checked.json: do not edit. -->\n"
            f"--8<-- [start:short]\nRules last checked: {month}.\n--8<-- [end:short]\n"
            f"--8<-- [start:long]\nThe rules were last checked in **{month}**.\n--8<-- [end:long]\n")


def synced(record: dict) -> tuple[dict, list[str]]:
    """The record with exactly the addresses provisions.py cites (new ones without a baseline)."""
    entries = {entry["url"]: entry for entry in record.get("provisions", [])}
    messages, result = [], []
    for url, group in cited().items():
        names = [name for name, _ in group]
        entry = entries.get(url)
        if entry is None:
            messages.append(f"added (no baseline yet): {heading(group)} {url}")
            entry = {"url": url, "cited_as": names, "checked": None, "text_sha256": None,
                     "status": None, "effects": None}
        elif entry.get("cited_as") != names:
            messages.append(f"cited as {', '.join(names)}: {url}")
            entry = {**entry, "cited_as": names}
        result.append(entry)
    for url in entries.keys() - cited().keys():
        messages.append(f"removed (no longer cited): {url}")
    return {**record, "provisions": result}, messages


def updated(record: dict, observations: dict[str, Observation], today: datetime.date, whole: bool) -> dict:
    """The record after a person's review: what was observed, and today's date if everything was checked."""
    base, _ = synced(record)
    entries = []
    for entry in base["provisions"]:
        seen = observations.get(entry["url"])
        if seen is not None:
            entry = {**entry, "checked": today.isoformat(), "text_sha256": seen.text_sha256, "status": seen.status,
                     "effects": {effect_id: effect.record() for effect_id, effect in seen.effects.items()}}
        entries.append(entry)
    checked = today.strftime("%Y-%m") if whole else base.get("rules_last_checked")
    return {**base, "rules_last_checked": checked, "provisions": entries}


def _site(value: str) -> str:
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"not an http(s) address: {value!r}")
    return value


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    """Run the check; any unexpected failure is exit 4 (never 1, which means "changed")."""
    try:
        return _main(argv)
    except SystemExit:
        raise  # argparse's exit 2 for bad options
    except Exception as error:  # noqa: BLE001 - the workflow must never read a crash as "changed"
        print(f"check-law: the check failed unexpectedly ({type(error).__name__}: {error}); "
              "nothing is known about the law", file=sys.stderr)
        return UNREADABLE


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/check-law", description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("--from", dest="folders", type=Path, action="append", default=[],
                        help="read saved documents from this folder (repeatable; the first that has a file wins)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--update", action="store_true",
                        help="after a person has reviewed the law: record what legislation.gov.uk says now")
    action.add_argument("--add-missing", action="store_true",
                        help="offline: add provisions new in provisions.py (without a baseline), drop uncited ones")
    parser.add_argument("--only", action="append", default=[], metavar="PATH",
                        help="check only addresses starting with PATH, e.g. ukpga/2014/6/section/55 (repeatable)")
    parser.add_argument("--record", type=Path, default=RECORD, help="the record (default: %(default)s)")
    parser.add_argument("--snippet", type=Path, default=SNIPPET, help="the pages' date snippet (default: %(default)s)")
    parser.add_argument("--site", type=_site, default=SITE, help="the base address to ask (default: %(default)s)")
    parser.add_argument("--timeout", type=_seconds, default=TIMEOUT_SECONDS,
                        help="seconds per request (default: %(default)s)")
    args = parser.parse_args(argv)

    try:
        record = load_record(args.record)
    except Unreadable as error:
        print(f"check-law: {error}", file=sys.stderr)
        return UNREADABLE
    if args.add_missing:
        if args.folders or args.only:
            parser.error("--add-missing reads no documents: it takes no --from or --only")
        new_record, messages = synced(record)
        write_record(args.record, new_record)
        print("\n".join(messages) or "The record already lists every provision in calculators/provisions.py.")
        return NO_CHANGE

    source = Folders(args.folders) if args.folders else Web(args.site.rstrip("/") + "/", args.timeout)
    groups = selected(args.only)
    if not groups:
        parser.error(f"--only {' '.join(args.only)} matches no address in calculators/provisions.py")
    status, findings, observations = check(source, record, groups)
    print(report(status, findings, record, source.describe()))
    if status in (NETWORK_FAILURE, UNREADABLE):
        print(f"check-law: the check is incomplete (exit status {status}); nothing was written", file=sys.stderr)
        return status
    if args.update:
        new_record = updated(record, observations, datetime.date.today(), whole=not args.only)
        write_record(args.record, new_record)
        args.snippet.write_text(snippet_text(new_record["rules_last_checked"]), encoding="utf-8")
        print(f"\nRecorded {len(observations)} addresses in {args.record}; rules last checked "
              f"{new_record['rules_last_checked']}. Commit it with {args.snippet}.")
        return NO_CHANGE
    return status


if __name__ == "__main__":
    sys.exit(main())
