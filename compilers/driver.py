"""One entry point for every language: source text in, every stage's output and a runnable program out.

    result = compile("c", source, CompileOptions(opt_level=1))
    if result.ok:
        run = run_compiled(result, stdin="3 4\\n")

A stage that reports errors stops the pipeline; an unexpected exception inside a stage becomes an
"internal" diagnostic naming the stage, never a traceback to the caller.
"""

from __future__ import annotations

import functools
import gc
import re
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from babbage import AssemblyError, Program, assemble, encode_deck, run
from babbage.cards import CardError, MountedDeck, mount, run_cards
from babbage.cards.card import LOAD, NUMBER, STORE
from babbage.cards.engine import STORE_SIZE as CARD_STORE_SIZE
from babbage.linker import assemble_parts
from babbage.result import HALTED, EventCallback, OutputEvent, RunEvent, RunResult
from compilers import registry
from compilers.backend import Compiled, generate
from compilers.backend.isel import mangle
from compilers.backend.legalize import legalize_function
from compilers.backend.routines import ROUTINES
from compilers.core.erase import erase, print_term
from compilers.core.simplify import simplify_program
from compilers.core.text import print_program
from compilers.depth import RECURSION_LIMIT, deep_recursion
from compilers.diagnostics import Diagnostic, DiagnosticBag, Span
from compilers.frontends.base import UNCAUGHT_EXIT_STATUS
from compilers.ir import Block, Call, Const, Function, Module, Return, Sym, print_module, verify_module
from compilers.ir.layout import DEFAULT_STORE_CAP, default_heap_words, fitted_store_size, layout_module
from compilers.ir.nodes import clone_function
from compilers.ir.printer import print_function
from compilers.opt import optimise_function, optimise_module
from compilers.opt.printf import specialise_output
from compilers.runtime import LinkError, is_runtime_file, link, runtime_library
from compilers.runtime.link import refresh as refresh_runtime
from compilers.source_text import without_bom
from compilers.tokens import Token

if TYPE_CHECKING:
    from compilers.analysis import Analysis

# Messages for the runtime's TRAP numbers (compilers/runtime/README.md).
TRAP_MESSAGES = {
    1: "heap exhausted: no room left for the words asked for",
    2: "shift by a negative amount",
    3: "no pattern matched",
    4: "uncaught exception",
    5: "assertion or bounds check failed",
    6: "a lazy value depends on itself (an infinite loop)",
    7: "a floating-point result the runtime cannot round with certainty (sin, cos or tan of 2^16 or more, "
    "or a result too close to a midpoint between two doubles)",
}

# The Store of a hand-written assembly program that does not fix one: the Engine's default (ISA.md).
ASSEMBLY_STORE_SIZE = 2000
# The runtime's globals that the driver reads after a run (compilers/runtime/README.md): the highest heap
# address the allocators handed out (+1), and the program's own exit status.
HEAP_PEAK = "__heap_peak"
EXIT_STATUS = "__exit_status"
# Whether the runtime routines' code is made once per process (compilers/backend/routines.py); off only
# to check that the text is the same either way.
_use_routine_cache = True
# Whether each function's code is kept assembled for the process (babbage/linker.py); off only to check
# that the program and its deck are the same either way.
_use_piece_cache = True


@dataclass(frozen=True, slots=True)
class Stage:
    """A stage whose output a reader can see: the explorer's panes, the API's `stages`, `emit --stage`."""

    key: str  # `emit --stage KEY`, the API's key
    title: str  # for people


# In pipeline order. A compile shows the stages it reached and its language has: the core's two only for
# a language that elaborates to the functional core (Frontend.elaborate), none but assembly and deck for
# hand-written assembly.
STAGES = (
    Stage("tokens", "Tokens"),
    Stage("ast", "Syntax tree"),
    Stage("core", "Core, with its types"),
    Stage("erased", "Core after type erasure"),
    Stage("ir", "Intermediate representation"),
    Stage("asm", "Babbage assembly"),
    Stage("deck", "Card deck"),
)


@dataclass(slots=True)
class CompileOptions:
    opt_level: int = 1  # 0: straightforward code for teaching; 1: the optimisation passes
    # A fixed Store for the program to run in (it sizes the heap); None: a Store sized for the program,
    # whose heap and stack can grow up to store_cap words (layout.fitted_store_size).
    store_size: int | None = None
    store_cap: int = DEFAULT_STORE_CAP
    heap_words: int | None = None  # None: half of what the static data leaves, when the program allocates
    # Keep a copy of the module as the front-end lowered it (CompileResult.lowered: the analysis reads it).
    keep_lowered: bool = False


