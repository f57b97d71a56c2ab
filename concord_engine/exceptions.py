"""Engine exceptions: one base class, one subclass per kind of failure."""


class ConcordEngineError(Exception):
    """Base class of every error the engine raises on purpose."""
