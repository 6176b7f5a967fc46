"""The bundled offline replica portal used by ``archiver demo`` (and by the tests)."""
