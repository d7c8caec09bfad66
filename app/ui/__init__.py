"""PySide6 windows and item models. Widgets show state and emit intent; no SQL, no sockets."""
