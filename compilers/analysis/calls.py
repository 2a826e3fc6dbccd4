"""The program's call graph, read from the IR's direct calls, and its recursions: the strongly
connected components with a cycle (a function calling itself, or functions calling each other)."""

from __future__ import annotations

from compilers.ir.nodes import Call, Function, Module, Sym, TailCall


def direct_callees(fn: Function) -> list[str]:
    """The functions `fn` calls by name (a call or a tail call), in the order they first appear."""
    names: dict[str, None] = {}
    for block in fn.blocks:
        for ins in block.instrs:
            if isinstance(ins, Call | TailCall) and isinstance(ins.target, Sym):
                names.setdefault(ins.target.name, None)
    return list(names)


def indirect_calls(fn: Function) -> int:
    """How many calls go through a value (a closure, a function pointer, a method's table): their
    callee is not known before the run, so they are not edges of the call graph."""
    return sum(
        1
        for block in fn.blocks
        for ins in block.instrs
        if isinstance(ins, Call | TailCall) and not isinstance(ins.target, Sym)
    )


def call_graph(module: Module) -> dict[str, list[str]]:
    """Function -> the functions of the module it calls directly (calls into the runtime left out)."""
    defined = {fn.name for fn in module.functions}
    return {fn.name: [c for c in direct_callees(fn) if c in defined] for fn in module.functions}


def recursions(graph: dict[str, list[str]]) -> dict[str, list[str]]:
    """Function -> the functions of its recursion (itself included), for every function that can call
    itself, directly or through others; Tarjan's strongly connected components, without recursion in
    Python (a long chain of calls must not meet its limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: dict[str, list[str]] = {}
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            callees = graph.get(node, [])
            if i < len(callees):
                work.append((node, i + 1))
                callee = callees[i]
                if callee not in index:
                    work.append((callee, 0))
                elif callee in on_stack:
                    low[node] = min(low[node], index[callee])
                continue
            if work:  # back in the caller: its low link takes the callee's
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, []):
                    ordered = sorted(component)
                    for member in component:
                        found[member] = ordered
    return found
