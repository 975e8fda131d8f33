"""Qt widgets and models: the window, its views, panels and dialogs."""
