"""Compiles and runs bounded in time and memory by the process that does them.

A compile's cost is not known before it is done (a macro that doubles at each level, a type whose size
is computed the long way), so whatever compiles on behalf of a request is bounded by the operating
system, not by hope:

- a web process (the explorer, the API's compile and validate) compiles in a child process forked from a
  forkserver, whose address space is capped with `resource.setrlimit` and which is killed when its time
  is up; the request gets a diagnostic saying which limit the compile met. The time counts from the
  call: waiting for a free slot is part of it. The forkserver is started when the web process starts
  (`start_compile_server`, asgi.py), so that no request waits for it to prepare the compilers;
- a Celery worker's pool process caps its own address space when it starts (`limit_memory`), and the
  task's time limits stop a run that takes too long.

Pure Python, no Django: the forkserver's children import this module without settings; callers pass the
limits (settings COMPILE_TIME_LIMIT, COMPILE_MEMORY_LIMIT_MB, RUN_MEMORY_LIMIT_MB).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import threading
import time
from multiprocessing import popen_forkserver, spawn
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from collections.abc import Callable

    from compilers.analysis import Analysis
    from compilers.driver import CompileOptions, CompileResult
    from compilers.tokens import Token

MIB = 1024 * 1024
# Children that compile at the same time, per web process: more requests wait their turn.
CONCURRENT_COMPILES = max(2, os.cpu_count() or 2)
# How long a process's first compile may wait for the forkserver to start (a web process starts it as it
# starts: only a compile in its first seconds, or in a process that never started it, waits at all).
FORKSERVER_START_SECONDS = 60.0

_slots = threading.BoundedSemaphore(CONCURRENT_COMPILES)
_context_lock = threading.Lock()
_context: multiprocessing.context.ForkServerContext | None = None
# Set once the forkserver has prepared the compilers and forked a first child (start_compile_server).
_ready = threading.Event()
_warm_up_lock = threading.Lock()
_warm_up: threading.Thread | None = None


def address_space() -> int:
    """Bytes of address space this process has mapped now (/proc/self/statm; 0 where there is none)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        return 0


def limit_memory(megabytes: int) -> None:
    """Caps this process's address space at what it maps now plus `megabytes`: an allocation beyond
    raises MemoryError in Python (which the compiler reports as a diagnostic) instead of growing the
    process until the machine swaps."""
    limit = address_space() + megabytes * MIB
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def compile_bounded(
    language: str,
    source: str,
    options: CompileOptions,
    *,
    filename: str = "<input>",
    seconds: float,
    megabytes: int,
    analyse: bool = False,
) -> CompileResult:
    """driver.compile in a child process bounded by `seconds` of wall time and `megabytes` of memory;
    with `analyse`, a successful compile comes back with its analysis (compilers/analysis, for no input).

    The result comes back with every stage's text made (the syntax tree and the IR are made lazily
    otherwise, inside the limits here) and its tokens as their text; what only a run needs (the loaded
    program, the linked module) is not sent back: a bounded compile is for reading, and runs compile in
    the workers. A compile that meets a limit gives a failed result whose one diagnostic names the limit.
    The `seconds` count from the moment the forkserver is ready (at once in a web process, which starts
    it as it starts): a compile that cannot start in them, every slot taken by others, is told so.
    """

    def limit(message: str) -> CompileResult:
        return _limit_result(language, source, filename, message)

    args = (language, source, options, filename, seconds, megabytes, analyse)
    return _in_child(_compile_child, args, seconds, megabytes, limit)


def analyse_bounded(
    language: str,
    source: str,
    stdin: str,
    options: CompileOptions,
    *,
    filename: str = "<input>",
    seconds: float,
    megabytes: int,
    budget: int,
) -> Analysis:
    """compilers.analysis.analyse in a child process, bounded as compile_bounded bounds a compile (the
    analysis compiles, then runs the program for at most `budget` steps): a limit met is the analysis's
    one diagnostic."""

    def limit(message: str) -> Analysis:
        return _limit_analysis(language, filename, message)

    args = (language, source, stdin, options, filename, seconds, megabytes, budget)
    return _in_child(_analyse_child, args, seconds, megabytes, limit)


def _in_child[T](
    target: Callable[..., None],
    args: tuple[Any, ...],
    seconds: float,
    megabytes: int,
    limit: Callable[[str], T],
) -> T:
    """`target(connection, *args)` in a forkserver child; what it sends back, or `limit(message)` when
    it met a limit (or could not start in time)."""
    if not compile_server_ready(FORKSERVER_START_SECONDS):
        return limit(_busy_message(seconds))
    deadline = time.monotonic() + seconds
    if not _slots.acquire(timeout=seconds):
        return limit(_busy_message(seconds))
    try:
        parent, child = _forkserver().Pipe(duplex=False)
        process = _CompileProcess(target=target, args=(child, *args), name="bounded-compile", daemon=True)
        process.start()
        child.close()
        try:
            if parent.poll(max(0.0, deadline - time.monotonic())):
                try:
                    result: T = parent.recv()
                    return result
                except EOFError:  # the child died before it could answer
                    pass
                process.join(1.0)
                return limit(_limit_met(process, seconds, megabytes))
            return limit(_time_message(seconds))
        finally:
            parent.close()
            if process.is_alive():
                process.kill()
            process.join(5.0)
            process.close()
    finally:
        _slots.release()


def start_compile_server() -> None:
    """Starts the compiles' forkserver in the background (once per process): it imports and prepares
    every front-end and the runtime, seconds of work on a loaded machine that the first compile would
    otherwise wait for. A web process calls it as it starts (asgi.py); compile_bounded calls it too."""
    global _warm_up
    with _warm_up_lock:
        if _warm_up is None:
            _warm_up = threading.Thread(target=_start_forkserver, name="bounded-compile-start", daemon=True)
            _warm_up.start()


