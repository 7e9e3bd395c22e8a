"""Copied by tests/pyodide/run.mjs to /home/pyodide/tests/conftest.py, only inside Pyodide.

WebAssembly runs slower than CPython and its timing is noisy, so hypothesis gets no per-example
deadline there, and no example database on the in-memory file system. The number of examples
and everything the tests assert are unchanged.
"""

from hypothesis import settings

settings.register_profile("pyodide", deadline=None, database=None)
settings.load_profile("pyodide")
