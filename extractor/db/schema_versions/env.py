"""Alembic environment: migrations always run on the connection migrations.migrate() opened."""
from alembic import context

from extractor.db.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
