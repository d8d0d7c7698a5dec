from django import template
from django.utils.html import format_html

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


@register.filter
def dutch(value):
    """Content named in Dutch by the coordinator (a team's name), marked `lang="nl"` where it sits inside
    interface text in the page's language, so that a screen reader in English mode reads it as Dutch
    (WCAG 3.1.2, language of parts). Escaped: `<b>` in a name stays text. Returns a safe `<span>`."""
    return format_html('<span lang="nl">{}</span>', value)
