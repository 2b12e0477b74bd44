"""How commands print: instants as UTC ISO with a Z, and tables through Rich."""

from collections.abc import Iterable, Sequence
from datetime import datetime

from rich.console import Console
from rich.table import Table

UNLIMITED_WIDTH = 10_000


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    show_table(table)


def show_table(table: Table) -> None:
    """A narrow terminal wraps long values rather than cutting them short; a file or a pipe gets every row on
    one line, as wide as it needs."""
    console = Console()
    if not console.is_terminal:
        console = Console(width=UNLIMITED_WIDTH)
    console.print(table)
