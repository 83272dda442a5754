"""The site's published address (``site_url``) and the theme features that cannot work without it.

Material's instant navigation loads a clicked page in place only if the site's ``sitemap.xml`` lists
it, and fetches that sitemap on every page to find out. MkDocs writes the sitemap's URLs from
``site_url``: with none set it lists no page, so each page would fetch an empty file and instant
navigation would load nothing in place. Without an address the feature is left out; with one, the
sitemap and every page's canonical link carry real URLs.
"""

from __future__ import annotations

from collections.abc import Sequence

# Material's features that read the sitemap, with those only they enable.
NEEDS_ADDRESS = "navigation.instant"


def features_for(features: Sequence[str], site_url: str | None) -> list[str]:
    """The theme's features that work with this address: all of them if there is one."""
    if site_url:
        return list(features)
    return [f for f in features if f != NEEDS_ADDRESS and not f.startswith(f"{NEEDS_ADDRESS}.")]
