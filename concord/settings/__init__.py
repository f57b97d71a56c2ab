"""Settings modules: base (shared), local (developer), production, test."""
