"""A production install carries no demo content, and still starts and serves: the wheel
leaves `portal.demo` out, and the project runs under production settings where it cannot be
imported. fpdf2 is a runtime dependency (the compendium of good practices is written as a
PDF on the server). The runtime lock a server installs from pins what the wheel requires and
no test tool."""

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
# What a checkout holds besides the sources: never part of the wheel.
NOT_SOURCES = {
    ".git",
    ".venv",
    ".tools",
    "build",
    "media",
    "static",
    "test-artifacts",
    "db.sqlite3",
}

# Installed by the test as `sitecustomize`, so it is in force before anything else runs.
BLOCKER = """
import sys
from importlib.abc import MetaPathFinder

MISSING = ("portal.demo",)


class NotInstalled(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == missing or name.startswith(missing + ".") for missing in MISSING):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, NotInstalled())
"""

# What an operator does after `pip install .` (README, "Deploying"), then a visit.
START_AND_SERVE = """
import importlib, json, re
import django
from django.core.management import call_command, get_commands

django.setup()
importable = {}
for name in ("portal.demo",):
    try:
        importlib.import_module(name)
        importable[name] = True
    except ImportError:
        importable[name] = False
call_command("check")
call_command("migrate", interactive=False, verbosity=0)
call_command("createcachetable")
call_command("collectstatic", interactive=False, verbosity=0)

call_command("init_portal", "--organisation", "Gmina bez treści przykładowych")

from django.test import Client
client = Client()
response = client.get("/pl/", secure=True)
html = response.content.decode()
stylesheet = re.search(r'<link[^>]+href="(/static/[^"]+[.]css)"', html).group(1)
print(json.dumps({
    "importable": importable,
    "demo_command": "load_demo_content" in get_commands(),
    "status": response.status_code,
    "title_shown": "Gmina bez treści przykładowych" in html,
    "stylesheet": stylesheet,
    "stylesheet_status": client.get(stylesheet, secure=True).status_code,
}))
"""


def copy_sources(target):
    def ignore(directory, names):
        skipped = {name for name in names if name == "__pycache__" or name.endswith(".egg-info")}
        if Path(directory) == ROOT:
            skipped |= NOT_SOURCES & set(names)
        return skipped

    shutil.copytree(ROOT, target, ignore=ignore)


def build_wheel(tmp_path):
    """The wheel's file names and its METADATA."""
    # A copy, so that setuptools' build/ folder never lands in (or leaks from) the checkout.
    sources = tmp_path / "sources"
    copy_sources(sources)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "--wheel-dir", str(tmp_path / "dist"), str(sources)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [wheel] = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata] = [name for name in names if name.endswith(".dist-info/METADATA")]
        return names, archive.read(metadata).decode()


def test_wheel_has_no_demo_and_requires_fpdf2_to_write_the_compendium(tmp_path):
    names, metadata = build_wheel(tmp_path)
    requirements = re.findall(r"^Requires-Dist: (.+)$", metadata, re.M)

    assert "portal/core/models.py" in names
    assert "portal/templates/base.html" in names
    assert [name for name in names if "/demo/" in name or name.endswith(".ttf")] == []
    fpdf2 = [requirement for requirement in requirements if requirement.startswith("fpdf2")]
    assert any("extra ==" not in requirement for requirement in fpdf2), requirements
    runtime = [requirement for requirement in requirements if "extra ==" not in requirement]
    assert any(requirement.startswith("wagtail") for requirement in runtime)
    # Search clients come only with the extras a SEARCH_URL needs (search/backends.py).
    clients = [r for r in requirements if r.startswith(("opensearch-py", "elasticsearch"))]
    assert {r.split(";")[1].strip() for r in clients} == {
        'extra == "opensearch"',
        'extra == "elasticsearch"',
    }, requirements
    # So does the Redis client, with a CACHE_URL that names Redis (portal/core/cache_url.py).
    redis = [r for r in requirements if r.startswith("redis")]
    assert [r.split(";")[1].strip() for r in redis] == ['extra == "redis"'], requirements
    # And the object-storage client, with a MEDIA_STORAGE_URL (portal/core/media_storage.py).
    storages = [r for r in requirements if r.startswith("django-storages")]
    assert [r.split(";")[1].strip() for r in storages] == ['extra == "s3"'], requirements


def locked_pins(lock):
    """{name: version} of a lock file written by scripts/lock."""
    pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", lock.read_text(), re.M)
    return {canonicalize_name(name): version for name, version in pins}


def test_runtime_lock_pins_what_the_wheel_requires_and_no_test_tool(tmp_path):
    _, metadata = build_wheel(tmp_path)
    # The test tools are a dependency group, never an extra anyone can install from the wheel.
    extras = re.findall(r"^Provides-Extra: (.+)$", metadata, re.M)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert extras == list(pyproject["project"]["optional-dependencies"])
    assert "test" not in extras and "pytest" in str(pyproject["dependency-groups"]["test"])
    runtime = locked_pins(ROOT / "requirements" / "runtime.txt")
    production = locked_pins(ROOT / "requirements" / "production.txt")
    test = locked_pins(ROOT / "requirements" / "test.txt")
    for line in re.findall(r"^Requires-Dist: (.+)$", metadata, re.M):
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        extra = re.search(r'extra == "([^"]+)"', line)
        if extra is None:
            locks = [runtime, production, test]
        else:  # every extra but the demo's is a server's choice
            locks = [test] if extra.group(1) == "demo" else [production, test]
        for pins in locks:
            assert requirement.specifier.contains(pins[name], prereleases=True), (line, pins[name])
    # A server runs what the tests ran.
    assert all(test[name] == version for name, version in production.items())
    assert all(production[name] == version for name, version in runtime.items())
    tools = {"pytest", "pytest-django", "playwright", "ruff", "factory-boy", "setuptools"}
    assert tools & (runtime.keys() | production.keys()) == set()


def test_production_settings_start_and_serve_without_the_demo(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    environment = {
        name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="false",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        EMAIL_URL="smtp://localhost:25",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
        PYTHONPATH=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", START_AND_SERVE],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])

    assert outcome["importable"] == {"portal.demo": False}
    assert outcome["demo_command"] is False
    assert outcome["status"] == 200
    assert outcome["title_shown"]
    assert re.search(r"[.][0-9a-f]{12}[.]css$", outcome["stylesheet"]), outcome["stylesheet"]
    assert outcome["stylesheet_status"] == 200


def test_dev_and_test_settings_install_the_demo():
    code = (
        "from portal.settings import dev, test; "
        "print('portal.demo' in dev.INSTALLED_APPS, 'portal.demo' in test.INSTALLED_APPS)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.split() == ["True", "True"], result.stderr
