"""The project's imports go one way: no import circles between its modules, and the layers of
README.md's "Layers" (the contract in pyproject.toml) kept. Imports inside functions count too:
an import moved into a function still ties the two modules together."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("marketplace", "catalogue", "outlets", "cms", "themes")


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or around a loop (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return sorted(circles)


def project_graph() -> grimp.ImportGraph:
    sys.path.insert(0, str(ROOT))
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def test_no_import_circles_between_the_projects_modules():
    circles = import_circles(project_graph())
    assert circles == [], "import circles:\n" + "\n".join(" ⇄ ".join(c) for c in circles)


def test_the_circle_check_sees_a_circle_hidden_in_a_function(tmp_path, monkeypatch):
    package = tmp_path / "loopy"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text("from loopy.rules import rule\n")
    (package / "rules.py").write_text(
        textwrap.dedent(
            """
            def rule():
                from loopy.models import Thing  # the import a reader does not see at the top
                return Thing
            """
        )
    )
    (package / "alone.py").write_text("import loopy.rules\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    circles = import_circles(grimp.build_graph("loopy", cache_dir=None))

    assert circles == [["loopy.models", "loopy.rules"]]


def test_the_layer_contract_holds():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Contracts: 1 kept, 0 broken." in result.stdout
