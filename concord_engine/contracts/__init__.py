"""Typed contracts between the engine and the app; one module per stage (records, linkage, ...)."""
