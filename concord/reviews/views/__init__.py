"""Review pages: rounds, audits, moderation, learning and the dashboard."""

from .audits import AuditReopenView, AuditView
from .dashboard import RoundDashboardView, RoundExportView, RoundLearningView
from .moderation import ModerateView, ModerationListView
from .rounds import (
    AllocationChangeView,
    ReviewsHomeView,
    RoundAllocateView,
    RoundCreateView,
    RoundDetailView,
    RoundSampleView,
    SampleRemoveView,
)

__all__ = [
    "AllocationChangeView",
    "AuditReopenView",
    "AuditView",
    "ModerateView",
    "ModerationListView",
    "ReviewsHomeView",
    "RoundAllocateView",
    "RoundCreateView",
    "RoundDashboardView",
    "RoundDetailView",
    "RoundExportView",
    "RoundLearningView",
    "RoundSampleView",
    "SampleRemoveView",
]
