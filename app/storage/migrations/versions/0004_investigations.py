"""investigation records

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:59:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('investigation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('subject_name', sa.String(length=100), nullable=False),
    sa.Column('subject_party_id', sa.String(length=36), nullable=True),
    sa.Column('subject_details', sa.String(length=300), nullable=False),
    sa.Column('investigator_ids', sa.JSON(), nullable=False),
    sa.Column('recorder_id', sa.String(length=36), nullable=True),
    sa.Column('present', sa.JSON(), nullable=False),
    sa.Column('qa', sa.JSON(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('attachment_ids', sa.JSON(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], name=op.f('fk_investigation_case_id_case_record'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_party_id'], ['party.id'], name=op.f('fk_investigation_subject_party_id_party'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['recorder_id'], ['staff.id'], name=op.f('fk_investigation_recorder_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_investigation_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_investigation'))
    )
    op.create_index(op.f('ix_investigation_case_id'), 'investigation', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_investigation_case_id'), table_name='investigation')
    op.drop_table('investigation')
