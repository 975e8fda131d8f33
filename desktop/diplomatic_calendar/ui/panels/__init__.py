"""Dock panels around the calendar."""
