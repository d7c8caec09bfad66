"""Persistence: SQLAlchemy 2 models, Alembic migrations, the store and the batched comment writer."""
