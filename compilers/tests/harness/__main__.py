"""`python -m compilers.tests.harness`: is every reference toolchain the programs' tests need installed?"""

from __future__ import annotations

from compilers import registry
from compilers.tests.harness.reference import MissingTool, require, tool_version


def main() -> int:
    """`python -m compilers.tests.harness`: every reference toolchain of the registry, found or
    missing with what to install. Exits 1 when one is missing (CI's check before the tests)."""
    missing = 0
    for language in registry.LANGUAGES:
        if language.reference is None:
            continue
        try:
            paths = require(language.reference)
        except MissingTool as error:
            print(f"{language.name}: MISSING: {error}")
            missing += 1
            continue
        versions = "; ".join(f"{path}: {tool_version(path).splitlines()[0]}" for path in paths.values())
        print(f"{language.name}: {language.reference.name} ({versions})")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
