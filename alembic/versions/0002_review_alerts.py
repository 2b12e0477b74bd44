"""Alerts of kind `review`: a logged report holding words the parser could not account for.

The allowed kinds are copied here as they are at this revision, like 0001's, so a later change to AlertKind needs
its own revision. Batch mode copies the table on SQLite, which cannot alter a CHECK constraint in place.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = ("crisis", "symptom", "question", "unparsed", "opt_out", "delivery_failure", "over_target")
AFTER = ("crisis", "symptom", "question", "unparsed", "review", "opt_out", "delivery_failure", "over_target")


def _allow(kinds: Sequence[str]) -> None:
    values = ", ".join(f"'{kind}'" for kind in kinds)
    with op.batch_alter_table("alerts") as batch_op:
        batch_op.drop_constraint(op.f("ck_alerts_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_alerts_kind"), f"kind IN ({values})")


def upgrade() -> None:
    _allow(AFTER)


def downgrade() -> None:
    op.execute("UPDATE alerts SET kind = 'unparsed' WHERE kind = 'review'")  # kept, as the nearest older kind
    _allow(BEFORE)
