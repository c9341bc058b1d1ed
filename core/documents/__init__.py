"""File formats as Qt-free models. ``docx``: Word documents that survive editing (only the
paragraphs the user changed are rewritten; everything else in the package is kept)."""
