"""Helpers shared by the tests: where the examples and fixtures are, documents rendered once
per session, and the measuring tools for PDFs, DOCX parts and LibreOffice renderings."""
