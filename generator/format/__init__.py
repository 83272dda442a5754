"""The dossier format: the typed model, its vocabulary and rules, dates and numbers, the JSON Schema."""
