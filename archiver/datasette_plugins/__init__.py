"""Datasette plugins loaded by `archiver serve` (--plugins-dir)."""