def compile_server_ready(timeout: float) -> bool:
    """Whether the forkserver is ready to fork compiles, waiting up to `timeout` seconds for it."""
    start_compile_server()
    return _ready.wait(timeout)


def _start_forkserver() -> None:
    try:
        # Returns once the forkserver, its compilers prepared, has forked this first child.
        process = _CompileProcess(target=_nothing, name="bounded-compile-start", daemon=True)
        process.start()
        process.join()
        process.close()
    finally:
        _ready.set()  # even after a failure: compiles then start the forkserver themselves, as before


def _nothing() -> None:
    pass


def _compile_child(
    connection: Connection,
    language: str,
    source: str,
    options: CompileOptions,
    filename: str,
    seconds: float,
    megabytes: int,
    analyse: bool,
) -> None:
    from compilers import driver
    from compilers.analysis import analyse_compiled
    from compilers.stage_lines import token_text

    limit_memory(megabytes)
    # A backstop to the parent's clock: the kernel stops a child that spins past its time on the CPU.
    cpu = int(seconds) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        options.keep_lowered = analyse
        result = driver.compile(language, source, options, filename=filename)
        if analyse and result.ok:
            try:
                result.analysis = analyse_compiled(result)
            except MemoryError:
                raise
            except Exception:  # a fault of the analysis must not cost the reader the compile's stages
                logging.getLogger(__name__).exception("the analysis of a %s program failed", language)
        result.lowered = None  # read by the analysis only
        result.make_texts()  # the syntax tree's, the core's, the IR's: made here, within the limits
        result.text_makers.clear()
        result.program = None
        result.runtime = None
        # Each token as its text, which is all a reader sees of it: strings travel far faster than
        # objects (100,000 tokens pickle in 0.05 s instead of 5 s).
        # A header's tokens are named by their file (stage_lines.token_text), so that a reader can tell them.
        result.tokens = cast("list[Token]", [token_text(token, filename) for token in result.tokens])
    except MemoryError:
        result = _limit_result(language, source, filename, _memory_message(megabytes))
    try:
        connection.send(result)
    except MemoryError:
        connection.send(_limit_result(language, source, filename, _memory_message(megabytes)))
    connection.close()


def _analyse_child(
    connection: Connection,
    language: str,
    source: str,
    stdin: str,
    options: CompileOptions,
    filename: str,
    seconds: float,
    megabytes: int,
    budget: int,
) -> None:
    from compilers.analysis import analyse

    limit_memory(megabytes)
    cpu = int(seconds) + 2  # the kernel's backstop to the parent's clock, as for a compile
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        analysis = analyse(language, source, stdin, options=options, filename=filename, budget=budget)
    except MemoryError:
        analysis = _limit_analysis(language, filename, _memory_message(megabytes))
    connection.send(analysis)
    connection.close()


def _limit_met(process: multiprocessing.process.BaseProcess, seconds: float, megabytes: int) -> str:
    import signal

    if process.exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return _time_message(seconds)
    return _memory_message(megabytes)


def _time_message(seconds: float) -> str:
    return (
        f"the compile took longer than its limit of {seconds:g} s: "
        "the program is too large or expands too far"
    )


def _busy_message(seconds: float) -> str:
    return (
        f"the compile could not start within its limit of {seconds:g} s: "
        "the server is busy; try again shortly"
    )


def _memory_message(megabytes: int) -> str:
    return f"the compile needed more than its limit of {megabytes} MB of memory: the program is too large"


def _limit_analysis(language: str, filename: str, message: str) -> Analysis:
    from compilers.analysis import Analysis
    from compilers.diagnostics import DiagnosticBag, Span

    bag = DiagnosticBag()
    bag.error("limit", message, Span.point(filename, 1, 1))
    return Analysis(language, False, bag.sorted())


def _limit_result(language: str, source: str, filename: str, message: str) -> CompileResult:
    from compilers.diagnostics import DiagnosticBag, Span
    from compilers.driver import CompileResult

    bag = DiagnosticBag()
    bag.error("limit", message, Span.point(filename, 1, 1))
    return CompileResult(language, filename, source, ok=False, diagnostics=bag.sorted())


class _Popen(popen_forkserver.Popen):
    """Starts a forkserver child that does not import the serving process's main script again.

    multiprocessing has every child import the parent's `__main__` from its path (for functions defined
    there); Daphne's script imports Twisted, which cost each compile more than a second. The target
    here lives in this module, so the child needs no `__main__`: it is left out of the data the child
    prepares itself from."""

    def _launch(self, process_obj: Any) -> None:
        with _launch_lock:
            plain = spawn.get_preparation_data

            def without_main(name: str) -> dict[str, Any]:
                data: dict[str, Any] = plain(name)
                data.pop("init_main_from_path", None)
                data.pop("init_main_from_name", None)
                return data

            spawn.get_preparation_data = without_main
            try:
                super()._launch(process_obj)  # type: ignore[misc]
            finally:
                spawn.get_preparation_data = plain


class _CompileProcess(multiprocessing.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Popen:
        _forkserver()  # its preloads set
        return _Popen(process_obj)


_launch_lock = threading.Lock()


def _forkserver() -> multiprocessing.context.ForkServerContext:
    """The forkserver starts once per process, with the compilers already imported: each compile forks
    a fresh child of it (a few milliseconds), never of the serving process and its threads."""
    global _context
    with _context_lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(
                ["ancient_compute.lib.bounded", "ancient_compute.lib.compiler_preload"]
            )
            _context = context
        return _context
