"""The calendar views and what they share."""

from diplomatic_calendar.ui.views.none_refcount import keep_none_alive

keep_none_alive()
