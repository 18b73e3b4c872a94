"""list and dashboard indexes

Covering indexes for each sort order of the case list (the list reads ids only, so at
100,000 cases SQLite no longer reads and decrypts every table page to sort), and indexes for
the dashboard's queues (acceptance, first feedback, confirmation window, follow-ups, today's
events).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 09:10:00
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

CASE_INDEXES = {
    'ix_case_order_registered': ['registered_at', 'year', 'seq', 'id'],
    'ix_case_order_number': ['year', 'seq', 'id'],
    'ix_case_order_status': ['status', 'year', 'seq', 'id'],
    'ix_case_order_category': ['category_code', 'year', 'seq', 'id'],
    'ix_case_order_amount': ['amount', 'year', 'seq', 'id'],
    'ix_case_order_warning': ['warning_level', 'year', 'seq', 'id'],
    'ix_case_accepted': ['accepted_at'],
    'ix_case_status_accepted': ['status', 'accepted_at'],
    'ix_case_feedback': ['first_feedback_at', 'registered_at'],
    'ix_case_effective': ['agreement_effective_on', 'status'],
}


def upgrade() -> None:
    op.drop_index('ix_case_registered', table_name='case_record')
    for name, columns in CASE_INDEXES.items():
        op.create_index(name, 'case_record', columns)
    op.create_index('ix_case_event_at', 'case_event', ['at', 'to_status'])
    op.create_index('ix_follow_up_open_due', 'follow_up', ['done_at', 'due_on'])


def downgrade() -> None:
    op.drop_index('ix_follow_up_open_due', table_name='follow_up')
    op.drop_index('ix_case_event_at', table_name='case_event')
    for name in reversed(CASE_INDEXES):
        op.drop_index(name, table_name='case_record')
    op.create_index('ix_case_registered', 'case_record', ['registered_at'])
