"""What Taperline sends: message templates, their rendering, and what each text costs in SMS segments.

Pure and free of I/O apart from reading its own default templates, so the dispatcher, the CLI preview and the
dashboard's template editor all agree on the text; it never imports `bot`.
"""
