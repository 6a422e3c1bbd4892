"""The tables as the latest migration leaves them; queries import these."""
from __future__ import annotations

from .migrations import current_metadata

metadata = current_metadata()
documents = metadata.tables["documents"]
targets = metadata.tables["targets"]
indicator_aliases = metadata.tables["indicator_aliases"]
