"""`make mutation`'s report: survivors are known by their function and changed lines, so renumbering keeps them.

mutmut numbers a function's mutants in order: an edit elsewhere in the function gives every later
mutant a new number. The report keys each survivor by what it changes instead, and survivors.txt
must parse whole.
"""

from __future__ import annotations

import importlib.util
import sys

from support.files import REPO

_SPEC = importlib.util.spec_from_file_location("mutation_report", REPO / "mutation" / "report.py")
report = importlib.util.module_from_spec(_SPEC)
sys.modules["mutation_report"] = report
_SPEC.loader.exec_module(report)

DIFF = ["-    return run(args, check=False)", "+    return run(args, check=None)"]


def test_a_survivor_is_keyed_by_its_function_and_lines_not_by_its_number() -> None:
    # GIVEN the same mutant of a function before and after an edit elsewhere renumbered it
    before = report.survivor_key("ai_access.review.git_base.x__git__mutmut_6", DIFF)
    after = report.survivor_key("ai_access.review.git_base.x__git__mutmut_9", DIFF)
    # THEN it has one key, in the project's words
    assert before == after == ("ai_access.review.git_base._git", ("return run(args, check=False)",), ("return run(args, check=None)",))


def test_a_method_is_keyed_by_its_class_and_name() -> None:
    key = report.survivor_key("ai_access.validation.requests.xǁ_RequestChecksǁteam__mutmut_62", ["-        return", "+        break"])
    assert key == ("ai_access.validation.requests._RequestChecks.team", ("return",), ("break",))


def test_an_entry_renders_and_parses_back_and_a_broken_one_is_refused() -> None:
    key = report.survivor_key("ai_access.review.git_base.x__git__mutmut_6", DIFF)
    text = "# a comment\n\n" + report.render_entry(key, "check=None and check=False are the same")
    assert report.parse_reasons(text) == {key: "check=None and check=False are the same"}
    try:
        report.parse_reasons("ai_access.x.f\n- a\nno marker\n")
    except ValueError as error:
        assert "needs its function" in str(error)
    else:
        raise AssertionError("a line without - + = was accepted")


def test_the_committed_survivors_parse_and_each_names_its_lines() -> None:
    reasons = report.parse_reasons((REPO / "mutation" / "survivors.txt").read_text(encoding="utf-8"))
    assert reasons and all(function.startswith("ai_access.") and (removed or added) for function, removed, added in reasons)
