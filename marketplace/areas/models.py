"""Areas are data, not code: provinces, districts and communes can be renamed,
merged and re-parented (Vietnam's 2025 reorganisation) while history still
points at the rows it was recorded against."""

from __future__ import annotations

import unicodedata

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


def within(area: Area | int, field: str = "area") -> models.Q:
    """``field`` is ``area`` or lies under it (areas are at most province → district → commune)."""
    return (
        models.Q(**{field: area})
        | models.Q(**{f"{field}__parent": area})
        | models.Q(**{f"{field}__parent__parent": area})
    )


def clean_name(value: str) -> str:
    """One spelling per name: NFC, single spaces, no surrounding blanks."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def ascii_slug(value: str) -> str:
    """A URL slug without Vietnamese marks ("Na Rì" -> "na-ri", "Đà" -> "da")."""
    folded = clean_name(value).replace("đ", "d").replace("Đ", "D")
    return slugify(unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode())


class Area(models.Model):
    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        DISTRICT = "district", _("District")
        COMMUNE = "commune", _("Commune")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    code = models.CharField(_("official code"), max_length=20, blank=True)
    # A merged area stays, so that old orders and certificates keep reporting under it.
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_areas",
    )

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="area_unique_slug_in_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name = clean_name(self.name)
        if not self.slug:
            self.slug = ascii_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """The area's landing page (cms.areas); a commune's is its district's. "" without one."""
        from django.urls import NoReverseMatch, reverse

        try:
            if self.parent_id is None:
                if self.kind != self.Kind.PROVINCE:
                    return ""
                return reverse("cms_area_province", kwargs={"province": self.slug})
            if self.kind == self.Kind.COMMUNE:
                return self.parent.get_absolute_url()
            if self.parent.parent_id is not None:  # deeper than a district: no page of its own
                return self.parent.get_absolute_url()
            return reverse("cms_area_district", kwargs={"province": self.parent.slug, "district": self.slug})
        except NoReverseMatch:  # the site app's URLs are not installed
            return ""

    @property
    def province(self) -> Area:
        area = self
        while area.parent_id is not None:
            area = area.parent
        return area

    def lineage(self) -> list[Area]:
        """From the province down to this area."""
        chain = [self]
        while chain[-1].parent_id is not None:
            chain.append(chain[-1].parent)
        return list(reversed(chain))

    @property
    def full_name(self) -> str:
        return ", ".join(a.name for a in reversed(self.lineage()))

    @classmethod
    def resolve(cls, province: str, district: str = "", commune: str = "") -> Area | None:
        """The finest known area for a registry address, creating what is missing."""
        area = None
        for kind, name in (
            (cls.Kind.PROVINCE, province),
            (cls.Kind.DISTRICT, district),
            (cls.Kind.COMMUNE, commune),
        ):
            name = clean_name(name)
            if not name:
                break
            area, _created = cls.objects.get_or_create(
                parent=area, slug=ascii_slug(name), defaults={"name": name, "kind": kind}
            )
        return area
