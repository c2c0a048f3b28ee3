"""One exception hierarchy for sahelmap, in the manner of geopy's ``exc.py``.

Every error the tool raises on purpose derives from :class:`SahelmapError` and
also from the built-in it resembles, so callers may catch either. The CLI turns
them into one-line messages (exit 1) without a traceback.
"""

from __future__ import annotations


class SahelmapError(Exception):
    """Root of every sahelmap error."""


class InputError(SahelmapError, ValueError):
    """Bad data in a file: carries the file, line (or feature index) and field.

    >>> str(InputError("bad date", path="events.yaml", line=12, field="start"))
    'events.yaml:12: start: bad date'
    """

    def __init__(self, message: str, *, path=None, line=None, field=None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        what = f"{self.field}: " if self.field else ""
        return f"{where}{what}{self.message}"


class ArticleError(InputError):
    """An article file that cannot be read as text."""


class EventsFileError(InputError):
    """An events table (YAML, CSV or GeoJSON) that does not validate."""


class SpecError(InputError):
    """A map spec file that does not validate."""


class ManyErrors(SahelmapError, ValueError):
    """Several problems found in one pass, reported together."""

    def __init__(self, errors: list[InputError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class GeocoderError(SahelmapError, RuntimeError):
    """A geocoder that could not answer (index missing, service failed)."""


class GeocoderServiceError(GeocoderError):
    """An online geocoding service failed; callers fall back to the offline answer."""


class BuildError(SahelmapError, RuntimeError):
    """A build that could not complete; the previous output is left untouched."""
