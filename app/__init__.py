"""LiveDeck: a desktop studio assistant for live-commerce streams."""

__version__ = "0.1.0"
