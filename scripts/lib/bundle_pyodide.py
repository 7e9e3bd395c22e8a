"""Copy the Pyodide runtime into the built site and register our calculators wheel in its lock file.

Usage: bundle_pyodide.py SITE_DIR WHEEL
       bundle_pyodide.py SITE_DIR --same-as FINISHED_SITE_DIR

The second form gives a second build of the same pages (scripts/build's Zensical build) the
runtime, the script and the script's build of a site already bundled, without bundling again.

The runtime goes into a versioned folder, SITE_DIR/pyodide/<build>/, where <build> is a hash of
every file in it, and the site's calculators.js is rewritten to load from that folder, and
minified (terser). The pages then load calculators.js?v=<its build> (a hash of its final text), and the script refuses to start
on a page carrying another build. A deploy therefore never mixes files: a lock file cached from an
old deploy can only name the wheel beside it, a page runs only its own build's script, and a page
or worker from the old deploy finds either the old folder whole or nothing (the page then offers
the new version).

Only the files Pyodide needs at run time are copied from node_modules/pyodide (npm ci has
already checked them against package-lock.json), or from $PYODIDE_DIR (scripts/bench's candidate
releases); the loader's name (pyodide.asm.mjs or .js) is written into calculators.js's list. The copied pyodide-lock.json keeps Pyodide's own
`info` block but lists only our wheel, with its sha256, so that the worker's
`loadPyodide({indexURL, packages: ["send-calculators"]})` loads runtime and wheel together and
Pyodide checks the wheel's integrity. The other 350 packages in the original lock are not shipped,
so listing them would only cost readers 119 KB of download.

Then scripts/lib/precompile.mjs writes python_stdlib.zip: a TRIMMED standard library holding only the
modules that Pyodide's start-up and the calculators import, as bytecode (the full library is not
shipped: the pytest-in-Pyodide run takes it from node_modules), and replaces our wheel's sources
with their bytecode; see that script. The lock file is then written again with the wheel's new sha256.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The npm package pyodide, as npm ci installed it; scripts/bench points PYODIDE_DIR at another
# release (fetched with npm pack) to compare runtimes.
PYODIDE = Path(os.environ.get("PYODIDE_DIR", ROOT / "node_modules" / "pyodide")).resolve()
# The loader is pyodide.asm.mjs from Pyodide 314 on, pyodide.asm.js before.
LOADERS = ["pyodide.asm.mjs", "pyodide.asm.js"]
WORKER = Path("javascripts") / "calculators.js"
RUNTIME_URL = '"../pyodide/"'  # in calculators.js: where the runtime is, relative to the script
RUNTIME_LIST = "const RUNTIME_FILES = [];"  # in calculators.js: the runtime's files, to prefetch and keep
SCRIPT_BUILD = 'const BUILD = "";'  # in calculators.js: its build, which the pages' address carries
BUILD_SENTINEL = "@@calculators-build@@"  # the build's place in the minified script, until it is known
SCRIPT_SRC = re.compile(r'(<script type="module" src="(?:\.\./)*javascripts/calculators\.js)"')
VERSIONED_SRC = re.compile(r'<script type="module" src="(?:\.\./)*javascripts/calculators\.js\?v=([0-9a-f]+)"')
BUILD_HASH_LENGTH = 12
PACKAGE_NAME = "send-calculators"  # pyproject.toml [project] name
IMPORT_NAME = "calculators"


def main(site_dir: Path, wheel: Path) -> None:
    runtime = site_dir / "pyodide"
    if runtime.exists():
        shutil.rmtree(runtime)
    target = runtime / "build"
    target.mkdir(parents=True)
    loader = next((name for name in LOADERS if (PYODIDE / name).is_file()), None)
    if loader is None:
        sys.exit(f"bundle_pyodide: no loader ({' or '.join(LOADERS)}) in {PYODIDE}")
    runtime_files = ["pyodide.mjs", loader, "pyodide.asm.wasm"]  # + the trimmed python_stdlib.zip
    for name in runtime_files:
        shutil.copy2(PYODIDE / name, target / name)
    shutil.copy2(wheel, target / wheel.name)

    # Wheel names are {distribution}-{version}-{python tag}-{abi tag}-{platform tag}.whl (PEP 427).
    distribution, version, *_ = wheel.name.split("-")
    if distribution.replace("_", "-") != PACKAGE_NAME:
        sys.exit(f"bundle_pyodide: expected a {PACKAGE_NAME} wheel, got {wheel.name}")
    write_lock(target, target / wheel.name, version)
    subprocess.run(["node", str(ROOT / "scripts" / "lib" / "precompile.mjs"), str(target),
                    str(PYODIDE / "python_stdlib.zip")], check=True)
    write_lock(target, target / wheel.name, version)  # the precompiled wheel's sha256

    build = build_hash(target)
    target.rename(runtime / build)
    worker = site_dir / WORKER
    script = worker.read_text(encoding="utf-8")
    for placeholder in (RUNTIME_URL, RUNTIME_LIST, SCRIPT_BUILD):
        if script.count(placeholder) != 1:
            sys.exit(f"bundle_pyodide: expected {placeholder} once in {worker}")
    script = script.replace(RUNTIME_URL, f'"../pyodide/{build}/"').replace(
        RUNTIME_LIST, f"const RUNTIME_FILES = {json.dumps([*runtime_files, 'python_stdlib.zip'])};").replace(
        SCRIPT_BUILD, f'const BUILD = "{BUILD_SENTINEL}";')
    script = minified(script)
    # The script's own build (its final text with the runtime's folder), carried by every page's
    # address for it: a page from one deploy never runs the script (or so the runtime) of another.
    script_build = hashlib.sha256(script.encode()).hexdigest()[:BUILD_HASH_LENGTH]
    if BUILD_SENTINEL not in script:
        sys.exit(f"bundle_pyodide: the minifier dropped the build of {worker}")
    worker.write_text(script.replace(BUILD_SENTINEL, script_build), encoding="utf-8")
    version_pages(site_dir, script_build)


def same_as(site_dir: Path, finished: Path) -> None:
    """The runtime folder and calculators.js of a site already bundled, and its script's build in the pages."""
    shutil.rmtree(site_dir / "pyodide", ignore_errors=True)
    shutil.copytree(finished / "pyodide", site_dir / "pyodide")
    shutil.copy2(finished / WORKER, site_dir / WORKER)
    builds = {m[1] for page in finished.rglob("*.html")
              for m in VERSIONED_SRC.finditer(page.read_text(encoding="utf-8"))}
    if len(builds) != 1:
        sys.exit(f"bundle_pyodide: {finished} is not bundled (script builds found: {sorted(builds)})")
    version_pages(site_dir, builds.pop())


