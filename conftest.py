"""Which test pass runs which tests (README.md, "Two commands"; the Makefile's `test` target).

The embedded pass runs every test with no service at all: tests that need PostgreSQL or Redis are marked
`services` and deselected (reported as deselected, never skipped) unless DATABASE_URL and REDIS_URL are
both set. The services pass (`--services-pass`, with both set) runs only the tests that touch Django: the
pure libraries' tests would run exactly as they did in the embedded pass, so they are not collected. The
pure libraries are the packages whose import contracts in pyproject.toml forbid Django (babbage and
compilers), less the parts those contracts exempt (their web/ folders).
"""

from __future__ import annotations

import gc
import os
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent


def services_configured() -> bool:
    return bool(os.environ.get("DATABASE_URL") and os.environ.get("REDIS_URL"))


def _pure_library_folders() -> tuple[list[Path], list[Path]]:
    """(the pure libraries' folders, the folders inside them that their contracts exempt)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pure: list[Path] = []
    exempt: list[Path] = []
    for contract in config["tool"]["importlinter"]["contracts"]:
        if "django" not in contract.get("forbidden_modules", []):
            continue
        pure += [ROOT.joinpath(*module.split(".")) for module in contract["source_modules"]]
        for rule in contract.get("ignore_imports", []):  # "babbage.web.** -> *"
            importer = rule.split("->")[0].strip().removesuffix(".**")
            exempt.append(ROOT.joinpath(*importer.split(".")))
    return list(dict.fromkeys(pure)), list(dict.fromkeys(exempt))


PURE, EXEMPT = _pure_library_folders()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--services-pass",
        action="store_true",
        help="run only the tests that touch Django, against DATABASE_URL and REDIS_URL",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("services_pass") and not services_configured():
        raise pytest.UsageError("--services-pass needs DATABASE_URL and REDIS_URL (README.md, services mode)")
    # A test process holds what thousands of compiles keep (the routine cache, the assembler's pieces:
    # a million objects and more), which every older-generation collection walks again, while a
    # compile's own garbage is freed by reference counts, bar a few cycles. Automatic collections cost a
    # third of a compiled program's test (20 Java programs at -O0 and -O1: 98 s, 64 s without them);
    # collecting between tests, once enough has been allocated (pytest_runtest_teardown), walks the
    # whole heap far less often (9 s a collection late in a quiet run of every Java and Haskell program).
    # Tests are unchanged: what they run is the same.
    gc.disable()


# Net allocations of tracked objects between the collections of a test process (a Java program's
# test makes about a million): a few hundred MB of cycles at most wait for a collection.
ALLOCATIONS_BETWEEN_COLLECTIONS = 3_000_000


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if gc.get_count()[0] > ALLOCATIONS_BETWEEN_COLLECTIONS:
        gc.collect()


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if not config.getoption("services_pass"):
        return None
    path = collection_path.resolve()
    inside_pure = any(path.is_relative_to(folder) for folder in PURE)
    touches_exempt = any(path.is_relative_to(e) or e.is_relative_to(path) for e in EXEMPT)
    return True if inside_pure and not touches_exempt else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if services_configured():
        return
    needs_services = [item for item in items if item.get_closest_marker("services")]
    if needs_services:
        config.hook.pytest_deselected(items=needs_services)
        items[:] = [item for item in items if not item.get_closest_marker("services")]


def pytest_report_header(config: pytest.Config) -> str:
    if config.getoption("services_pass"):
        return "services pass: the tests that touch Django, against PostgreSQL and Redis"
    if services_configured():
        return "PostgreSQL and Redis (DATABASE_URL, REDIS_URL): every test, `services` ones included"
    return "embedded default: tests marked `services` (PostgreSQL, Redis) are deselected"


@pytest.fixture(autouse=True)
def _course_read_afresh() -> Iterator[None]:
    """No test reads the course kept by an earlier one (curriculum/content_cache.py): a test's changes
    are rolled back without a commit, which the content version cannot see. Only where Django's course
    is loaded: the pure libraries' tests never import it."""
    content_cache = sys.modules.get("curriculum.content_cache")
    if content_cache is not None:
        content_cache.forget()
    yield
