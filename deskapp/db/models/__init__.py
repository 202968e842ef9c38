"""Every table of the app. Import from here: `from deskapp.db.models import Enquiry`."""

from deskapp.db.models.audit import AuditEvent
from deskapp.db.models.checklists import ChecklistItem, ChecklistRun, ChecklistRunItem, ChecklistTemplate
from deskapp.db.models.development import DevelopmentPlanItem, SkillLevelDescription
from deskapp.db.models.enquiries import Enquiry, EnquiryGuide, EnquirySkill, ImportBatch
from deskapp.db.models.feedback import PatronRating, WeeklyReflection
from deskapp.db.models.guides import (
    Guide,
    GuideCategory,
    GuideFeedback,
    GuideSkill,
    GuideVersion,
    SearchAlias,
    SearchMiss,
)
from deskapp.db.models.reference import (
    Category,
    Channel,
    DurationBand,
    Outcome,
    PatronType,
    ReadLevel,
    ReferralTarget,
)
from deskapp.db.models.rollups import RollupEnquiryCount, RollupSkillCount, RollupSkillHour, RollupStaffSkillCount
from deskapp.db.models.skills import (
    CategorySkill,
    LearningRequest,
    Skill,
    SkillGroup,
    StaffSkill,
    TrainingRecord,
)
from deskapp.db.models.staff import AppSetting, Desk, DeskSession, QuickButton, Staff
from deskapp.db.models.tallies import TALLY_SOURCES, Tally

__all__ = [
    "TALLY_SOURCES",
    "AppSetting",
    "AuditEvent",
    "Category",
    "CategorySkill",
    "Channel",
    "ChecklistItem",
    "ChecklistRun",
    "ChecklistRunItem",
    "ChecklistTemplate",
    "Desk",
    "DeskSession",
    "DevelopmentPlanItem",
    "DurationBand",
    "Enquiry",
    "EnquiryGuide",
    "EnquirySkill",
    "Guide",
    "GuideCategory",
    "GuideFeedback",
    "GuideSkill",
    "GuideVersion",
    "ImportBatch",
    "LearningRequest",
    "Outcome",
    "PatronRating",
    "PatronType",
    "QuickButton",
    "ReadLevel",
    "ReferralTarget",
    "RollupEnquiryCount",
    "RollupSkillCount",
    "RollupSkillHour",
    "RollupStaffSkillCount",
    "SearchAlias",
    "SearchMiss",
    "Skill",
    "SkillGroup",
    "SkillLevelDescription",
    "Staff",
    "StaffSkill",
    "Tally",
    "TrainingRecord",
    "WeeklyReflection",
]
