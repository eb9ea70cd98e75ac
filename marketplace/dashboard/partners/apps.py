from oscar.apps.dashboard.partners import apps


class PartnersDashboardConfig(apps.PartnersDashboardConfig):
    name = "marketplace.dashboard.partners"

    def ready(self) -> None:
        super().ready()
        # Oscar's get_class() resolves "dashboard.partners.views" through the *dashboard* app, which
        # we do not fork; so this fork hands its two views to the URLs itself (imported in ready(),
        # where Django allows model-dependent imports).
        from marketplace.dashboard.partners import views

        self.user_link_view = views.PartnerUserLinkView
        self.user_unlink_view = views.PartnerUserUnlinkView
