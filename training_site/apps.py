from django.contrib.staticfiles.apps import StaticFilesConfig

from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig

from .api_v3 import registrations_dropped


class SiteStaticFilesConfig(StaticFilesConfig):
    """collectstatic without the npm packages' extras: the design tokens' icon stylesheet points at images
    the package does not ship (the hashed-name storage would refuse it), and source maps and type files are
    not served anyway."""

    ignore_patterns = [*StaticFilesConfig.ignore_patterns, "background-image-icon.css", "*.scss", "*.less", "*.d.ts"]


# Wagtail's apps whose ready() registers with the API v3, which is not installed here: ready() runs unchanged,
# with the registrations dropped (training_site/api_v3.py, 11 MiB per worker).


class WithoutAPIv3:
    """Mixed into a Wagtail app config: its `ready()` runs unchanged, with the API v3 registrations dropped."""

    def ready(self):
        with registrations_dropped(self.name):
            super().ready()


class RedirectsConfig(WithoutAPIv3, WagtailRedirectsAppConfig):
    """`wagtail.contrib.redirects` without its API v3 router."""


class SnippetsConfig(WithoutAPIv3, WagtailSnippetsAppConfig):
    """`wagtail.snippets` without its API v3 router and schemas."""


class DocumentsConfig(WithoutAPIv3, WagtailDocsAppConfig):
    """`wagtail.documents` without its API v3 router and schemas."""


class ImagesConfig(WithoutAPIv3, WagtailImagesAppConfig):
    """`wagtail.images` without its API v3 router and schemas."""
