"""Writing an archive out in other formats: WARC, Parquet, and spreadsheet-safe cells."""
