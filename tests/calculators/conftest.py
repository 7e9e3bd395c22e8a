"""Settings for the calculators' tests: a modest Hypothesis profile that also suits Pyodide."""

import os

from hypothesis import settings

# Modest and deadline-free: CI runs on 2 cores, and Pyodide is slower than CPython.
settings.register_profile("calculators", max_examples=150, deadline=None)
# For a deliberate, longer search: HYPOTHESIS_PROFILE=calculators-thorough
settings.register_profile("calculators-thorough", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "calculators"))
