from django.conf import settings


def absolute_url(path):
    """A full link for places without a request: e-mail and the QR code printed on a certificate."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
