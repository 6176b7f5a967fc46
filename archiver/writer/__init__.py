"""The local writer process: a single-process crawl's extraction, validation, archive writes and
near-duplicate signing, run beside the crawl instead of on its reactor thread.

- ``pages``: a fetched page turned into the item the archive stores (extract, then validate),
  with the stats it counts; the in-process pipelines use the same functions.
- ``frames``: length-prefixed pickles over a pipe.
- ``child``: the writer process (``python -m archiver.writer.child``): the archive's only
  writer during the run, batch, COMMIT, then acknowledge.
- ``handle``: the crawl's side: start it, feed it, read its acknowledgements, close it.
"""
