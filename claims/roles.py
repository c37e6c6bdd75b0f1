"""The two working roles and what each may do. Used by the data migration and by tests."""

FACT_CHECKERS = "fact-checkers"
EDITORS = "editors"

_WORK = {
    "claims": ["claim", "citation", "source", "outlet", "tag"],
    "timeline": ["event", "timeline"],
}

FACT_CHECKER_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, models in _WORK.items()
    for model in models
    for action in ("view", "add", "change")
] + ["timeline.confirm_event_date"]

EDITOR_PERMISSIONS = (
    FACT_CHECKER_PERMISSIONS
    + [f"{app}.delete_{model}" for app, models in _WORK.items() for model in models]
    + ["claims.publish_claim", "claims.review_claim", "timeline.publish_timeline"]
)

ROLE_PERMISSIONS = {FACT_CHECKERS: FACT_CHECKER_PERMISSIONS, EDITORS: EDITOR_PERMISSIONS}


def ensure_roles():
    """Create the groups with their permissions if they are missing (the data migration does
    this on a real database; a test database flushed between tests needs it again)."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for group_name, codes in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        wanted = Q()
        for code in codes:
            app_label, codename = code.split(".")
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.filter(wanted))
