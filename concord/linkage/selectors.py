"""Access-checked reads of children: missing and forbidden answer alike (404) and are logged."""

from django.http import Http404

from concord.accesslog.services import access_log_record
from concord.accounts.models import User

from .models import Child
from .permissions import children_visible_to


def child_get_for_user(*, user: User, child_id: str, action: str = "view_child") -> Child:
    """Return the child with this public id if the user may see it; log the attempt either way."""
    child = children_visible_to(user).filter(public_id=child_id).first()
    access_log_record(
        user=user, action=action, object_type="child", object_id=child_id, allowed=child is not None
    )
    if child is None:
        raise Http404("No such child")
    return child
