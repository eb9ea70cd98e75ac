"""Django admin for the catalogue: Oscar's, plus the registry mirror shown read-only."""

from django.contrib import admin
from oscar.apps.catalogue.admin import *  # noqa: F403  (Oscar's fork pattern)

from catalogue.models import Certificate, Producer, RegistrySync, StarChange


class ReadOnlyAdmin(admin.ModelAdmin):
    """The registry owns these rows: they can be read here, never written."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Certificate)
class CertificateAdmin(ReadOnlyAdmin):
    list_display = ["certificate_no", "product_name", "stars", "level", "status", "issued_on", "expires_on"]
    list_filter = ["status", "stars", "level", "group"]
    search_fields = ["certificate_no", "product_code", "product_name"]


@admin.register(Producer)
class ProducerAdmin(admin.ModelAdmin):
    list_display = ["name", "registration_no", "legal_form", "area"]
    search_fields = ["name", "registration_no"]
    readonly_fields = ["registration_no", "name", "legal_form", "area"]


@admin.register(RegistrySync)
class RegistrySyncAdmin(ReadOnlyAdmin):
    list_display = ["started_at", "source_kind", "status", "created_count", "changed_count", "rejected_count"]
    list_filter = ["status", "source_kind"]


@admin.register(StarChange)
class StarChangeAdmin(ReadOnlyAdmin):
    list_display = ["product", "old_stars", "new_stars", "changed_at"]
