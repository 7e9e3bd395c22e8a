"""Copy the Pyodide runtime into the built site and register our calculators wheel in its lock file.

Usage: bundle_pyodide.py SITE_DIR WHEEL

Only the five files Pyodide needs at run time are copied from node_modules/pyodide (npm ci has
already checked them against package-lock.json). The copied pyodide-lock.json keeps Pyodide's own
`info` block but lists only our wheel, with its sha256, so that the worker's
`loadPyodide({indexURL, packages: ["send-calculators"]})` loads runtime and wheel together and
Pyodide checks the wheel's integrity. The other 350 packages in the original lock are not shipped,
so listing them would only cost readers 119 KB of download.

Last, scripts/precompile.mjs stores the standard-library modules that a start imports, and our
package, as bytecode in the copied python_stdlib.zip and in the wheel (Pyodide ships the standard
library as source only), which cuts the time from first interaction to "ready" by more than half;
see that script. The lock file is then written again with the wheel's new sha256.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
RUNTIME_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]
PACKAGE_NAME = "send-calculators"  # pyproject.toml [project] name
IMPORT_NAME = "calculators"


def main(site_dir: Path, wheel: Path) -> None:
    target = site_dir / "pyodide"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in RUNTIME_FILES:
        shutil.copy2(PYODIDE / name, target / name)
    shutil.copy2(wheel, target / wheel.name)

    # Wheel names are {distribution}-{version}-{python tag}-{abi tag}-{platform tag}.whl (PEP 427).
    distribution, version, *_ = wheel.name.split("-")
    if distribution.replace("_", "-") != PACKAGE_NAME:
        sys.exit(f"bundle_pyodide: expected a {PACKAGE_NAME} wheel, got {wheel.name}")
    write_lock(target, target / wheel.name, version)
    subprocess.run(["node", str(ROOT / "scripts" / "precompile.mjs"), str(site_dir)], check=True)
    write_lock(target, target / wheel.name, version)  # the precompiled wheel's sha256


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
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    main(Path(sys.argv[1]), Path(sys.argv[2]))
