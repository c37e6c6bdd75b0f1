"""A GIN index over the claims' search vector, on PostgreSQL only.

Not in Claim.Meta.indexes because SQLite has no GIN indexes. The expression must stay the one
ClaimQuerySet.search() filters on (claims.models.CLAIM_SEARCH_VECTOR), or the planner will not
use it.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX = GinIndex(
    SearchVector("statement", "summary", "claimant", config="simple"), name="claim_search_idx"
)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("claims", "Claim"), INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("claims", "Claim"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_claim_candidates")]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
