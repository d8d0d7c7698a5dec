"""Open Badges 3.0 credentials: one per certificate, built from the certificate, signed as a VC-JWT.

The credential is a W3C Verifiable Credential (data model 2.0) of type `OpenBadgeCredential`, secured with
VC-JOSE (a compact JWS, header `typ: vc+jwt`, `alg: EdDSA`, Ed25519), the JWT proof format that Open Badges
3.0 accepts (OB 3.0 §8.2). The JWT payload is the credential itself plus the registered claims `iss`, `jti`,
`sub`, `nbf` and `exp` that JWT libraries check. The issuer is `did:web:<host>`, whose DID document at
`/.well-known/did.json` lists every signing key (`did_document`).

It holds nothing that the printed certificate does not show: the name, the module, its criteria, the dates;
the e-mail address only as a salted SHA-256 hash (so a holder can prove it is theirs without it being
readable). It is built again on every download and is the same every time (Ed25519 signatures are
deterministic, there is no `iat`), so "the credential issued" and "the credential downloaded" are one thing
as long as the key has not been rotated. See docs/credentials.md.
"""

import hashlib
import hmac
import json
import uuid
import warnings
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from home.links import absolute_url
from home.models import SiteSettings
from home.numbers import percentage_text

from .keys import current_key, signing_keys

CREDENTIALS_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
JWT_MEDIA_TYPE = "application/vc+jwt"
ALGORITHM = "EdDSA"

# The contexts a credential refers to, bundled so that the JSON-LD can be processed without a network.
CONTEXT_FILES = {
    CREDENTIALS_CONTEXT: "credentials-v2.jsonld",
    OB_CONTEXT: "ob-v3p0-context-3.0.3.json",
}
JSONLD_DIR = Path(__file__).resolve().parent / "jsonld"


def bundled_context(url):
    """The JSON of a bundled JSON-LD context; KeyError for a context this site does not ship."""
    return json.loads((JSONLD_DIR / CONTEXT_FILES[url]).read_text())


def issuer_did():
    """`did:web:` + the public host (a port is percent-encoded, a path becomes `:` segments; DID Web §3.1)."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    did = "did:web:" + quote(parts.netloc, safe="")
    path = parts.path.strip("/")
    return did + ("".join(":" + quote(segment, safe="") for segment in path.split("/")) if path else "")


def verification_method_id(key):
    return f"{issuer_did()}#{key.kid}"


def did_document():
    """The issuer's DID document: every key, the newest last, as a JsonWebKey verification method."""
    did = issuer_did()
    methods = [
        {
            "id": verification_method_id(key),
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": {**key.public_jwk(), "kid": key.kid},
        }
        for key in signing_keys()
    ]
    ids = [method["id"] for method in methods]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
        "authentication": ids,
    }


def _iso(moment):
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def valid_until_moment(certificate):
    """The last second of the certificate's last valid day, in the site's time zone (the status rule)."""
    next_day = datetime.combine(certificate.valid_until + timedelta(days=1), time.min)
    return timezone.make_aware(next_day) - timedelta(seconds=1)


def identity_salt(certificate):
    """A salt per certificate, derived so it needs no storage: HMAC(SECRET_KEY, code), 16 hex characters."""
    digest = hmac.new(settings.SECRET_KEY.encode(), b"identity-salt:" + certificate.code.encode(), "sha256")
    return digest.hexdigest()[:16]


