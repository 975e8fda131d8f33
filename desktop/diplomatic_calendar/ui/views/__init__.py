"""The calendar views and what they share."""

from diplomatic_calendar.qt_binding import keep_none_alive

keep_none_alive()
