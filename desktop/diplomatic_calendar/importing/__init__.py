"""Turning accepted drafts into stored records: duplicates, plans and one-transaction saves."""
