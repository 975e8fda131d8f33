"""Keep the app alive under a binding bug: shiboken6 6.12 on Python 3.11 drops a None reference.

Every Qt method that returns nothing (``setPen``, ``fillRect``, ``setText`` …) hands back None
without taking a reference to it. Python 3.12 made None immortal, so the bug only bites before
3.12, where None starts with a few thousand references: a few dozen repaints of a busy calendar
then abort the interpreter ("none_dealloc: deallocating None"). The fix here gives None a
reference count no process can use up — what 3.12 does by design — and only when the leak is
actually seen, so a fixed binding (or a newer Python) is left alone.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_MARGIN = 1 << 40
_applied = False


def leaks_none() -> bool:
    """True when a void Qt call loses a reference to None in this process."""
    from PySide6.QtCore import QRect

    rect = QRect()
    before = sys.getrefcount(None)
    for _ in range(20):
        rect.setLeft(0)
    return sys.getrefcount(None) < before - 10


def keep_none_alive() -> bool:
    """Apply the fix once, if needed; return whether it was applied now."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if not leaks_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _MARGIN
    _applied = True
    return True
