"""exchange with the district

The acknowledged version of every exported record, tombstones of deleted records, and what
each export bundle held (file name, previous bundle, counts, manifest, receipt).

Revision ID: 0008
Revises: 0003
Create Date: 2026-12-01 23:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_ack',
    sa.Column('record_type', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('bundle_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('record_type', 'record_id', name=op.f('pk_exchange_ack'))
    )
    op.create_table('exchange_tombstone',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('acked_seq', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_tombstone'))
    )
    op.create_index('ix_exchange_tombstone_acked_seq', 'exchange_tombstone', ['acked_seq'])
    # Plain ADD COLUMN (no batch copy), as in 0002.
    op.add_column('export_batch', sa.Column('file_name', sa.String(length=300), nullable=False, server_default=''))
    op.add_column('export_batch', sa.Column('previous_id', sa.String(length=36), nullable=True))
    op.add_column('export_batch', sa.Column('counts', sa.JSON(), nullable=False, server_default='{}'))
    op.add_column('export_batch', sa.Column('manifest', sa.JSON(), nullable=False, server_default='[]'))
    op.add_column('export_batch', sa.Column('receipt', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('export_batch', schema=None) as batch_op:
        for column in ('receipt', 'manifest', 'counts', 'previous_id', 'file_name'):
            batch_op.drop_column(column)
    op.drop_index('ix_exchange_tombstone_acked_seq', table_name='exchange_tombstone')
    op.drop_table('exchange_tombstone')
    op.drop_table('exchange_ack')
