"""Alembic environment: LiveDeck always passes an open connection (see app.models.db.upgrade)."""

from alembic import context

from app.models.schema import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
