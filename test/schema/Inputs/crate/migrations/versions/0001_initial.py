"""initial

Revision ID: 0001
Revises:
Create Date: 2022-11-02 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade():
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "legacy_mirror_state",
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("serial"),
    )


def downgrade():
    op.drop_table("legacy_mirror_state")
    op.drop_table("projects")
