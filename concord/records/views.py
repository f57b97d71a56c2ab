"""Upload an extract, see its validation report, confirm the import (administrators only)."""

from __future__ import annotations

from typing import Any, ClassVar

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.core.mixins import RoleRequiredMixin

from .forms import ExtractUploadForm
from .selectors import extract_list
from .services import ExtractRejectedError, extract_check, extract_import
from .uploads import upload_discard, upload_pending, upload_store

ADMINISTRATORS = frozenset({User.Role.ADMINISTRATOR})
NOTHING_PENDING = "There is no uploaded extract waiting: upload it again"


def upload_page(
    request: HttpRequest, form: ExtractUploadForm, status: int = 200, **extra: Any
) -> HttpResponse:
    """Render the upload page: form, any validation report, recent imports."""
    context = {
        "form": form,
        "extracts": extract_list(user=request.user, limit=20),  # type: ignore[arg-type]
        "imported": request.session.pop("records_imported", None),
        **extra,
    }
    return render(request, "records/upload.html", context, status=status)


class ExtractUploadView(RoleRequiredMixin, View):
    """GET: the upload form and recent imports. POST: store and check the file, show the report."""

    allowed_roles: ClassVar[frozenset[str]] = ADMINISTRATORS

    def get(self, request: HttpRequest) -> HttpResponse:
        return upload_page(request, ExtractUploadForm())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = ExtractUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return upload_page(request, form)
        upload = form.cleaned_data["extract"]
        agency_code = form.cleaned_data["agency"] or ""
        path = upload_store(request.session, upload, agency_code)
        report = extract_check(path=path, agency_code=agency_code or None)
        access_log_record(
            user=request.user,  # type: ignore[arg-type]
            action="records.upload",
            object_type="upload",
            detail={
                "bytes": upload.size,
                "format": report.format,
                "people": report.people,
                "events": report.events,
                "problems": report.problem_count,
            },
        )
        if report.problem_count:
            upload_discard(request.session)
            form.report_problems(report.problems, report.problem_count)
            return upload_page(request, form)
        return upload_page(request, ExtractUploadForm(), report=report)


class ExtractConfirmView(RoleRequiredMixin, View):
    """POST: import the extract this session uploaded and checked, then go back to the list."""

    allowed_roles: ClassVar[frozenset[str]] = ADMINISTRATORS
    http_method_names: ClassVar[list[str]] = ["post"]  # type: ignore[misc]

    def post(self, request: HttpRequest) -> HttpResponse:
        pending = upload_pending(request.session)
        if pending is None:
            form = ExtractUploadForm(data={})
            form.is_valid()
            form.errors.clear()
            form.add_error(None, NOTHING_PENDING)
            return upload_page(request, form, status=400)
        path, agency_code = pending
        try:
            result = extract_import(
                actor=request.user,  # type: ignore[arg-type]
                path=path,
                agency_code=agency_code or None,
            )
        except ExtractRejectedError as exc:
            upload_discard(request.session)
            form = ExtractUploadForm(data={})
            form.is_valid()
            form.errors.clear()
            form.report_problems(exc.problems, exc.total)
            return upload_page(request, form)
        upload_discard(request.session)
        request.session["records_imported"] = {
            "source": result.source_name,
            "already": result.already_imported,
            "people": result.people,
            "events": result.events,
        }
        return HttpResponseRedirect(reverse("records:upload"))
