"""Framework pages: list, detail and upload (coordinators and administrators)."""

from typing import ClassVar

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View

from concord.accesslog.services import access_log_record
from concord.accounts.models import User
from concord.core.mixins import RoleRequiredMixin
from concord_engine.reviews import FrameworkError

from .forms import FrameworkUploadForm
from .models import Framework
from .services import FrameworkInUseError, framework_load

# Who manages frameworks: the same roles that manage review rounds.
MANAGERS = frozenset({User.Role.ADMINISTRATOR, User.Role.COORDINATOR})


class _ManagersOnly(RoleRequiredMixin):
    allowed_roles: ClassVar[frozenset[str]] = MANAGERS


class FrameworkListView(_ManagersOnly, View):
    """Every framework version, whether it is in use, and the upload form."""

    def get(self, request: HttpRequest) -> HttpResponse:
        return _list_page(request, FrameworkUploadForm())


def _list_page(request: HttpRequest, form: FrameworkUploadForm, status: int = 200) -> HttpResponse:
    """The list of versions with the upload form (re-rendered with its errors after a POST)."""
    frameworks = Framework.objects.select_related("loaded_by").order_by("slug", "-version")
    in_use = set(Framework.objects.filter(rounds__isnull=False).values_list("pk", flat=True))
    context = {"frameworks": frameworks, "in_use": in_use, "form": form}
    return render(request, "frameworks/list.html", context, status=status)


class FrameworkDetailView(_ManagersOnly, View):
    """One version: scale, sections, questions, guidance, sectors and pre-fill rules."""

    def get(self, request: HttpRequest, framework_id: int) -> HttpResponse:
        framework = Framework.objects.filter(pk=framework_id).first()
        if framework is None:
            raise Http404("No such framework")
        return render(
            request,
            "frameworks/detail.html",
            {
                "framework": framework,
                "definition": framework.parsed(),
            },
        )


class FrameworkLoadView(_ManagersOnly, View):
    """Upload a framework YAML file; problems are listed with line and field."""

    def get(self, request: HttpRequest) -> HttpResponse:
        return redirect("frameworks:list")

    def post(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        assert isinstance(user, User)  # noqa: S101 - behind the login gate
        form = FrameworkUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = request.FILES.get("file")
            name = getattr(upload, "name", None) or "framework.yaml"
            try:
                result = framework_load(
                    actor=user, text=form.cleaned_data["file"], source_name=name
                )
            except FrameworkError as error:
                for problem in error.problems:
                    form.add_error("file", problem)
            except FrameworkInUseError as error:
                form.add_error("file", str(error))
            else:
                access_log_record(
                    user=user,
                    action="upload_framework",
                    object_type="framework",
                    object_id=result.framework.pk,
                    detail={"outcome": result.outcome},
                )
                return redirect("frameworks:detail", framework_id=result.framework.pk)
        return _list_page(request, form, status=400)
