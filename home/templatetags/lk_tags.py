from django import template

from home.phone import tel_href
from home.widgets import widget_class

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Look up a key in a dict from a template: {{ progress|get_item:course.pk }}."""
    if not mapping:
        return None
    return mapping.get(key)


@register.simple_tag
def form_input(field):
    """Render a bound field's widget with NL Design System classes and its error described."""
    css = widget_class(field.widget_type)
    attrs = {"class": f"{css} utrecht-textbox--invalid" if field.errors else css}
    if field.errors:
        described = [f"{field.auto_id}_error"]
        if field.help_text:
            described.append(f"{field.auto_id}_helptext")
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.filter(name="tel_href")
def tel_href_filter(phone):
    """The `tel:` link of a written phone number: {{ site_settings.coordinator_phone|tel_href }} (see home.phone)."""
    return tel_href(phone)
