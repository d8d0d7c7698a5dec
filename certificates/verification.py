"""Checking a credential someone pasted or uploaded: valid, expired, revoked or tampered, with the reason.

This is the same check any verifier can do without this site's database: the signature against the keys in
the issuer's DID document, `validUntil`, and the bit in the published status list. Only the revocation
reason, which the status list does not carry, is looked up here.
"""

import json
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.utils.translation import gettext_lazy as _

from .baking import PNG_SIGNATURE, unbake_png, unbake_svg
from .credentials import JWT_MEDIA_TYPE, InvalidSignature, decode
from .models import Certificate
from .status_list import LIST_SIZE, bit_is_set, status_list_credential, status_list_url

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


@dataclass
class Verdict:
    """`status` is one of Certificate.Status's values or "tampered"; `reason` says why, for a person."""

    status: str
    reason: str
    claims: dict = field(default_factory=dict)

    @property
    def subject_name(self):
        identifiers = self.claims.get("credentialSubject", {}).get("identifier", [])
        return next((i.get("identityHash") for i in identifiers if i.get("identityType") == "name"), "")

    @property
    def achievement_name(self):
        return self.claims.get("credentialSubject", {}).get("achievement", {}).get("name", "")

    @property
    def valid_from(self):
        return _parse_date(self.claims.get("validFrom"))

    @property
    def valid_until(self):
        return _parse_date(self.claims.get("validUntil"))


TAMPERED = "tampered"


def _parse_date(value):
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None


def extract_token(data):
    """The compact VC-JWT in pasted text or an uploaded file (.json, .jwt, baked PNG or SVG).

    Raises ValueError when nothing that looks like a credential is found.
    """
    if isinstance(data, bytes):
        if data.startswith(PNG_SIGNATURE):
            return unbake_png(data)
        data = data.decode("utf-8", errors="replace")
    text = data.strip().lstrip("\ufeff")
    if text.startswith("<"):
        return unbake_svg(text)
    if text.startswith("{"):
        document = json.loads(text)
        prefix = f"data:{JWT_MEDIA_TYPE},"
        identifier = document.get("id", "") if isinstance(document, dict) else ""
        if isinstance(identifier, str) and identifier.startswith(prefix):
            return identifier[len(prefix) :]
        raise ValueError("JSON without an enveloped VC-JWT")
    if text.count(".") == 2 and " " not in text:
        return text
    raise ValueError("not a credential")


def _revocation_reason(index, list_number):
    certificate = Certificate.objects.filter(pk=(list_number - 1) * LIST_SIZE + index).first()
    if certificate is not None and certificate.revoked_reason:
        return _("De uitgever heeft dit certificaat ingetrokken. Reden: %(reason)s") % {
            "reason": certificate.revoked_reason
        }
    return _("De uitgever heeft dit certificaat ingetrokken.")


def _revoked(claims):
    """(True, reason) when the credential's bit is set in this site's status list."""
    status = claims.get("credentialStatus") or {}
    try:
        index = int(status["statusListIndex"])
        list_url = status["statusListCredential"]
        list_number = int(list_url.rstrip("/").rsplit("/", 1)[1])
    except (KeyError, TypeError, ValueError, IndexError):
        return True, _("Het certificaat verwijst niet naar een statuslijst van deze site.")
    if list_url != status_list_url(list_number):
        return True, _("Het certificaat verwijst niet naar een statuslijst van deze site.")
    encoded = status_list_credential(list_number)["credentialSubject"]["encodedList"]
    if bit_is_set(encoded, index):
        return True, _revocation_reason(index, list_number)
    return False, ""


def verify_presented(data, now=None):
    """A Verdict for pasted text or uploaded bytes. Never raises for bad input."""
    now = now or datetime.now(UTC)
    try:
        token = extract_token(data)
    except (ValueError, IndexError, zlib.error):  # NotBaked and JSON errors are ValueErrors
        return Verdict(
            TAMPERED, _("Dit is geen digitaal certificaat van deze site, of het is niet volledig gekopieerd.")
        )
    try:
        _header, claims = decode(token)
    except InvalidSignature:
        return Verdict(
            TAMPERED,
            _(
                "De handtekening klopt niet: iemand heeft de inhoud veranderd, of het certificaat komt niet "
                "van deze site."
            ),
        )
    revoked, reason = _revoked(claims)
    if revoked:
        return Verdict(Certificate.Status.REVOKED, reason, claims)
    valid_until = _parse_date(claims.get("validUntil"))
    if valid_until is not None and valid_until < now:
        return Verdict(Certificate.Status.EXPIRED, _("De geldigheid is verlopen."), claims)
    return Verdict(
        Certificate.Status.VALID,
        _("De handtekening klopt, het certificaat is niet ingetrokken en nog geldig."),
        claims,
    )
