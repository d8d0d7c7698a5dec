"""The module catalogue for pages of lower layers (the home page): `{% module_catalogue as catalogue %}`."""

from django import template

from courses.catalogue import catalogue_context

register = template.Library()


@register.simple_tag(takes_context=True)
def module_catalogue(context):
    """The same lists as the modules page, without the team filter (see `catalogue_context`)."""
    return catalogue_context(context["request"], limit=None)
