"""Use cases. Qt-free: plain data in, plain data out; permissions are enforced here.

Importing this package is cheap on purpose: the desktop app imports `Actor` and friends
before the database is open, and `Services(db)` imports the service modules (SQLAlchemy,
the models, and in DocumentService's case ReportLab and pyHanko only when first used).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.common import Clock, utc_now

if TYPE_CHECKING:
    from app.storage.database import Database


class Services:
    """The one door to the data, handed to the UI and the CLI."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        from app.services.attachments import AttachmentService
        from app.services.audit_log import AuditLogService
        from app.services.auth import AuthService, CounsellingAccessService
        from app.services.cases import CaseService
        from app.services.documents import DocumentService, SealService
        from app.services.drafts import DraftService
        from app.services.exchange import ExchangeService
        from app.services.follow_ups import FollowUpService
        from app.services.intake import IntakeService
        from app.services.investigations import InvestigationService
        from app.services.routing import RoutingService
        from app.services.sessions import SessionService
        from app.services.station import StationService
        from app.services.statistics import StatisticsService

        self.db = db
        self.auth = AuthService(db, clock)
        self.counselling = CounsellingAccessService(db, clock)
        self.station = StationService(db, clock)
        self.intake = IntakeService(db, clock)
        self.routing = RoutingService(db, clock)
        self.cases = CaseService(db, clock)
        self.drafts = DraftService(db, clock)
        self.sessions = SessionService(db, clock)
        self.documents = DocumentService(db, clock)
        self.seal = SealService(db, clock)
        self.attachments = AttachmentService(db, clock)
        self.investigations = InvestigationService(db, clock)
        self.exchange = ExchangeService(db, clock)
        self.statistics = StatisticsService(db, clock)
        self.follow_ups = FollowUpService(db, clock)
        self.audit_log = AuditLogService(db, clock)

    def close(self) -> None:
        self.db.dispose()
