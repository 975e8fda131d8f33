"""Qt item models that adapt the store's domain objects for the views."""
