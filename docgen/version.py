"""docgen's version, kept apart so that any module can name it without importing the package."""

__version__ = "0.1.0"
#: The name docgen is installed by (``pip install``, ``pipx install``): the package index's
#: ``docgen`` is another project.  The import package and the command are ``docgen``.
DISTRIBUTION = "docgen-gbt9704"
