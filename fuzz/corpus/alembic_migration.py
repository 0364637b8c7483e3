"""add orders.status

Revision ID: 3f2a1b9c
Revises: 1e0d7c44
"""
from alembic import op
import sqlalchemy as sa

revision = "3f2a1b9c"
down_revision = "1e0d7c44"
branch_labels = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=True))
        batch.alter_column("total", type_=sa.Numeric(14, 2), existing_nullable=False)
    op.execute("UPDATE orders SET status = 'pending'")
    op.drop_column("customers", "legacy_code")


def downgrade() -> None:
    op.add_column("customers", sa.Column("legacy_code", sa.String(8)))
    op.drop_column("orders", "status")
