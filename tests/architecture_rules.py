"""The checks behind tests/test_architecture.py, as functions of a source tree, so that a test can
run them on a mutated copy and see each one fail.

Each check returns violations as short strings; an empty list is a pass.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
LAYERS = ("ui", "studio", "models", "live", "core")
IO_AND_QT = {"PySide6", "shiboken6", "qasync", "sqlalchemy", "alembic", "websockets", "pyttsx3", "socket",
             "sqlite3", "asyncio", "http", "psycopg"}
# What each layer must not import (app layers by name, third-party and stdlib by top-level package).
FORBIDDEN: dict[str, set[str]] = {
    "core": {"app.ui", "app.studio", "app.models", "app.live", "app.cli"} | IO_AND_QT,
    "models": {"app.ui", "app.studio", "app.live", "app.cli", "PySide6", "shiboken6", "qasync", "websockets"},
    "live": {"app.ui", "app.studio", "app.cli", "PySide6", "shiboken6"},
    "studio": {"app.ui", "app.cli"},
    "ui": {"app.models", "app.live", "app.cli", "sqlalchemy", "alembic", "websockets", "socket", "sqlite3",
           "psycopg"},
}
# Names a widget must never call on a Studio part: they change it in place.
MUTATORS = {"add", "discard", "append", "extend", "insert", "remove", "pop", "popitem", "clear", "update",
            "setdefault", "emit"}


def modules(app: Path) -> Iterator[tuple[Path, str]]:
    """(path, dotted module name) for every source file of the app, migrations aside."""
    for path in sorted(app.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        parts = list(path.relative_to(app.parent).with_suffix("").parts)
        yield path, ".".join(parts)


@functools.cache
def parse(text: str) -> ast.Module:
    """The tree of a source text, parsed once: the mutated copies share all files but one with app/.
    Callers only read the tree."""
    return ast.parse(text)


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in LAYERS else None


def imported(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every module name an import statement reaches, relative imports resolved."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            yield node.lineno, prefix
            for alias in node.names:  # `from app import ui` reaches app.ui
                yield node.lineno, f"{prefix}.{alias.name}"


def _hits(name: str, banned: set[str]) -> str | None:
    return next((b for b in banned if name == b or name.startswith(b + ".")), None)


def layer_violations(app: Path, allowed: dict[str, str] | None = None) -> list[str]:
    """Imports that go against the layer rules; `allowed` maps "path -> module" to a reason."""
    allowed = allowed or {}
    out = []
    for path, module in modules(app):
        layer = layer_of(module)
        if layer is None:
            continue
        tree = parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(app.parent).as_posix()
        for line, name in imported(tree, module, path.name == "__init__.py"):
            hit = _hits(name, FORBIDDEN[layer])
            if hit and f"{rel} -> {hit}" not in allowed:
                out.append(f"{rel}:{line}: {layer} imports {name}")
    return sorted(set(out))


def size_violations(app: Path, allowed: dict[str, str] | None = None) -> list[str]:
    """Modules over 400 lines and functions over 60, unless allowed ("path" or "path::function")."""
    allowed = allowed or {}
    out = []
    for path, _module in modules(app):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(app.parent).as_posix()
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES and rel not in allowed:
            out.append(f"{rel}: {lines} lines")
        for node, qual in _functions(parse(text)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES and f"{rel}::{qual}" not in allowed:
                out.append(f"{rel}::{qual}: {length} lines")
    return out


def _functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node, prefix + node.name
            yield from _functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, f"{prefix}{node.name}.")
        else:
            yield from _functions(node, prefix)


class _StudioWrites(ast.NodeVisitor):
    """Finds writes into the Studio (its fields, its parts' fields, their containers) and its
    store or signals, however it is reached: a parameter named `studio` or typed Studio, a local
    alias (`s = self.studio`, walrus, for/with targets), an alias of one of its containers
    (`b = self.studio.feed.blocked; b.add(x)`, `b |= x`), or an attribute of the widget that holds one
    (`self.s = self.studio` in __init__, `self.s.state = None` elsewhere)."""

    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []
        # Per function: names bound to the Studio itself, and names bound to something reached from it.
        self.roots: list[set[str]] = [set()]
        self.parts: list[set[str]] = [set()]
        self.held: list[set[str]] = [set()]  # per class: `self.<name>` attributes set to a Studio or its part

    def rooted(self, node: ast.expr) -> bool:
        """Is this expression the Studio or something reached from it?"""
        while isinstance(node, ast.Attribute | ast.Subscript | ast.Call | ast.Starred):
            if isinstance(node, ast.Call):  # `getattr(studio, "state")` reaches into it; other calls return new values
                if not (isinstance(node.func, ast.Name) and node.func.id == "getattr" and node.args):
                    return False
                node = node.args[0]
                continue
            if isinstance(node, ast.Attribute) and (node.attr == "studio" or (
                    node.attr in self.held[-1] and isinstance(node.value, ast.Name) and node.value.id == "self")):
                return True
            node = node.value
        return isinstance(node, ast.Name) and (node.id == "studio" or node.id in self.roots[-1]
                                               or node.id in self.parts[-1])

    def _is_root(self, node: ast.expr) -> bool:
        """The Studio itself (not one of its parts): `studio`, `self.studio`, or an alias of either."""
        if isinstance(node, ast.Attribute):
            return node.attr == "studio"
        return isinstance(node, ast.Name) and (node.id == "studio" or node.id in self.roots[-1])

    def _bind(self, name: str, value: ast.expr | None) -> None:
        for group in (self.roots[-1], self.parts[-1]):
            group.discard(name)
        if value is not None and self.rooted(value):
            (self.roots[-1] if self._is_root(value) else self.parts[-1]).add(name)

    def _bind_target(self, target: ast.expr, value: ast.expr | None) -> None:
        if isinstance(target, ast.Name):
            self._bind(target.id, value)
        elif isinstance(target, ast.Tuple | ast.List):  # unpacking from the Studio: every name is a part
            for e in target.elts:
                self._bind_target(e, value if value is None or not self.rooted(value) else ast.Subscript(
                    value=value, slice=ast.Constant(0), ctx=ast.Load()))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        held: set[str] = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign | ast.AnnAssign) and sub.value is not None:
                targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                for t in targets:
                    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self" \
                            and t.attr != "studio" and self.rooted(sub.value):
                        held.add(t.attr)
        self.held.append(held)
        self.generic_visit(node)
        self.held.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        roots = {a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                 if a.annotation is not None and ast.unparse(a.annotation).strip("'\"").split(".")[-1] == "Studio"}
        self.roots.append(roots)
        self.parts.append(set())
        self.generic_visit(node)
        self.roots.pop()
        self.parts.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _target(self, t: ast.expr, line: int) -> None:
        if isinstance(t, ast.Attribute | ast.Subscript) and self.rooted(t.value):
            self.found.append((line, ast.unparse(t)))
        elif isinstance(t, ast.Tuple | ast.List):
            for e in t.elts:
                self._target(e, line)
        elif isinstance(t, ast.Starred):
            self._target(t.value, line)

    def visit_Assign(self, node: ast.Assign) -> None:
        for t in node.targets:
            self._target(t, node.lineno)
            self._bind_target(t, node.value)  # a new alias, or an old name rebound to something else
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._bind(node.target.id, node.value)
        self.generic_visit(node)

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        self._bind_target(node.target, ast.Subscript(value=node.iter, slice=ast.Constant(0), ctx=ast.Load()))
        self.generic_visit(node)

    visit_AsyncFor = visit_For

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            if item.optional_vars is not None:
                self._bind_target(item.optional_vars, item.context_expr)
        self.generic_visit(node)

    visit_AsyncWith = visit_With

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._target(node.target, node.lineno)
        if isinstance(node.target, ast.Name) and node.target.id in self.parts[-1]:  # `blocked |= {x}` in place
            self.found.append((node.lineno, ast.unparse(node.target)))
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._target(node.target, node.lineno)
            if isinstance(node.target, ast.Name):
                self._bind(node.target.id, node.value)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for t in node.targets:
            self._target(t, node.lineno)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "store" and self.rooted(node.value):
            self.found.append((node.lineno, ast.unparse(node)))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in MUTATORS and (
                (isinstance(f.value, ast.Attribute | ast.Subscript) and self.rooted(f.value))
                or (isinstance(f.value, ast.Name) and f.value.id in self.parts[-1])):
            self.found.append((node.lineno, ast.unparse(f)))
        if isinstance(f, ast.Name) and f.id in ("setattr", "delattr") and node.args and self.rooted(node.args[0]):
            self.found.append((node.lineno, ast.unparse(node)))
        if isinstance(f, ast.Attribute) and f.attr in ("__setattr__", "__delattr__") and node.args \
                and self.rooted(node.args[0]):  # object.__setattr__(studio, ...)
            self.found.append((node.lineno, ast.unparse(node)))
        self.generic_visit(node)


def studio_writes(app: Path) -> list[str]:
    """Writes to Studio state from app/ui (every change must be a Studio command)."""
    out = []
    for path, _module in modules(app / "ui"):
        v = _StudioWrites()
        v.visit(parse(path.read_text(encoding="utf-8")))
        rel = path.relative_to(app.parent).as_posix()
        out += [f"{rel}:{line}: {what}" for line, what in v.found]
    return out
