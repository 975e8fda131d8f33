"""Sorting the record tables: by each column's key, ties kept in order, missing values last."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from diplomatic_calendar.ui.models.record_table import Column, RecordSortProxy, RecordTableModel


@dataclass(frozen=True)
class Row:
    name: str
    rate: float | None


COLUMNS = [
    Column[Row]("Name", lambda r: r.name),
    Column[Row]("Rate", lambda r: "" if r.rate is None else f"{r.rate:g}%", sort=lambda r: r.rate),
]
ROWS = [
    Row("Chile", 10.0),
    Row("benin", None),
    Row("Angola", 25.0),
    Row("Dominica", 10.0),
    Row("Eswatini", None),
    Row("Fiji", 5.0),
]


def _sorted(proxy: RecordSortProxy, column: int) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


@pytest.fixture
def proxy(qapp) -> RecordSortProxy:  # type: ignore[no-untyped-def]
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    sorter = RecordSortProxy()
    sorter.setSourceModel(model)
    sorter.model_ref = model  # type: ignore[attr-defined]  # keep the source alive with it
    return sorter


def test_text_sorts_without_regard_to_case(proxy: RecordSortProxy) -> None:
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _sorted(proxy, 0) == ["Angola", "benin", "Chile", "Dominica", "Eswatini", "Fiji"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _sorted(proxy, 0) == ["Fiji", "Eswatini", "Dominica", "Chile", "benin", "Angola"]


def test_missing_values_stay_last_in_both_orders(proxy: RecordSortProxy) -> None:
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    up = _sorted(proxy, 1)
    assert up[:4] == ["Fiji", "Chile", "Dominica", "Angola"]  # ties keep the model's order
    assert set(up[4:]) == {"benin", "Eswatini"}
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    down = _sorted(proxy, 1)
    assert down[0] == "Angola" and set(down[1:3]) == {"Chile", "Dominica"} and down[3] == "Fiji"
    assert set(down[4:]) == {"benin", "Eswatini"}


def test_new_records_are_sorted_by_their_own_values(proxy: RecordSortProxy) -> None:
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    model = proxy.sourceModel()
    assert isinstance(model, RecordTableModel)
    model.set_records([Row("Gabon", 50.0), Row("Haiti", 1.0), Row("Iran", None)])
    assert _sorted(proxy, 1) == ["Haiti", "Gabon", "Iran"]


def test_values_of_mixed_kinds_sort_as_text(qapp) -> None:  # type: ignore[no-untyped-def]
    columns = [Column[tuple[str, object]]("Key", lambda r: r[0], sort=lambda r: r[1])]
    model: RecordTableModel[tuple[str, object]] = RecordTableModel(columns)
    model.set_records([("b", "10"), ("a", 9), ("c", None)])
    ranks = model.sort_ranks(0, ascending=True)  # 9 < "10" cannot be asked: no TypeError
    assert ranks[0] != ranks[1]
    assert ranks[2] > max(ranks[:2])  # the missing value still goes last
