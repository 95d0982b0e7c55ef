"""The dependency audit's verdict (scripts/audit.py) on pip-audit's JSON report: a known
vulnerability with a fix fails, one without a fix or reviewed in requirements/audit-ignore.toml
passes, and packages the service could not answer for are never reported as clean."""

import datetime
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("audit", ROOT / "scripts" / "audit.py")
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)

TODAY = datetime.date(2026, 12, 3)


def report(*vulns, skipped=()):
    dependencies = [{"name": "django", "version": "5.2.19", "vulns": list(vulns)}]
    dependencies += [
        {"name": name, "skip_reason": "Dependency not found on PyPI"} for name in skipped
    ]
    return {"dependencies": dependencies, "fixes": []}


FIXED = {"id": "GHSA-aaaa-bbbb-cccc", "aliases": ["CVE-2026-1"], "fix_versions": ["5.2.20"]}
UNFIXED = {"id": "PYSEC-2026-2", "aliases": [], "fix_versions": []}


def test_a_vulnerability_with_a_fix_fails():
    status, out = audit.verdict(report(FIXED, UNFIXED), {})
    assert status == audit.FIXABLE
    assert "VULNERABLE, a fix exists: django 5.2.19: GHSA-aaaa-bbbb-cccc, fixed in 5.2.20" in out
    assert "vulnerable, no fix yet: django 5.2.19: PYSEC-2026-2" in out


def test_no_fix_yet_passes_and_says_so():
    status, out = audit.verdict(report(UNFIXED), {})
    assert status == 0
    assert "vulnerable, no fix yet: django 5.2.19: PYSEC-2026-2" in out


def test_packages_the_service_did_not_answer_for_are_not_audited():
    status, out = audit.verdict(report(skipped=["wagtail"]), {})
    assert status == audit.NOT_AUDITED
    assert out[-1].startswith("NOT AUDITED (1 of 2")


def test_a_reviewed_advisory_is_left_out_by_any_alias_until_its_date():
    ignore = """
[[ignore]]
id = "CVE-2026-1"
package = "django"
reason = "the affected view is not routed"
reviewed = 2026-12-01
until = 2027-01-01
"""
    in_force = audit.reviewed_advisories(ignore, TODAY)
    status, out = audit.verdict(report(FIXED), in_force)
    assert status == 0
    assert out[0].startswith("ignored (reviewed) django 5.2.19: GHSA-aaaa-bbbb-cccc")

    expired = audit.reviewed_advisories(ignore, datetime.date(2027, 1, 2))
    assert audit.verdict(report(FIXED), expired)[0] == audit.FIXABLE


def test_an_ignore_entry_without_a_reason_or_end_date_is_refused():
    with pytest.raises(SystemExit, match="until"):
        audit.reviewed_advisories(
            '[[ignore]]\nid = "X"\npackage = "x"\nreason = "r"\nreviewed = 2026-12-01\n', TODAY
        )
    with pytest.raises(SystemExit, match="a reason"):
        audit.reviewed_advisories(
            '[[ignore]]\nid = "X"\npackage = "x"\nreason = " "\n'
            "reviewed = 2026-12-01\nuntil = 2027-01-01\n",
            TODAY,
        )


def test_the_reviewed_advisories_in_the_repository_are_well_formed():
    audit.reviewed_advisories(audit.IGNORE_FILE.read_text(), TODAY)
