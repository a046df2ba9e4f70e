"""A GIN index for the name search on PostgreSQL (see memorial/name_search.py): the search
asks `to_tsvector('simple', search_keys) @@ to_tsquery('simple', …)`, and this index answers
it without reading every memorial. Other databases (SQLite in development) go without."""

from django.db import migrations

INDEX_NAME = "memorial_page_search_keys_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("memorial", "MemorialPage")._meta.db_table)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON {table} "
        "USING gin (to_tsvector('simple'::regconfig, search_keys))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [("memorial", "0004_tributes_and_requests")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
