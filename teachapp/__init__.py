"""teachapp: an offline desktop assistant that people teach by voice."""

__version__ = "0.1.0"
