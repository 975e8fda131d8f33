"""Where the time to the first window goes, phase by phase.

With $DIPLOMATIC_CALENDAR_STARTUP_TRACE set, each phase of opening the window is timed, and the
list goes to stderr once the first frame is painted. Times count from the start of the process
where the system says when that was (Linux, to its clock tick of 10 ms), else from the first
mark. Costs nothing when unset.
"""

from __future__ import annotations

import os
import time

ENV_VAR = "DIPLOMATIC_CALENDAR_STARTUP_TRACE"
ENABLED = bool(os.environ.get(ENV_VAR))
_marks: list[tuple[str, float]] = []


def mark(label: str) -> None:
    """Note that the phase called ``label`` has just ended."""
    if ENABLED:
        _marks.append((label, time.perf_counter()))


def process_start() -> float | None:
    """When this process started, on the ``time.perf_counter`` clock; None where unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            since_boot = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    started_ago = since_boot - ticks / os.sysconf("SC_CLK_TCK")
    return time.perf_counter() - started_ago


def report() -> str:
    """The phases so far: when each ended and how long it took, in milliseconds."""
    if not _marks:
        return ""
    origin = process_start()
    lines = ["start-up phases (ms since the process started, and each phase's share):"]
    if origin is None:
        origin = _marks[0][1]
        lines[0] = "start-up phases (ms since the first mark, and each phase's share):"
    previous = origin
    for label, at in _marks:
        lines.append(f"  {(at - origin) * 1000:7.1f}  +{(at - previous) * 1000:6.1f}  {label}")
        previous = at
    return "\n".join(lines)
