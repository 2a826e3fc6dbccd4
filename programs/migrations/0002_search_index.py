"""The GIN index that serves full-text search (programs/search.py), on PostgreSQL only: SQLite has no GIN
index and searches without one. The index is not in the model's Meta, so that SQLite never tries to
build it (not even when a later migration rebuilds the table)."""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations


def _index() -> GinIndex:
    from programs.search import SEARCH_INDEX_NAME, search_vector

    return GinIndex(search_vector(), name=SEARCH_INDEX_NAME)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("programs", "Program"), _index())


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("programs", "Program"), _index())


class Migration(migrations.Migration):
    dependencies = [("programs", "0001_initial")]

    operations = [migrations.RunPython(add_index, remove_index)]
