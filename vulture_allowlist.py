"""Names `vulture` (run by `make test`) reports as unused that are used where it cannot look.

Each line says who uses them. Anything else it reports is dead: delete it rather than list it here.
"""
# ruff: noqa: B018, F821

# Fields of page views: templates read them (View.context passes every field to the template).
_.role, _.footnotes, _.intro, _.topics, _.pager, _.too_many, _.corrections, _.dates
# Members of the format's enumerations: values a dossier file may hold, read by pydantic.
_.REPORT, _.REFERENCE, _.LAW, _.WEBSITE, _.OTHER, _.OBJECT
_.ABOUT, _.AT_MOST, _.UP_TO, _.FEWER_THAN
_.CONFIRMED, _.DISPUTED, _.DENIED, _.UNVERIFIED, _.RETRACTED
_.HOUR, _.WEEK, _.QUARTER
# Read by libraries: pydantic (model_config), ruamel.yaml (the emitter's settings), grandalf (a
# layout's spacing, and setpath on an edge's view).
_.model_config, _.allow_unicode, _.preserve_quotes, _.yspace, _.setpath
# Read by tests only, as every page test's way to find a page (kept: used in dozens of tests).
_.by_path
# Checked by tests: the rules only `explainer sources check` reports.
_.SOURCE_CHECK_RULES
# Read by the overview template only.
_.not_known_links
# Values contributors write in YAML (no_text:), read by value, never by name.
_.PAYWALLED, _.REMOVED, _.NOT_RETRIEVABLE_NOW, _.PRINT_ONLY, _.BROADCAST_ONLY, _.COPYING_FORBIDDEN
