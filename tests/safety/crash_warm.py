"""Imported by the crash tests' fork server: one import in memory fills the extraction caches.

Every killed child is forked from that server, so it starts saving at once instead of spending
its short life loading word lists.
"""

from diplomatic_calendar.store import Store
from tests.safety.crash_child import import_article

_store = Store.memory()
import_article(_store, 0)
_store.close()
