"""Reading and checking: YAML with positions, the loader, validation and diagnostics."""
