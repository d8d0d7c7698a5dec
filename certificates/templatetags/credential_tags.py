from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("certificates/includes/credential_links.html")
def credential_links(certificate):
    """Download links for a certificate's digital credential (.json and badge image), when credentials are on."""
    return {"certificate": certificate, "enabled": settings.CREDENTIALS_ENABLED}
