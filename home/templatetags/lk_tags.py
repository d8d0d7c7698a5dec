from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Look up a key in a dict from a template: {{ progress|get_item:course.pk }}."""
    if not mapping:
        return None
    return mapping.get(key)


WIDGET_CLASSES = {
    "select": "utrecht-select utrecht-select--html-select",
    "selectmultiple": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "radioselect": "utrecht-radio-button utrecht-radio-button--html-input",
}


@register.simple_tag
def form_input(field):
    """Render a bound field's widget with NL Design System classes and its error described."""
    css = WIDGET_CLASSES.get(field.widget_type, "utrecht-textbox utrecht-textbox--html-input")
    attrs = {"class": f"{css} utrecht-textbox--invalid" if field.errors else css}
    if field.errors:
        described = [f"{field.auto_id}_error"]
        if field.help_text:
            described.append(f"{field.auto_id}_helptext")
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)
