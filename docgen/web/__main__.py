"""``python -m docgen.web``: the same as ``docgen serve``."""

from .command import serve

if __name__ == "__main__":  # pragma: no cover
    serve(prog_name="docgen serve")
