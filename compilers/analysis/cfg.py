"""A function's control-flow graph read from the IR: which blocks are reached, its cyclomatic
complexity, and its loops (natural loops found from back edges with dominators)."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.ir.nodes import Function, Halt, Return, TailCall, Trap, successors

# Terminators that leave the function (to its caller, or stop the Engine).
_EXITS = (Return, TailCall, Halt, Trap)


@dataclass(frozen=True, slots=True)
class Graph:
    entry: str
    edges: dict[str, list[str]]  # block -> its successors, for the blocks reached from the entry
    exits: frozenset[str]  # blocks whose terminator leaves the function


def graph(fn: Function) -> Graph:
    """The blocks reached from the entry and their edges (an unreachable block is not part of the
    program's paths, so it counts for nothing here; warnings.py reports it)."""
    blocks = {b.label: b for b in fn.blocks}
    entry = fn.blocks[0].label
    edges: dict[str, list[str]] = {}
    exits: set[str] = set()
    todo = [entry]
    while todo:
        label = todo.pop()
        if label in edges or label not in blocks:
            continue
        term = blocks[label].terminator
        targets = successors(term) if term is not None else []
        edges[label] = [t for t in targets if t in blocks]
        if isinstance(term, _EXITS):
            exits.add(label)
        todo.extend(edges[label])
    return Graph(entry, edges, frozenset(exits))


def unreachable(fn: Function) -> list[str]:
    """The labels of the blocks no path from the entry reaches, in the function's order."""
    reached = graph(fn).edges
    return [b.label for b in fn.blocks if b.label not in reached]


def complexity(g: Graph) -> int:
    """McCabe's cyclomatic complexity E - N + 2 of the graph with one exit node added, to which every
    block that leaves the function has an edge: the number of independent paths through it (a
    function whose two branches each return has two, which E - N + 2 without that node would miss)."""
    nodes = len(g.edges) + 1
    edges = sum(len(targets) for targets in g.edges.values()) + len(g.exits)
    return edges - nodes + 2


def _predecessors(g: Graph) -> dict[str, list[str]]:
    preds: dict[str, list[str]] = {label: [] for label in g.edges}
    for label, targets in g.edges.items():
        for t in targets:
            preds[t].append(label)
    return preds


def immediate_dominators(g: Graph) -> dict[str, str]:
    """Block -> its immediate dominator (the entry's is itself): Cooper, Harvey and Kennedy's iteration
    over reverse postorder, in memory linear in the blocks (a function of 20,000 nested ifs included)."""
    order = reverse_postorder(g)
    number = {label: i for i, label in enumerate(order)}
    preds = _predecessors(g)
    idom: dict[str, str] = {g.entry: g.entry}

    def intersect(a: str, b: str) -> str:
        while a != b:
            while number[a] > number[b]:
                a = idom[a]
            while number[b] > number[a]:
                b = idom[b]
        return a

    changed = True
    while changed:
        changed = False
        for label in order[1:]:
            done = [p for p in preds[label] if p in idom]
            new = done[0]
            for p in done[1:]:
                new = intersect(p, new)
            if idom.get(label) != new:
                idom[label], changed = new, True
    return idom


def dominator_intervals(g: Graph) -> dict[str, tuple[int, int]]:
    """Block -> (entry, exit) times of a walk of the dominator tree: `a` dominates `b` when b's interval
    lies within a's, a test in constant time (a walk up the tree would cost its depth each time)."""
    idom = immediate_dominators(g)
    children: dict[str, list[str]] = {label: [] for label in idom}
    for label, up in idom.items():
        if label != up:
            children[up].append(label)
    times: dict[str, tuple[int, int]] = {}
    clock = 0
    stack: list[tuple[str, bool]] = [(g.entry, False)]
    started: dict[str, int] = {}
    while stack:
        label, leaving = stack.pop()
        clock += 1
        if leaving:
            times[label] = (started[label], clock)
            continue
        started[label] = clock
        stack.append((label, True))
        stack.extend((child, False) for child in children[label])
    return times


def _dominates(times: dict[str, tuple[int, int]], a: str, b: str) -> bool:
    return times[a][0] <= times[b][0] and times[b][1] <= times[a][1]


def reverse_postorder(g: Graph) -> list[str]:
    seen: set[str] = set()
    post: list[str] = []
    stack: list[tuple[str, int]] = [(g.entry, 0)]
    seen.add(g.entry)
    while stack:  # iterative: a long function must not meet Python's recursion limit
        label, i = stack.pop()
        targets = g.edges[label]
        if i < len(targets):
            stack.append((label, i + 1))
            t = targets[i]
            if t not in seen:
                seen.add(t)
                stack.append((t, 0))
        else:
            post.append(label)
    return post[::-1]


def loops(g: Graph) -> dict[str, set[str]]:
    """Loop header -> the blocks of its natural loop: for each back edge n -> h (h dominates n), h and
    every block that reaches n without passing h; back edges to one header make one loop."""
    times = dominator_intervals(g)
    preds = _predecessors(g)
    found: dict[str, set[str]] = {}
    for n, targets in g.edges.items():
        for h in targets:
            if _dominates(times, h, n):
                body = found.setdefault(h, {h})
                todo = [n]
                while todo:
                    b = todo.pop()
                    if b not in body:
                        body.add(b)
                        todo.extend(preds[b])
    return found


def loop_depth(g: Graph) -> int:
    """The deepest nesting of loops: the most loops any one block lies in (0 without a loop)."""
    depth: dict[str, int] = {}
    for body in loops(g).values():
        for label in body:
            depth[label] = depth.get(label, 0) + 1
    return max(depth.values(), default=0)
