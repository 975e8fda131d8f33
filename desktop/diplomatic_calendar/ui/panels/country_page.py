"""One country's dossier: flag, region, blocs, tariff position and history, people, meetings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.deadlines import countdown_text
from diplomatic_calendar.domain.geography import blocs, blocs_of, countries, trading_as
from diplomatic_calendar.domain.model import (
    Event,
    EventStatus,
    Official,
    TariffAction,
    TariffChange,
)
from diplomatic_calendar.domain.timing import zone
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.deadlines_model import flag, rate_text
from diplomatic_calendar.ui.models.layout import local_days, tooltip_html

LinkRole = Qt.ItemDataRole.UserRole + 50
MEETINGS_SHOWN = 10


def position_text(action: TariffAction | None, today: dt.date) -> str:
    """'US tariff 25% · Announced · effective 01 Aug 2025 (in 22 days)'."""
    if action is None:
        return "No tariff action on record"
    was = (
        f" (was {rate_text(action.previous_rate_percent)})"
        if action.previous_rate_percent is not None
        else ""
    )
    text = f"{action.imposer} tariff {rate_text(action.rate_percent)}{was} · {action.status.label}"
    if action.scope and action.scope != "all goods":
        text += f" · {action.scope}"
    if action.effective_date:
        day = action.effective_date
        text += f" · effective {day:%d %b %Y} ({countdown_text(day, today)})"
    return text


def change_text(change: TariffChange) -> str:
    """One history step: what moved, from what to what, and why."""
    parts = [f"{change.changed_on:%d %b %Y}"]
    if change.old_status is None:
        parts.append(f"recorded as {change.new_status.label}")
    elif change.old_status != change.new_status:
        parts.append(f"{change.old_status.label} → {change.new_status.label}")
    if change.old_rate_percent != change.new_rate_percent and change.old_status is not None:
        old, new = rate_text(change.old_rate_percent), rate_text(change.new_rate_percent)
        parts.append(f"rate {old} → {new}")
    elif change.old_status is None:
        parts.append(rate_text(change.new_rate_percent))
    if change.old_effective_date != change.new_effective_date:
        old_day = change.old_effective_date
        new_day = change.new_effective_date
        moved = f"{old_day:%d %b} → " if old_day else "effective "
        parts.append(moved + (f"{new_day:%d %b %Y}" if new_day else "no date"))
    unmoved = (change.old_status, change.old_rate_percent, change.old_effective_date) == (
        change.new_status,
        change.new_rate_percent,
        change.new_effective_date,
    )
    if unmoved:
        parts.append("terms revised")  # scope, legal basis or notes: the note says what
    if change.note and change.note != "recorded":
        parts.append(f"“{change.note}”")
    return " · ".join(parts)


def event_text(event: Event, home_zone: str | None = None) -> str:
    """'Tue 08 Jul 2025 · Rubio meets Lavrov · Kuala Lumpur', dated as the calendar's home zone
    sees it (as the month grid places it) when ``home_zone`` is given."""
    where = f" · {event.location.city}" if event.location.city else ""
    first = local_days(event, home_zone)[0] if home_zone else event.first_day
    # its start at home too: a 21:00 New York call is not a day's business in Berlin
    at = ""
    if home_zone and isinstance(event.start, dt.datetime):
        at = f" {event.start.astimezone(zone(home_zone)):%H:%M}"
    # as the printed brief marks them: a called-off meeting must not read as a live one
    off = f" ({event.status.label})" if event.status in _CALLED_OFF else ""
    return f"{first:%a %d %b %Y}{at} · {event.title}{off}{where}"


_CALLED_OFF = frozenset({EventStatus.CANCELLED, EventStatus.POSTPONED})


def official_text(person: Official, today: dt.date) -> str:
    """'Name · Title', and '(former, until 24 Nov 2022)' for one whose term has ended."""
    text = f"{person.name} · {person.title}" if person.title else person.name
    if person.former_on(today) and person.term_end is not None:
        text += f" (former, until {person.term_end:%d %b %Y})"
    return text


class CountryPage(QWidget):
    """Everything the calendar knows about one country, in sections that fold."""

    tariff_add_requested = Signal(str)
    tariff_edit_requested = Signal(int)
    official_requested = Signal(int)
    bloc_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.code = ""
        self._current: TariffAction | None = None
        self.title = QLabel(self)
        self.title.setObjectName("countryTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.region = QLabel(self)
        self.position = QLabel(self)
        self.position.setObjectName("countryPosition")
        self.position.setWordWrap(True)
        for label in (self.title, self.region, self.position):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_tariff = QPushButton("Add tariff action…", self)
        self.edit_tariff = QPushButton("Edit current…", self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("countryTree")
        self.tree.setHeaderHidden(True)
        # Long lines end in "…" with the whole text in the tool tip; a tree cannot wrap them.
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._build()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_tariff)
        buttons.addWidget(self.edit_tariff)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.region, self.position):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.add_tariff.clicked.connect(lambda: self.tariff_add_requested.emit(self.code))
        self.edit_tariff.clicked.connect(self._edit_current)
        self.tree.itemActivated.connect(self._activated)

    def show_country(self, code: str) -> None:
        """Fill the page for ``code``."""
        self.code = code
        country = countries()[code]
        today = self._context.today()
        store = self._context.store
        self.title.setText(f"{flag(code)} {country.name} ({code})".strip())
        member_of = ", ".join(b.key for b in blocs_of(code))
        self.region.setText(" · ".join(p for p in (country.region, member_of) if p) or " ")
        self._current = store.tariffs.current_position(*trading_as(code))
        self.position.setText(position_text(self._current, today))
        self.edit_tariff.setEnabled(self._current is not None)
        self.tree.clear()
        # Read once for both sections that show them: the actions and their histories.
        actions = store.tariffs.on_target(*trading_as(code))
        histories = {a.id: store.tariffs.history(a.id or 0) for a in actions}
        self._tariff_section(actions, histories)
        self._officials_section(code)
        self._meetings_sections(code, today)
        own = [a for a in actions if a.target == code]
        self._sources_section(own, histories, country.name)
        self._blocs_section(code)

    def _section(
        self, title: str, count: int, expanded: bool = True, shown: int | None = None
    ) -> QTreeWidgetItem:
        counted = f"{shown} of {count}" if shown is not None and count > shown else str(count)
        item = QTreeWidgetItem(self.tree, [f"{title} ({counted})"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(expanded and count > 0)
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, link: tuple[str, object] | None) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, tooltip_html(text))
        if link is not None:
            item.setData(0, LinkRole, link)

    def _tariff_section(
        self, actions: list[TariffAction], histories: dict[int | None, list[TariffChange]]
    ) -> None:
        section = self._section("Tariff actions and history", len(actions))
        for action in actions:
            node = QTreeWidgetItem(section, [position_text(action, self._context.today())])
            node.setData(0, LinkRole, ("tariff", action.id))
            for change in histories[action.id]:
                self._leaf(node, change_text(change), ("tariff", action.id))
            node.setExpanded(action == self._current)

    def _officials_section(self, code: str) -> None:
        today = self._context.today()
        # those in office first; those whose term has ended after them, marked as former
        people = sorted(
            self._context.store.officials.all(code), key=lambda person: person.former_on(today)
        )
        section = self._section("Officials", len(people))
        for person in people:
            self._leaf(section, official_text(person, today), ("official", person.id))

    def _meetings_sections(self, code: str, today: dt.date) -> None:
        home = self._context.home_zone
        upcoming, coming, recent, past = self._context.store.events.around(
            code, today, home, limit=MEETINGS_SHOWN
        )
        for title, events, count in (
            ("Upcoming meetings", upcoming, coming),
            ("Recent meetings", recent, past),
        ):
            section = self._section(title, count, shown=MEETINGS_SHOWN)
            for event in events:
                self._leaf(section, event_text(event, home), ("event", event.id))
        self._deadlines_section(code, today)

    def _deadlines_section(self, code: str, today: dt.date) -> None:
        """The deadlines the country faces in the coming year (its own and, for an EU member,
        the EU's), as the deadlines list and the brief count them."""
        store, home = self._context.store, self._context.home_zone
        ahead = store.tariffs.deadlines(today, today + dt.timedelta(days=366), home)
        mine = [d for d in ahead if d.faces(trading_as(code))]
        section = self._section("Upcoming deadlines", len(mine), shown=MEETINGS_SHOWN)
        for deadline in mine[:MEETINGS_SHOWN]:
            left = countdown_text(deadline.day, today)
            text = f"{deadline.day:%a %d %b %Y} · {deadline.title} ({left})"
            self._leaf(section, text, ("event", deadline.event_id))

    def _sources_section(
        self,
        actions: list[TariffAction],
        histories: dict[int | None, list[TariffChange]],
        name: str,
    ) -> None:
        store = self._context.store
        cited = [
            source
            for action in actions
            for source, _ in store.sources.evidence_of("tariff_action", action.id or 0)
        ]
        # The sources chosen for changes in the tariff editor count too.
        for action in actions:
            for change in histories[action.id]:
                if change.source_id is not None:
                    chosen = store.sources.get(change.source_id)
                    if chosen is not None:
                        cited.append(chosen)
        found = {s.id: s for s in (*cited, *store.sources.mentioning(name))}
        section = self._section("Sources mentioning it", len(found), expanded=False)
        for source in found.values():
            title = f"{source.title} — {source.citation}" if source.title else source.citation
            self._leaf(section, title, ("source", source.id))

    def _blocs_section(self, code: str) -> None:
        groups = blocs_of(code)
        if code in blocs():  # the EU is a bloc of its own members as well as a trading party
            groups.insert(0, blocs()[code])
        section = self._section("Blocs", len(groups), expanded=False)
        for bloc in groups:
            self._leaf(section, bloc.label, ("bloc", bloc.key))

    def _edit_current(self) -> None:
        if self._current is not None and self._current.id is not None:
            self.tariff_edit_requested.emit(self._current.id)

    def _activated(self, item: QTreeWidgetItem) -> None:
        link = item.data(0, LinkRole)
        if not link:
            return
        kind, ident = link
        if kind == "tariff":
            self.tariff_edit_requested.emit(ident)
        elif kind == "official":
            self.official_requested.emit(ident)
        elif kind == "event":
            self._context.signals.event_requested.emit(ident)
        elif kind == "bloc":
            self.bloc_requested.emit(ident)
        elif kind == "source":
            self.open_source(ident)

    def open_source(self, source_id: int) -> QDialog | None:
        """Show a stored article whole (the panel lists it as a source on the country)."""
        from diplomatic_calendar.ui.dialogs.source_dialog import SourceDialog

        source = self._context.store.sources.get(source_id)
        if source is None:
            return None
        dialog = SourceDialog(source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
