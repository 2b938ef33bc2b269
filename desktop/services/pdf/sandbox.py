"""A Jinja sandbox that also bounds what a template may cost: time, repetitions and text produced.

Jinja's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` keeps a template away from Python's internals,
but not from hanging or exhausting memory: nested ``range(100000)`` loops run for minutes, ``'x' * 10**9``
or ``'x'|center(10**9)`` allocate a gigabyte at once. :class:`BoundedSandbox` adds a budget per render
(:class:`RenderBudget`, active while :func:`budget_for` holds it):

- **steps**: every turn of a ``{% for %}`` loop, every macro or ``{% call %}`` body, every call counts one
  step (at most :data:`MAX_STEPS`), and the clock is read at each: past ``seconds``, the render stops;
- **text**: every value made by an operator (``*``, ``+``, ``%``, ``**``, ``~``), a call, a filter or a
  ``{{ }}`` output is measured before it is made where it can be (``*`` on a string, widths given to
  ``center``, ``indent``, ``wordwrap``, ``ljust``, ``format``...), and after otherwise. One value holds at
  most :data:`MAX_VALUE_CHARS` characters; all the values and literal text of one render together at most
  :data:`MAX_TOTAL_CHARS`;
- ``range`` gives at most :data:`MAX_RANGE` numbers, and whole numbers at most :data:`MAX_INT_BITS` bits.

These bounds stop the known ways of making a render long or large early, with words a user understands.
They are not the last line: the PDF worker renders user templates in a child process with a timeout and,
where the system allows, a memory limit (see :mod:`desktop.services.pdf.worker`).
"""

from __future__ import annotations

import re
import string
import time
from collections.abc import Callable, Iterator, Mapping, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.validation import Problem

MAX_STEPS = 200_000
MAX_RANGE = 10_000
MAX_VALUE_CHARS = 1_000_000
MAX_TOTAL_CHARS = 20_000_000
MAX_INT_BITS = 100_000
MAX_SECONDS = 10.0
_FORMAT_NUMBER = re.compile(r"\d+")
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


class TemplateBudgetError(SecurityError):
    """A template went past one of its bounds; ``problem`` says which, in words, with a key to translate."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def too_slow(seconds: float) -> Problem:
    """The words of a render stopped by its clock."""
    return Problem("template_slow", f"the template takes too long (more than {seconds:g} s): check its loops",
                   seconds=seconds)


def _too_big(size: int) -> TemplateBudgetError:
    return TemplateBudgetError(Problem(
        "template_big", f"the template builds a text that is too long ({size:,} characters, at most "
        f"{MAX_VALUE_CHARS:,}): check its repetitions (*, join, center, indent, wordwrap, format...)",
        size=size, limit=MAX_VALUE_CHARS))


@dataclass
class RenderBudget:
    """What one render may still spend."""

    seconds: float = MAX_SECONDS
    steps: int = MAX_STEPS
    chars: int = MAX_TOTAL_CHARS
    deadline: float = field(init=False)

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def step(self) -> None:
        """One more loop turn or call; stops the render past its steps or its time."""
        self.steps -= 1
        if self.steps < 0:
            raise TemplateBudgetError(Problem(
                "template_steps", f"the template repeats too much (more than {MAX_STEPS:,} loop turns or calls): "
                "check its loops and macros", limit=MAX_STEPS))
        if time.monotonic() > self.deadline:
            raise TemplateBudgetError(too_slow(self.seconds))

    def spend(self, size: int) -> None:
        """``size`` more characters produced."""
        self.chars -= size
        if self.chars < 0:
            raise TemplateBudgetError(Problem(
                "template_output", f"the template produces too much text (more than {MAX_TOTAL_CHARS:,} "
                "characters): check its loops", limit=MAX_TOTAL_CHARS))


_BUDGET: ContextVar[RenderBudget | None] = ContextVar("relance_template_budget", default=None)


@contextmanager
def budget_for(seconds: float = MAX_SECONDS) -> Iterator[RenderBudget]:
    """Hold a fresh budget for the renders made inside the block (on this thread)."""
    budget = RenderBudget(seconds)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def size_of(value: object, limit: int = MAX_VALUE_CHARS) -> int:
    """About how many characters ``value`` becomes as text, without converting it; stops counting past
    ``limit`` (containers are walked, shared items counted each time they appear)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, Mapping):
        items: Any = (x for pair in value.items() for x in pair)
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    else:
        return 16
    total = 2
    for item in items:
        total += size_of(item, limit - total) + 2
        if total > limit:
            break
    return total


