"""URL routes: one include per app, each namespaced by its app label."""

from django.urls import include, path

urlpatterns = [
    path("", include("concord.core.urls")),
    path("accounts/", include("concord.accounts.urls")),
    path("records/", include("concord.records.urls")),
    path("linkage/", include("concord.linkage.urls")),
    path("screening/", include("concord.screening.urls")),
    path("children/", include("concord.chronology.urls")),
    path("frameworks/", include("concord.frameworks.urls")),
    path("reviews/", include("concord.reviews.urls")),
]

handler403 = "concord.core.views.permission_denied"
handler404 = "concord.core.views.page_not_found"
handler500 = "concord.core.views.server_error"
