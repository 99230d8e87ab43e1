"""Execution engines: ``local`` (one or more processes)."""
