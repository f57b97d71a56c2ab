"""Run the WSGI application on waitress (pure Python, works the same on every platform)."""

from django.core.wsgi import get_wsgi_application


def serve(*, host: str, port: int, threads: int = 8) -> None:
    """Serve Concord until interrupted; static files must be collected first."""
    import waitress

    application = get_wsgi_application()
    waitress.serve(application, host=host, port=port, threads=threads, ident="Concord")