def version_pages(site_dir: Path, script_build: str) -> None:
    """Every page that loads calculators.js loads calculators.js?v=<its build>."""
    pages = 0
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        versioned, count = SCRIPT_SRC.subn(rf'\1?v={script_build}"', html)
        if count:
            page.write_text(versioned, encoding="utf-8")
            pages += 1
    if not pages:
        sys.exit(f"bundle_pyodide: no page loads {WORKER}")


def minified(script: str) -> str:
    """The script as the site serves it: minified by terser (pinned in package.json), as an ES module.

    calculators.js is both the page's script and the worker's: its comments are for us, and the
    reader's phone downloads about 6 kB instead of 10 kB (gzip). Its strings, the words the
    reader sees and the build's sentinel among them, are kept as they are.
    """
    terser = ROOT / "node_modules" / "terser" / "bin" / "terser"
    done = subprocess.run(["node", str(terser), "--module", "--compress", "--mangle"], input=script,
                          capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"bundle_pyodide: terser could not minify {WORKER}: {done.stderr.strip()}")
    return done.stdout


def build_hash(folder: Path) -> str:
    """A short sha256 of every file's name and content: the versioned folder's name."""
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:BUILD_HASH_LENGTH]


def write_lock(target: Path, wheel: Path, version: str) -> None:
    """Pyodide's lock file with its own `info` block and our wheel as the only package."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    lock["packages"] = {
        PACKAGE_NAME: {
            "name": PACKAGE_NAME,
            "version": version,
            "file_name": wheel.name,
            "install_dir": "site",
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
            "package_type": "package",
            "imports": [IMPORT_NAME],
            "depends": [],
            "unvendored_tests": False,
        }
    }
    (target / "pyodide-lock.json").write_text(json.dumps(lock, indent=1) + "\n", encoding="utf-8")

if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--same-as":
        same_as(Path(sys.argv[1]), Path(sys.argv[3]))
    elif len(sys.argv) == 3:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        sys.exit(__doc__.split("\n\n")[1])
