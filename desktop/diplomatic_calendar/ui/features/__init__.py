"""Features that hook themselves into the main window through ``install(window)``."""
