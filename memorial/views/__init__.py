"""Public views of the memorial app."""
