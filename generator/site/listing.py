"""What the views of a dossier's list pages (numbers, glossary, timeline, claims, sources) share."""

from __future__ import annotations

from generator.site.story import Story


class Listing:
    """One story's list page in the making: the story and the parts of it every list page reads."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.xref, self.dossier, self.slug = story.xref, story.dossier, story.slug
        self.prose, self.across = story.prose, story.across
