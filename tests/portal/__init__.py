"""A simulated portal the project's profiles were never written for, served on 127.0.0.1."""
