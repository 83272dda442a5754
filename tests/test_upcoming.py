"""Events still to come when reported (``generator.site.upcoming``): named under "What may happen
next" and marked on the timeline, until the story's events are checked past their date."""

from __future__ import annotations

from pathlib import Path

from flood import FLOOD, first_screen, flood_with_events


def test_an_event_still_to_come_when_reported_is_what_may_happen_next(tmp_path: Path) -> None:
    """An event dated after the report that gives it was scheduled, not seen: the first screen's
    "What may happen next" names it before the story's warnings, and the timeline marks it."""
    pages = flood_with_events(tmp_path)
    top = first_screen(pages[f"{FLOOD}/index.md"])
    assert (
        "**What may happen next:** Due in March 2024 (as of January 2024): [Engineers are to start"
        " draining the second lake](timeline.md#drain-second-lake).[^1] The [district office]"
        "(actors/district-office.md) says: A second lake could burst within weeks.[^2]"
    ) in top
    timeline = pages[f"{FLOOD}/timeline.md"]
    assert "### March 2024, expected as reported in January 2024: Engineers are to start draining" in timeline
    assert "### 9 January 2024: The glacial lake bursts its moraine" in timeline


def test_an_event_checked_past_its_date_is_no_longer_to_come(tmp_path: Path) -> None:
    """Events checked up to a day after the scheduled one: the contributor knows whether it happened."""
    pages = flood_with_events(tmp_path, events_checked_to="2024-04-01")
    top = first_screen(pages[f"{FLOOD}/index.md"])
    assert "Due in March 2024" not in top
    assert "expected as reported" not in pages[f"{FLOOD}/timeline.md"]


def test_the_home_card_says_how_far_events_went_not_what_was_to_come(tmp_path: Path) -> None:
    """The card's "Events up to" named the scheduled event's month, as if the story had reached it."""
    hub = flood_with_events(tmp_path)["index.md"]
    assert "Events up to 12 January 2024." in hub
    assert "Events up to March 2024" not in hub
