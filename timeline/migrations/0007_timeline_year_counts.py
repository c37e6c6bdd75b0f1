from django.db import migrations, models


def install(apps, schema_editor):
    from timeline import year_counts

    year_counts.install(schema_editor)


def remove(apps, schema_editor):
    from timeline import year_counts

    year_counts.remove(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0006_event_date_offset"),
    ]

    operations = [
        migrations.CreateModel(
            name="TimelineYear",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("timeline_id", models.BigIntegerField(verbose_name="timeline")),
                ("year", models.IntegerField(verbose_name="year")),
                ("events", models.IntegerField(default=0, verbose_name="events")),
            ],
            options={
                "verbose_name": "timeline year",
                "verbose_name_plural": "timeline years",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("timeline_id", "year"), name="timeline_year_once"
                    )
                ],
            },
        ),
        # The triggers and the first counts (timeline/year_counts.py).
        migrations.RunPython(install, remove),
    ]
