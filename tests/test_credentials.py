"""Open Badges 3.0 credentials, checked the way an outside verifier checks them.

The independent verifier below uses PyJWT and the standard library only (the site signs with joserfc): it
resolves the issuer's did:web document, checks the signature and dates, and reads the status list.
"""

import base64
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from django.urls import reverse
from django.utils import timezone

import jsonschema
import jwt as pyjwt
import pytest
from pypdf import PdfReader

from accounts.factories import UserFactory
from accounts.privacy import delete_account, export_user_data
from certificates.baking import unbake_png, unbake_svg
from certificates.credentials import build_credential, credential_jwt, enveloped
from certificates.factories import CertificateFactory
from certificates.keys import b64url, new_key_entry
from certificates.pdf import render_certificate_pdf
from certificates.status_list import position, status_entry

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "ob_v3p0_achievementcredential_schema.json").read_text())


class Rejected(Exception):
    pass


def _path(url):
    """The path of one of this site's URLs, to fetch it through the test client."""
    return "/" + url.split("/", 3)[3]


def did_web_url(did):
    """did:web:host%3Aport:path → https://host:port/path/did.json (or /.well-known/did.json)."""
    parts = did.split(":")[2:]
    host = parts[0].replace("%3A", ":")
    path = "/".join(parts[1:])
    return f"https://{host}/{path + '/did.json' if path else '.well-known/did.json'}"


