"""The sandboxed template environment: escaping, strict undefined, refused internals, located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import (
    TemplateRenderError,
    make_environment,
    render_quote_html,
    render_template,
)


def _design(tmp_path: Path, body: str) -> Path:
    (tmp_path / "custom").mkdir()
    (tmp_path / "custom" / "quote.html").write_text(body, encoding="utf-8")
    return tmp_path


def _render(tmp_path: Path, body: str, context: dict[str, object] | None = None) -> str:
    env = make_environment(_design(tmp_path, body))
    return render_template(env, "custom", context or {"name": "<b>x</b>", "items": [1, 2]})


def test_autoescape(tmp_path: Path) -> None:
    assert _render(tmp_path, "{{ name }}") == "&lt;b&gt;x&lt;/b&gt;"


def test_undefined_is_an_error_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(TemplateRenderError) as info:
        _render(tmp_path, "line one\nline two\n{{ missing_variable }}\n")
    assert info.value.line == 3
    assert "missing_variable" in info.value.message


@pytest.mark.parametrize("expression", [
    "{{ name.__class__.__mro__ }}",
    "{{ ''.__class__.__subclasses__() }}",
    "{{ items.__class__.__base__.__subclasses__() }}",
    "{{ items.append(3) }}",
    "{{ (lambda: 1).__globals__ }}" ,
])
def test_sandbox_refuses_internals_and_mutation(tmp_path: Path, expression: str) -> None:
    with pytest.raises(TemplateRenderError):
        _render(tmp_path, f"ok\n{expression}")


def test_syntax_error_names_line_and_message(tmp_path: Path) -> None:
    with pytest.raises(TemplateRenderError) as info:
        _render(tmp_path, "<p>\n{% for x in items %}\n{{ x }}\n")
    assert info.value.line is not None and info.value.line >= 2
    assert "for" in info.value.message
    assert "custom/quote.html" in str(info.value)


def test_missing_template(tmp_path: Path) -> None:
    with pytest.raises(TemplateRenderError, match="not found"):
        render_template(make_environment(tmp_path), "nope", {})


@pytest.mark.parametrize("design", ["classic", "modern"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shipped_designs_render_and_escape_user_text(design: str, lang: str) -> None:
    import dataclasses

    doc = sample_document(3)
    doc = dataclasses.replace(doc, client=dataclasses.replace(doc.client, name="<script>alert(1)</script>"))
    html = render_quote_html(doc, design, lang)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'repeat="1"' in html
    assert "<pdf:pagecount>" in html


def test_a_user_root_reaches_the_shipped_partials_and_nothing_else(tmp_path: Path) -> None:
    env = make_environment(_design(tmp_path, '{% include "_partials/body.html" %}'))
    doc = sample_document(2)
    from desktop.services.pdf.view_model import build_view

    html = render_template(env, "custom", {**build_view(doc, "fr"), "fonts_dir": "/fonts"})
    assert 'class="lines"' in html and 'Audit d&#39;éclairage du site' in html
    for outside in ('{% include "classic/quote.html" %}', '{% include "_partials/../classic/quote.html" %}'):
        (tmp_path / "custom" / "quote.html").write_text(outside, encoding="utf-8")
        with pytest.raises(TemplateRenderError, match=r"line 1: .*classic/quote\.html"):  # not found
            render_template(make_environment(tmp_path), "custom", {})


def test_a_duplicated_design_holds_its_whole_document(tmp_path: Path) -> None:
    from desktop.gui.quotes.template_files import duplicate_template, template_file
    from desktop.services.pdf.templating import templates_root

    shipped = (templates_root() / "modern" / "quote.html").read_text(encoding="utf-8")
    assert '{% include "_partials/body.html" %}' in shipped
    copy = template_file(duplicate_template("modern", tmp_path), tmp_path).read_text(encoding="utf-8")
    assert "include" not in copy and 'class="lines"' in copy
    doc = sample_document(3)
    assert render_quote_html(doc, duplicate_template("modern", tmp_path), "fr", root=tmp_path / "templates") == \
        render_quote_html(doc, "modern", "fr")
