import functools
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from home.errors import NotFound
from home.ratelimit import allow

from .baking import badge_png, badge_svg, bake_png, bake_svg
from .credentials import credential_jwt, did_document, enveloped
from .forms import CredentialCheckForm
from .models import Certificate, normalise_code
from .pdf import ensure_certificate_pdf
from .status_list import list_exists, status_list_jwt
from .verification import verify_presented


def _too_many(request):
    message = _("Je hebt veel codes achter elkaar opgezocht. Wacht een minuut en probeer het opnieuw.")
    return render(request, "certificates/verify.html", {"error": message}, status=429)


def verify_lookup(request):
    """A form to type a code from a paper certificate."""
    code = request.GET.get("code", "")
    if code:
        return redirect("certificates:verify", normalise_code(code) or "-")
    return render(request, "certificates/verify.html", {"credential_form": CredentialCheckForm()})


def verify(request, code):
    """Public: valid, expired or revoked, with name, module and date and nothing more."""
    if not allow(request, "verify_certificate", settings.VERIFY_RATE_LIMIT):
        return _too_many(request)
    certificate = Certificate.objects.filter(code=normalise_code(code)).first()
    if certificate is None:
        return render(request, "certificates/verify.html", {"not_found": True, "code": code}, status=404)
    context = {"certificate": certificate, "status": certificate.status(), "credential_form": CredentialCheckForm()}
    return render(request, "certificates/verify.html", context)


def _downloadable(request, code):
    """The certificate, for its owner (while not revoked) and for coordinators; everyone else gets a 404."""
    certificate = Certificate.objects.filter(code=normalise_code(code)).first()
    user = request.user
    is_owner = certificate is not None and certificate.learner_id == user.pk
    allowed = certificate is not None and (
        (is_owner and certificate.revoked_at is None) or user.has_perm("certificates.view_certificate")
    )
    if not allowed:
        raise _unknown_certificate(request)
    return certificate


def _unknown_certificate(request):
    """The 404 for a certificate this (logged-in) person may not download, with the way to their own."""
    return NotFound(_("Dit certificaat bestaat niet."), reverse("courses:dashboard"), _("Naar je leeromgeving"))


def _log_in_first(view):
    """For a visitor who is not logged in (the e-mail's link opened on another device): the log-in page, with a
    note why, and then "Mijn certificaten" on the learner's overview, where the download is one tap. Not the
    file itself after logging in: a download leaves the browser on the filled-in log-in form with nothing
    saying it worked. The same for every code, so it tells nothing about which codes exist."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        messages.info(request, _("Log in om je certificaat te downloaden. Daarna staat het bij Mijn certificaten."))
        return redirect_to_login(reverse("courses:dashboard") + "#certificates-heading")

    return wrapped


@_log_in_first
def download(request, code):
    """The stored PDF (log-in first: `_log_in_first`)."""
    certificate = _downloadable(request, code)
    name = ensure_certificate_pdf(certificate.code)
    filename = f"certificaat-{certificate.display_code}.pdf"
    return FileResponse(
        certificate.pdf.storage.open(name, "rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )


def _attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@_log_in_first
def credential_download(request, code, kind):
    """The Open Badges 3.0 credential as a .json file, or baked into a PNG or SVG badge (log-in first:
    `_log_in_first`)."""
    certificate = _downloadable(request, code)
    if not settings.CREDENTIALS_ENABLED or kind not in ("json", "png", "svg"):
        raise _unknown_certificate(request)
    token = credential_jwt(certificate)
    base = f"certificaat-{certificate.display_code}"
    if kind == "png":
        return _attachment(bake_png(badge_png(), token), "image/png", f"{base}.png")
    if kind == "svg":
        return _attachment(bake_svg(badge_svg(certificate.course_title), token), "image/svg+xml", f"{base}.svg")
    return _attachment(json.dumps(enveloped(token), indent=2), "application/json", f"{base}.json")


def _public(response):
    # Wallets and verifiers in a browser read these from another origin.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@cache_control(max_age=300, public=True)
def did_json(request):
    """The issuer's DID document (did:web): every public key that ever signed a credential still listed."""
    return _public(JsonResponse(did_document(), content_type="application/did+json"))


@cache_control(max_age=60, public=True)
def status_list(request, list_number):
    """A signed BitstringStatusListCredential; a revocation shows within a minute of caching. A 404 for a
    list no certificate sits in (certificates are never deleted, so no credential can point to one)."""
    if not list_exists(list_number):
        raise Http404
    return _public(HttpResponse(status_list_jwt(list_number), content_type="application/vc+jwt"))


@cache_control(max_age=86400, public=True)
def badge_image(request):
    """The badge image without a credential, the image of every achievement."""
    return HttpResponse(badge_png(), content_type="image/png")


def verify_credential(request):
    """Public: check a pasted or uploaded digital certificate and say valid, expired, revoked or tampered."""
    if request.method != "POST":
        return redirect("certificates:verify_lookup")
    if not allow(request, "verify_certificate", settings.VERIFY_RATE_LIMIT):
        return _too_many(request)
    form = CredentialCheckForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "certificates/verify.html", {"credential_form": form}, status=400)
    verdict = verify_presented(form.presented())
    return render(request, "certificates/verify.html", {"credential_form": CredentialCheckForm(), "verdict": verdict})
