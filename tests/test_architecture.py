"""The layer rules are import-linter contracts; this keeps them complete and runs them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import deskapp

ROOT = Path(deskapp.__file__).resolve().parent.parent
NOT_DOMAIN = {"ui", "cli", "__main__", "__init__"}


def contract(name_start: str) -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for item in config["tool"]["importlinter"]["contracts"]:
        if item["name"].startswith(name_start):
            return item
    raise AssertionError(f"no contract starting {name_start!r}")


def test_every_domain_module_is_covered_by_the_no_qt_contract():
    package = Path(deskapp.__file__).parent
    modules = {p.stem for p in package.glob("*.py")} | {p.name for p in package.iterdir()
                                                       if p.is_dir() and (p / "__init__.py").exists()}
    assert {p.stem for p in package.glob("*.py")} <= {"__init__", "__main__", "cli"}, (
        "domain code lives in a capability package, not beside cli.py")
    domain = {f"deskapp.{name}" for name in modules - NOT_DOMAIN}
    listed = set(contract("The domain and the CLI commands")["source_modules"])
    assert domain - listed == set(), "add these to the contract in pyproject.toml"


def test_the_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_of_deskapp_imports_itself_round_a_cycle():
    """auth <-> staff and paths <-> settings were cycles once: a cycle hides which module builds on which."""
    import grimp

    graph = grimp.build_graph("deskapp")
    modules = sorted(m for m in graph.modules if not m.startswith("deskapp.db.migrations"))
    edges = {m: {d for d in graph.find_modules_directly_imported_by(m) if d in graph.modules and d != m}
             for m in modules}
    # Tarjan's strongly connected components: any component of two or more modules is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in edges.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    assert cycles == []
