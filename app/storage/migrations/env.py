"""Alembic environment: always run programmatically with a connection handed in."""
from alembic import context

from app.storage.models import Base

connection = context.config.attributes["connection"]


def include_name(name, type_, parent_names):  # noqa: ANN001, ANN201
    """The FTS5 search table and its shadow tables are managed by hand in migrations."""
    return not (type_ == "table" and name and name.startswith("case_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
