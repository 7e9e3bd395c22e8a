"""SEND mediation certificate and appeal deadline rules for England, as tested Python.

Scope: England only, decisions under the Children and Families Act 2014 regime (in force
1 September 2014; earlier dates are refused), and disability discrimination claims under the
Equality Act 2010 (conduct from 1 October 2010): against a school at the SEND Tribunal, against
a college, university, private nursery or the local authority at the County Court. Working days use the official GOV.UK England
and Wales bank holidays vendored in ``bank_holidays.json``; dates the data does not cover
are refused, never guessed. Not modelled: the Tribunal's discretion (to accept late appeals
or claims, or to shorten or extend time), Wales (a different system), judicial review, and
complaints. Rules last checked November 2026.

Entry points: :mod:`calculators.browser` (JSON in, JSON out, for the web pages) and
``python -m calculators`` (the command line). The rules live in :mod:`calculators.certificate`,
:mod:`calculators.appeal_deadline`, :mod:`calculators.discrimination` and
:mod:`calculators.timeline`; sentences readers see live only in :mod:`calculators.wording`.
"""
