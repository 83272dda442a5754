"""Explainer-site generator: YAML dossiers in, cited explainer pages out."""

__version__ = "0.1.0"
