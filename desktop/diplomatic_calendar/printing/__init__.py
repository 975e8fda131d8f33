"""Schedules as documents: HTML, iCalendar, CSV and JSON, and PDF through Qt."""
