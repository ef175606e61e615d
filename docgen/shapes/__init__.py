"""Line shapes shared by the cleaner and the parser: the :class:`Line` they pass on, and what a
line can be (a heading, a salutation, a date line, a title, a metadata field …).  This package
sits below both, so that neither has to ask the other."""

from .lines import Line

__all__ = ["Line"]
