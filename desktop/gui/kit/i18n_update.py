"""Refreshing ``resources/i18n/*.ts`` from the sources (developers; ``make translations-update``).

``python -m desktop.gui.kit.i18n_update [--no-obsolete] [TS...]`` runs pyside6-lupdate on a copy of the GUI
sources in which our ``tr(context, text)`` helper calls are spelled the way lupdate understands; existing
translations are kept. Kept apart from :mod:`desktop.gui.kit.i18n` so that start-up loads none of it.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

# Updating the .ts files (developers) ----------------------------------------------------------
_ROOT = Path(__file__).resolve().parents[3]


def translation_sources(root: Path = _ROOT) -> list[Path]:
    """The Python files whose strings go into the .ts files, relative to ``root`` (not the code generated from
    the forms: lupdate reads the forms themselves, :func:`form_sources`)."""
    files = sorted(p.relative_to(root) for p in (root / "desktop" / "gui").rglob("*.py")
                   if "generated" not in p.parts and "__pycache__" not in p.parts)
    return [*files, Path("desktop/app.py")]


def form_sources(root: Path = _ROOT) -> list[Path]:
    """The Designer forms (``ui/**/*.ui``), relative to ``root``: their texts are translated by form class."""
    return sorted(p.relative_to(root) for p in (root / "ui").rglob("*.ui"))


def _wrapper_context(node: ast.stmt, known: dict[str, str]) -> tuple[str, str] | None:
    """``def f(text): return tr("Ctx", text)`` or ``f = known_wrapper``: (name, "Ctx"), else None."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
            and isinstance(node.value, ast.Name) and node.value.id in known:
        return node.targets[0].id, known[node.value.id]
    if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
        return None
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(call := body[0].value, ast.Call):
        return None
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if name not in ("tr", "translate") or len(call.args) != 2:
        return None
    ctx, text = call.args
    if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str) and isinstance(text, ast.Name) \
            and text.id == node.args.args[0].arg:
        return node.name, ctx.value
    return None


def lupdate_spelling(source: str, plurals: dict[str, list[str]] | None = None) -> str:
    """Rewrite the helper calls as ``translate("Context", ...)`` on the same lines (see the module doc).

    Plural calls ``tr(context, text, disambiguation, n)`` are hidden from lupdate (6.11 only sees plurals in
    ``self.tr``) and collected into ``plurals`` (context -> texts) for :func:`plural_stub`.
    """
    tree = ast.parse(source)
    edits: list[tuple[int, int, int, str]] = []  # (line, start col, end col, replacement), UTF-8 columns
    plurals = {} if plurals is None else plurals

    def visit(body: Iterable[ast.AST], outer: dict[str, str]) -> None:
        env = dict(outer)
        body = list(body)
        for stmt in body:
            if isinstance(stmt, ast.stmt) and (found := _wrapper_context(stmt, env)) is not None:
                env[found[0]] = found[1]
        for stmt in body:
            for node in _walk_scope(stmt):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
                    continue
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
                    continue
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    continue
                func = node.func
                second = node.args[1] if len(node.args) >= 2 else None
                if func.id == "tr" and len(node.args) >= 4 and isinstance(second, ast.Constant) \
                        and isinstance(second.value, str):
                    # A plural: lupdate (6.11) only sees plurals in self.tr(); hide this call from it and
                    # repeat the message in a class named after the context, after the code.
                    edits.append((func.lineno, func.col_offset, func.end_col_offset or 0, "_relance_plural"))
                    plurals.setdefault(str(first.value), []).append(second.value)
                elif func.id == "tr" and len(node.args) >= 2:
                    edits.append((func.lineno, func.col_offset, func.end_col_offset or 0, "translate"))
                elif func.id in env and func.id != "tr":
                    edits.append((func.lineno, func.col_offset, func.end_col_offset or 0, "translate"))
                    edits.append((first.lineno, first.col_offset, first.col_offset, f'"{env[func.id]}", '))
            for inner in _inner_scopes(stmt):
                visit(inner, env)

    visit(tree.body, {})
    lines = source.splitlines(keepends=True)
    encoded = [line.encode("utf-8") for line in lines]
    for line, start, end, text in sorted(edits, reverse=True):
        raw = encoded[line - 1]
        encoded[line - 1] = raw[:start] + text.encode("utf-8") + raw[end:]
    if encoded and not encoded[-1].endswith(b"\n"):
        encoded.append(b"\n")
    # lupdate reads an f-string as one opaque string: repeat the calls made inside one after the code.
    for context, text in _calls_in_fstrings(tree):
        encoded.append(f"translate({context!r}, {text!r})\n".encode())
    return b"".join(encoded).decode("utf-8")


def plural_stub(plurals: dict[str, list[str]]) -> str:
    """A Python file lupdate reads the plural messages from: one class per context, ``self.tr(text, "", n)``."""
    parts = []
    for context, texts in sorted(plurals.items()):
        body = "".join(f"        self.tr({text!r}, '', 0)\n" for text in dict.fromkeys(texts))
        parts.append(f"class {context}:\n    def _relance_plurals(self):\n{body}\n\n")
    return "".join(parts)