@dataclass(slots=True)
class RuntimePlaces:
    """Where the runtime routines linked into a program are, so that a run stopping inside one can be
    reported in the program's terms: "heap exhausted (in malloc, called at line 8)".

    The routines' cards map to their own files in the deck; they are kept out of the Program's line map
    (every line there is a line of the program: per-line timing adds up by line number alone), and
    `cards` holds them instead. Both `cards` and which lines of the program call each routine are worked
    out only when a run stops inside one (taking the routines' cards out of a whole program's line map
    was a twentieth of a warm compile)."""

    lines: dict[int, tuple[str, int]]  # every card's (file, line), the routines' and the program's
    runtime_files: frozenset[str]  # the routines' files among them
    starts: list[tuple[int, str]]  # (first card, routine), in card order
    linked: Module  # the linked module, as the back end compiled it (nothing changes it afterwards)
    _callers: dict[str, list[int]] | None = None
    _cards: dict[int, tuple[str, int]] | None = None

    @property
    def cards(self) -> dict[int, tuple[str, int]]:
        """card -> (routine's file, line), for the routines' cards."""
        if self._cards is None:
            files = self.runtime_files
            self._cards = {card: where for card, where in self.lines.items() if where[0] in files}
        return self._cards

    def routine_at(self, card: int) -> str | None:
        """The routine a runtime card belongs to: the last one starting at or before it."""
        found = None
        for start, name in self.starts:
            if start > card:
                break
            found = name
        return found

    def callers(self, routine: str) -> list[int]:
        """The lines of the program whose calls can reach the routine (empty when not known)."""
        if self._callers is None:
            self._callers = _runtime_callers(self.linked)
        return self._callers.get(routine, [])


@dataclass(slots=True)
class CompileResult:
    lang: str
    filename: str
    source: str
    ok: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    assembly: str = ""
    deck: str = ""
    program: Program | MountedDeck | None = None
    line_map: dict[int, list[int]] = field(default_factory=dict)  # source line -> card indices
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_cpu_seconds: dict[str, float] = field(default_factory=dict)  # the same stages in CPU time
    static_words: int = 0
    heap_words: int = 0
    stack_words: int | None = None  # the deepest chain of frames; None when it recurses
    frames: dict[str, int] = field(default_factory=dict)  # function -> words of its activation
    # The module as the front-end lowered it, before optimising and linking (CompileOptions.keep_lowered).
    lowered: Module | None = None
    analysis: Analysis | None = None  # made on request by compilers.analysis (the explorer's compile)
    store_size: int = 0  # the Store the program runs in: fixed by the options, or sized for it
    store_fixed: bool = False  # True when the options fixed it
    # Store addresses of the runtime's globals the driver reads after a run, when the program links them.
    heap_peak_address: int | None = None
    exit_status_address: int | None = None
    runtime: RuntimePlaces | None = None  # the linked runtime routines' cards and callers
    # The syntax tree's and the IR's text forms are for people (`emit --stage`, the explorer, the API),
    # not for the pipeline: each is made the first time it is read, from what its stage left, and kept.
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    text_makers: dict[str, Callable[[], str]] = field(default_factory=dict, repr=False)

    @property
    def ast(self) -> str:
        """The checked syntax tree as text ("" when the compile stopped before it)."""
        return self._text("ast")

    @ast.setter
    def ast(self, text: str) -> None:
        self.texts["ast"] = text
        self.text_makers.pop("ast", None)

    @property
    def ir(self) -> str:
        """The IR after optimisation (before linking) as text ("" when the compile stopped before it)."""
        return self._text("ir")

    @ir.setter
    def ir(self, text: str) -> None:
        self.texts["ir"] = text
        self.text_makers.pop("ir", None)

    def stage_text(self, key: str) -> str:
        """The text of the stage `key` (a key of STAGES); "" when the compile has no such stage."""
        if key == "tokens":
            return "\n".join(str(token) for token in self.tokens)
        if key == "asm":
            return self.assembly
        if key == "deck":
            return self.deck
        return self._text(key)

    def stage_texts(self) -> list[tuple[Stage, str]]:
        """Every stage the compile reached, in pipeline order, with its text."""
        found = [(stage, self.stage_text(stage.key)) for stage in STAGES]
        return [(stage, text) for stage, text in found if text]

    def make_texts(self) -> None:
        """Make now every text that would be made when read (before the result leaves the process)."""
        for name in list(self.text_makers):
            self._text(name)

    def _text(self, name: str) -> str:
        text = self.texts.get(name)
        if text is None:
            make = self.text_makers.pop(name, None)
            try:
                text = make() if make is not None else ""
            except Exception as exc:  # a text form that cannot be made must not break its reader
                text = f"(the {name} text could not be made: {type(exc).__name__}: {exc})"
            self.texts[name] = text
        return text

    def render_diagnostics(self) -> str:
        return "\n".join(d.render(self.source) for d in self.diagnostics)


class _Abort(Exception):
    """A stage failed: the diagnostics are already in the bag."""


def _too_large(stage: str, error: type[BaseException]) -> str:
    if issubclass(error, RecursionError):
        return (
            f"the program nests too deeply to compile (the {stage} stage ran out of its "
            f"{RECURSION_LIMIT:,} levels of recursion)"
        )
    return f"the program is too large to compile (the {stage} stage ran out of memory)"


