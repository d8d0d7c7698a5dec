"""The NL Design System (Utrecht) classes of form widgets, in one place for every form the site renders, and
widgets the admin shares."""

from decimal import Decimal

from django.forms import NumberInput

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


class PercentageInput(NumberInput):
    """A number input for a percentage stored with two decimals (a pass mark): shows 70 and 72.5, not 70.00 and
    72.50. A number input always takes a point (the browser shows it in the reader's own way)."""

    def format_value(self, value):
        """The value without trailing zeros ("70", "72.5"); what was typed stays as typed when the form is
        shown again with an error."""
        if isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
            number = Decimal(str(value))
            if number.is_finite():
                return f"{number.normalize():f}"
        return super().format_value(value)
