"""The Studio: the one place that wires core, models, live IO and the UI together."""
