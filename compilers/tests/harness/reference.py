"""The reference oracle: a program built and run by its language's real toolchain (gcc, CPython, GHC,
SBCL, java), from `registry.Language.reference`.

What a run shows (standard output, the last line of standard error, the exit status) is cached by content
in the user's cache directory (`$REFERENCE_CACHE`, else `$XDG_CACHE_HOME/ancient-compute/reference`, else
`~/.cache/ancient-compute/reference`), outside the checkout so that every clone on the machine shares it:
the key is a hash of the source, the input, the commands and the tools' versions, so an unchanged program
is not rebuilt across test sessions and checkouts, and a new compiler version or an edited program is. A
run that timed out is not cached: on a loaded machine it says nothing about the program.
A tool that is not installed is a MissingTool error that says what to install.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import pytest

from compilers.registry import Reference


def default_cache() -> Path:
    """Where reference outcomes are kept (the module docstring says why outside the checkout)."""
    explicit = os.environ.get("REFERENCE_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ancient-compute" / "reference"


BUILD_SECONDS = 300  # GHC's first build of a program on a loaded machine
RUN_SECONDS = 30
CACHE_FORMAT = 1  # bump when ReferenceOutcome changes, so that old entries are not read


class MissingTool(Exception):
    """The reference toolchain is not installed."""


@dataclass(frozen=True, slots=True)
class ReferenceOutcome:
    status: str  # "exited", "build_failed", "signal N" or "timeout"
    stdout: str
    stderr_last: str  # the last non-empty line of standard error (the whole build report if it failed)
    exit_status: int | None  # the program's exit status when it exited


def _placeholders(args: tuple[str, ...], src: Path, exe: Path) -> list[str]:
    return [a.format(src=src, dir=src.parent, exe=exe) for a in args]


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def tools(reference: Reference) -> list[str]:
    """The programs the reference needs on PATH (not the built executable, `{exe}`)."""
    return [tool for tool in reference.executables if "{" not in tool]


def require(reference: Reference) -> dict[str, str]:
    """Each tool's full path; MissingTool naming what to install when one is not on PATH."""
    found: dict[str, str] = {}
    for tool in tools(reference):
        path = shutil.which(tool)
        if path is None:
            raise MissingTool(
                f"the reference toolchain {reference.name} is not installed (`{tool}` is not on PATH): "
                f"install it with `{reference.install}`"
            )
        found[tool] = path
    return found


@cache
def tool_version(path: str) -> str:
    """What `TOOL --version` says (part of the cache key: a new compiler means new reference runs)."""
    try:
        done = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=60, check=False)
    except OSError as error:
        return f"unknown ({error})"
    return (done.stdout + done.stderr).strip()


class ReferenceRunner:
    """Runs programs on reference toolchains, through the content cache in `cache_dir`."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir if cache_dir is not None else default_cache()
        self.runs = 0  # how many programs this runner actually built and ran (cache misses)

    def key(self, reference: Reference, source: str, filename: str, stdin: str) -> str:
        paths = require(reference)
        material = {
            "format": CACHE_FORMAT,
            "source": source,
            "filename": filename,
            "stdin": stdin,
            "build": list(reference.build),
            "run": list(reference.run),
            "tools": {tool: [path, tool_version(path)] for tool, path in sorted(paths.items())},
        }
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()

    def outcome(self, reference: Reference, source: str, filename: str, stdin: str) -> ReferenceOutcome:
        """The reference's run of `source` (saved as `filename`) with `stdin`: from the cache, or run now."""
        entry = self.cache_dir / f"{self.key(reference, source, filename, stdin)}.json"
        try:
            return ReferenceOutcome(**json.loads(entry.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            pass  # not cached yet (or an unreadable entry: run again and replace it)
        found = self._run(reference, source, filename, stdin)
        self.runs += 1
        if found.status == "timeout":
            return found
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        # Written whole then renamed, so that parallel test workers never read half an entry.
        fd, tmp = tempfile.mkstemp(dir=self.cache_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(found), handle)
        os.replace(tmp, entry)
        return found

    def _run(self, reference: Reference, source: str, filename: str, stdin: str) -> ReferenceOutcome:
        with tempfile.TemporaryDirectory(prefix="reference-") as tmp:
            src = Path(tmp) / Path(filename).name
            src.write_text(source, encoding="utf-8")
            exe = Path(tmp) / "program"
            if reference.build:
                try:
                    build = subprocess.run(
                        _placeholders(reference.build, src, exe),
                        cwd=tmp,
                        capture_output=True,
                        text=True,
                        timeout=BUILD_SECONDS,
                        check=False,
                    )
                except subprocess.TimeoutExpired:
                    return ReferenceOutcome("timeout", "", f"the build took over {BUILD_SECONDS} s", None)
                if build.returncode != 0:
                    return ReferenceOutcome("build_failed", build.stdout, build.stderr.strip(), None)
            try:
                run = subprocess.run(
                    _placeholders(reference.run, src, exe),
                    cwd=tmp,
                    input=stdin,
                    capture_output=True,
                    text=True,
                    timeout=RUN_SECONDS,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                return ReferenceOutcome("timeout", "", f"the run took over {RUN_SECONDS} s", None)
        if run.returncode < 0:
            return ReferenceOutcome(f"signal {-run.returncode}", run.stdout, _last_line(run.stderr), None)
        return ReferenceOutcome("exited", run.stdout, _last_line(run.stderr), run.returncode)


def outcome_or_fail(
    runner: ReferenceRunner, reference: Reference, source: str, filename: str, stdin: str
) -> ReferenceOutcome:
    """The reference's outcome; a missing toolchain fails the test (never skips it) with what to install."""
    try:
        return runner.outcome(reference, source, filename, stdin)
    except MissingTool as missing:
        pytest.fail(str(missing), pytrace=False)
