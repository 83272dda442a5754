"""The site: views, sections, listings, markup, citations, diagrams, JSON-LD, exports, templates."""
