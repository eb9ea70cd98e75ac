from django.urls import path
from oscar.apps.customer import apps
from oscar.core.loading import get_class


class CustomerConfig(apps.CustomerConfig):
    name = "marketplace.customer"

    def ready(self) -> None:
        super().ready()
        self.register_done_view = get_class("customer.views", "RegistrationDoneView")
        self.activation_view = get_class("customer.views", "AccountActivationView")

    def get_urls(self) -> list:
        # The two steps of a confirmed registration: "check your e-mail", then the e-mailed link.
        return super().get_urls() + self.post_process_urls(
            [
                path("register/done/", self.register_done_view.as_view(), name="register-done"),
                path("activate/<str:uidb64>/<str:token>/", self.activation_view.as_view(), name="activate"),
            ]
        )
