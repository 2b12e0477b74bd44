"""The one exception type a user can act on: the CLI prints its message as a single line, no traceback."""


class TaperlineError(Exception):
    """Bad input or configuration; the message says what and where, in one line."""
