"""How the project's modules hang together: imports read from the source with `ast`,
signal handlers from the signals' own lists of receivers.

A module-level import circle works only while its members happen to be imported in the
right order, and an import moved into a function to break one hides the circle instead of
removing it. So: no module-level cycle among the project's own modules, and an import a
function still makes of a project module says on its line (or the line above) why.
Signal handlers live in their app's `signal_handlers.py` and are connected in
`AppConfig.ready`, so there is one place to look for what happens on a save or a migrate.
"""

import ast
import gc
import io
import tokenize
import weakref
from pathlib import Path

from django.dispatch import Signal

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("portal", "home", "zones", "search")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_sources() -> dict[str, Path]:
    sources = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                sources[module_name(path)] = path
    return sources


def imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool):
    """Every module name the statement may load: `from a.b import c` loads a, a.b and, when c
    is a module, a.b.c."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        package = module if is_package else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = ".".join(part for part in (package, node.module) if part)
    else:
        base = node.module
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def with_parents(name: str):
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def module_level_imports(tree: ast.Module):
    """Imports that run when the module is imported: outside every function (class bodies
    run at import time, so their imports count)."""
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        else:
            pending.extend(ast.iter_child_nodes(node))


def function_level_imports(tree: ast.Module):
    """Imports inside functions (at any depth), each once, in the order of the source."""
    found = {}
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    found[node.lineno] = node
    return [found[line] for line in sorted(found)]


def import_graph(sources: dict[str, Path]) -> dict[str, set[str]]:
    graph = {}
    for module, path in sources.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        targets = set()
        for node in module_level_imports(tree):
            for name in imported_names(node, module, is_package):
                targets.update(part for part in with_parents(name) if part in sources)
        targets.discard(module)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One concrete cycle for every strongly connected component larger than one module
    (Tarjan's algorithm, then a path around the component)."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            connect(node)

    found = []
    for component in components:
        start = min(component)
        # Breadth-first search inside the component for the shortest way back to `start`.
        previous = {start: None}
        queue = [start]
        end = None
        while queue and end is None:
            node = queue.pop(0)
            for target in sorted(graph[node] & component):
                if target == start:
                    end = node
                    break
                if target not in previous:
                    previous[target] = node
                    queue.append(target)
        path = [start]
        while end is not None and end != start:
            path.insert(1, end)
            end = previous[end]
        found.append(path + [start])
    return sorted(found)


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, pending = set(), [start]
    while pending:
        for target in graph[pending.pop()] - seen:
            seen.add(target)
            pending.append(target)
    return seen


def comment_lines(source: str) -> set[int]:
    return {
        token.start[0]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }


def test_graph_reads_the_real_project():
    """The checks below would pass on an empty graph; this one makes sure they do not."""
    graph = import_graph(project_sources())
    assert "portal.events.models" in graph
    assert "portal.core.models" in graph["portal.events.models"]
    assert not any("migrations" in module for module in graph)


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]


def test_relative_imports_are_resolved():
    tree = ast.parse("from . import models\nfrom ..core.blocks import Text\n")
    first, second = tree.body
    assert "portal.events.models" in imported_names(first, "portal.events.views", False)
    assert "portal.core.blocks" in imported_names(second, "portal.events.views", False)


def test_project_import_graph_has_no_cycle():
    found = cycles(import_graph(project_sources()))
    assert not found, "module-level import cycles:\n" + "\n".join(
        " -> ".join(cycle) for cycle in found
    )


def test_models_import_only_leaf_modules():
    """Models stand on choices, blocks, panels, querysets and other apps' models; a module
    they import reaches no models module except through models."""
    graph = import_graph(project_sources())
    models = {module for module in graph if module.rpartition(".")[2] == "models"}
    non_leaf = [
        f"{module} -> {target}"
        for module in sorted(models)
        for target in sorted(graph[module] - models)
        if reachable(graph, target) & models
    ]
    assert not non_leaf, "models import modules that depend on models: " + ", ".join(non_leaf)


def unexplained_imports(module: str, path: Path) -> list[tuple[int, str]]:
    """Imports of project modules inside functions with no comment on their lines or the line
    above; a comment above a run of consecutive imports explains the whole run."""
    source = path.read_text(encoding="utf-8")
    comments = comment_lines(source)
    explained_until = 0  # the last line of the latest explained import
    unexplained = []
    for node in function_level_imports(ast.parse(source, filename=str(path))):
        explained = comments.intersection(range(node.lineno - 1, node.end_lineno + 1)) or (
            explained_until == node.lineno - 1
        )
        if explained:
            explained_until = node.end_lineno
        names = imported_names(node, module, path.name == "__init__.py")
        if not explained and any(name.split(".")[0] in PACKAGES for name in names):
            unexplained.append((node.lineno, source.splitlines()[node.lineno - 1].strip()))
    return unexplained


def test_unexplained_imports_are_found(tmp_path):
    path = tmp_path / "example.py"
    path.write_text(
        "def f():\n"
        "    from portal.core import blocks\n"
        "\n"
        "\n"
        "def g():\n"
        "    # The app registry is not ready when this module is imported.\n"
        "    from portal.core import models\n"
        "    from portal.core import menu\n"
        "    from django.conf import settings\n"
        "    from zones import models as zones  # zones import this module\n"
        "    import json\n"
        "    print(json, menu, models, settings, zones)\n"
        "    import search.text\n",
        encoding="utf-8",
    )
    assert unexplained_imports("example", path) == [
        (2, "from portal.core import blocks"),
        (13, "import search.text"),
    ]


def test_imports_inside_functions_say_why():
    unexplained = []
    for module, path in project_sources().items():
        unexplained += [
            f"{path.relative_to(ROOT)}:{line}: {text}"
            for line, text in unexplained_imports(module, path)
        ]
    assert not unexplained, "imports inside functions without a reason:\n" + "\n".join(unexplained)


def connected_project_handlers() -> set[str]:
    """The project's functions connected to any signal alive in this process."""
    handlers = set()
    # type(), not isinstance(): isinstance would evaluate lazy objects left in memory (e.g. a
    # past response's CSP nonce, which refuses to be read after its response).
    for signal in [obj for obj in gc.get_objects() if issubclass(type(obj), Signal)]:
        for _key, receiver, *_flags in signal.receivers:
            if isinstance(receiver, weakref.ReferenceType):
                receiver = receiver()
            module = getattr(receiver, "__module__", None) or ""
            if module.split(".")[0] in PACKAGES:
                handlers.add(f"{module}.{receiver.__qualname__}")
    return handlers


def test_signal_handlers_live_in_signal_handlers_modules():
    handlers = connected_project_handlers()
    assert "zones.signal_handlers.give_zone_its_editor_group" in handlers
    misplaced = sorted(handler for handler in handlers if ".signal_handlers." not in handler)
    assert not misplaced, "signal handlers outside signal_handlers.py: " + ", ".join(misplaced)


def called_name(call: ast.Call):
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def connections(tree: ast.Module):
    """Calls that connect to a signal: `signal.connect(...)` and `@receiver(...)`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and called_name(node) in ("connect", "receiver"):
            yield node


def test_signals_are_connected_in_app_config_ready():
    found, elsewhere = 0, []
    for module, path in project_sources().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        ready_lines = set()
        if module.endswith(".apps"):
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name == "ready":
                    ready_lines.update(range(node.lineno, node.end_lineno + 1))
        for call in connections(tree):
            found += 1
            if call.lineno not in ready_lines:
                elsewhere.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert found >= 3  # zones, events and reports connect their handlers
    assert not elsewhere, "signals connected outside AppConfig.ready: " + ", ".join(elsewhere)
