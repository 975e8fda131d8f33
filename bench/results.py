"""One measured figure against its target, and the table the suite prints."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """A measurement; ``measured`` is None when it could not be taken (see ``note``)."""

    name: str
    measured: float | None
    target: float | None
    unit: str
    note: str = ""
    error: str = ""
    # Printed under the table when the target is missed: where the time went.
    detail: str = ""

    @property
    def holds(self) -> bool | None:
        """Whether the target is met; None when nothing was measured."""
        if self.measured is None or self.error or self.target is None:
            return None
        return self.measured <= self.target


def not_measurable(name: str, target: float | None, unit: str, why: str) -> Figure:
    """A figure whose code does not exist yet (reported, not failed)."""
    return Figure(name, None, target, unit, note=why)


def failed(name: str, target: float | None, unit: str, error: BaseException | str) -> Figure:
    """A figure whose measurement crashed: always a failure, in quick mode too."""
    return Figure(name, None, target, unit, error=str(error).strip().splitlines()[-1][:160])


def _value(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.1f} {unit}"


def table(figures: list[Figure]) -> str:
    """An aligned plain-text table: figure, measured, target, holds?, note."""
    rows = [("figure", "measured", "target", "holds?", "note")]
    for f in figures:
        measured = (
            "error" if f.error else ("n/a" if f.measured is None else _value(f.measured, f.unit))
        )
        verdict = {True: "yes", False: "NO", None: "—"}[f.holds]
        if f.error:
            verdict = "ERROR"
        target = "reference" if f.target is None else f"≤ {_value(f.target, f.unit)}"
        rows.append((f.name, measured, target, verdict, f.error or f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) if i == 0 else row[i].rjust(widths[i]) for i in range(4)]
        lines.append("  ".join(cells) + "  " + row[4])
        if number == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 4)
    return "\n".join(lines)
