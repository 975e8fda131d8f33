"""Sorting the record tables: by each column's key, ties kept in order, missing values last."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from diplomatic_calendar.ui.models.record_table import Column, RecordTableModel


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


def _names(model: RecordTableModel[Row]) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qapp) -> RecordTableModel[Row]:  # type: ignore[no-untyped-def]
    table: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    table.set_records(ROWS)
    return table


def test_rows_keep_their_order_until_a_sort_is_asked_for(model: RecordTableModel[Row]) -> None:
    assert _names(model) == [r.name for r in ROWS]


def test_text_sorts_without_regard_to_case(model: RecordTableModel[Row]) -> None:
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["Angola", "benin", "Chile", "Dominica", "Eswatini", "Fiji"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Fiji", "Eswatini", "Dominica", "Chile", "benin", "Angola"]


def test_missing_values_stay_last_in_both_orders(model: RecordTableModel[Row]) -> None:
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["Fiji", "Chile", "Dominica", "Angola", "benin", "Eswatini"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Angola", "Chile", "Dominica", "Fiji", "benin", "Eswatini"]


def test_new_records_come_in_the_chosen_order(model: RecordTableModel[Row]) -> None:
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_records([Row("Haiti", 1.0), Row("Iran", None), Row("Gabon", 50.0)])
    assert _names(model) == ["Gabon", "Haiti", "Iran"]


def test_a_kept_index_follows_its_row(model: RecordTableModel[Row]) -> None:
    kept = QPersistentModelIndex(model.index(2, 0))  # Angola
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 5 and kept.data() == "Angola"


def test_values_of_mixed_kinds_sort_as_text(qapp) -> None:  # type: ignore[no-untyped-def]
    columns = [Column[tuple[str, object]]("Key", lambda r: r[0], sort=lambda r: r[1])]
    table: RecordTableModel[tuple[str, object]] = RecordTableModel(columns)
    table.set_records([("b", "10"), ("c", None), ("a", 9)])
    table.sort(0, Qt.SortOrder.AscendingOrder)  # 9 < "10" cannot be asked: no TypeError
    assert table.index(2, 0).data() == "c"  # the missing value still goes last


def test_the_model_keeps_qt_rules_while_sorting(
    model: RecordTableModel[Row], qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
