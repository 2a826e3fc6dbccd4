"""Analysis of a program before it runs (README.md of compilers/, "Analysis"): per function its lines,
cyclomatic complexity, loop nesting depth, recursion and calls; the Store it needs; an estimate of its
Engine cost for one input; warnings. Pure: no Django; the site serves it bounded like a compile.

    analysis = analyse("c", source, stdin="3 4\\n")
    if analysis.ok:
        for fn in analysis.functions: ...
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compilers.analysis.cost import ESTIMATE_STEPS, CostEstimate, estimate_cost
from compilers.analysis.functions import FunctionReport, analyse_functions
from compilers.analysis.warnings import Warning, find_warnings
from compilers.diagnostics import Diagnostic
from compilers.driver import CompileOptions, CompileResult, compile

__all__ = [
    "ESTIMATE_STEPS",
    "Analysis",
    "CostEstimate",
    "FunctionReport",
    "Store",
    "Warning",
    "analyse",
    "analyse_compiled",
]


@dataclass(frozen=True, slots=True)
class Store:
    """The Store the program needs, as the compile laid it out."""

    static_words: int  # globals, strings and constants
    heap_words: int  # the heap the compile reserved (0: the program does not allocate)
    stack_words: int | None  # the deepest chain of frames from main; None: unbounded (it recurses)
    store_size: int  # the Store it runs in
    recursion: list[str]  # the recursive functions that leave the stack unbounded
    stack_note: str  # why the stack has no bound, for people ("" when it has one)

    def as_dict(self) -> dict[str, object]:
        return {
            "static_words": self.static_words,
            "heap_words": self.heap_words,
            "stack_words": self.stack_words,
            "stack_unbounded": self.stack_words is None,
            "stack_note": self.stack_note,
            "store_size": self.store_size,
            "recursion": self.recursion,
        }


@dataclass(slots=True)
class Analysis:
    language: str
    ok: bool  # False: the compile failed; diagnostics say why
    diagnostics: list[Diagnostic] = field(default_factory=list)
    functions: list[FunctionReport] = field(default_factory=list)
    store: Store | None = None
    cost: CostEstimate | None = None
    warnings: list[Warning] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "language": self.language,
            "functions": [f.as_dict() for f in self.functions],
            "store": self.store.as_dict() if self.store else None,
            "cost": self.cost.as_dict() if self.cost else None,
            "warnings": [w.as_dict() for w in self.warnings],
        }


def analyse(
    lang: str,
    source: str,
    stdin: str = "",
    *,
    options: CompileOptions | None = None,
    filename: str = "<input>",
    budget: int = ESTIMATE_STEPS,
) -> Analysis:
    """Compile `source` and analyse it; a failed compile gives its diagnostics and nothing else."""
    options = options or CompileOptions()
    options.keep_lowered = True
    result = compile(lang, source, options, filename=filename)
    if not result.ok:
        return Analysis(lang, False, result.diagnostics)
    return analyse_compiled(result, stdin, budget)


def analyse_compiled(result: CompileResult, stdin: str = "", budget: int = ESTIMATE_STEPS) -> Analysis:
    """Analyse a successful compile (made with CompileOptions.keep_lowered, or no function is read)."""
    module = result.lowered  # None for assembly and cards, which have no functions to read
    functions = analyse_functions(module, result.frames, result.source) if module is not None else []
    recursive = sorted({f.name for f in functions if f.recursion})
    store = Store(
        result.static_words,
        result.heap_words,
        result.stack_words,
        result.store_size,
        recursive,
        _stack_note(result.stack_words, recursive, module is not None),
    )
    return Analysis(
        result.lang,
        True,
        result.diagnostics,
        functions,
        store,
        estimate_cost(result, stdin, budget),
        find_warnings(module, result.lang, result.source) if module is not None else [],
    )


def _stack_note(stack_words: int | None, recursive: list[str], compiled: bool) -> str:
    if stack_words is not None:
        return ""
    if not compiled:
        return "not worked out for a program written for the Engine directly"
    if recursive:
        return "unbounded: " + ", ".join(recursive) + (" recurses" if len(recursive) == 1 else " recurse")
    return "unbounded: calls through a value (a closure, a pointer, a method) may recurse"
