"""An index of diary entries by date, for /patients' pages

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("diary_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_diary_entries_by_date",
            ["diary_date", "patient_id", "no_side_effects"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("diary_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_diary_entries_by_date")
