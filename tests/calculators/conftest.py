"""Settings for the calculators' tests: a modest Hypothesis profile that also suits Pyodide."""

from hypothesis import settings

# Modest and deadline-free: CI runs on 2 cores, and Pyodide is slower than CPython.
settings.register_profile("calculators", max_examples=150, deadline=None)
settings.load_profile("calculators")
