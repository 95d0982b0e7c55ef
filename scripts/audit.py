"""Known vulnerabilities of the locked versions: `make audit`, or
`.tools/bin/python scripts/audit.py requirements/production.txt requirements/test.txt`.

pip-audit reads the pins (no install) and asks its vulnerability service (PyPI by default;
PIP_AUDIT_SERVICE=osv for osv.dev). A vulnerability with a fixed version fails the audit; one
without a fix is printed and passes (nothing to move to). A reviewed advisory is left out through
requirements/audit-ignore.toml, with the reason and a date after which it counts again.

When the service cannot be asked, the audit says so and does not pass itself off as clean: it
exits 0 with "NOT AUDITED", or 3 with AUDIT_REQUIRED=true (where the service is reachable, CI
should set it).
"""

import datetime
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

IGNORE_FILE = Path(__file__).resolve().parent.parent / "requirements" / "audit-ignore.toml"
FIXABLE, NOT_AUDITED = 1, 3


def reviewed_advisories(text, today):
    """{advisory id: reason} of the ignore file's entries still in force; an entry without a
    package, reason, review date or end date is refused."""
    ignored = {}
    for entry in tomllib.loads(text).get("ignore", []):
        missing = {"id", "package", "reason", "reviewed", "until"} - entry.keys()
        if missing or not str(entry["reason"]).strip():
            raise SystemExit(f"{IGNORE_FILE.name}: {entry!r} needs {sorted(missing) or 'a reason'}")
        if entry["until"] >= today:
            ignored[entry["id"]] = entry["reason"]
        else:
            print(
                f"{entry['id']} ({entry['package']}): review ended {entry['until']}, counts again"
            )
    return ignored


def verdict(report, ignored):
    """(exit status, lines to print) for pip-audit's JSON report."""
    fixable, unfixed, skipped, out = [], [], [], []
    for dependency in report["dependencies"]:
        name = f"{dependency['name']} {dependency.get('version', '')}".strip()
        if "skip_reason" in dependency:
            skipped.append(name)
            continue
        for vulnerability in dependency.get("vulns", []):
            ids = {vulnerability["id"], *vulnerability.get("aliases", [])}
            fixes = ", ".join(vulnerability.get("fix_versions", []))
            reason = next((ignored[i] for i in sorted(ids) if i in ignored), None)
            line = f"{name}: {vulnerability['id']}" + (f", fixed in {fixes}" if fixes else "")
            if reason:
                out.append(f"ignored (reviewed) {line}: {reason}")
            elif fixes:
                fixable.append(line)
            else:
                unfixed.append(line)
    out += [f"VULNERABLE, a fix exists: {line}" for line in fixable]
    out += [f"vulnerable, no fix yet: {line}" for line in unfixed]
    if skipped:
        out.append(
            f"NOT AUDITED ({len(skipped)} of {len(report['dependencies'])}, the service had no "
            f"answer for them): {', '.join(skipped)}"
        )
    if fixable:
        return FIXABLE, out
    if skipped:
        return NOT_AUDITED, out
    out.append(
        f"{len(report['dependencies'])} pinned packages audited, none with a fixed vulnerability"
    )
    return 0, out


def main(locks):
    command = [
        sys.executable, "-m", "pip_audit", "--require-hashes", "--disable-pip", "--format", "json",
        "--progress-spinner", "off", "--vulnerability-service",
        os.environ.get("PIP_AUDIT_SERVICE", "pypi"),
    ]  # fmt: skip
    for lock in locks:
        command += ["--requirement", lock]
    result = subprocess.run(command, capture_output=True, text=True)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "no output")
        status, out = NOT_AUDITED, ["NOT AUDITED: pip-audit could not ask its service"]
    else:
        ignored = reviewed_advisories(IGNORE_FILE.read_text(), datetime.date.today())
        status, out = verdict(report, ignored)
    print("\n".join(out))
    if status == NOT_AUDITED and os.environ.get("AUDIT_REQUIRED", "").lower() != "true":
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["requirements/production.txt", "requirements/test.txt"]))