def _calls_in_fstrings(tree: ast.Module) -> list[tuple[str, str]]:
    """(context, text) of ``self.tr("text")`` and ``tr("Context", "text")`` calls inside f-strings."""
    found: list[tuple[str, str]] = []

    def walk(node: ast.AST, classes: tuple[str, ...], in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            classes = (*classes, node.name)
        in_fstring = in_fstring or isinstance(node, ast.JoinedStr)
        if in_fstring and isinstance(node, ast.Call) and node.args:
            args = node.args
            strings = [a.value for a in args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                    and func.value.id == "self" and classes and strings:
                found.append((classes[-1], strings[0]))
            elif isinstance(func, ast.Name | ast.Attribute) and len(strings) == 2 \
                    and (func.id if isinstance(func, ast.Name) else func.attr) in ("tr", "translate"):
                found.append((strings[0], strings[1]))
        for child in ast.iter_child_nodes(node):
            walk(child, classes, in_fstring)

    walk(tree, (), False)
    return found


def _walk_scope(node: ast.AST) -> Iterable[ast.AST]:
    """The nodes of ``node`` without descending into nested functions or classes (visited on their own)."""
    yield node
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        for child in [*node.decorator_list, *getattr(node, "bases", [])]:
            yield from _walk_scope(child)
        if not isinstance(node, ast.ClassDef):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    yield from _walk_scope(default)
        return
    for child in ast.iter_child_nodes(node):
        yield from _walk_scope(child)


def _inner_scopes(node: ast.AST) -> Iterable[list[ast.stmt]]:
    """The bodies of the functions and classes defined in ``node`` (lambdas share their scope's names)."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        yield node.body
        return
    for child in ast.iter_child_nodes(node):
        yield from _inner_scopes(child)


def lupdate_tool() -> Path:
    """``pyside6-lupdate`` next to the running interpreter (the venv), else on PATH."""
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return here if here.exists() else Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def update_ts(ts_files: Sequence[Path], root: Path = _ROOT, *, extra_args: Sequence[str] = ()) -> str:
    """Run lupdate over the GUI sources into ``ts_files`` (kept translations stay; gone ones turn obsolete).

    A file named ``*_fr.ts`` receives the French plural forms (``%n`` messages, filled by hand) and, generated
    here from the sources, the French typography of every text that needs it (:func:`fill_french`). Returns
    lupdate's output.
    """
    output = []
    with tempfile.TemporaryDirectory(prefix="relance-lupdate-") as tmp:
        work = Path(tmp)
        plurals: dict[str, list[str]] = {}
        for rel in translation_sources(root):
            target = work / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(lupdate_spelling((root / rel).read_text(encoding="utf-8"), plurals),
                              encoding="utf-8")
        stub = work / "desktop" / "gui" / "_relance_plurals.py"
        stub.write_text(plural_stub(plurals), encoding="utf-8")
        for rel in form_sources(root):
            (work / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / rel, work / rel)
        for ts in ts_files:
            ts = Path(ts).resolve()
            # The copy of the .ts sits at the same place relative to the copied sources, so the
            # <location> paths lupdate writes are right for the real tree.
            try:
                rel_ts = ts.relative_to(root.resolve())
            except ValueError:
                rel_ts = Path("resources", "i18n", ts.name)
            work_ts = work / rel_ts
            work_ts.parent.mkdir(parents=True, exist_ok=True)
            if ts.exists():
                shutil.copyfile(ts, work_ts)
            language = ts.stem.rsplit("_", 1)[-1]
            args = [str(lupdate_tool()), *(str(work / s) for s in translation_sources(root)), str(stub),
                    *(str(work / s) for s in form_sources(root)),
                    "-source-language", "fr_FR", "-target-language", "fr_FR" if language == "fr" else "en_GB",
                    "-locations", "absolute", *extra_args,
                    "-ts", str(work_ts)]
            done = subprocess.run(args, capture_output=True, text=True, check=False, cwd=work)
            output.append(done.stdout + done.stderr)
            if done.returncode != 0:
                raise RuntimeError(f"lupdate failed for {ts.name}:\n{done.stdout}{done.stderr}")
            if language == "fr":
                fill_french(work_ts)
            ts.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work_ts, ts)
    return "".join(output)


def fill_french(ts: Path) -> None:
    """Make the French catalogue: the plural forms as filled by hand, and for every other text whose French
    typography is wrong in the source (« Total : » with a plain space), the source with its no-break spaces
    (:func:`desktop.core.typography.french_typography`); texts that are right as written are left out."""
    import xml.etree.ElementTree as ET

    from desktop.core.typography import french_typography

    tree = ET.parse(ts)  # noqa: S314 - our own .ts file, written by lupdate a moment ago
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                for form in translation.iter("numerusform"):
                    form.text = french_typography(form.text) if form.text else form.text
                continue
            source = message.findtext("source") or ""
            fixed = french_typography(source)
            if fixed == source:
                context.remove(message)
            else:
                translation.text = fixed
                translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m desktop.gui.kit.i18n_update [--no-obsolete] [TS...]``: refresh the .ts files."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "update":  # the older spelling, kept working
        args = args[1:]
    if any(a.startswith("-") and a != "--no-obsolete" for a in args):
        print("usage: python -m desktop.gui.kit.i18n_update [--no-obsolete] [file.ts ...]", file=sys.stderr)
        return 2
    extra = ["-no-obsolete"] if "--no-obsolete" in args else []
    files = [Path(a) for a in args if not a.startswith("-")] or [
        _ROOT / "resources" / "i18n" / f"relance_{lang}.ts" for lang in ("en", "fr")]
    print(update_ts(files, extra_args=extra), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
