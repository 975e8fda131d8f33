"""The right-click menu of an event: edit, duplicate, delete, show country, mark held/cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import QMenu, QWidget

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import Event, EventStatus


@dataclass(frozen=True, slots=True)
class EventMenuHandlers:
    """What each entry of the menu does; the window supplies these."""

    edit: Callable[[Event], None]
    duplicate: Callable[[Event], None]
    delete: Callable[[Event], None]
    show_country: Callable[[str], None]
    set_status: Callable[[Event, EventStatus], None]


def event_countries(event: Event) -> list[str]:
    """The countries an event involves, its location's first."""
    codes = [event.location.country] if event.location.country else []
    return list(dict.fromkeys([*codes, *event.countries]))


def build_event_menu(parent: QWidget, event: Event, handlers: EventMenuHandlers) -> QMenu:
    """A menu acting on ``event``; entries that would change nothing are disabled."""
    menu = QMenu(parent)
    menu.setObjectName("eventMenu")
    menu.addAction("Edit…", lambda: handlers.edit(event))
    menu.addAction("Duplicate", lambda: handlers.duplicate(event))
    menu.addAction("Delete", lambda: handlers.delete(event))
    menu.addSeparator()
    codes = event_countries(event)
    if len(codes) == 1:
        menu.addAction(f"Show {country_name(codes[0])}", lambda: handlers.show_country(codes[0]))
    else:
        sub = menu.addMenu("Show country")
        sub.setEnabled(bool(codes))
        for code in codes:
            sub.addAction(country_name(code), partial(handlers.show_country, code))
    menu.addSeparator()
    for status in (EventStatus.HELD, EventStatus.CANCELLED):
        action = menu.addAction(
            f"Mark as {status.label.lower()}", partial(handlers.set_status, event, status)
        )
        action.setEnabled(event.status is not status)
    return menu
