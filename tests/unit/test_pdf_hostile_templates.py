"""Hostile quote templates end in a worded TemplateRenderError, in process and in the worker, which survives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.pdf.quote_pdf import design_dir, render_quote_pdf
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import TemplateRenderError, make_environment, render_quote_html
from desktop.services.pdf.worker import PdfRenderWorker

HOSTILE = {
    "nested loops": ("{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
                     "template_steps"),
    "nested huge ranges": ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
                           "template_range"),
    "range(10**9)": ("{% for i in range(10**9) %}{{ i }}{% endfor %}", "template_range"),
    "string times 10**9": ("{{ 'x' * 1000000000 }}", "template_big"),
    "list times a lot": ("{{ ([1] * 100000) * 100000 }}", "template_big"),
    "center": ("{{ 'x'|center(1000000000) }}", "template_big"),
    "center folded at compile time": ("{% set x = 'x'|center(1000000000) %}{{ x|length }}", "template_big"),
    "indent": ("{{ ('a\\n' * 100000)|indent(100000) }}", "template_big"),
    "wordwrap": ("{{ ('a b ' * 300000)|wordwrap(1, wrapstring='x' * 1000) }}", "template_big"),
    "join": ("{{ range(10000)|map('string')|join('x' * 1000000) }}", "template_big"),
    "replace": ("{{ ('a' * 100000)|replace('', 'x' * 1000) }}", "template_big"),
    "ljust": ("{{ 'x'.ljust(10**9) }}", "template_big"),
    "% width": ("{{ '%999999999s' % 'x' }}", "template_big"),
    "format width": ("{{ '{:>999999999}'.format('x') }}", "template_big"),
    "format filter width": ("{{ '%999999999d'|format(1) }}", "template_big"),
    "batch": ("{{ [1]|batch(1000000000, 'x')|list }}", "template_range"),
    "lipsum": ("{{ lipsum(1000000) }}", "template_big"),
    "doubling": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
                 "{{ ns.s|length }}", "template_big"),
    "power": ("{{ 9 ** 99999999 }}", "template_number"),
    "squaring": ("{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}",
                 "template_number"),
    "macro recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "template_recursion"),
    "exponential macros": ("{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
                           "{{ f(40) }}", "template_steps"),
    "self include": ("{% include 'hostile/quote.html' %}", "template_recursion"),
    "many big variables": ("".join(f"{{% set v{i} = 'x' * 999999 ~ '{i}' %}}" for i in range(100)), "template_output"),
    "output loop": ("{% set s = 'x' * 900000 %}{% for i in range(1000) %}{{ s }}{% endfor %}", "template_output"),
    "literal text in a macro loop": ("{% macro m() %}{% for i in range(10000) %}" + "L" * 100_000
                                     + "{% endfor %}{% endmacro %}{% set x = m() %}", "template_output"),
    "a list shown whole": ("{% set s = 'x' * 900000 %}{{ ([s] * 10000)|string }}", "template_big"),
}


def _design(root: Path, body: str) -> Path:
    (root / "hostile").mkdir(exist_ok=True)
    (root / "hostile" / "quote.html").write_text(body, encoding="utf-8")
    return root


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_sandbox_stops_each_hostile_template_in_process(tmp_path: Path, name: str) -> None:
    body, key = HOSTILE[name]
    with pytest.raises(TemplateRenderError) as info:
        render_quote_html(sample_document(2), "hostile", environment=make_environment(_design(tmp_path, body)))
    assert getattr(info.value.message, "key", None) == key
    assert info.value.line == 1 or key in {"template_recursion"}
    assert "check its" in info.value.message  # says what to look at, in words


def test_a_shipped_design_stays_well_inside_the_budget() -> None:
    from desktop.services.pdf import sandbox
    from desktop.services.pdf.templating import templates_root

    env = make_environment(templates_root())
    with sandbox.budget_for() as budget:
        template = env.get_template("classic/quote.html")
        from desktop.services.pdf.view_model import build_view

        template.render({**build_view(sample_document(40), "fr"), "fonts_dir": "/fonts"})
    assert sandbox.MAX_STEPS - budget.steps < sandbox.MAX_STEPS // 100
    assert sandbox.MAX_TOTAL_CHARS - budget.chars < sandbox.MAX_TOTAL_CHARS // 100


@pytest.fixture(scope="module")
def worker() -> Iterator[PdfRenderWorker]:
    with PdfRenderWorker(design_dir("classic")) as w:
        w.start()
        yield w


@pytest.mark.parametrize("name", ["nested loops", "range(10**9)", "string times 10**9", "macro recursion",
                                  "exponential macros", "many big variables", "literal text in a macro loop"])
def test_the_worker_answers_each_hostile_template_and_renders_the_next_quote(
        worker: PdfRenderWorker, tmp_path: Path, name: str) -> None:
    body, key = HOSTILE[name]
    with pytest.raises(TemplateRenderError) as info:
        render_quote_pdf(sample_document(2), worker, "hostile", root=_design(tmp_path, body), timeout=60)
    assert getattr(info.value.message, "key", None) == key
    assert render_quote_pdf(sample_document(2), worker, timeout=60).startswith(b"%PDF")


def test_a_template_past_the_memory_limit_is_worded_and_the_worker_replaced(tmp_path: Path) -> None:
    # 19 strings of a million 4-byte characters: within the sandbox's text budget, over 48 MB of memory.
    body = "".join(f"{{% set v{i} = '\U0001f600' * 999999 %}}" for i in range(19)) + "{{ v1|length }}"
    with PdfRenderWorker(design_dir("classic"), memory_limit=48 * 1024 * 1024) as limited:
        limited.start()
        if not limited.memory_limited:
            pytest.skip("this system does not enforce RLIMIT_AS")
        first = limited.pid
        with pytest.raises(TemplateRenderError) as info:
            render_quote_pdf(sample_document(2), limited, "hostile", root=_design(tmp_path, body), timeout=60)
        assert getattr(info.value.message, "key", None) == "template_memory"
        assert "too much memory" in info.value.message
        assert render_quote_pdf(sample_document(2), limited, timeout=60).startswith(b"%PDF")
        assert limited.pid not in (None, first)
