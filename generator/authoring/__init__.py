"""Tools for contributors: fmt, new, init, diff and the generated format reference."""
