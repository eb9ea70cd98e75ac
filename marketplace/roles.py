"""Who may do what: one Django group per role, and the demo accounts.

- Producers and sales-point managers reach Oscar's dashboard with ``partner.dashboard_access``;
  Oscar then scopes them to the partners whose ``users`` they are in (a producer's Partner, a
  sales point's Partner).
- Trade-department editors use the Wagtail admin. Each province has its own editor group
  ("Trade-department editors – Sơn La") whose page permissions (add, edit: no publish) are
  granted on that province's sections of the fair, news and sales-point indexes
  (``ensure_province_editors``), so an editor cannot touch another province's pages. Page
  permissions that older code granted on whole indexes (to the shared editors group, or to a
  province's group) reached every province, and so does the add/edit on the root page that
  Wagtail's migrations give its default "Editors" group; ``revoke_broad_editor_pages`` removes
  them (and migration ``cms.0005`` for databases that never run the role set-up).
- Moderators publish and approve in Wagtail (Wagtail's own group, completed here): editors
  submit to the "Moderation" workflow assigned to the indexes (``ensure_moderation_workflow``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import models, transaction
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.models import ProvinceSectionPage
from marketplace.producers.membership import Role as MembershipRole
from marketplace.producers.membership import add_member

PRODUCERS = "Producers"
SALES_POINT_MANAGERS = "Sales-point managers"
EDITORS = "Trade-department editors"
MODERATORS = "Moderators"
# Made by Wagtail's own migrations with add and edit on the root page; kept (it opens the admin),
# but it holds no page permission: an editor's pages come from a province's group.
WAGTAIL_EDITORS = "Editors"

DEMO_PASSWORD = "ocop-demo-2026"
DEMO_DOMAIN = "demo.ocop.vn"
PORTAL = "/shop/producer/"  # where producer accounts start

# Group -> permissions as "app_label.codename".
GROUP_PERMISSIONS: dict[str, list[str]] = {
    PRODUCERS: ["partner.dashboard_access"],
    SALES_POINT_MANAGERS: ["partner.dashboard_access"],
    EDITORS: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    MODERATORS: ["wagtailadmin.access_admin", "cms.view_fairapplication", "cms.change_fairapplication"],
}
# What a province's editor group holds besides its page permissions.
PROVINCE_EDITOR_PERMISSIONS = ["cms.view_fairapplication", "cms.change_fairapplication"]
MODERATION_WORKFLOW = "Moderation"
MODERATION_TASK = "Moderators' approval"
# Wagtail collection-scoped permissions (images, documents) are granted on the root collection.
COLLECTION_APPS = {"wagtailimages", "wagtaildocs"}
# No publish_page: an editor's page goes live through the moderation workflow.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def _permission(label: str) -> Permission:
    app_label, codename = label.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _grant_collection_permissions(group: Group, permissions: Iterable[Permission]) -> None:
    root = Collection.get_first_root_node()
    if root is None:
        return
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


@transaction.atomic
def ensure_role_groups() -> None:
    """Create (or complete) the role groups; never removes what an admin added."""
    for name, labels in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = [_permission(label) for label in labels]
        group.permissions.add(*permissions)
        _grant_collection_permissions(
            group, [p for p in permissions if p.content_type.app_label in COLLECTION_APPS]
        )
    moderators = Group.objects.get(name=MODERATORS)
    root = Page.get_first_root_node()
    if root is not None:
        grant_pages(moderators, [root], MODERATOR_PAGE_PERMISSIONS)
    revoke_broad_editor_pages()


# Editor groups that belong to no province, so may hold no page permission at all.
EDITOR_GROUPS_WITHOUT_PROVINCE = [EDITORS, WAGTAIL_EDITORS]


def editor_groups():
    """The shared editors group, Wagtail's default one and every province's editor group."""
    return Group.objects.filter(
        models.Q(name__in=EDITOR_GROUPS_WITHOUT_PROVINCE) | models.Q(name__startswith=f"{EDITORS} – ")
    )


def revoke_broad_editor_pages() -> int:
    """Remove editors' page permissions that span provinces; return how many were removed.

    Before province sections existed, the demo granted the shared editors group add, edit and
    publish on the whole fair, news and sales-point indexes. Page permissions cascade down the
    tree, so such a grant (or one on the home page or the root) let any editor change every
    province's pages. An editor's permissions belong on province sections or below them: a
    grant on a page that holds a province section is removed, whoever's editor group holds it.
    The shared group and Wagtail's default "Editors" group (whose migrations grant it add and
    edit on the root) hold no page permission at all: they only open the admin.
    """
    section_paths = list(_section_paths())
    broad = []
    for grant in GroupPagePermission.objects.filter(group__in=editor_groups()).select_related(
        "group", "page"
    ):
        page_path = grant.page.path
        holds_a_section = any(path.startswith(page_path) and path != page_path for path in section_paths)
        if grant.group.name in EDITOR_GROUPS_WITHOUT_PROVINCE or holds_a_section:
            broad.append(grant.pk)
    if broad:
        GroupPagePermission.objects.filter(pk__in=broad).delete()
    return len(broad)


def _section_paths() -> Iterable[str]:
    return ProvinceSectionPage.objects.values_list("path", flat=True)


def role_group(name: str) -> Group:
    if not Group.objects.filter(name=name).exists():
        ensure_role_groups()
    return Group.objects.get(name=name)


def grant_pages(group: Group, pages: Iterable, codenames: Iterable[str]) -> None:
    """Give ``group`` the Wagtail page permissions on each page (and so on its subtree)."""
    permissions = [_page_permission(c) for c in codenames]
    for page in pages:
        if page is None:
            continue
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_editor_pages(group: Group, pages: Iterable) -> None:
    """Trade-department editors add and edit under these pages and submit them for moderation."""
    grant_pages(group, pages, EDITOR_PAGE_PERMISSIONS)


def province_editor_group_name(province) -> str:
    return f"{EDITORS} – {province.name}"


@transaction.atomic
def ensure_province_editors(province, sections: Iterable) -> Group:
    """The editor group of ``province``, allowed to add and edit under its ``sections`` only."""
    ensure_role_groups()
    group, _created = Group.objects.get_or_create(name=province_editor_group_name(province))
    group.permissions.add(*[_permission(label) for label in GROUP_PERMISSIONS[EDITORS]])
    group.permissions.add(*[_permission(label) for label in PROVINCE_EDITOR_PERMISSIONS])
    _grant_collection_permissions(
        group,
        [
            _permission(label)
            for label in GROUP_PERMISSIONS[EDITORS]
            if label.split(".")[0] in COLLECTION_APPS
        ],
    )
    grant_editor_pages(group, sections)
    revoke_broad_editor_pages()
    return group


@transaction.atomic
def ensure_moderation_workflow(pages: Iterable):
    """The "Moderation" workflow (one approval task for the Moderators group) on ``pages``.

    Wagtail applies a page's nearest assigned workflow, so assigning it to the indexes covers
    every section and page below them.
    """
    ensure_role_groups()
    workflow, _created = Workflow.objects.get_or_create(name=MODERATION_WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MODERATION_TASK)
    task.groups.add(Group.objects.get(name=MODERATORS))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    for page in pages:
        if page is None:
            continue
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


# --- Demo accounts ------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoAccount:
    role: str  # translated label
    email: str
    password: str
    sign_in: str  # where this role starts
    user: object


def _demo_user(
    local_part: str, first_name: str, last_name: str, *, staff: bool = False, superuser: bool = False
):
    """Get or create a demo user; a second run changes nothing (the password is only set if wrong)."""
    User = get_user_model()
    email = f"{local_part}@{DEMO_DOMAIN}"
    user, created = User.objects.get_or_create(
        email=email,
        defaults={"username": email, "first_name": first_name, "last_name": last_name},
    )
    changed = created
    # Only a new (or password-less) account gets the demo password: hashing is slow on purpose,
    # and a second run should change nothing.
    if created or not user.has_usable_password():
        user.set_password(DEMO_PASSWORD)
        changed = True
    for attr, value in (("is_staff", staff), ("is_superuser", superuser), ("is_active", True)):
        if getattr(user, attr) != value:
            setattr(user, attr, value)
            changed = True
    if changed:
        user.save()
    return user


@transaction.atomic
def create_demo_users(producer=None, second_producer=None) -> list[DemoAccount]:
    """One account per role. ``producer`` (a catalogue Producer) is the one the producer account
    owns, ``second_producer`` the one a second producer account owns (another producer, to see
    that neither reaches the other's listings); the sales-point manager is linked when the sales
    point is created (its ``managers``).
    """
    ensure_role_groups()
    groups = {g.name: g for g in Group.objects.filter(name__in=GROUP_PERMISSIONS)}

    shopper = _demo_user("shopper", "Mai", "Nguyễn Thị")
    producer_user = _demo_user("producer", "Minh", "Hoàng Văn")
    producer_user.groups.add(groups[PRODUCERS])
    if producer is not None:
        add_member(producer, producer_user, MembershipRole.OWNER)
    second_user = None
    if second_producer is not None:
        second_user = _demo_user("producer2", "Lan", "Cầm Thị")
        second_user.groups.add(groups[PRODUCERS])
        add_member(second_producer, second_user, MembershipRole.OWNER)
    manager = _demo_user("manager", "Sơn", "Lò Văn")
    manager.groups.add(groups[SALES_POINT_MANAGERS])
    editor = _demo_user("editor", "Hà", "Trần Thu")
    editor.groups.add(groups[EDITORS])
    staff = _demo_user("staff", "Quản trị", "OCOP", staff=True, superuser=True)

    producers = [DemoAccount(_("Producer"), producer_user.email, DEMO_PASSWORD, PORTAL, producer_user)]
    if second_user is not None:
        producers.append(
            DemoAccount(_("Second producer"), second_user.email, DEMO_PASSWORD, PORTAL, second_user)
        )
    return [
        DemoAccount(_("Shopper"), shopper.email, DEMO_PASSWORD, "/shop/accounts/login/", shopper),
        *producers,
        DemoAccount(_("Sales-point manager"), manager.email, DEMO_PASSWORD, "/shop/dashboard/", manager),
        DemoAccount(
            format_lazy("{} (Sơn La)", _("Trade-department editor")),
            editor.email,
            DEMO_PASSWORD,
            "/cms-admin/",
            editor,
        ),
        DemoAccount(_("Staff"), staff.email, DEMO_PASSWORD, "/shop/dashboard/ · /cms-admin/", staff),
    ]
