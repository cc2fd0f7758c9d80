"""Each module-level name is bound once. The readers are long modules of named patterns, and a
second `_NAME = re.compile(...)` silently replaces the first for every function that reads it at
call time (both `_PEOPLE` and `_AN_OPTION_BEFORE` once did), which no linter rule here reports."""

import ast
from collections import Counter

import pytest

from project_paths import ROOT

SOURCES = sorted(
    path
    for path in ROOT.glob("**/*.py")
    if not {".venv", "build", "node_modules"} & set(path.relative_to(ROOT).parts)
)


def _bound_at_module_level(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_the_sources_are_found():
    assert ROOT / "actions" / "hosting_facts.py" in SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_binds_each_name_once(path):
    names = _bound_at_module_level(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_name_bound_twice_is_found():
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert _bound_at_module_level(tree)["_A"] == 2