class _Pipeline:
    def __init__(self, result: CompileResult) -> None:
        self.result = result
        self.bag = DiagnosticBag()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), time.process_time()
        too_large: type[BaseException] | None = None
        try:
            yield
        except _Abort:
            raise
        except (RecursionError, MemoryError) as exc:  # the program's size, not a fault of the compiler
            too_large = type(exc)  # told below, once the stage's memory is released
            # The exception outlives this clause (contextlib's __exit__ holds it, and it sits in a cycle
            # with its traceback's frames), and those frames' locals hold what the stage built: empty
            # the frames that have finished, so that it is freed now rather than at the next full
            # collection. A process at its memory limit (a worker's pool process, bounded.py) could
            # otherwise not allocate the diagnostic, the run's write, or the next task it reads.
            traceback.clear_frames(exc.__traceback__)
        except Exception as exc:  # every stage's unexpected failure becomes a diagnostic
            self.bag.error(
                "internal",
                f"internal error in the {name} stage: {type(exc).__name__}: {exc}",
                Span.point(self.result.filename, 1, 1),
            )
            raise _Abort from exc
        finally:
            self.result.stage_seconds[name] = self.result.stage_seconds.get(name, 0.0) + (
                time.perf_counter() - start
            )
            self.result.stage_cpu_seconds[name] = self.result.stage_cpu_seconds.get(name, 0.0) + (
                time.process_time() - cpu
            )
        if too_large is not None:
            if issubclass(too_large, MemoryError):
                gc.collect()  # and what the stage's own objects kept of each other (cycles)
            self.bag.error("limit", _too_large(name, too_large), Span.point(self.result.filename, 1, 1))
            raise _Abort
        if self.bag.has_errors:
            raise _Abort

    def span(self) -> Span:
        return Span.point(self.result.filename, 1, 1)


def preload(langs: tuple[str, ...] = ("c",)) -> None:
    """Pay ahead what a process's first compile would otherwise pay (call it when a worker starts):
    import the front-ends of `langs`, parse and optimise every runtime routine, and compile each
    language's example program. Optional: without it, each of these is done once, the first time a
    compile needs it."""
    for key in langs:
        registry.frontend(key)
    if refresh_runtime():
        ROUTINES.forget_routines()
    runtime_library()
    namespaces = [""]
    for key in langs:  # and each language's own routines (Python's runtime is most of its compile)
        language = registry.get(key)
        if language is not None and language.namespace:
            runtime_library(language.namespace)
            namespaces.append(language.namespace)
    for namespace in namespaces:
        _prepare_routines(namespace)
    _prepare_examples(langs)
    # What is loaded now lives as long as the process: move it out of the garbage collector's sight, so
    # that the collections a compile's allocations trigger stop re-walking the front-ends, the IR classes
    # and the runtime (about a sixth of a compile's time), and so that a worker's forked children keep
    # these pages shared instead of touching them.
    gc.freeze()


def _prepare_examples(langs: tuple[str, ...]) -> None:
    """Compile each language's example program (compilers/examples), so that the functions a front-end
    lowers with every program (LISP's printer, Java's collections) are prepared (_prepare) before a
    worker forks: its first compile finds them too."""
    from compilers.examples import example

    for key in langs:
        source = example(key)
        if source and key not in ("assembly", "cards"):
            compile(key, source)


def _prepare_routines(namespace: str) -> None:
    """Legalise every runtime routine a program of the namespace can link, make its code at -O0 and
    -O1 (ROUTINES keeps both) and assemble it (the linker keeps each routine's cards), as a compile
    linking it would. A routine whose code depends on the program (the heap's size, the calls that
    tail calls unbalance) may still be made again by a compile, once for each such variant."""
    library = runtime_library(namespace)
    routines = [ROUTINES.legalised(clone_function(fn)) for fn in library.functions]
    heap = default_heap_words(Module(list(library.globals), routines), DEFAULT_STORE_CAP)
    # With a main of one line the library is a program, which assemble_parts links from its parts as a
    # compile does: each routine's code is assembled once and kept (babbage/linker.py), so that a
    # worker's first compile assembles only the program's own functions.
    main = Function("main", [], "w", [], [Block("entry", [Return(Const(0), 1)])], 1)
    module = Module(list(library.globals), [main, *routines])
    for optimise in (False, True):
        compiled = generate(module, heap, optimise=optimise, filename="<runtime>", routines=ROUTINES)
        with suppress(AssemblyError):
            assemble_parts(compiled.segments, "<runtime>", compiled.assembly)


