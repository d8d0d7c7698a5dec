"""The NL Design System (Utrecht) classes of form widgets, in one place for every form the site renders."""

WIDGET_CLASSES = {
    "select": "utrecht-select utrecht-select--html-select",
    "selectmultiple": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "checkboxselectmultiple": "utrecht-checkbox utrecht-checkbox--html-input",
    "radioselect": "utrecht-radio-button utrecht-radio-button--html-input",
}
TEXTBOX_CLASS = "utrecht-textbox utrecht-textbox--html-input"


def widget_class(widget_type):
    """The Utrecht classes for a Django widget type (`BoundField.widget_type`, e.g. "radioselect")."""
    return WIDGET_CLASSES.get(widget_type, TEXTBOX_CLASS)
