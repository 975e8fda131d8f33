"""Diplomatic Calendar: meetings, officials and tariff deadlines, with drafts proposed from news."""

__version__ = "0.1.0"
