"""Form fields the apps share."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

import django_filters
from django_filters.fields import DateRangeField

from .converters import DatabaseIdConverter
from .names import validate_name

DATABASE_ID = re.compile(DatabaseIdConverter.regex)


class DatabaseIdChoiceField(forms.ModelChoiceField):
    """A choice of object by id that refuses an id no database column can hold as an invalid choice.

    Django's ModelChoiceField sends any number to the database; on SQLite a number of 2**63 or more (as a
    tampered form or `?course=` filter sends) raises OverflowError for a page model's id, a 500.
    """

    def to_python(self, value):
        """An id longer than the ids in URLs (18 digits) is an invalid choice without asking the database."""
        if isinstance(value, str) and value not in self.empty_values and not DATABASE_ID.fullmatch(value.strip()):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


# Filter dates: an admin filter has nothing to find before the site existed or centuries ahead, and a date near
# year 1 or 9999 overflows when Django turns it into UTC for the database (OverflowError, a 500).
FIRST_FILTER_YEAR = 2000
LAST_FILTER_YEAR = 2099


def validate_filter_date(value):
    """Refuse a date (or date and time) outside `FIRST_FILTER_YEAR`..`LAST_FILTER_YEAR`, with a Dutch message."""
    if value is not None and not FIRST_FILTER_YEAR <= value.year <= LAST_FILTER_YEAR:
        raise ValidationError(
            _("Kies een datum tussen %(first)d en %(last)d.") % {"first": FIRST_FILTER_YEAR, "last": LAST_FILTER_YEAR},
            code="date_out_of_range",
        )


class FilterDateField(forms.DateField):
    """A date in a filter, refused outside the years `validate_filter_date` accepts."""

    default_validators = [validate_filter_date]


class FilterDateTimeField(forms.DateTimeField):
    """A date and time in a filter, refused outside the years `validate_filter_date` accepts."""

    default_validators = [validate_filter_date]


class FilterDateRangeField(DateRangeField):
    """django-filter's "from … to" date field, with both dates checked by `validate_filter_date`."""

    def __init__(self, *args, **kwargs):
        # DateRangeField.__init__ only builds two plain DateFields; build ours and go on from its parent.
        super(DateRangeField, self).__init__((FilterDateField(), FilterDateField()), *args, **kwargs)


class FilterDateRangeFilter(django_filters.DateFromToRangeFilter):
    """A "from … to" date filter that refuses absurd dates with a message instead of failing."""

    field_class = FilterDateRangeField


def repeated_rows_message(formset, unique_check):
    """The message above an inline list (a quiz's fixed questions, a question's options, a form's fields) where
    two rows hold the same thing that may appear once, naming what is repeated by the fields' labels. Django
    named the fields by their code names, the parent's included: "quiz en question". Returns a str."""
    labels = [str(formset.model._meta.get_field(name).verbose_name) for name in unique_check if name != formset.fk.name]
    return _("Je hebt twee keer hetzelfde gekozen bij: %(fields)s. Haal er één weg.") % {
        "fields": get_text_list(labels, _("en"))
    }


def clean_copy_title(form):
    """The title typed in Wagtail's copy form, checked as every page title is (home.names.validate_name)."""
    title = form.cleaned_data["new_title"]
    validate_name(title)
    return title


def install():
    """Every django-filter date filter in the admin (the reports', Wagtail's site history, form submissions,
    users, locked pages, and the snippets' list filters) refuses a date outside `validate_filter_date`'s years:
    the filter form shows the message and the listing stays unfiltered, instead of a 500. Also labels a field
    of Wagtail's that has none, and words the message for repeated rows in every inline list
    (`repeated_rows_message`), and checks the title in Wagtail's copy form (`clean_copy_title`)."""
    django_filters.DateFromToRangeFilter.field_class = FilterDateRangeField
    django_filters.DateFilter.field_class = FilterDateField
    django_filters.DateTimeFilter.field_class = FilterDateTimeField

    # Wagtail's workflow editor: its page field has no label, so Django shows the field's name, "Page", in
    # every language. (The module is loaded with the admin's URLs in any case.)
    from wagtail.admin.forms.workflows import WorkflowPageForm

    WorkflowPageForm.base_fields["page"].label = _("Pagina")

    from modelcluster.forms import BaseChildFormSet

    BaseChildFormSet.get_unique_error_message = repeated_rows_message

    # Wagtail's "Kopiëren" form asks for the copy's title and saves it without the page's own checks
    # (home.models.TitleCheckMixin): the same rules for that title.
    from wagtail.admin.forms.pages import CopyForm

    CopyForm.clean_new_title = clean_copy_title
