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
