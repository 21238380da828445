"""The project connection's read barrier: something to do before any statement.

The typing log (`storage.typing`) keeps keystrokes that are not yet laid into the
stored text; while it has some, the project's own connection runs its `settle` before
any statement but transaction control, so no query ever sees a text without its
typing. The check costs one attribute lookup per statement when nothing is pending.
"""

from __future__ import annotations

from contextlib import contextmanager

_CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK", "END")


class Settling:
    """Mixin for the project's own connection: before any statement but transaction
    control, `before_statement` (the typing log's `settle`, set while runs are
    pending) runs first, so nothing reads or writes a text that lacks its typing."""

    before_statement = None
    hold_settling = False

    def _settle_before(self, sql) -> None:
        if self.before_statement is not None and not self.hold_settling and not (
                isinstance(sql, str) and sql.lstrip()[:9].upper().startswith(_CONTROL)):
            self.before_statement()

    @contextmanager
    def held(self):
        """Statements inside run without settling first (the typing log's own)."""
        before, self.hold_settling = self.hold_settling, True
        try:
            yield
        finally:
            self.hold_settling = before

    def execute(self, sql, *args):
        self._settle_before(sql)
        return super().execute(sql, *args)

    def executemany(self, sql, *args):
        self._settle_before(sql)
        return super().executemany(sql, *args)

    def executescript(self, sql):
        self._settle_before(sql)
        return super().executescript(sql)

    def cursor(self, *args):
        self._settle_before(None)
        return super().cursor(*args)


_SETTLING: dict[type, type] = {}


def settling_connection(base: type) -> type:
    """The connection class (for `connect(factory=...)`) of `base` with `Settling`."""
    if base not in _SETTLING:
        _SETTLING[base] = type(f"Settling{base.__name__}", (Settling, base), {})
    return _SETTLING[base]
