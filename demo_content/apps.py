from django.apps import AppConfig


class DemoContentConfig(AppConfig):
    """The starter curriculum as readable data, and the `load_demo` command that loads it."""

    name = "demo_content"
    verbose_name = "Demo-inhoud"
