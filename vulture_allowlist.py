"""Names `vulture` (run by `make test`) reports as unused that are used where it cannot look.

Each line says who uses them. Anything else it reports is dead: delete it rather than list it here.
"""
# ruff: noqa: B018, F821

# Fields of page views: templates read them (View.context passes every field to the template).
_.role, _.footnotes, _.intro, _.topics, _.pager, _.too_many, _.dates, _.fold
# Members of the format's enumerations: values a dossier file may hold, read by pydantic.
_.REPORT, _.REFERENCE, _.LAW, _.WEBSITE, _.HOUR, _.WEEK, _.QUARTER
# Read by libraries: pydantic (model_config), ruamel.yaml (the emitter's settings).
_.model_config, _.allow_unicode, _.preserve_quotes
# Read by tests only, as every page test's way to find a page (kept: used in dozens of tests).
_.by_path
# Checked by tests: the rules only `explainer sources check` reports.
_.SOURCE_CHECK_RULES
# Read by the overview template only.
_.not_known_links
_.when_where
_.why
_.whos_who_link
# Read by the actor template only.
_.numbers_title
_.claims_title, _.claims_about, _.claims_about_title
# Values contributors write in YAML (no_text:), read by value, never by name.
_.PAYWALLED, _.REMOVED, _.NOT_RETRIEVABLE_NOW, _.PRINT_ONLY, _.BROADCAST_ONLY, _.COPYING_FORBIDDEN
# Read by MkDocs: the page being built (set by the plugin's workers as MkDocs' own loop sets it).
_._current_page
# Called by MkDocs in a dirty build (`serve --dirty`): whether a generated page is written again.
_.is_modified
# Called by Jinja: a bytecode cache's two methods, and the environment's attribute that holds it.
_.load_bytecode, _.dump_bytecode, _.bytecode_cache
# Called by MkDocs when it writes the site: a file another shard writes is listed, never copied.
_.copy_file
# Read by the overview's template (overview.md.j2): the anchors of the key questions the first screen answers.
_.why_anchor, _.next_anchor
# Read by the timeline's template (timeline.md.j2): the timelines of the stories that follow this one.
_.next_story
# Called by pydantic: a model validator that keeps the decimal places a number was written with.
_._written_places