def independent_verify(client, token, now=None):
    """'valid', 'revoked' or 'expired' for a compact VC-JWT, or raises Rejected. PyJWT + stdlib only."""
    header = pyjwt.get_unverified_header(token)
    unverified = pyjwt.decode(token, options={"verify_signature": False})
    did = unverified["issuer"]["id"]
    assert header["kid"].startswith(did + "#") and header["typ"] == "vc+jwt"
    document = client.get(_path(did_web_url(did))).json()
    assert document["id"] == did
    method = next((m for m in document["verificationMethod"] if m["id"] == header["kid"]), None)
    if method is None or header["kid"] not in document["assertionMethod"]:
        raise Rejected("unknown key")
    key = pyjwt.PyJWK(method["publicKeyJwk"], algorithm="EdDSA").key
    try:
        claims = pyjwt.decode(token, key, algorithms=["EdDSA"], options={"verify_exp": False})
    except pyjwt.InvalidTokenError as error:
        raise Rejected(str(error)) from error
    status = claims["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusPurpose"] == "revocation"
    list_token = client.get(_path(status["statusListCredential"])).content.decode()
    list_header = pyjwt.get_unverified_header(list_token)
    list_method = next(m for m in document["verificationMethod"] if m["id"] == list_header["kid"])
    status_list = pyjwt.decode(
        list_token, pyjwt.PyJWK(list_method["publicKeyJwk"], algorithm="EdDSA").key, algorithms=["EdDSA"]
    )
    assert status_list["issuer"] == did and status_list["id"] == status["statusListCredential"]
    encoded = status_list["credentialSubject"]["encodedList"]
    assert encoded[0] == "u"
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    index = int(status["statusListIndex"])
    if bits[index // 8] & (0x80 >> (index % 8)):
        return "revoked"
    try:
        pyjwt.decode(token, key, algorithms=["EdDSA"])  # checks exp and nbf
    except pyjwt.ExpiredSignatureError:
        return "expired"
    return "valid"


def tamper(token, change):
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    change(claims)
    payload = b64url(json.dumps(claims).encode())
    return f"{header}.{payload}.{signature}"


def defined_terms(context):
    """Every term a JSON-LD context defines, scoped contexts included."""
    terms = set(context)
    for definition in context.values():
        if isinstance(definition, dict) and isinstance(definition.get("@context"), dict):
            terms |= defined_terms(definition["@context"])
    return terms


def used_terms(value):
    """Every property name and type name in a JSON-LD document (keywords excluded)."""
    if isinstance(value, list):
        for inner in value:
            yield from used_terms(inner)
    elif isinstance(value, dict):
        kinds = value.get("type", [])
        yield from [kinds] if isinstance(kinds, str) else kinds
        for key, inner in value.items():
            if not key.startswith("@"):
                yield key
                yield from used_terms(inner)


@pytest.fixture
def certificate(learner):
    return CertificateFactory(learner=learner)


@pytest.mark.django_db
class TestIndependentVerifier:
    def test_fresh_credential_is_accepted(self, client, certificate):
        """A fresh credential verifies with another library against the published did:web key."""
        token = credential_jwt(certificate)
        assert independent_verify(client, token) == "valid"
        claims = pyjwt.decode(token, options={"verify_signature": False})
        names = [i["identityHash"] for i in claims["credentialSubject"]["identifier"] if i["identityType"] == "name"]
        assert names == ["Łukasz Żółć"]
        assert claims["credentialSubject"]["achievement"]["name"] == certificate.course_title

    def test_changed_name_is_rejected(self, client, certificate):
        """Changing the name in a credential breaks its signature."""

        def rename(claims):
            claims["credentialSubject"]["identifier"][0]["identityHash"] = "Iemand Anders"

        with pytest.raises(Rejected):
            independent_verify(client, tamper(credential_jwt(certificate), rename))

    def test_changed_date_is_rejected(self, client, certificate):
        """Moving validUntil later breaks the signature."""

        def extend(claims):
            claims["validUntil"] = "2099-12-31T23:59:59Z"

        with pytest.raises(Rejected):
            independent_verify(client, tamper(credential_jwt(certificate), extend))

    def test_revoked_credential_shows_as_revoked_in_the_status_list(self, client, certificate):
        """After revocation the credential downloaded earlier reads as revoked through the status list."""
        token = credential_jwt(certificate)
        other = CertificateFactory()
        certificate.revoked_at = timezone.now()
        certificate.save()
        assert independent_verify(client, token) == "revoked"
        assert independent_verify(client, credential_jwt(other)) == "valid"

    def test_expired_credential_is_expired(self, client, learner):
        """A credential past its validUntil reads as expired."""
        old = CertificateFactory(
            learner=learner,
            issued_at=timezone.now() - timedelta(days=800),
            valid_until=timezone.localdate() - timedelta(days=1),
        )
        assert independent_verify(client, credential_jwt(old)) == "expired"

    def test_valid_until_is_the_end_of_the_last_valid_day(self, certificate):
        """validUntil is the last second of the certificate's last valid day, in Dutch time."""
        valid_until = build_credential(certificate)["validUntil"]
        last_day = timezone.localtime(timezone.datetime.fromisoformat(valid_until.replace("Z", "+00:00")))
        assert last_day.date() == certificate.valid_until and (last_day.hour, last_day.minute) == (23, 59)


@pytest.mark.django_db
class TestStatusListAddresses:
    def test_only_a_list_a_certificate_sits_in_is_served(self, client, certificate):
        """The list a credential points to is served; a list no certificate sits in is a 404, not an empty list."""
        assert client.get(_path(status_entry(certificate)["statusListCredential"])).status_code == 200
        list_number, _index = position(certificate.pk)
        address = reverse("certificates:status_list", args=[1]).replace("/1/", "/{}/")
        for number in [0, list_number + 1, 10**20, 2**63]:  # the last two: no URL can be made for them, or typed
            response = client.get(address.format(number))
            assert response.status_code == 404, number
            assert "Access-Control-Allow-Origin" not in response

    def test_odd_addresses_are_404_never_500(self, client, certificate):
        """Non-numeric and absurdly long list numbers and codes in every certificate address give a 404 (to a
        logged-in learner: a visitor is first asked to log in for a download)."""
        client.force_login(UserFactory())
        for path in [
            "/certificaten/status/abc/",
            "/certificaten/status/-1/",
            "/certificaten/status/" + "9" * 5000 + "/",
            "/verifieer/" + "A" * 5000 + "/",
            "/certificaten/" + "A" * 5000 + "/pdf/",
            f"/certificaten/{certificate.code}/digitaal." + "x" * 5000,
        ]:
            assert client.get(path).status_code == 404, path[:40]


@pytest.mark.django_db
class TestContent:
    def test_credential_matches_the_open_badges_schema(self, certificate):
        """The credential validates against the Open Badges 3.0 achievement credential schema."""
        validator = jsonschema.Draft201909Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
        credential = build_credential(certificate)
        validator.validate(credential)
        assert "OpenBadgeCredential" in credential["type"]

    def test_schema_catches_a_missing_achievement(self, certificate):
        """The schema test has teeth: a subject without its achievement fails."""
        credential = build_credential(certificate)
        del credential["credentialSubject"]["achievement"]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.Draft201909Validator(SCHEMA).validate(credential)

    def test_email_is_only_a_salted_hash(self, certificate):
        """The e-mail address is not in the credential, only sha256 of address + salt."""
        token = credential_jwt(certificate)
        text = base64.urlsafe_b64decode(token.split(".")[1] + "==").decode()
        assert certificate.email not in text and certificate.email.split("@")[0] not in text
        identity = build_credential(certificate)["credentialSubject"]["identifier"][1]
        assert identity["hashed"] is True and identity["identityType"] == "emailAddress"
        expected = hashlib.sha256((certificate.email.lower() + identity["salt"]).encode()).hexdigest()
        assert identity["identityHash"] == "sha256$" + expected

    def test_every_context_and_term_is_bundled(self, certificate):
        """The credential's contexts ship with the project and define every term it uses."""
        from certificates.credentials import bundled_context

        credential = build_credential(certificate)
        terms = set()
        for url in credential["@context"]:
            terms |= defined_terms(bundled_context(url)["@context"])
        assert set(used_terms(credential)) - terms == set()

    def test_same_credential_on_every_download(self, certificate):
        """Building the credential twice gives the same signed bytes."""
        assert credential_jwt(certificate) == credential_jwt(certificate)


@pytest.mark.django_db
class TestBaking:
    def test_png_holds_the_credential(self, learner_client, certificate):
        """The baked PNG's iTXt chunk holds exactly the credential issued."""
        response = learner_client.get(reverse("certificates:credential_download", args=[certificate.code, "png"]))
        assert response["Content-Type"] == "image/png"
        assert unbake_png(response.content) == credential_jwt(certificate)
        from PIL import Image

        Image.open(io.BytesIO(response.content)).verify()

    def test_svg_holds_the_credential(self, learner_client, certificate):
        """The baked SVG's openbadges:credential element holds exactly the credential issued."""
        response = learner_client.get(reverse("certificates:credential_download", args=[certificate.code, "svg"]))
        assert unbake_svg(response.content.decode()) == credential_jwt(certificate)

    def test_json_download_is_an_enveloped_credential(self, learner_client, certificate):
        """The .json file is a VC 2.0 EnvelopedVerifiableCredential around the VC-JWT."""
        response = learner_client.get(reverse("certificates:credential_download", args=[certificate.code, "json"]))
        assert "attachment" in response["Content-Disposition"]
        assert json.loads(response.content) == enveloped(credential_jwt(certificate))

    def test_pdf_carries_the_credential(self, certificate):
        """The certificate PDF has the credential as an embedded file."""
        reader = PdfReader(io.BytesIO(render_certificate_pdf(certificate)))
        (name, contents), *_ = reader.attachments.items()
        assert name.endswith(".json") and json.loads(contents[0]) == enveloped(credential_jwt(certificate))

    def test_someone_else_cannot_download(self, client, certificate):
        """Only the holder (or a coordinator) downloads a credential; another learner gets a 404."""
        client.force_login(UserFactory())
        url = reverse("certificates:credential_download", args=[certificate.code, "json"])
        assert client.get(url).status_code == 404


@pytest.mark.django_db
class TestKeyRotation:
    def test_old_credentials_verify_after_rotation(self, client, settings, certificate):
        """After adding a new key, old credentials still verify and new ones are signed with the new key."""
        first, second = new_key_entry("first"), new_key_entry("second")
        settings.CREDENTIAL_SIGNING_KEYS = "{" + first + "}"
        old = credential_jwt(certificate)
        settings.CREDENTIAL_SIGNING_KEYS = "{" + first + ", " + second + "}"
        new = credential_jwt(certificate)
        assert pyjwt.get_unverified_header(old)["kid"].endswith("#first")
        assert pyjwt.get_unverified_header(new)["kid"].endswith("#second")
        assert independent_verify(client, old) == independent_verify(client, new) == "valid"
        settings.CREDENTIAL_SIGNING_KEYS = "{" + second + "}"
        with pytest.raises(Rejected):
            independent_verify(client, old)

    def test_did_document_has_no_private_key(self, client, settings):
        """The published DID document lists public keys only."""
        settings.CREDENTIAL_SIGNING_KEYS = "{" + new_key_entry("a") + ", " + new_key_entry("b") + "}"
        document = client.get("/.well-known/did.json").json()
        assert [m["id"].split("#")[1] for m in document["verificationMethod"]] == ["a", "b"]
        assert all("d" not in m["publicKeyJwk"] for m in document["verificationMethod"])

    def test_production_refuses_to_start_without_a_key(self):
        """Production settings fail at start without CREDENTIAL_SIGNING_KEYS, unless credentials are off."""
        env = {
            **os.environ,
            "SECRET_KEY": "x" * 50,
            "DATABASE_URL": "sqlite:///tmp.db",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
            "WAGTAILADMIN_BASE_URL": "https://example.org",
            "CREDENTIAL_SIGNING_KEYS": "",
        }
        code = "import training_site.settings.production"
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
        assert run.returncode != 0 and "CREDENTIAL_SIGNING_KEYS" in run.stderr
        env["CREDENTIALS_ENABLED"] = "false"
        assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0


@pytest.mark.django_db
class TestVerificationPage:
    def post(self, client, text):
        return client.post(reverse("certificates:verify_credential"), {"credential": text})

    def test_pasted_credential_is_valid(self, client, certificate):
        """Pasting the .json file's content says "geldig" with the name and module."""
        html = self.post(client, json.dumps(enveloped(credential_jwt(certificate)))).content.decode()
        assert "Dit digitale certificaat is geldig." in html and "Łukasz Żółć" in html

    def test_tampered_credential(self, client, certificate):
        """A changed credential is reported as not to be trusted, with the reason."""

        def rename(claims):
            claims["credentialSubject"]["identifier"][0]["identityHash"] = "Iemand Anders"

        html = self.post(client, tamper(credential_jwt(certificate), rename)).content.decode()
        assert "niet te vertrouwen" in html and "De handtekening klopt niet" in html and "Iemand Anders" not in html

    def test_revoked_with_reason(self, client, certificate):
        """A revoked credential shows "ingetrokken" and the coordinator's reason."""
        token = credential_jwt(certificate)
        certificate.revoked_at, certificate.revoked_reason = timezone.now(), "Onterecht uitgegeven"
        certificate.save()
        html = self.post(client, token).content.decode()
        assert "ingetrokken" in html and "Onterecht uitgegeven" in html

    def test_expired(self, client, learner):
        """An expired credential says "verlopen"."""
        old = CertificateFactory(learner=learner, valid_until=timezone.localdate() - timedelta(days=1))
        assert "is verlopen" in self.post(client, credential_jwt(old)).content.decode()

    def test_uploaded_badge_image(self, client, learner_client, certificate):
        """Uploading the baked PNG checks the credential inside it."""
        png = learner_client.get(reverse("certificates:credential_download", args=[certificate.code, "png"]))
        upload = io.BytesIO(png.content)
        upload.name = "badge.png"
        response = client.post(reverse("certificates:verify_credential"), {"file": upload})
        assert "Dit digitale certificaat is geldig." in response.content.decode()

    def test_empty_and_garbage_input(self, client, home_page):
        """Nothing pasted gives a message; garbage is not a credential of this site."""
        response = self.post(client, "  ")
        assert response.status_code == 400 and "Plak een digitaal certificaat" in response.content.decode()
        assert "niet te vertrouwen" in self.post(client, "{not json").content.decode()


@pytest.mark.django_db
class TestPrivacy:
    def test_export_includes_the_credential(self, learner, certificate):
        """The personal-data export holds each certificate's signed credential."""
        exported = export_user_data(learner)["certificates"][0]["open_badges_credential"]
        assert exported == credential_jwt(certificate)

    def test_deleting_the_account_revokes_the_credential(self, client, learner, certificate):
        """After account deletion the credential downloaded before reads as revoked."""
        token = credential_jwt(certificate)
        delete_account(learner)
        assert independent_verify(client, token) == "revoked"


def test_svg_with_entities_is_refused():
    """An uploaded SVG with a DTD is not parsed (no entity expansion)."""
    from certificates.baking import NotBaked

    bomb = '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    with pytest.raises(NotBaked):
        unbake_svg(bomb)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "presented",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\x05iTXtopenbadgecredential", "W10.e30.sig", "a.b.c", '{"id": 1}', b"\xff\xfe"],
)
def test_broken_input_is_not_trusted(presented):
    """Broken PNGs, JWTs and JSON give a "niet te vertrouwen" verdict, never an error."""
    from certificates.verification import TAMPERED, verify_presented

    assert verify_presented(presented).status == TAMPERED
