"""NUL bytes and control characters in any URL parameter or form field never give a 500 (SQLite and PostgreSQL).

Every URL pattern of the site is resolved and its parameters filled with the payloads (numbers and UUIDs
with real-looking values, so the view runs); each URL is requested by a visitor and by a superuser, and
every POST form on the pages that answer is sent back with the payload in each field.
"""

import re
import uuid
from urllib.parse import quote

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

import pytest

from accounts.factories import UserFactory

PAYLOADS = ["a\x00b", "a\x01\x08\x0b\x1b\x7fb"]
FORM = re.compile(r"<form\b[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S | re.I)
FIELD = re.compile(r"<(?:input|select|textarea)\b[^>]*\bname=\"([^\"]+)\"", re.I)
CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
SKIPPED_FIELDS = {"csrfmiddlewaretoken"}
GUESSED_FIELDS = ["q", "title", "name", "code", "email", "login", "full_name", "url", "link_text"]
DELIBERATE_ERRORS = {"/admin/failwhale/"}  # Wagtail's page that raises on purpose, to show its 500 page


def _route_part(route, payload):
    def fill(match):
        converter = match.group(1) or "str"
        if converter == "int":
            return "1"
        if converter == "uuid":
            return str(uuid.uuid4())
        return quote(payload, safe="")

    return CONVERTER.sub(fill, route)


def _regex_part(regex, payload):
    """A path for a regex pattern: each top-level group becomes the payload, anchors and escapes go."""
    out, depth, index = [], 0, 0
    regex = regex.lstrip("^").rstrip("$")
    while index < len(regex):
        char = regex[index]
        if char == "\\" and index + 1 < len(regex):
            if depth == 0:
                out.append(regex[index + 1])
            index += 2
            continue
        if char == "(":
            if depth == 0:
                out.append("1" if regex[index:].startswith(r"(\d+)") else quote(payload, safe=""))
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char not in "?*+$^":
            out.append(char)
        index += 1
    return "".join(out)


def urls(payload, patterns=None, prefix="/"):
    """One path per URL pattern of the site, with every parameter filled in."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        regex = getattr(pattern.pattern, "_regex", None)
        if regex is not None and not hasattr(pattern.pattern, "_route"):
            part = _regex_part(regex, payload)
        else:
            part = _route_part(str(pattern.pattern), payload)
        if isinstance(pattern, URLResolver):
            yield from urls(payload, pattern.url_patterns, prefix + part)
        elif isinstance(pattern, URLPattern):
            yield prefix + part


def forms(html):
    """The field names of each POST form on a page."""
    return [sorted(set(FIELD.findall(body)) - SKIPPED_FIELDS) for body in FORM.findall(html)]


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True, full_name="Beheerder Fuzz")


def signed_in(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS, ids=["nul", "control"])
def test_no_url_or_form_gives_a_500(payload, catalogue, learner, superuser):
    """Every URL pattern and every POST form on the pages, filled with the payload: no 500 anywhere."""
    failures = []
    paths = sorted(set(urls(payload)) - DELIBERATE_ERRORS)
    assert len(paths) > 300, "the URL patterns were not all found"
    for path in paths:
        for who in ("visitor", "superuser"):
            if who == "superuser" and not type(superuser).objects.filter(pk=superuser.pk).exists():
                superuser = UserFactory(is_superuser=True, is_staff=True)  # a POST deleted the account
            client = Client(raise_request_exception=False) if who == "visitor" else signed_in(superuser)
            response = client.get(path)
            if response.status_code >= 500:
                failures.append(f"GET {path} as {who}: {response.status_code}")
                continue
            response = client.post(path, dict.fromkeys(GUESSED_FIELDS, payload))
            # Some Wagtail admin views fail on a hand-made POST without their management fields whatever
            # the values: only a 500 that the payload causes counts here.
            if response.status_code >= 500 and client.post(path, dict.fromkeys(GUESSED_FIELDS, "ab")).status_code < 500:
                failures.append(f"POST {path} as {who}: {response.status_code}")
    pages = [learner_page.url for learner_page in catalogue.social_lessons] + [catalogue.home.url]
    for path in pages + [p for p in paths if p.startswith(("/account/", "/mijn/", "/doe-mee/", "/verifieer/"))]:
        # A fresh learner each time: one of the forms deletes the account.
        for client in (Client(raise_request_exception=False), signed_in(UserFactory())):
            page = client.get(path)
            if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
                continue
            for fields in forms(page.content.decode()):
                response = client.post(path, dict.fromkeys(fields, payload))
                if response.status_code >= 500:
                    failures.append(f"POST form {fields} to {path}: {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_a_nul_byte_is_refused_with_a_message(client, home_page):
    """A NUL byte in the address or a form field gets a 400 page that says what is wrong."""
    for response in (client.get("/verifieer/AB%00CD/"), client.post("/account/login/", {"login": "a\x00@b.nl"})):
        assert response.status_code == 400
        assert "tekens die hier niet kunnen" in response.content.decode()
