"""docgen — typeset Chinese speech manuscripts and official texts as GB/T 9704-2012 DOCX and PDF.

Library API (see docs/api.md):

* :func:`docgen.parse` — input file or text → :class:`docgen.model.Speech`
* :func:`docgen.render` — speech + style → DOCX or PDF bytes
* :func:`docgen.convert` — input file → output file(s), in one call
"""

from .api import convert, parse, parse_text, render
from .version import __version__

__all__ = ["__version__", "convert", "parse", "parse_text", "render"]