def _collector_paused[**P, R](compile_function: Callable[P, R]) -> Callable[P, R]:
    """No cyclic garbage collection while a compile runs. Its stages allocate hundreds of thousands of
    objects that the collector would walk again and again (a sixth of a compile's time, and a share
    that grows with a function's size, since the older generations' collections walk what the compile
    keeps), while nearly all of them are freed by their reference counts, not by the collector. The
    few cycles a compile leaves are collected after it, by the collections its allocations have made
    due; a stage that runs out of memory collects at once (_Pipeline.stage). Resumed only if it was
    running: another thread's compile, or a caller, may have paused it too."""

    @functools.wraps(compile_function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        running = gc.isenabled()
        gc.disable()
        try:
            return compile_function(*args, **kwargs)
        finally:
            if running:
                gc.enable()

    return paused


@_collector_paused
def compile(
    lang: str, source: str, options: CompileOptions | None = None, filename: str = "<input>"
) -> CompileResult:
    """Compile `source` in language `lang` (a registry key). Never raises for a bad program."""
    options = options or CompileOptions()
    source = without_bom(source)  # as the command line reads a file, for text from the editor or the API
    result = CompileResult(lang, filename, source, store_fixed=options.store_size is not None)
    pipe = _Pipeline(result)
    try:
        language = registry.get(lang)
        if language is None:
            known = ", ".join(lang.key for lang in registry.LANGUAGES)
            pipe.bag.error("unknown_language", f"unknown language {lang!r} (one of: {known})", pipe.span())
            raise _Abort
        if lang == "assembly":
            _assemble(pipe, source)
            result.store_size = options.store_size or min(ASSEMBLY_STORE_SIZE, options.store_cap)
        elif lang == "cards":
            _mount(pipe, source)
            result.store_size = CARD_STORE_SIZE  # the card engine's Store is Babbage's, always
        else:
            with deep_recursion():  # the stages walk the tree recursively: depth.py bounds how deep
                _compile_frontend(pipe, language, source, options)
        result.ok = True
    except _Abort:
        result.ok = False
    result.diagnostics = pipe.bag.sorted()
    return result


def _assemble(
    pipe: _Pipeline,
    assembly: str,
    linked: Module | None = None,
    segments: list[tuple[bool, Sequence[str]]] | None = None,
) -> None:
    """Assemble and encode; linked: the module compiled, when it comes from the back end, and
    segments: its assembly in parts (codegen.Compiled), each function's code kept assembled for the
    process (babbage/linker.py), so that a compile assembles only what it has not seen."""
    result = pipe.result
    result.assembly = assembly
    with pipe.stage("assemble"):
        try:
            if segments and _use_piece_cache:
                parts = assemble_parts(segments, result.filename, assembly)
                program, make_deck = parts.program, parts.deck
            else:
                program = assemble(assembly, result.filename)
                make_deck = functools.partial(encode_deck, program)
        except AssemblyError as exc:
            for d in exc.diagnostics:
                pipe.bag.error("assembly", d.message, Span.point(d.file, d.line, d.column))
            raise _Abort from None
        result.program = program
        result.static_words = program.static_size
    with pipe.stage("encode"):
        result.deck = make_deck()  # the deck shows the runtime routines' own lines as well
    with pipe.stage("assemble"):
        runtime_files: frozenset[str] = frozenset()
        facts = _line_facts(program.line_map)
        if linked is not None and any(fn.file is not None for fn in linked.functions):
            result.runtime = _runtime_places(program, linked, facts.files)
            runtime_files = result.runtime.runtime_files
        # The program's own lines: its line map without the routines' cards, and source line -> cards.
        program.line_map, result.line_map = facts.own_lines(runtime_files)


@dataclass(slots=True)
class _LineFacts:
    """What the compile reads of a program's line map (every card's file and line): its files, and its own
    line maps for the runtime files of a compile (_line_maps). Each is a function of the line map alone;
    the last program's are kept (_last_line_facts), for the next compile of the same program or of the
    same edited on a line, whose line map is the same (one comparison, not two passes over its cards)."""

    line_map: dict[int, tuple[str, int]]  # a copy of the line map they are of
    files: frozenset[str]  # the files its cards name
    own: tuple[frozenset[str], dict[int, tuple[str, int]], dict[int, list[int]]] | None = None

    def own_lines(
        self, runtime_files: frozenset[str]
    ) -> tuple[dict[int, tuple[str, int]], dict[int, list[int]]]:
        """_line_maps(line_map, runtime_files), copies of what is kept."""
        own = self.own
        if own is None or own[0] != runtime_files:
            own = self.own = (runtime_files, *_line_maps(self.line_map, runtime_files))
        return own[1].copy(), {line: cards.copy() for line, cards in own[2].items()}


_last_line_facts: _LineFacts | None = None


def _line_facts(line_map: dict[int, tuple[str, int]]) -> _LineFacts:
    global _last_line_facts
    last = _last_line_facts
    if last is not None and last.line_map == line_map:
        return last
    facts = _LineFacts(line_map.copy(), frozenset({where[0] for where in line_map.values()}))
    _last_line_facts = facts  # one assignment, for a compile on another thread
    return facts


def _line_maps(
    line_map: dict[int, tuple[str, int]], runtime_files: frozenset[str]
) -> tuple[dict[int, tuple[str, int]], dict[int, list[int]]]:
    """The line map's cards of files other than runtime_files, and source line -> those cards, in card
    order (one pass over some 30,000 cards: the assembler gives them in card order)."""
    cards = list(line_map)
    items = line_map.items() if cards == sorted(cards) else sorted(line_map.items())
    own = (
        {card: where for card, where in items if where[0] not in runtime_files}
        if runtime_files
        else dict(items)
    )
    lines: dict[int, list[int]] = {}
    for card, (_file, line) in own.items():
        found = lines.get(line)
        if found is None:
            lines[line] = [card]
        else:
            found.append(card)
    return own, lines


def _mount(pipe: _Pipeline, source: str) -> None:
    result = pipe.result
    result.deck = source
    with pipe.stage("mount"):
        try:
            deck = mount(source, result.filename)
        except CardError as exc:
            for d in exc.diagnostics:
                pipe.bag.error("cards", d.message, Span.point(d.file, d.line, max(d.column, 1)))
            raise _Abort from None
        result.program = deck
        for card, line in enumerate(deck.source_lines):
            result.line_map.setdefault(line, []).append(card)


def _compile_frontend(
    pipe: _Pipeline, language: registry.Language, source: str, options: CompileOptions
) -> None:
    result = pipe.result
    with pipe.stage("load"):
        frontend = registry.frontend(language.key)
    if frontend is None:
        pipe.bag.error(
            "unavailable",
            f"{language.name} is not available yet: its compiler is still being built",
            pipe.span(),
        )
        raise _Abort
    bag = pipe.bag
    with pipe.stage("lex"):
        result.tokens = frontend.lex(source, result.filename, bag)
    with pipe.stage("parse"):
        tree = frontend.parse(result.tokens, bag)
    with pipe.stage("check"):
        checked = frontend.check(tree, bag)
        # The lowering reads the checked tree and never changes it, so its text can wait until read.
        result.text_makers["ast"] = lambda: frontend.dump_ast(checked)
    lowered_from = checked
    if frontend.elaborate is not None:
        with pipe.stage("elaborate"):
            core = frontend.elaborate(checked, bag)
            # Core programs are immutable: their texts, too, can wait until read.
            result.text_makers["core"] = lambda: print_program(core)
            result.text_makers["erased"] = lambda: print_term(simplify_program(erase(core))) + "\n"
        lowered_from = core
    with pipe.stage("lower"):
        module = frontend.lower(lowered_from, bag)
        if not isinstance(module, Module):
            raise TypeError(f"lower returned {type(module).__name__}, not an IR Module")
        if options.keep_lowered:  # a copy: the optimiser and the linker change the module in place
            result.lowered = Module(list(module.globals), [clone_function(fn) for fn in module.functions])
    _middle_and_back(pipe, module, options, prepare=True)


@_collector_paused
def compile_module(
    module: Module, options: CompileOptions | None = None, filename: str = "<ir>", lang: str = "ir"
) -> CompileResult:
    """The shared pipeline from an IR module on: verify, optimise, link, generate, assemble. The IR test
    programs and the benchmarks use it; the module is changed in place by the optimiser."""
    options = options or CompileOptions()
    result = CompileResult(lang, filename, "", store_fixed=options.store_size is not None)
    pipe = _Pipeline(result)
    try:
        _middle_and_back(pipe, module, options)
        result.ok = True
    except _Abort:
        result.ok = False
    result.diagnostics = pipe.bag.sorted()
    return result


def _middle_and_back(pipe: _Pipeline, module: Module, options: CompileOptions, prepare: bool = False) -> None:
    """prepare: take the functions an earlier compile of the process prepared from the routine cache
    (_prepare), and keep this compile's for later ones; for a module the pipeline owns (a front-end's),
    never for a caller's, which it could change afterwards."""
    result = pipe.result
    with pipe.stage("verify"):
        if refresh_runtime():  # a runtime file changed since the last compile: nothing of it is kept
            ROUTINES.forget_routines()
        # Each function's text, the key of what is kept of it: found sound (verify), prepared (_prepare).
        texts = [print_function(fn) for fn in module.functions] if prepare and _use_routine_cache else None
        problems = verify_module(module, texts=texts)
        if problems:
            raise ValueError("the IR is malformed: " + "; ".join(problems[:5]))
    with pipe.stage("optimise"):
        optimise = options.opt_level >= 1
        if texts is not None:
            found, fresh = _prepare(module, optimise, texts)
        else:
            found, fresh = {}, {}
            if optimise:
                optimise_module(module)
        # The IR's text is made when read, from a copy of the module's structure taken now: linking
        # adds to the module and legalising replaces instructions in its blocks, but no later stage
        # changes an instruction object (legalising copies one before changing it).
        snapshot = _structure_copy(module)
        result.text_makers["ir"] = lambda: print_module(snapshot)

    def keep_fresh(linked: Module) -> None:
        """Keep the functions prepared here, once legalised, before their code is made: the code
        generator then makes their code as it makes a kept function's, and keeps it, so that the next
        compile of the program (or of the program edited) finds it, not only the one after."""
        for index, key in fresh.items():  # the optimised form as the snapshot holds it
            ROUTINES.keep_prepared(
                key, _structure_copy_of(snapshot.functions[index]), linked.functions[index]
            )

    compiled, linked = _back_end(pipe, module, options, found, keep_fresh if fresh else None)
    _assemble(pipe, compiled.assembly, linked, compiled.segments)


def _prepare(
    module: Module, optimise: bool, texts: list[str]
) -> tuple[dict[int, Function], dict[int, tuple[object, ...]]]:
    """Optimise the module's functions (at -O1), each taken from the routine cache when an earlier
    compile prepared the same text (compilers/backend/routines.py, Prepared): (index -> the kept
    legalised form, for the back end, of each function taken; index -> key of each function made
    here). Optimising a function reads that function alone, as legalising and its code do (given what
    the code cache's key holds), so a function of the same text gives the same code in any program.
    The module-wide rewrite of printing runs first, on every function. texts: each function's text
    before it (a function it rewrites is printed again)."""
    if optimise:
        for index in specialise_output(module):
            texts[index] = print_function(module.functions[index])
    found: dict[int, Function] = {}
    fresh: dict[int, tuple[object, ...]] = {}
    for index, fn in enumerate(module.functions):
        key = (optimise, fn.file, texts[index])
        entry = ROUTINES.prepared(key)
        if entry is not None:
            module.functions[index] = entry.optimised
            found[index] = entry.legalised
            continue
        if optimise:
            optimise_function(fn)
        fresh[index] = key
    return found, fresh


def _structure_copy(module: Module) -> Module:
    """The module's globals, functions and blocks copied, sharing the instructions."""
    return Module(list(module.globals), [_structure_copy_of(fn) for fn in module.functions])


def _structure_copy_of(fn: Function) -> Function:
    """A function, its parameter and slot lists and its blocks copied, sharing the instructions."""
    return Function(
        fn.name,
        list(fn.params),
        fn.ret,
        list(fn.slots),
        [Block(b.label, list(b.instrs)) for b in fn.blocks],
        fn.line,
        fn.file,
    )


def _runtime_places(program: Program, linked: Module, files: frozenset[str]) -> RuntimePlaces:
    """The runtime routines' files among the program's line map's (files: every file it names; their
    cards are taken out of it: they map to the routines' own files, see RuntimePlaces) and where each
    routine starts."""
    line_map = program.line_map
    runtime_files = frozenset(file for file in files if is_runtime_file(file))
    routines = [fn.name for fn in linked.functions if fn.file is not None]
    starts = sorted((program.labels[mangle(name)], name) for name in routines)
    return RuntimePlaces(line_map, runtime_files, starts, linked)


def _runtime_callers(module: Module) -> dict[str, list[int]]:
    """Runtime routine -> the lines of the program whose calls can reach it (through other routines
    too). A routine whose address the program takes can be reached from anywhere: no lines."""
    routines = {fn.name: fn for fn in module.functions if fn.file is not None}
    lines: dict[str, set[int]] = {name: set() for name in routines}
    unknown: set[str] = set()
    for fn in module.functions:
        for block in fn.blocks:
            for ins in block.instrs:
                target = ins.target if isinstance(ins, Call) and ins.direct else None
                for op in ins.uses():
                    if isinstance(op, Sym) and op.name in routines and op is not target:
                        unknown.add(op.name)  # an address taken: callable from anywhere
                if fn.file is None and isinstance(target, Sym) and target.name in routines:
                    line = getattr(ins, "line", None)
                    if line is None:
                        unknown.add(target.name)
                    else:
                        lines[target.name].add(line)
    for g in module.globals:
        unknown.update(i.name for i in g.init if isinstance(i, Sym) and i.name in routines)
    # What a routine calls is reached from wherever the routine is: repeated to a fixed point over the
    # routines' call graph (a handful of routines, a few rounds).
    calls = {
        name: {t.name for t in _direct_targets(fn) if t.name in routines} for name, fn in routines.items()
    }
    changed = True
    while changed:
        changed = False
        for name, callees in calls.items():
            for callee in callees:
                if not lines[name] <= lines[callee]:
                    lines[callee] |= lines[name]
                    changed = True
                if name in unknown and callee not in unknown:
                    unknown.add(callee)
                    changed = True
    return {name: [] if name in unknown else sorted(found) for name, found in lines.items()}


def _direct_targets(fn: Function) -> list[Sym]:
    return [
        ins.target
        for block in fn.blocks
        for ins in block.instrs
        if isinstance(ins, Call) and ins.direct and isinstance(ins.target, Sym)
    ]


def _back_end(
    pipe: _Pipeline,
    module: Module,
    options: CompileOptions,
    found: dict[int, Function],
    linked_hook: Callable[[Module], None] | None = None,
) -> tuple[Compiled, Module]:
    """found: index -> the kept legalised form of each function the routine cache gave (_prepare);
    linked_hook: called with the module once it is linked and legalised, before its code is made."""
    result = pipe.result
    with pipe.stage("link"):
        try:
            for index, fn in enumerate(module.functions):
                if index in found:
                    module.functions[index] = found[index]
                else:
                    legalize_function(fn)
            count = len(module.functions)
            namespace = getattr(registry.get(result.lang), "namespace", "")  # none for IR, C, assembly
            # Only the routines linked still need it (legalising is a no-op on legal IR): each is
            # legalised once per process and shared (nothing after this changes a function), so that
            # its code, too, is made once (ROUTINES), and linking copies none.
            if _use_routine_cache:
                linked = link(
                    module, in_place=True, namespace=namespace, take=ROUTINES.shared, names_of=ROUTINES.names
                )
            else:
                linked = link(module, in_place=True, namespace=namespace)
                for fn in linked.functions[count:]:
                    legalize_function(fn)
        except LinkError as exc:
            for name in exc.names:
                pipe.bag.error("undefined", f"undefined function '{name}'", pipe.span())
            raise _Abort from None
        if linked_hook is not None:
            linked_hook(linked)
    with pipe.stage("codegen"):
        fixed = options.store_size
        room = fixed if fixed is not None else options.store_cap
        heap = options.heap_words if options.heap_words is not None else default_heap_words(linked, room)
        compiled = generate(
            linked,
            heap,
            optimise=options.opt_level >= 1,
            filename=result.filename,
            routines=ROUTINES if _use_routine_cache else None,
        )
        result.static_words = compiled.static_words
        result.heap_words = compiled.heap_words
        result.stack_words = compiled.stack_words
        result.frames = compiled.frames
        result.store_size = (
            fixed
            if fixed is not None
            else fitted_store_size(compiled.static_words, compiled.heap_words, compiled.stack_words, room)
        )
        addresses = layout_module(linked).addresses
        result.heap_peak_address = addresses.get(HEAP_PEAK)
        result.exit_status_address = addresses.get(EXIT_STATUS)
        if compiled.static_words + compiled.heap_words >= room:
            what = "Store's" if fixed is not None else "Store's cap of"
            heap_text = f" and {compiled.heap_words} of heap" if compiled.heap_words else ""
            pipe.bag.error(
                "store",
                f"the program needs {compiled.static_words} words of static data{heap_text}: "
                f"more than the {what} {room} words",
                pipe.span(),
            )
    return compiled, linked


def run_compiled(
    result: CompileResult,
    *,
    stdin: str = "",
    store_size: int | None = None,
    max_steps: int = 10_000_000,
    max_output: int = 65536,
    profile: str = "babbage-1864",
    on_event: EventCallback | None = None,
    event_interval: int = 100_000,
) -> RunResult:
    """Run a successful compile on the Engine (or, for cards, on the card engine). store_size None: the
    Store the compile planned (result.store_size). A store too small for the program's data raises
    babbage.LoadError; an unknown profile raises ValueError or KeyError.

    The result's statistics say how many columns the run used (static data, the heap at its peak as the
    runtime's allocators recorded it, the stack at its deepest), and its exit_code is the program's own
    exit status (0..255, as a process's) when it halted, or the toolchain's (1) when it stopped on its own
    uncaught error (uncaught_report is then set)."""
    if not result.ok or result.program is None:
        raise ValueError("only a successful compile can run")
    program = result.program
    if isinstance(program, MountedDeck):
        outcome = run_cards(
            program,
            stdin=stdin,
            max_steps=max_steps,
            max_output=max_output,
            profile=profile,
            on_event=on_event,
            event_interval=event_interval,
        )
        outcome.stats.store_size = CARD_STORE_SIZE
        outcome.stats.columns_used = len(
            {card.column for card in program.cards if card.kind in (LOAD, STORE, NUMBER)}
        )
    else:
        watched = [a for a in (result.heap_peak_address, result.exit_status_address) if a is not None]
        events = _without_stderr(on_event) if on_event is not None and result.lang != "assembly" else on_event
        outcome = run(
            program,
            stdin=stdin,
            store_size=store_size if store_size is not None else result.store_size or ASSEMBLY_STORE_SIZE,
            max_steps=max_steps,
            max_output=max_output,
            profile=profile,
            on_event=events,
            event_interval=event_interval,
            read_words=watched,
        )
        _read_runtime_words(outcome, result, program)
    front = None
    if result.lang not in ("assembly", "cards"):
        outcome.output, outcome.stderr = split_stderr(outcome.output)
        front = registry.frontend(result.lang) if outcome.status != HALTED else None
        if front is not None:
            outcome.stderr += front.trap_reports.get(outcome.status, "")
    uncaught = front is not None and _end_name(outcome) in front.uncaught_traps
    if uncaught:
        outcome.uncaught_report, outcome.exit_code = "", UNCAUGHT_EXIT_STATUS
    if (
        outcome.status == "trap"
        and outcome.trap_code in TRAP_MESSAGES
        and result.lang not in ("assembly", "cards")
    ):
        outcome.message = f"TRAP {outcome.trap_code}: {TRAP_MESSAGES[outcome.trap_code]}"
    if outcome.status == "trap" and outcome.trap_code == 4 and UNCAUGHT_REPORT in outcome.output:
        outcome.output, report = outcome.output.split(UNCAUGHT_REPORT, 1)
        outcome.message = _with_source_lines(report.rstrip("\n"), result)
        if uncaught:
            outcome.uncaught_report = outcome.message
        # the run stopped where the exception was raised: the traceback's innermost line
        raised = re.findall(r'^  File ".*", line (\d+), in ', report, re.MULTILINE)
        if raised:
            outcome.source_file, outcome.source_line = result.filename, int(raised[-1])
        return outcome
    if outcome.status != HALTED and outcome.card_index is not None and result.runtime is not None:
        _place_in_runtime(outcome, outcome.card_index, result.runtime, result.filename)
    return outcome


def _end_name(outcome: RunResult) -> str:
    """How Frontend.uncaught_traps names a run's end: "trap N" for the IR's trap N, else its status."""
    return f"trap {outcome.trap_code}" if outcome.status == "trap" else outcome.status


# A runtime that reports an uncaught exception itself (Python's traceback) prints this character, then
# the report, then stops with TRAP 4: the report is the run's message, not its output.
UNCAUGHT_REPORT = "\x1e"


# The Engine has one output: a runtime writes a character to standard error as this mark followed by the
# character (C's fprintf(stderr, ...)), and the run's stderr is every marked character, in order.
STDERR_MARK = "\x1f"


def split_stderr(output: str) -> tuple[str, str]:
    """The program's standard output and standard error from the Engine's one output."""
    if STDERR_MARK not in output:
        return output, ""
    pieces = output.split(STDERR_MARK)
    return pieces[0] + "".join(piece[1:] for piece in pieces[1:]), "".join(piece[:1] for piece in pieces[1:])


def _without_stderr(on_event: EventCallback) -> EventCallback:
    """The run's events with the marked standard-error characters taken out of the streamed output, as
    split_stderr takes them out of the whole (a mark and its character may come in different events)."""
    marked = False

    def filtered(event: RunEvent) -> None:
        nonlocal marked
        if isinstance(event, OutputEvent) and (marked or STDERR_MARK in event.text):
            kept: list[str] = []
            for char in event.text:
                if marked:
                    marked = False
                elif char == STDERR_MARK:
                    marked = True
                else:
                    kept.append(char)
            event = OutputEvent(event.kind, "".join(kept))
        on_event(event)

    return filtered


def _with_source_lines(report: str, result: CompileResult) -> str:
    """Under each `  File "...", line N, in f` of a traceback, the program's line N, as CPython shows it."""
    lines = result.source.splitlines()
    out: list[str] = []
    for line in report.split("\n"):
        out.append(line)
        if line.startswith('  File "') and ", line " in line:
            number = line.split(", line ", 1)[1].split(",", 1)[0]
            if number.isdigit() and 1 <= int(number) <= len(lines) and lines[int(number) - 1].strip():
                out.append("    " + lines[int(number) - 1].strip())
    return "\n".join(out)


def _read_runtime_words(outcome: RunResult, result: CompileResult, program: Program) -> None:
    """The runtime's own record of the heap replaces the Engine's highest address written (a block
    handed out counts whether or not it was written; a collector's copying does not), and a halted
    program's exit status is read where the runtime keeps it, reduced to 0..255 as a process's is."""
    stats = outcome.stats
    if result.heap_peak_address is not None:
        peak = outcome.words.get(result.heap_peak_address, 0)
        heap_used = max(peak - program.static_size, 0) if peak else 0
        stats.columns_used = program.static_size + heap_used + stats.max_stack_depth
    if outcome.status == HALTED and result.exit_status_address is not None:
        outcome.exit_code = outcome.words.get(result.exit_status_address, 0) % 256


def _place_in_runtime(outcome: RunResult, card: int, runtime: RuntimePlaces, filename: str) -> None:
    """A run that stopped inside a runtime routine: name the routine in the message and, when one line
    of the program can have called it, report that line; otherwise the routine's own file and line."""
    where = runtime.cards.get(card)
    routine = runtime.routine_at(card)
    if where is None or routine is None:
        return
    lines = runtime.callers(routine)
    if len(lines) == 1:
        outcome.source_file, outcome.source_line = filename, lines[0]
        note = f"in {routine}, called at line {lines[0]}"
    else:
        outcome.source_file, outcome.source_line = where
        note = f"in {routine}"
        if 1 < len(lines) <= 3:
            note += ", called at line " + ", ".join(map(str, lines[:-1])) + f" or {lines[-1]}"
    outcome.message = f"{outcome.message} ({note})" if outcome.message else note
