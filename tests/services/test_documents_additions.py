"""Small additions the documents page needed from DocumentService: reopening an issued PDF,
and a new written agreement prefilled from the case at once."""
from __future__ import annotations

import pytest

from app.domain.errors import NotFound, PermissionDenied
from tests.services.test_attachments import case  # noqa: F401 - fixture


def test_issued_pdf_returns_the_stored_bytes(services, case):  # noqa: F811
    out = services.documents.render(case["spec"], "notice", case["id"])
    (doc_id, kind, number, _at, sealed) = services.documents.issued(case["spec"], case["id"])[-1]
    again = services.documents.issued_pdf(case["spec"], doc_id)
    assert (again.pdf, again.sha256, again.kind, again.number, again.sealed) == (out.pdf, out.sha256, kind,
                                                                                  number, sealed)
    with pytest.raises(PermissionDenied):
        services.documents.issued_pdf(case["rec"], doc_id)
    with pytest.raises(NotFound):
        services.documents.issued_pdf(case["spec"], "no-such-document")


def test_a_new_agreement_is_prefilled_when_first_opened(services, case):  # noqa: F811
    view = services.documents.open_agreement(case["spec"], case["id"])
    assert view.status == "draft" and view.content.facts == "邻居漏水"
