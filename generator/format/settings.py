"""Settings that a repository sets once for every dossier: ``content/settings.yaml``.

The file is optional; without it every setting has its default.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    """content/settings.yaml: choices a repository makes for all its dossiers."""

    model_config = ConfigDict(extra="forbid")
    file_name: ClassVar[str] = "settings"

    stored_text_max_share: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description=(
            "The largest share of a source's whole text that its stored passages (snapshots/) may "
            "hold, e.g. 0.3 for 30%. `explainer snapshot` cuts long sentences down to the words "
            "around each evidence phrase to keep under it, and `validate` warns "
            "(`text-stored-share`) about a stored text over it. No cap when absent."
        ),
        examples=[0.3],
    )
