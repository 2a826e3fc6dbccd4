"""The two test passes (conftest.py): `services` tests are deselected, never skipped, when DATABASE_URL and
REDIS_URL are not both set, and run when they are; the services pass refuses to start without them and
leaves out the pure libraries, which the import contracts keep free of Django."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import conftest

ROOT = Path(__file__).resolve().parents[2]

TESTS = """
import pytest

@pytest.mark.services
def test_needs_postgresql_and_redis():
    pass

def test_needs_nothing():
    pass
"""


def _pytest(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_sample.py").write_text(TESTS)
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "PYTEST_ADDOPTS"}}
    clean.update(env, PYTHONPATH=str(ROOT))
    plugins = ["-p", "conftest", "-p", "no:django", "-p", "no:cacheprovider", "-p", "no:xdist"]
    config = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)]
    return subprocess.run(
        [sys.executable, "-m", "pytest", *plugins, *config, *args, str(tmp_path / "test_sample.py")],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_services_tests_are_deselected_on_the_embedded_default(tmp_path: Path) -> None:
    done = _pytest(tmp_path, "-q")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed, 1 deselected" in done.stdout
    assert "skipped" not in done.stdout


def test_services_tests_run_when_both_services_are_named(tmp_path: Path) -> None:
    urls = {"DATABASE_URL": "postgres://postgres@127.0.0.1:1/x", "REDIS_URL": "redis://127.0.0.1:1/0"}
    done = _pytest(tmp_path, "-q", **urls)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout and "deselected" not in done.stdout
    # One of the two is not enough: that is still the embedded default.
    done = _pytest(tmp_path, "-q", DATABASE_URL=urls["DATABASE_URL"])
    assert "1 passed, 1 deselected" in done.stdout


def test_the_services_pass_needs_both_services(tmp_path: Path) -> None:
    done = _pytest(tmp_path, "-q", "--services-pass")
    assert done.returncode == 4  # pytest's usage error
    assert "--services-pass needs DATABASE_URL and REDIS_URL" in done.stderr


def test_the_pure_libraries_are_those_the_import_contracts_keep_free_of_django() -> None:
    assert conftest.PURE == [ROOT / "babbage", ROOT / "compilers"]
    assert conftest.EXEMPT == [ROOT / "babbage" / "web", ROOT / "compilers" / "web"]
