"""``python -m docgen`` runs the command line."""

from .cli import main

main(prog_name="docgen")
