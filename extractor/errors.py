"""Errors that carry a one-line, user-facing reason."""


class ChitieuError(Exception):
    """Base class: str(err) is shown to the user as is."""


class ReadError(ChitieuError):
    """A document could not be read (corrupt, encrypted, empty, wrong type...)."""


class PatternError(ChitieuError):
    """A file in patterns/ is malformed; the message names file and line."""


class CatalogueError(ChitieuError):
    """A catalogue does not validate against the schema."""


class OutputError(ChitieuError):
    """An output file cannot be written; .kept names where its content was saved instead."""

    kept: str | None = None
