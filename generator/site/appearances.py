"""Links between the stories of a site: an actor's other stories, and a dossier's thread."""

from __future__ import annotations

from generator.format.dossier import Dossier
from generator.site import urls
from generator.site.markup import escape, href
from generator.site.views import Fact, joined


def other_stories(dossier: Dossier, actor_id: str, page: str) -> str:
    """Markdown links to the actor's pages in the site's other dossiers, or "" when it has none."""
    return joined(
        [
            f"[{escape(seen.title)}]({href(page, urls.actor(seen.slug, seen.actor_id))})"
            for seen in dossier.appearances.get(actor_id, ())
        ]
    )


def thread_links(dossier: Dossier, page: str) -> tuple[Fact, ...]:
    """"Previously: <title>" and "Next: <title>" for the stories before and after this one."""
    return tuple(
        Fact(f"{link.label}: [{escape(link.title)}]({href(page, urls.overview(link.slug))})")
        for link in dossier.thread
    )
