"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 02:43:27.135359
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=16), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('pickable', sa.Boolean(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.CheckConstraint("domain IN ('library', 'it', 'other')", name=op.f('ck_categories_domain')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('key', name=op.f('uq_categories_key'))
    )
    op.create_table('channels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channels')),
    sa.UniqueConstraint('key', name=op.f('uq_channels_key'))
    )
    op.create_table('checklist_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('schedule', sa.String(length=16), nullable=False),
    sa.Column('due_time', sa.String(length=5), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("schedule IN ('daily', 'weekly', 'per-person', 'on-demand')", name=op.f('ck_checklist_templates_schedule')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_templates')),
    sa.UniqueConstraint('key', name=op.f('uq_checklist_templates_key'))
    )
    op.create_table('desks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desks')),
    sa.UniqueConstraint('name', name=op.f('uq_desks_name'))
    )
    op.create_table('duration_bands',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('min_minutes', sa.Integer(), nullable=False),
    sa.Column('max_minutes', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duration_bands')),
    sa.UniqueConstraint('key', name=op.f('uq_duration_bands_key'))
    )
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('file_name', sa.String(length=400), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('needs_target', sa.Boolean(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('resolved', 'referred', 'escalated', 'follow-up')", name=op.f('ck_outcomes_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcomes')),
    sa.UniqueConstraint('key', name=op.f('uq_outcomes_key'))
    )
    op.create_table('patron_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patron_types')),
    sa.UniqueConstraint('key', name=op.f('uq_patron_types_key'))
    )
    op.create_table('read_levels',
    sa.Column('level', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.CheckConstraint('level BETWEEN 1 AND 6', name=op.f('ck_read_levels_level')),
    sa.PrimaryKeyConstraint('level', name=op.f('pk_read_levels'))
    )
    op.create_table('referral_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_targets')),
    sa.UniqueConstraint('key', name=op.f('uq_referral_targets_key'))
    )
    op.create_table('skill_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill_groups')),
    sa.UniqueConstraint('key', name=op.f('uq_skill_groups_key'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('initials', sa.String(length=8), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('credential_kind', sa.String(length=16), nullable=True),
    sa.Column('credential_hash', sa.String(length=255), nullable=True),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("credential_kind IN ('pin', 'password')", name=op.f('ck_staff_credential_kind')),
    sa.CheckConstraint("role IN ('staff', 'leader', 'admin')", name=op.f('ck_staff_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('initials', name=op.f('uq_staff_initials'))
    )
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('actor_staff_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=True),
    sa.Column('desk_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['actor_staff_id'], ['staff.id'], name=op.f('fk_audit_events_actor_staff_id_staff')),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_audit_events_desk_id_desks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_actor_staff_id_at'), ['actor_staff_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_entity_entity_id'), ['entity', 'entity_id'], unique=False)

    op.create_table('checklist_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.Integer(), nullable=True),
    sa.Column('started_by_id', sa.Integer(), nullable=True),
    sa.Column('subject_staff_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_checklist_runs_desk_id_desks')),
    sa.ForeignKeyConstraint(['started_by_id'], ['staff.id'], name=op.f('fk_checklist_runs_started_by_id_staff')),
    sa.ForeignKeyConstraint(['subject_staff_id'], ['staff.id'], name=op.f('fk_checklist_runs_subject_staff_id_staff')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_checklist_runs_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_runs'))
    )
    with op.batch_alter_table('checklist_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_runs_desk_id_started_at'), ['desk_id', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_runs_template_id_started_at'), ['template_id', 'started_at'], unique=False)

    op.create_table('desk_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.Integer(), nullable=False),
    sa.Column('signed_in_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('signed_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_desk_sessions_desk_id_desks')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_desk_sessions_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk_sessions'))
    )
    with op.batch_alter_table('desk_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desk_sessions_desk_id_signed_in_at'), ['desk_id', 'signed_in_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_desk_sessions_staff_id_signed_in_at'), ['staff_id', 'signed_in_at'], unique=False)

    op.create_table('enquiries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('asked_local_date', sa.Date(), nullable=False),
    sa.Column('asked_hour_of_week', sa.SmallInteger(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('patron_type_id', sa.Integer(), nullable=True),
    sa.Column('read_level', sa.Integer(), nullable=True),
    sa.Column('duration_band_id', sa.Integer(), nullable=True),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('referral_target_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('notes_purged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('import_key', sa.String(length=80), nullable=True),
    sa.CheckConstraint('asked_hour_of_week BETWEEN 0 AND 167', name=op.f('ck_enquiries_asked_hour_of_week')),
    sa.CheckConstraint('read_level BETWEEN 1 AND 6', name=op.f('ck_enquiries_read_level')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_enquiries_category_id_categories')),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_enquiries_channel_id_channels')),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_enquiries_desk_id_desks')),
    sa.ForeignKeyConstraint(['duration_band_id'], ['duration_bands.id'], name=op.f('fk_enquiries_duration_band_id_duration_bands')),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batches.id'], name=op.f('fk_enquiries_import_batch_id_import_batches')),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcomes.id'], name=op.f('fk_enquiries_outcome_id_outcomes')),
    sa.ForeignKeyConstraint(['patron_type_id'], ['patron_types.id'], name=op.f('fk_enquiries_patron_type_id_patron_types')),
    sa.ForeignKeyConstraint(['read_level'], ['read_levels.level'], name=op.f('fk_enquiries_read_level_read_levels')),
    sa.ForeignKeyConstraint(['referral_target_id'], ['referral_targets.id'], name=op.f('fk_enquiries_referral_target_id_referral_targets')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_enquiries_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enquiries')),
    sa.UniqueConstraint('import_key', name=op.f('uq_enquiries_import_key'))
    )
    with op.batch_alter_table('enquiries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enquiries_asked_at'), ['asked_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_enquiries_asked_local_date_desk_id'), ['asked_local_date', 'desk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enquiries_category_id_asked_at'), ['category_id', 'asked_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_enquiries_desk_id_asked_at'), ['desk_id', 'asked_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_enquiries_staff_id_asked_at'), ['staff_id', 'asked_at'], unique=False)

    op.create_table('guides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('last_reviewed_on', sa.Date(), nullable=True),
    sa.Column('review_due_on', sa.Date(), nullable=True),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'published', 'archived')", name=op.f('ck_guides_status')),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_guides_owner_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guides')),
    sa.UniqueConstraint('key', name=op.f('uq_guides_key'))
    )
    op.create_table('quick_buttons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=True),
    sa.Column('preset', sa.JSON(), nullable=True),
    sa.CheckConstraint('position BETWEEN 1 AND 12', name=op.f('ck_quick_buttons_position')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_quick_buttons_category_id_categories')),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_quick_buttons_desk_id_desks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quick_buttons')),
    sa.UniqueConstraint('desk_id', 'position', name=op.f('uq_quick_buttons_desk_id_position'))
    )
    op.create_table('skills',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('required_level', sa.Integer(), nullable=False),
    sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('customised', sa.Boolean(), nullable=False),
    sa.CheckConstraint('required_level BETWEEN 0 AND 4', name=op.f('ck_skills_required_level')),
    sa.ForeignKeyConstraint(['group_id'], ['skill_groups.id'], name=op.f('fk_skills_group_id_skill_groups')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['skills.id'], name=op.f('fk_skills_merged_into_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skills')),
    sa.UniqueConstraint('key', name=op.f('uq_skills_key'))
    )
    op.create_table('category_skills',
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_category_skills_category_id_categories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_category_skills_skill_id_skills'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('category_id', 'skill_id', name=op.f('pk_category_skills'))
    )
    op.create_table('checklist_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("role IN ('staff', 'leader')", name=op.f('ck_checklist_items_role')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_checklist_items_skill_id_skills')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_checklist_items_template_id_checklist_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_items')),
    sa.UniqueConstraint('template_id', 'key', name=op.f('uq_checklist_items_template_id_key'))
    )
    op.create_table('checklist_run_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=True),
    sa.Column('ticked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ticked_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['checklist_runs.id'], name=op.f('fk_checklist_run_items_run_id_checklist_runs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_checklist_run_items_skill_id_skills')),
    sa.ForeignKeyConstraint(['ticked_by_id'], ['staff.id'], name=op.f('fk_checklist_run_items_ticked_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_run_items')),
    sa.UniqueConstraint('run_id', 'item_key', name=op.f('uq_checklist_run_items_run_id_item_key'))
    )
    op.create_table('enquiry_guides',
    sa.Column('enquiry_id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('helped', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['enquiry_id'], ['enquiries.id'], name=op.f('fk_enquiry_guides_enquiry_id_enquiries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['guide_id'], ['guides.id'], name=op.f('fk_enquiry_guides_guide_id_guides')),
    sa.PrimaryKeyConstraint('enquiry_id', 'guide_id', name=op.f('pk_enquiry_guides'))
    )
    with op.batch_alter_table('enquiry_guides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enquiry_guides_guide_id'), ['guide_id'], unique=False)

    op.create_table('enquiry_skills',
    sa.Column('enquiry_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['enquiry_id'], ['enquiries.id'], name=op.f('fk_enquiry_skills_enquiry_id_enquiries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_enquiry_skills_skill_id_skills')),
    sa.PrimaryKeyConstraint('enquiry_id', 'skill_id', name=op.f('pk_enquiry_skills'))
    )
    with op.batch_alter_table('enquiry_skills', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enquiry_skills_skill_id_enquiry_id'), ['skill_id', 'enquiry_id'], unique=False)

    op.create_table('guide_categories',
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_guide_categories_category_id_categories')),
    sa.ForeignKeyConstraint(['guide_id'], ['guides.id'], name=op.f('fk_guide_categories_guide_id_guides'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('guide_id', 'category_id', name=op.f('pk_guide_categories'))
    )
    with op.batch_alter_table('guide_categories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_categories_category_id'), ['category_id'], unique=False)

    op.create_table('guide_feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('version_number', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('helpful', 'not-helpful', 'outdated')", name=op.f('ck_guide_feedback_kind')),
    sa.ForeignKeyConstraint(['guide_id'], ['guides.id'], name=op.f('fk_guide_feedback_guide_id_guides'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['staff.id'], name=op.f('fk_guide_feedback_resolved_by_id_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_guide_feedback_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_feedback'))
    )
    with op.batch_alter_table('guide_feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_feedback_guide_id_created_at'), ['guide_id', 'created_at'], unique=False)

    op.create_table('guide_skills',
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['guides.id'], name=op.f('fk_guide_skills_guide_id_guides'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_guide_skills_skill_id_skills')),
    sa.PrimaryKeyConstraint('guide_id', 'skill_id', name=op.f('pk_guide_skills'))
    )
    with op.batch_alter_table('guide_skills', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_skills_skill_id'), ['skill_id'], unique=False)

    op.create_table('guide_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('author_label', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('review_comment', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('proposed', 'published', 'rejected', 'superseded')", name=op.f('ck_guide_versions_status')),
    sa.ForeignKeyConstraint(['author_id'], ['staff.id'], name=op.f('fk_guide_versions_author_id_staff')),
    sa.ForeignKeyConstraint(['guide_id'], ['guides.id'], name=op.f('fk_guide_versions_guide_id_guides'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['staff.id'], name=op.f('fk_guide_versions_reviewed_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_versions')),
    sa.UniqueConstraint('guide_id', 'number', name=op.f('uq_guide_versions_guide_id_number'))
    )
    op.create_table('staff_skills',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('self_level', sa.Integer(), nullable=True),
    sa.Column('self_assessed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('confirmed_level', sa.Integer(), nullable=True),
    sa.Column('confirmed_by_id', sa.Integer(), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('confirmed_level BETWEEN 0 AND 4', name=op.f('ck_staff_skills_confirmed_level')),
    sa.CheckConstraint('self_level BETWEEN 0 AND 4', name=op.f('ck_staff_skills_self_level')),
    sa.ForeignKeyConstraint(['confirmed_by_id'], ['staff.id'], name=op.f('fk_staff_skills_confirmed_by_id_staff')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_staff_skills_skill_id_skills')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_skills_staff_id_staff')),
    sa.PrimaryKeyConstraint('staff_id', 'skill_id', name=op.f('pk_staff_skills'))
    )
    with op.batch_alter_table('staff_skills', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_skills_skill_id_confirmed_level'), ['skill_id', 'confirmed_level'], unique=False)

    op.create_table('training_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('trained_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('course', 'workshop', 'mentoring', 'peer-session', 'from-colleague', 'checklist')", name=op.f('ck_training_records_kind')),
    sa.ForeignKeyConstraint(['mentor_id'], ['staff.id'], name=op.f('fk_training_records_mentor_id_staff')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_training_records_recorded_by_id_staff')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_training_records_skill_id_skills')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_training_records_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_records'))
    )
    with op.batch_alter_table('training_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_records_skill_id'), ['skill_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_records_staff_id_skill_id_trained_on'), ['staff_id', 'skill_id', 'trained_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('training_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_records_staff_id_skill_id_trained_on'))
        batch_op.drop_index(batch_op.f('ix_training_records_skill_id'))

    op.drop_table('training_records')
    with op.batch_alter_table('staff_skills', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_skills_skill_id_confirmed_level'))

    op.drop_table('staff_skills')
    op.drop_table('guide_versions')
    with op.batch_alter_table('guide_skills', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_skills_skill_id'))

    op.drop_table('guide_skills')
    with op.batch_alter_table('guide_feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_feedback_guide_id_created_at'))

    op.drop_table('guide_feedback')
    with op.batch_alter_table('guide_categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_categories_category_id'))

    op.drop_table('guide_categories')
    with op.batch_alter_table('enquiry_skills', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enquiry_skills_skill_id_enquiry_id'))

    op.drop_table('enquiry_skills')
    with op.batch_alter_table('enquiry_guides', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enquiry_guides_guide_id'))

    op.drop_table('enquiry_guides')
    op.drop_table('checklist_run_items')
    op.drop_table('checklist_items')
    op.drop_table('category_skills')
    op.drop_table('skills')
    op.drop_table('quick_buttons')
    op.drop_table('guides')
    with op.batch_alter_table('enquiries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enquiries_staff_id_asked_at'))
        batch_op.drop_index(batch_op.f('ix_enquiries_desk_id_asked_at'))
        batch_op.drop_index(batch_op.f('ix_enquiries_category_id_asked_at'))
        batch_op.drop_index(batch_op.f('ix_enquiries_asked_local_date_desk_id'))
        batch_op.drop_index(batch_op.f('ix_enquiries_asked_at'))

    op.drop_table('enquiries')
    with op.batch_alter_table('desk_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desk_sessions_staff_id_signed_in_at'))
        batch_op.drop_index(batch_op.f('ix_desk_sessions_desk_id_signed_in_at'))

    op.drop_table('desk_sessions')
    with op.batch_alter_table('checklist_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_runs_template_id_started_at'))
        batch_op.drop_index(batch_op.f('ix_checklist_runs_desk_id_started_at'))

    op.drop_table('checklist_runs')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_entity_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))
        batch_op.drop_index(batch_op.f('ix_audit_events_actor_staff_id_at'))

    op.drop_table('audit_events')
    op.drop_table('staff')
    op.drop_table('skill_groups')
    op.drop_table('referral_targets')
    op.drop_table('read_levels')
    op.drop_table('patron_types')
    op.drop_table('outcomes')
    op.drop_table('import_batches')
    op.drop_table('duration_bands')
    op.drop_table('desks')
    op.drop_table('checklist_templates')
    op.drop_table('channels')
    op.drop_table('categories')
    op.drop_table('app_settings')
