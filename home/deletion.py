"""Snippets that people's records point at are not deleted while those records would be erased or orphaned.

Wagtail's delete confirmation counts content references only (the reference index), so deleting an organisation
with two hundred members, or a briefing with its registrations, said "0 verwijzingen" and then silently emptied
the members' organisation (their reports and contact person lose them) or deleted the registrations (nobody
told). A snippet viewset uses `KeepRecordsDeleteView` with a `kept_records(obj)` function that lists what the
deletion would take; while the list is not empty, the confirmation shows it with what to do instead, the form is
hidden and a posted deletion gets 409 and changes nothing. `refuse_bulk_deletion` applies the same rule to
Wagtail's bulk delete of snippets.

Wagtail runs the `before_bulk_action` hooks only when a bulk action is posted, so its confirmation page listed
used pages and snippets with "0 verwijzingen" and a delete button, and only the click was refused.
`HooksOnConfirmation` runs them on the confirmation as well: the first screen already says what is kept and why
(home/wagtail_hooks.py puts it on Wagtail's bulk delete of pages and of snippets).
"""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail import hooks
from wagtail.snippets.views.snippets import DeleteView


@dataclass(frozen=True)
class KeptRecord:
    """One kind of record that stops a deletion: a sentence with its count, e.g. "12 gebruikers"."""

    text: str


@dataclass(frozen=True)
class Alternative:
    """What to do instead of deleting: a sentence and, where there is one, a link (label, url)."""

    text: str
    label: str = ""
    url: str = ""


class KeepRecordsDeleteView(DeleteView):
    """Wagtail's snippet delete view, refusing while `kept_records(object)` returns any `KeptRecord`.

    Subclasses set `kept_records` (a function of the object, returning a list) and `alternative` (a function of
    the object, returning an `Alternative` or None).
    """

    kept_records = staticmethod(lambda obj: [])
    alternative = staticmethod(lambda obj: None)

    def get_template_names(self):
        # The viewset passes Wagtail's own template; ours extends it with the records.
        return ["home/admin/confirm_delete.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kept_records"] = self.kept_records(self.object)
        if context["kept_records"]:
            context["is_protected"] = True  # Wagtail's template then hides the form
            context["alternative"] = self.alternative(self.object)
        return context

    def form_valid(self, form):
        if self.kept_records(self.object):
            return self.render_to_response(self.get_context_data(form=form), status=409)
        return super().form_valid(form)


def refuse_bulk_deletion(request, objects, kept_records):
    """The response refusing a bulk deletion of `objects` when any has kept records, else None: 409 when it was
    posted, 200 on the confirmation page (`HooksOnConfirmation`)."""
    refused = [(obj, records) for obj in objects if (records := kept_records(obj))]
    if not refused:
        return None
    viewset = type(objects[0]).snippet_viewset
    back_url = reverse(viewset.get_url_name("list"))
    posted = request.method == "POST"
    return TemplateResponse(
        request,
        "home/admin/bulk_delete_refused.html",
        {"refused": refused, "back_url": back_url, "posted": posted},
        status=409 if posted else 200,
    )


class HooksOnConfirmation:
    """Bulk action mixin: the `before_bulk_action` hooks also run on the confirmation page (GET), with the
    selected objects; a hook's response (a refusal, 200) replaces the confirmation. Wagtail runs them only on
    the POST, which they still refuse (409)."""

    def get(self, request, *args, **kwargs):
        objects = self.get_actionable_objects()[0]
        for hook in hooks.get_hooks("before_bulk_action"):
            result = hook(request, self.action_type, objects, self)
            if hasattr(result, "status_code"):
                return result
        return super().get(request, *args, **kwargs)
