from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from home.ratelimit import allow

from .models import Certificate, normalise_code
from .pdf import ensure_certificate_pdf


def _too_many(request):
    message = _("Je hebt veel codes achter elkaar opgezocht. Wacht een minuut en probeer het opnieuw.")
    return render(request, "certificates/verify.html", {"error": message}, status=429)


def verify_lookup(request):
    """A form to type a code from a paper certificate."""
    code = request.GET.get("code", "")
    if code:
        return redirect("certificates:verify", normalise_code(code) or "-")
    return render(request, "certificates/verify.html", {})


def verify(request, code):
    """Public: valid, expired or revoked, with name, module and date and nothing more."""
    if not allow(request, "verify_certificate", settings.VERIFY_RATE_LIMIT):
        return _too_many(request)
    certificate = Certificate.objects.filter(code=normalise_code(code)).first()
    if certificate is None:
        return render(request, "certificates/verify.html", {"not_found": True, "code": code}, status=404)
    return render(request, "certificates/verify.html", {"certificate": certificate, "status": certificate.status()})


def download(request, code):
    """The stored PDF, for its owner (while not revoked) and for coordinators; everyone else gets a 404."""
    certificate = Certificate.objects.filter(code=normalise_code(code)).first()
    user = request.user
    is_owner = certificate is not None and user.is_authenticated and certificate.learner_id == user.pk
    allowed = certificate is not None and (
        (is_owner and certificate.revoked_at is None) or user.has_perm("certificates.view_certificate")
    )
    if not allowed:
        raise Http404(_("Dit certificaat bestaat niet."))
    name = ensure_certificate_pdf(certificate.code)
    filename = f"certificaat-{certificate.display_code}.pdf"
    return FileResponse(
        certificate.pdf.storage.open(name, "rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )
