"""One way to run database work from the GUI: a session per operation, off the UI thread, one error path,
and the changes published on the bus.

    db_op(ctx, lambda s: repo.rename(s, contact_id, name), changes=Topic.CONTACTS).success(done).run()
    db_op(ctx, lambda s: list_rows(s), write=False).success(self.show_rows).run()

The work receives a :class:`~sqlalchemy.orm.Session` (in one transaction when ``write``), runs on the
context's runner (the one database thread), and its result comes back to the UI thread. A failure goes to
:func:`desktop.gui.kit.errors.show_error` unless a failure handler is given; on success the changes
(a :class:`~desktop.gui.kit.changes.Topic`, or a function of the result) are published before the success
handler runs. Modelled on Anki's ``CollectionOp``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop.gui.kit.changes import Changes, Topic
from desktop.gui.kit.workers import Op, Progress

T = TypeVar("T")
Session = Any  # a SQLAlchemy session: the GUI never imports SQLAlchemy, it hands the session to db/ and services/
ChangesOf = Topic | Changes | Callable[[Any], "Changes | Topic | None"] | None


class DbOp(Op[T]):
    """An :class:`~desktop.gui.kit.workers.Op` over a session, with the context's error path and bus."""

    def __init__(self, ctx: Any, work: Callable[[Session], T], *, write: bool = True, changes: ChangesOf = None,
                 source: object | None = None, where: str = "", progress: bool = False) -> None:
        database = ctx.database

        def job(report: Progress) -> T:
            factory = database.sessions
            if write:
                with factory.begin() as session:
                    return work(session, report) if progress else work(session)  # type: ignore[call-arg]
            with factory() as session:
                return work(session, report) if progress else work(session)  # type: ignore[call-arg]

        super().__init__(job)
        self._ctx = ctx
        self._changes = changes
        self._source = source
        self._where = where or getattr(work, "__qualname__", "")
        self._user_success: Callable[[T], None] = lambda _result: None
        super().success(self._succeeded)
        super().failure(self._failed)
        self._user_failure: Callable[[BaseException], None] | None = None

    def success(self, fn: Callable[[T], None]) -> DbOp[T]:
        """Run ``fn(result)`` on the UI thread after the changes are published."""
        self._user_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> DbOp[T]:
        """Handle a failure yourself (else it is shown in words and an unexpected one logged)."""
        self._user_failure = fn
        return self

    def run(self) -> DbOp[T]:
        """Run on the context's database runner."""
        self.run_in_background(self._ctx.runner)
        return self

    def _succeeded(self, result: T) -> None:
        changes = self._changes(result) if callable(self._changes) and not isinstance(self._changes, Topic) \
            else self._changes
        bus = getattr(self._ctx, "changes", None)
        if changes is not None and bus is not None:
            bus.publish(changes if isinstance(changes, Changes) else Changes(changes, source=self._source))
        success = self._user_success
        self._forget()
        success(result)

    def _failed(self, exc: BaseException) -> None:
        from desktop.gui.kit.errors import log_unexpected, show_error

        failure = self._user_failure
        self._forget()
        if failure is not None:
            log_unexpected(exc, self._where)
            failure(exc)
            return
        show_error(self._ctx, exc, self._where)

    def _forget(self) -> None:
        """Drop the handlers once the op has run: they hold the view, which must not outlive its window."""
        self._user_success, self._user_failure, self._changes = (lambda _result: None), None, None


def db_op(ctx: Any, work: Callable[[Session], T], **options: Any) -> DbOp[T]:
    """Describe one database operation of the GUI (see :class:`DbOp`); call ``.run()`` to start it."""
    return DbOp(ctx, work, **options)