def _checked(value: Any) -> Any:
    """``value``, refused when it is too long, spent from the budget otherwise."""
    size = size_of(value)
    if size > MAX_VALUE_CHARS:
        raise _too_big(size)
    budget = _BUDGET.get()
    if budget is not None:
        budget.spend(size)
    return value


def _spend_step(literal_chars: int) -> str:
    """One step, and the literal text of the body about to be output."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.step()
        budget.spend(literal_chars)
    return ""


def _too_large_number() -> TemplateBudgetError:
    return TemplateBudgetError(Problem("template_number", f"a number in the template grows too large (more than "
                                       f"{MAX_INT_BITS:,} bits): check its calculations", limit=MAX_INT_BITS))


def _at_most(size: int) -> None:
    if size > MAX_VALUE_CHARS:
        raise _too_big(size)


def _int_arg(value: object) -> int:
    return value if isinstance(value, int) else 0


def _check_format(fmt: str) -> None:
    """Refuse format specs whose widths or precisions would make a huge text."""
    for match in _PERCENT_SPEC.finditer(fmt):
        for number in match.groups():
            if number == "*" or (number and int(number) > MAX_VALUE_CHARS):
                raise _too_big(int(number) if number and number != "*" else MAX_VALUE_CHARS + 1)


def _check_braces(fmt: str) -> None:
    for _literal, name, spec, _conversion in string.Formatter().parse(fmt):
        if name is not None and spec and ("{" in spec or any(int(n) > MAX_VALUE_CHARS
                                                             for n in _FORMAT_NUMBER.findall(spec))):
            raise _too_big(MAX_VALUE_CHARS + 1)


# Filters and str methods whose arguments say how much text they make, checked before they run.
def _pre_center(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    _at_most(_int_arg(args[0] if args else kwargs.get("width", 80)) + size_of(value))


def _pre_indent(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    width = args[0] if args else kwargs.get("width", 4)
    per_line = len(width) if isinstance(width, str) else _int_arg(width)
    text = str(value) if isinstance(value, str) else ""
    _at_most(size_of(value) + (text.count("\n") + 1) * per_line)


def _pre_wordwrap(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    width = max(_int_arg(args[0] if args else kwargs.get("width", 79)), 1)
    wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring") or "\n"
    _at_most(size_of(value) + (size_of(value) // width + 1) * size_of(wrap))


def _pre_count(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    count = _int_arg(args[0] if args else kwargs.get("linecount", kwargs.get("slices", 0)))
    if count > MAX_RANGE:
        raise _too_many(count)


def _pre_join(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    joiner = args[0] if args else kwargs.get("d", "")
    if isinstance(value, Sized):
        _at_most(size_of(value) + len(value) * size_of(joiner))


def _pre_replace(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if len(args) >= 2 and isinstance(value, str) and isinstance(args[0], str):
        old, new = args[0], args[1]
        count = value.count(old) if old else len(value) + 1
        _at_most(len(value) + count * max(size_of(new) - len(old), 0))


def _pre_format(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if isinstance(value, str):
        _check_format(value)


def _pre_expandtabs(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    tab = _int_arg(args[0] if args else kwargs.get("tabsize", 8))
    _at_most(len(value) + value.count("\t") * tab)


def _pre_translate(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    table = args[0] if args else {}
    longest = max((size_of(v) for v in table.values()), default=1) if isinstance(table, Mapping) else 1
    _at_most(len(value) * max(longest, 1))


Check = Callable[[Any, tuple[Any, ...], dict[str, Any]], None]
FILTER_CHECKS: dict[str, Check] = {
    "center": _pre_center, "indent": _pre_indent, "wordwrap": _pre_wordwrap, "batch": _pre_count,
    "slice": _pre_count, "join": _pre_join, "replace": _pre_replace, "format": _pre_format,
}
STR_METHOD_CHECKS: dict[str, Check] = {
    "center": _pre_center, "ljust": _pre_center, "rjust": _pre_center, "zfill": _pre_center,
    "join": lambda s, a, k: _pre_join(list(a[0]) if a and not isinstance(a[0], Sized) else a[0] if a else [],
                                      (s,), {}),
    "replace": _pre_replace, "expandtabs": _pre_expandtabs, "translate": _pre_translate,
}


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    offset = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0  # context or environment first
    check = FILTER_CHECKS.get(name)

    @wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        value = args[offset] if len(args) > offset else None
        if name == "join" and value is not None and not isinstance(value, Sized):
            value = list(value)  # measured before joining (its items come from bounded sources)
            args = (*args[:offset], value, *args[offset + 1:])
        _at_most(size_of(value))  # a filter may turn its value into text
        if check is not None:
            check(value, args[offset + 1:], kwargs)
        return _checked(func(*args, **kwargs))

    return bounded


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    from jinja2.utils import generate_lorem_ipsum

    if n > 100 or max > 1000:
        raise _too_big(n * max)
    return str(generate_lorem_ipsum(n, html, min, max))


def _too_many(count: int) -> TemplateBudgetError:
    return TemplateBudgetError(Problem("template_range", f"a range or a batch holds at most {MAX_RANGE:,} items "
                                       f"here ({count:,} asked): check its loops", count=count, limit=MAX_RANGE))


def _range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise _too_many(len(numbers))
    return numbers


def _literal_size(node: nodes.Node) -> int:
    """The template text a node outputs itself, leaving out the bodies that spend on their own."""
    total = len(node.data) if isinstance(node, nodes.TemplateData) else 0
    for child in node.iter_child_nodes():
        if not isinstance(child, nodes.For | nodes.Macro | nodes.CallBlock):
            total += _literal_size(child)
    return total


def _spend_statement(body: list[nodes.Node], lineno: int) -> nodes.ExprStmt:
    size = sum(_literal_size(n) for n in body)
    call = nodes.Call(nodes.EnvironmentAttribute("spend_step"), [nodes.Const(size)], [], None, None)
    return nodes.ExprStmt(call, lineno=lineno)


def _meter(node: nodes.Node) -> None:
    """Add the budget's hooks to a parsed template, in place: a step (and the body's literal text) at the
    start of the template, of each loop turn, macro and call body; a size check around each ``~``."""
    for child in node.iter_child_nodes():
        _meter(child)
    if isinstance(node, nodes.Template | nodes.For | nodes.Macro | nodes.CallBlock):
        node.body.insert(0, _spend_statement(node.body, node.lineno))
    for name in node.fields:
        value = getattr(node, name, None)
        if isinstance(value, nodes.Concat):
            setattr(node, name, _checked_concat(value))
        elif isinstance(value, list):
            setattr(node, name, [_checked_concat(v) if isinstance(v, nodes.Concat) else v for v in value])


def _checked_concat(node: nodes.Concat) -> nodes.Expr:
    parts: list[nodes.Expr] = [nodes.Call(nodes.EnvironmentAttribute("checked"), [p], [], None, None, lineno=p.lineno)
                               for p in node.nodes]
    joined = nodes.Concat(parts, lineno=node.lineno)
    return nodes.Call(nodes.EnvironmentAttribute("checked"), [joined], [], None, None, lineno=node.lineno)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with a budget of time, repetitions and text per render (see the module)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=_finalize, **options)
        self.globals["range"] = _range
        self.globals["lipsum"] = _lipsum
        self.filters = {name: _bounded_filter(name, func) for name, func in self.filters.items()}

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        _meter(tree)
        return tree

    checked = staticmethod(_checked)  # the templates' ``~`` goes through it
    spend_step = staticmethod(_spend_step)  # each loop turn, macro, call body and template starts with it

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """The operators that can make big values, measured first."""
        if operator == "*":
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    raise _too_large_number()
            elif isinstance(left, int) or isinstance(right, int):
                times, other = (left, right) if isinstance(left, int) else (right, left)
                _at_most(max(times, 0) * size_of(other))
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
            if right * abs(left).bit_length() > MAX_INT_BITS:
                raise _too_large_number()
        elif operator == "+":
            _at_most(size_of(left) + size_of(right))
        elif operator == "%" and isinstance(left, str):
            _check_format(left)
            _at_most(size_of(left) + size_of(right))
        return _checked(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A call from the template: one step; a ``str`` method that makes text is measured first."""
        if __obj is _spend_step or __obj is _checked:  # the hooks added by the metering: no step of their own
            return __obj(*args)
        budget = _BUDGET.get()
        if budget is not None:
            budget.step()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            check = STR_METHOD_CHECKS.get(getattr(__obj, "__name__", ""))
            if check is not None:
                check(owner, args, kwargs)
        return _checked(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` and ``format_map``, with their widths checked."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        _check_braces(value.__self__)
        inner = wrapped

        @wraps(inner)
        def bounded(*args: Any, **kwargs: Any) -> str:
            for arg in (*args, *kwargs.values()):
                _at_most(size_of(arg))
            return str(_checked(inner(*args, **kwargs)))

        return bounded


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    """Every ``{{ }}`` output, measured (a context function: Jinja then folds no output at compile time)."""
    return _checked(value)
