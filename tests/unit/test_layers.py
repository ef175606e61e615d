"""The package's layers import one way: every import of a docgen module — at the top of a
module or inside a function — goes to a layer at or below the importing one, the PDF and
DOCX renderers never import each other, and a docgen module is imported inside a function
only where that defers a heavy third-party library or a command's own modules (listed below,
each with its reason)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.documents import ROOT

PACKAGE = ROOT / "docgen"

#: The layers, lowest first.  A module belongs to the layer of its longest matching prefix.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("docgen.version", "docgen.errors", "docgen.chars", "docgen.model", "docgen.resources",
     "docgen.diagnostics", "docgen.formats", "docgen.files", "docgen.cache", "docgen.limits"),
    ("docgen.shapes",),
    ("docgen.readers",),
    ("docgen.cleaner",),
    ("docgen.parser",),
    ("docgen.style",),
    ("docgen.typesetting",),
    ("docgen.fonts",),
    ("docgen.renderers",),
    ("docgen.output",),
    ("docgen.report",),
    ("docgen.check",),
    ("docgen.api",),
    ("docgen.batch",),
    ("docgen.web",),
    ("docgen.cli",),
    ("docgen", "docgen.__main__"),
)

#: Parts of one layer that must not import each other.
INDEPENDENT = (("docgen.renderers.pdf", "docgen.renderers.docx"),)

#: Imports of docgen modules inside functions, each deferring a heavy third-party library
#: that a cold start must not pay for unless the input or the output needs it, or the modules
#: of one command, which a run of another command must not pay for.
DEFERRED = {
    ("docgen.readers", "docgen.readers.docx"): "lxml, for .docx input only",
    ("docgen.readers", "docgen.readers.html"): "BeautifulSoup and lxml, for HTML input only",
    ("docgen.renderers", "docgen.renderers.pdf"): "reportlab, for PDF output only",
    ("docgen.renderers", "docgen.renderers.docx"): "python-docx, for DOCX output only",
    ("docgen.renderers.docx.templatecache", "docgen.renderers.docx.template"):
        "python-docx, only when the style's template is not in the cache folder",
    ("docgen.renderers.docx", "docgen.renderers.docx.embedding"): "python-docx and fontTools, for embedded fonts only",
    ("docgen.cli", "docgen.web.command"): "Starlette and uvicorn, for `docgen serve` only",
    ("docgen.cli", "docgen.cli.batch"): "multiprocessing and the batch runner, for `docgen batch` only",
    ("docgen.cli", "docgen.cli.check"): "the checker and lxml, for `docgen check` only",
    ("docgen.cli", "docgen.cli.convert"): "a command's modules, when it runs",
    ("docgen.cli", "docgen.cli.fonts"): "the PDF renderer's font runs, for `docgen fonts` only",
    ("docgen.cli", "docgen.cli.inspect"): "a command's modules, when it runs",
    ("docgen.cli", "docgen.cli.rules"): "a command's modules, when it runs",
    ("docgen.cli", "docgen.cli.styles"): "the checker's readers and lxml, for `docgen styles learn`",
    ("docgen.cli", "docgen.cli.template"): "a command's modules, when it runs",
    ("docgen.web.command", "docgen.web.app"): "Starlette and uvicorn, for `docgen serve` only",
}


@dataclass(frozen=True)
class Import:
    source: str      # the importing module
    target: str      # the imported docgen module
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports_of(path: Path) -> list[Import]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                found.extend(Import(source, alias.name, child.lineno, in_function)
                             for alias in child.names if alias.name.split(".")[0] == "docgen")
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*anchor, *([child.module] if child.module else [])])
                if base.split(".")[0] != "docgen":
                    continue
                for alias in child.names:
                    name = f"{base}.{alias.name}"
                    found.append(Import(source, name if is_module(name) else base, child.lineno, in_function))
            visit(child, inner)

    visit(tree, False)
    return found


def layer_of(module: str) -> int:
    best, level = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, level = len(prefix), index
    assert level >= 0, f"{module} is in no layer: add it to LAYERS"
    return level


ALL_IMPORTS = [imp for path in sorted(PACKAGE.rglob("*.py")) for imp in imports_of(path)]


def test_the_scan_sees_imports_inside_functions_and_relative_ones():
    # the resolver is what the other tests rely on: check it on known imports
    sources = {(i.source, i.target, i.in_function) for i in ALL_IMPORTS}
    assert ("docgen.cleaner.joining", "docgen.shapes.patterns", False) in sources
    assert ("docgen.renderers", "docgen.renderers.pdf", True) in sources
    assert len(ALL_IMPORTS) > 300


@pytest.mark.parametrize("imp", ALL_IMPORTS, ids=lambda i: f"{i.source}:{i.line}")
def test_no_module_imports_a_higher_layer(imp: Import):
    assert layer_of(imp.target) <= layer_of(imp.source), (
        f"{imp.source} (line {imp.line}) imports {imp.target}, which is in a higher layer")


def test_independent_parts_do_not_import_each_other():
    for group in INDEPENDENT:
        for imp in ALL_IMPORTS:
            mine = [p for p in group if imp.source == p or imp.source.startswith(p + ".")]
            theirs = [p for p in group if imp.target == p or imp.target.startswith(p + ".")]
            assert not (mine and theirs and mine != theirs), f"{imp.source} imports {imp.target}"


def test_docgen_modules_are_imported_inside_functions_only_to_defer_heavy_libraries():
    inside = {(i.source, i.target) for i in ALL_IMPORTS if i.in_function}
    unexplained = sorted(pair for pair in inside if pair not in DEFERRED)
    assert not unexplained, f"function-level imports without a reason in DEFERRED: {unexplained}"


def test_the_layering_test_fails_on_an_upward_import():
    fake = Import("docgen.cleaner.joining", "docgen.parser.patterns", 1, False)
    assert layer_of(fake.target) > layer_of(fake.source)
