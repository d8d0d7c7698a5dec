"""Form fields the apps share."""

import functools
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


class ChildRowIdField(forms.Field):
    """The hidden id of a row in an inline list (Wagtail's InlinePanel: a question's options, a quiz's questions, a
    form's fields): empty for a new row, otherwise the id of a row of the object being edited.

    Django's field here takes the id of any row in the table. modelcluster then builds a new row for an id its parent
    does not hold, so another question's option id saved the posted option as a copy beside the original (a
    duplicate on publishing), and an id that is not a number was a 500. `own_ids` returns the ids the parent holds,
    or None while the parent is not saved yet: then any well-formed id is a new row (Wagtail's "Kopiëren" posts the
    original's ids), as before.
    """

    widget = forms.HiddenInput
    default_error_messages = {
        "not_own": _(
            "Deze regel hoort niet bij wat je nu bewerkt. Laad de pagina opnieuw en probeer het nog eens. "
            "Je wijzigingen zijn nog niet bewaard."
        ),
    }

    def __init__(self, *, own_ids, to_python, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.own_ids = own_ids
        self.pk_to_python = to_python

    def to_python(self, value):
        """The row's id, or None for a new row; ValidationError for an id the parent does not hold."""
        pk = parse_row_id(value, self.pk_to_python)
        if pk is None:
            if str(value if value is not None else "").strip():
                raise ValidationError(self.error_messages["not_own"], code="not_own")
            return None
        own = self.own_ids()
        if own is not None and pk not in own:
            raise ValidationError(self.error_messages["not_own"], code="not_own")
        return pk

    def has_changed(self, initial, data):
        """Compared as text, as Django's ModelChoiceField does: an id is not a change to the row."""
        return str(initial if initial is not None else "") != str(data if data is not None else "").strip()


def parse_row_id(value, to_python):
    """A posted row id as the key field's value, or None when it is blank or not an id at all."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    try:
        return to_python(text)
    except (ValidationError, ValueError, TypeError, OverflowError):
        return None


def own_row_ids(formset):
    """The ids of the rows the formset's parent holds: in the object being edited (a draft's rows come from its
    revision) and in the database (so a second editor who saves over a draft without a row may put it back).
    None while the parent is not saved yet. Asked once per formset."""
    if formset.instance.pk is None:
        return None
    if getattr(formset, "_own_row_ids", None) is None:
        ids = {row.pk for row in formset.get_queryset() if row.pk is not None}
        ids.update(
            formset.model._default_manager.filter(**{formset.fk.name: formset.instance}).values_list("pk", flat=True)
        )
        formset._own_row_ids = ids
    return formset._own_row_ids


def construct_child_form(formset, i, **kwargs):
    """modelcluster's `_construct_form` for a posted inline list, without its 500s: a row's id that is missing or
    no id at all no longer raises (KeyError, ValidationError); such a row, and one whose id the parent does not
    hold, gets a blank instance, and `ChildRowIdField` refuses its id."""
    from django.forms.models import BaseModelFormSet

    if formset.is_bound and i < formset.initial_form_count():
        pk_field = formset.model._meta.pk
        raw = formset.data.get(f"{formset.add_prefix(i)}-{pk_field.name}")
        pk = parse_row_id(raw, formset._get_to_python(pk_field))
        instance = formset._existing_object(pk) if pk is not None else None
        kwargs["instance"] = instance if instance is not None else formset.model()
    elif i < formset.initial_form_count():
        kwargs["instance"] = formset.get_queryset()[i]
    elif formset.initial_extra:
        extra = formset.initial_extra[i - formset.initial_form_count() :]
        if extra:
            kwargs["initial"] = extra[0]
    # Past modelcluster's and Django's model formset versions, as modelcluster's own does.
    return super(BaseModelFormSet, formset)._construct_form(i, **kwargs)


def add_child_row_fields(formset, form, index, *, add_fields):
    """Django's `add_fields` (the hidden id and the order and delete fields), with the id as a `ChildRowIdField`."""
    add_fields(formset, form, index)
    pk_field = formset.model._meta.pk
    django_field = form.fields.get(pk_field.name)
    if django_field is None or not isinstance(django_field.widget, forms.HiddenInput):
        return  # a key the editor types (not an automatic id) stays Django's
    form.fields[pk_field.name] = ChildRowIdField(
        own_ids=lambda: own_row_ids(formset),
        to_python=formset._get_to_python(pk_field),
        initial=django_field.initial,
        widget=django_field.widget,
    )


def clean_child_rows(formset, *, clean):
    """modelcluster's `clean`, after putting a refused row id's message where the editor sees it: a hidden field's
    error is not shown, so the row itself carries it."""
    pk_name = formset.model._meta.pk.name
    for form in formset.forms:
        if formset.can_delete and formset._should_delete_form(form):
            continue
        for error in form.errors.get(pk_name, []):
            form.add_error(None, error)
    return clean(formset)


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
    (`repeated_rows_message`), makes every inline list refuse a row id that is not the edited object's own
    (`ChildRowIdField`), and checks the title in Wagtail's copy form (`clean_copy_title`)."""
    django_filters.DateFromToRangeFilter.field_class = FilterDateRangeField
    django_filters.DateFilter.field_class = FilterDateField
    django_filters.DateTimeFilter.field_class = FilterDateTimeField

    # Wagtail's workflow editor: its page field has no label, so Django shows the field's name, "Page", in
    # every language. (The module is loaded with the admin's URLs in any case.)
    from wagtail.admin.forms.workflows import WorkflowPageForm

    WorkflowPageForm.base_fields["page"].label = _("Pagina")

    from modelcluster.forms import BaseChildFormSet

    BaseChildFormSet.get_unique_error_message = repeated_rows_message

    # Every inline list refuses a row id its parent does not hold (ChildRowIdField), instead of saving a copy.
    # Once: wrapping twice would wrap the wrappers.
    if BaseChildFormSet._construct_form is not construct_child_form:
        add_fields, clean = BaseChildFormSet.add_fields, BaseChildFormSet.clean
        BaseChildFormSet._construct_form = construct_child_form
        BaseChildFormSet.add_fields = functools.partialmethod(add_child_row_fields, add_fields=add_fields)
        BaseChildFormSet.clean = functools.partialmethod(clean_child_rows, clean=clean)

    # Wagtail's "Kopiëren" form asks for the copy's title and saves it without the page's own checks
    # (home.models.TitleCheckMixin): the same rules for that title.
    from wagtail.admin.forms.pages import CopyForm

    CopyForm.clean_new_title = clean_copy_title
