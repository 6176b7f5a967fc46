"""Item pipelines: extract -> validate -> archive. Thin adapters over the archiver library."""
