"""Phrase banks for British professional free text, one module per kind of writing."""
