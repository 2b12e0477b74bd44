"""`taperline demo`: see the whole loop run, with no network, no credentials and no setup."""

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.app import app
from bot.cli.output import show_table


@app.command("demo")
def demo_command(
    days: Annotated[int, typer.Option(help="How many simulated days to run.", min=1, max=60)] = 15,
    as_json: Annotated[bool, typer.Option("--json", help="Print the transcript and summary as JSON.")] = False,
) -> None:
    """Simulate a clinic, three patients and their infusions on a throw-away database, day by day."""
    from bot.demo import Line, run_demo

    console = Console(highlight=False)
    shown_day: list[str] = []

    def show(line: Line) -> None:
        day = f"{line.local_time:%a %Y-%m-%d}"
        if shown_day[-1:] != [day]:
            shown_day.append(day)
            console.rule(day)
        arrow = "->" if line.direction == "out" else "<-"
        console.print(f"[bold]{line.local_time:%H:%M}[/] patient {line.patient_id} {arrow} [dim]{line.kind}[/]")
        console.print(f"    {line.body}", markup=False, soft_wrap=True)

    run = run_demo(days, on_line=(lambda line: None) if as_json else show)
    if as_json:
        typer.echo(json.dumps(run.as_json(), indent=2, ensure_ascii=False))
        return
    table = Table(title=f"After {days} days")
    for column in ("patient", "story", "appointments", "texts sent", "logged intake", "alerts"):
        table.add_column(column)
    for patient in run.summary:
        table.add_row(
            f"{patient['patient_id']} {patient['name']} ({patient['language']})"
            + (" [opted out]" if patient["opted_out"] else ""),
            patient["story"],
            "\n".join(at[:16].replace("T", " ") for at in patient["appointments"]),
            "\n".join(f"{count} {kind}" for kind, count in patient["sent"].items()),
            "\n".join(_intake_line(row) for row in patient["intake"]),
            "\n".join(patient["alerts"]),
        )
    show_table(table)


def _intake_line(row: dict[str, Any]) -> str:
    amount = f"{row['standard_drinks']:g} drinks" if row["substance"] == "alcohol" else f"{row['substance']}"
    if row["mg"] is not None:
        amount += f" {row['mg']:g} mg"
    return f"{row['day'][5:]} {amount}" + (" (corrected)" if row["corrected"] else "")
