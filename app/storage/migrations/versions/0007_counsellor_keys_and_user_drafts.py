"""counsellor keys and per-user drafts

The counsellor_key table (counselling notes sealed by the counsellors' own keys), and
recovery drafts keyed per user (the stored key becomes "<owner id>:<form key>", so a second
user's autosave no longer replaces the first user's draft).

Process notes already in the database stay readable to counsellors as they are and are
sealed the next time a counsellor saves them (docs/counselling-keys.md).

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-01 23:59:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'counsellor_key',
        sa.Column('staff_id', sa.String(36), sa.ForeignKey('staff.id', ondelete='CASCADE'), primary_key=True),
        sa.Column('public_key', sa.LargeBinary(), nullable=False),
        sa.Column('secret_key_wrapped', sa.LargeBinary(), nullable=True),
        sa.Column('granted_key', sa.LargeBinary(), nullable=True),
        sa.Column('recovery_public_key', sa.LargeBinary(), nullable=True),
        sa.Column('recovery_key_wrapped', sa.LargeBinary(), nullable=True),
        sa.Column('recovery_grant', sa.LargeBinary(), nullable=True),
        sa.Column('granted_by_id', sa.String(36), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    )
    op.execute("UPDATE draft SET key = owner_id || ':' || key WHERE key NOT LIKE owner_id || ':%'")


def downgrade() -> None:
    op.execute("UPDATE draft SET key = substr(key, length(owner_id) + 2) WHERE key LIKE owner_id || ':%'")
    op.drop_table('counsellor_key')
