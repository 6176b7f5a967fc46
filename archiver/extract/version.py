"""The extractor's version, kept apart so the archive can record it without loading lxml."""

# Bump when a change to extraction can change a record; versions remember which one made them.
EXTRACTOR_VERSION = "1.3.0"  # titles, authors and dates on the open web; body: captions, split stories, speed
