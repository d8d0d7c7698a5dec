"""Certificates in the Wagtail admin: a read-only list, the details, and one action, "Certificaat intrekken".

A certificate is never typed in, edited or deleted: it is issued by passing a quiz, and revoked on a
confirmation page with a required reason, so the public verification page keeps saying "ingetrokken".
`certificates/wagtail_hooks.py` registers the viewset that uses these views.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin.widgets import Button
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, IndexView, InspectView

from home.views import admin_forbidden

from .forms import RevokeForm
from .models import Certificate

PERMISSION = "certificates.change_certificate"
ADMIN_NAMESPACE = "wagtailsnippets_certificates_certificate"


def revoke_url(certificate):
    return reverse(f"{ADMIN_NAMESPACE}:revoke", args=[certificate.pk])


class NoCreateView(CreateView):
    """Certificates are issued by passing a quiz, never typed in."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class NoDeleteView(DeleteView):
    """Certificates are revoked, never deleted: the verification page must keep saying "ingetrokken"."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class RevokeInsteadOfEditView(EditView):
    """Nothing on a certificate is edited; an old edit link leads to the revoke page."""

    def dispatch(self, request, *args, **kwargs):
        return redirect(revoke_url(get_object_or_404(Certificate, pk=kwargs["pk"])))


def _revoke_button(user, certificate):
    if certificate.revoked_at is None and user.has_perm(PERMISSION):
        return [Button(_("Certificaat intrekken"), url=revoke_url(certificate), icon_name="cross", priority=10)]
    return []


class CertificateIndexView(IndexView):
    """The list: no "add" button (that led to "no access"), the title opens the details."""

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        return [*super().get_list_more_buttons(instance), *_revoke_button(self.request.user, instance)]


class CertificateInspectView(InspectView):
    def get_edit_url(self):
        return None

    @property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *_revoke_button(self.request.user, self.object)]


def coordinator_required(view):
    """403 for admin users who may not change certificates, in the admin's layout (`home.views.admin_forbidden`;
    Wagtail turns PermissionDenied into a redirect to the dashboard)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return admin_forbidden(request, _("Je hebt geen toestemming om certificaten in te trekken."))
        return view(request, *args, **kwargs)

    return wrapped


@coordinator_required
@require_http_methods(["GET", "POST"])
def revoke(request, pk):
    """The confirmation page: holder, module, code and dates, and a required reason. Only the POST revokes;
    a certificate already revoked stays as it was (first date and reason)."""
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and certificate.revoked_at is None and form.is_valid():
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = form.cleaned_data["reason"]
        certificate.save(update_fields=["revoked_at", "revoked_reason"])
        messages.success(
            request,
            _("Het certificaat van %(name)s is ingetrokken. De controlepagina toont dat nu.")
            % {"name": certificate.full_name},
        )
        return redirect(f"{ADMIN_NAMESPACE}:list")
    status = 400 if request.method == "POST" and certificate.revoked_at is None else 200
    context = {
        "certificate": certificate,
        "form": form,
        "inspect_url": reverse(f"{ADMIN_NAMESPACE}:inspect", args=[certificate.pk]),
        "index_url": reverse(f"{ADMIN_NAMESPACE}:list"),
    }
    return render(request, "certificates/admin/revoke.html", context, status=status)