def email_identity_hash(email, salt):
    """OB 3.0 IdentityObject hash: "sha256$" + hex SHA-256 of the lower-cased address followed by the salt."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def _plain(text):
    return " ".join(normalize_newlines(strip_tags(text or "")).split())


def badge_image_url():
    return absolute_url(reverse("certificates:badge_image"))


def _issuer():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site_or_default(site)
    image_url = badge_image_url()
    if site_settings and site_settings.logo_id:
        image_url = absolute_url(site_settings.logo.get_rendition("max-400x400|format-png").url)
    return {
        "id": issuer_did(),
        "type": ["Profile"],
        "name": (site.site_name if site and site.site_name else "") or "Leren Kijken",
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/",
        "image": {"id": image_url, "type": "Image"},
    }


def _pass_mark(certificate):
    attempt = certificate.attempt
    if attempt is not None:
        return attempt.pass_mark
    session = certificate.team_session
    return session.pass_mark if session is not None else None


def _dutch_percentage(value):
    with translation.override("nl"):
        return percentage_text(value)


def _criteria(certificate):
    course = certificate.course
    pass_mark = _pass_mark(certificate)
    narrative = "Geslaagd voor de scenariotoets van de module"
    narrative += f" met ten minste {_dutch_percentage(pass_mark)}% goede antwoorden." if pass_mark is not None else "."
    objectives = [_plain(str(block.value)) for block in course.learning_objectives] if course is not None else []
    if objectives:
        narrative += " De module behandelt: " + "; ".join(objectives) + "."
    return {"narrative": narrative}


def _achievement(certificate):
    course = certificate.course
    achievement_id = (
        absolute_url(course.url)
        if course is not None and course.url
        else f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'leren-kijken-module:' + certificate.course_title)}"
    )
    description = _plain(course.intro) if course is not None else ""
    return {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": certificate.course_title,
        "description": description or certificate.course_title,
        "criteria": _criteria(certificate),
        "image": {"id": badge_image_url(), "type": "Image"},
        "inLanguage": "nl",
    }


def _identifiers(certificate):
    identifiers = [
        {"type": "IdentityObject", "identityHash": certificate.full_name, "identityType": "name", "hashed": False}
    ]
    if certificate.email:
        salt = identity_salt(certificate)
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityHash": email_identity_hash(certificate.email, salt),
                "identityType": "emailAddress",
                "hashed": True,
                "salt": salt,
            }
        )
    return identifiers


def credential_id(certificate):
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'leren-kijken-certificate:' + certificate.code)}"


def build_credential(certificate):
    """The unsigned OpenBadgeCredential for a certificate, as a dict ready for JSON."""
    from .status_list import status_entry

    return {
        "@context": [CREDENTIALS_CONTEXT, OB_CONTEXT],
        "id": credential_id(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"Certificaat {certificate.course_title}",
        "description": "Bewijs van deelname aan een training van Leren Kijken. Controleer het op "
        + absolute_url(reverse("certificates:verify", args=[certificate.code])),
        "issuer": _issuer(),
        "validFrom": _iso(certificate.issued_at),
        "validUntil": _iso(valid_until_moment(certificate)),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": _identifiers(certificate),
            "achievement": _achievement(certificate),
        },
        "credentialStatus": status_entry(certificate),
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }


def _to_timestamp(iso):
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())


def sign(payload, key=None):
    """A compact JWS (`vc+jwt`) of `payload` with `key` (default: the newest); JWT claims added from the VC.

    `nbf`/`exp` mirror `validFrom`/`validUntil` so that a plain JWT library checks the dates too.
    """
    key = key or current_key()
    claims = {**payload, "iss": payload["issuer"]["id"] if isinstance(payload["issuer"], dict) else payload["issuer"]}
    claims["jti"] = payload["id"]
    if "validFrom" in payload:
        claims["nbf"] = _to_timestamp(payload["validFrom"])
    if "validUntil" in payload:
        claims["exp"] = _to_timestamp(payload["validUntil"])
    from joserfc import jwt  # with cryptography ~9 MiB, loaded when a credential is signed, not by every worker
    from joserfc.jwk import OKPKey

    header = {"alg": ALGORITHM, "typ": "vc+jwt", "cty": "vc", "kid": verification_method_id(key)}
    with warnings.catch_warnings():
        # RFC 9864 prefers the fully specified "Ed25519"; deployed VC and JWT verifiers know "EdDSA".
        warnings.simplefilter("ignore")
        return jwt.encode(header, claims, OKPKey.import_key(key.private_jwk()), algorithms=[ALGORITHM])


def credential_jwt(certificate, key=None):
    """The certificate's credential as a compact VC-JWT string."""
    return sign(build_credential(certificate), key)


def enveloped(token):
    """The VC-JWT wrapped as a JSON-LD `EnvelopedVerifiableCredential` (VC data model 2.0 §4.13): the .json file."""
    return {
        "@context": [CREDENTIALS_CONTEXT],
        "id": f"data:{JWT_MEDIA_TYPE},{token}",
        "type": "EnvelopedVerifiableCredential",
    }


class InvalidSignature(Exception):
    """Not a JWT, a key this issuer never published, or a signature that does not match the content."""


def decode(token):
    """(header, claims) of a VC-JWT signed by one of this site's keys. Raises InvalidSignature otherwise.

    Dates are not checked here: an expired credential is still an authentic one (see `verification.py`).
    """
    from joserfc import jwt
    from joserfc.errors import JoseError
    from joserfc.jwk import OKPKey

    keys = {verification_method_id(key): key for key in signing_keys()}
    try:
        header = json.loads(_b64_json_part(token, 0))
    except (ValueError, IndexError) as error:
        raise InvalidSignature("not a JWT") from error
    if not isinstance(header, dict):
        raise InvalidSignature("not a JWT")
    key = keys.get(header.get("kid"))
    if key is None or header.get("alg") != ALGORITHM:
        raise InvalidSignature("unknown key")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = jwt.decode(token, OKPKey.import_key(key.public_jwk()), algorithms=[ALGORITHM])
    except (JoseError, ValueError) as error:
        raise InvalidSignature("signature") from error
    return result.header, result.claims


def _b64_json_part(token, index):
    from .keys import b64url_decode

    return b64url_decode(token.strip().split(".")[index]).decode()
