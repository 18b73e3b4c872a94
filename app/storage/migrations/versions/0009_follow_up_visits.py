"""follow-up visits: how, whom, what was found, reminders, waivers

Adds to follow_up what a 回访 records (人民调解法 art 31; 2002 rules art 39): the agreement and
the reason the visit is due, how it was made, whether a party went to court or the dispute
escalated, the measures taken, a waiver with its reason, and the 督促履行 reminder. In-place
ADD COLUMNs with constant defaults (no table copy on SQLite), and covering indexes for the
statistics load.

Revision ID: 0009
Revises: 0003
Create Date: 2026-12-02 00:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column('agreement_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.String(length=32), nullable=False, server_default='rule'),
    sa.Column('method', sa.String(length=16), nullable=False, server_default=''),
    sa.Column('went_to_court', sa.Boolean(), nullable=True),
    sa.Column('escalated', sa.Boolean(), nullable=True),
    sa.Column('measures', sa.Text(), nullable=False, server_default=''),
    sa.Column('waived_reason', sa.Text(), nullable=False, server_default=''),
    sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=True),
)


# Covering indexes for the statistics load (app/services/statistics.py): index-only reads of
# the parties', agreements' and visits' few columns it needs, instead of their wide rows.
INDEXES = {
    'ix_party_stats': ('party', ['case_id', 'kind', 'id_number']),
    'ix_agreement_stats': ('agreement', ['status', 'created_at', 'case_id', 'form']),
    'ix_follow_up_done': ('follow_up', ['done_at', 'case_id', 'performance']),
}


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column('follow_up', column)
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        for column in reversed(COLUMNS):
            batch_op.drop_column(column.name)
