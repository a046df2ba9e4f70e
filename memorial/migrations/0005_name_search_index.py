"""The name search's index on PostgreSQL (see memorial/name_search.py).

`search_keys_tsv` is a stored generated column, `to_tsvector('simple', search_keys)`, with a
GIN index: the search asks `search_keys_tsv @@ to_tsquery('simple', …)`, answered from the
index, and even a scan reads a ready vector instead of parsing every row's keys again. The
column is not on the Django model (PostgreSQL fills it); name_search falls back to the
expression where it is missing. Other databases (SQLite in development) go without."""

from django.db import migrations

COLUMN = "search_keys_tsv"
INDEX_NAME = "memorial_page_search_keys_tsv_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("memorial", "MemorialPage")._meta.db_table)
    schema_editor.execute(
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {COLUMN} tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple'::regconfig, coalesce(search_keys, ''))) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON {table} USING gin ({COLUMN})"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("memorial", "MemorialPage")._meta.db_table)
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")
    schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("memorial", "0004_tributes_and_requests")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
