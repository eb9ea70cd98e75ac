"""Who may see and decide which fair applications: the organisers of the fair's province.

An application belongs to its fair, and a fair to a province's section of the page tree, so the
Wagtail page permissions that scope province editors (``roles.ensure_province_editors``) also
scope applications: a user reaches an application only if they may change its fair page. This
policy is registered for ``FairApplication`` (``CmsConfig.ready``), so every Wagtail view, button
and check that asks about an application asks it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy

from cms.models import FairApplication, FairPage


def fairs_user_may_edit(user) -> QuerySet:
    """The fair pages ``user`` may change (all of them for superusers)."""
    pages = page_permission_policy.instances_user_has_permission_for(user, "change")
    return FairPage.objects.filter(pk__in=pages.values("pk"))


class FairApplicationPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, held only over applications to fairs the user may edit.

    Nobody adds an application in the admin: producers apply on the fair page.
    """

    def user_has_permission(self, user, action: str) -> bool:
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet:
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)

    def user_has_permission_for_instance(self, user, action: str, instance: FairApplication) -> bool:
        return (
            self.user_has_permission(user, action)
            and fairs_user_may_edit(user).filter(pk=instance.fair_id).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions: Iterable[str]) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(fair__in=fairs_user_may_edit(user))

    def users_with_any_permission_for_instance(self, actions: Iterable[str], instance: FairApplication):
        editors = page_permission_policy.users_with_permission_for_instance("change", instance.fair)
        return self.users_with_any_permission(actions).filter(pk__in=editors.values("pk"))


fair_application_permission_policy = FairApplicationPermissionPolicy(FairApplication)
