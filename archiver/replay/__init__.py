"""Replay: archived captures shown as they were fetched, on their own origin, scripts never run."""
