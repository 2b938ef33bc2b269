"""An operand SQLite's planner may not answer from an index: ``+x`` on SQLite, ``x`` elsewhere.

A desktop's SQLite database has no statistics (it is never analysed): its planner starts from any indexed equality
or ``IN`` list it finds, and sometimes walks a whole index of a common value (every quote of kind « quote »)
instead of starting from the few rows a selective condition gives. Writing the other operand ``+x`` keeps SQLite
from choosing it; PostgreSQL, which plans from statistics, gets the plain column, since a disguised one (``x || ''``)
loses its statistics too and made a team's phoning campaign several times slower to refresh.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class Unindexed(FunctionElement[Any]):
    """See the module docstring."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, expr: Any) -> None:
        super().__init__(expr)
        self.type = expr.type


@compiles(Unindexed)
def _render_plain(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(Unindexed, "sqlite")
def _render_plus(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


def unindexed(attribute: Any) -> ColumnElement[Any]:
    """``attribute`` (a mapped attribute or a column) as an operand SQLite's planner will not start from."""
    column = attribute.__clause_element__() if hasattr(attribute, "__clause_element__") else attribute
    return Unindexed(column)
