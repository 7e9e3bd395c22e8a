# ---- Added by tests/pyodide/run.mjs, only inside Pyodide --------------------------------------
# run.mjs writes /home/pyodide/tests/conftest.py as the repository's tests/conftest.py (if any)
# followed by this block. WebAssembly runs slower than CPython and its timing is noisy, so
# hypothesis gets no per-example deadline there, and no example database on the in-memory file
# system. Everything else (the number of examples, the profile loaded above) is inherited
# unchanged, and so is everything the tests assert.
from hypothesis import settings as _hypothesis_settings

_hypothesis_settings.register_profile("pyodide", _hypothesis_settings(deadline=None, database=None))
_hypothesis_settings.load_profile("pyodide")
