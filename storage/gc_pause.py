"""Pause Python's cyclic garbage collector while bulk work builds many objects.

Reading a large REFI-QDA project makes hundreds of thousands of small objects that all
stay alive until the import ends; the collector would walk them again and again for
nothing (a third of the reading time on the benchmark study). Reference counting
still frees everything as usual; only the search for cycles waits until the end.
Pauses nest and may overlap across threads: the collector runs again when the last
one ends, unless it was off before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"pauses": 0, "was_enabled": True}


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block."""
    with _lock:
        if _state["pauses"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["pauses"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["pauses"] -= 1
            if _state["pauses"] == 0 and _state["was_enabled"]:
                gc.enable()
