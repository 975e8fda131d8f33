"""Dialogs: the event editor and the like."""
