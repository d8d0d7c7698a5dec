from django.contrib.staticfiles.apps import StaticFilesConfig


class SiteStaticFilesConfig(StaticFilesConfig):
    """collectstatic without the npm packages' extras: the design tokens' icon stylesheet points at images
    the package does not ship (the hashed-name storage would refuse it), and source maps and type files are
    not served anyway."""

    ignore_patterns = [*StaticFilesConfig.ignore_patterns, "background-image-icon.css", "*.scss", "*.less", "*.d.ts"]
