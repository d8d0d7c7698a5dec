"""A number in a URL, a query string or a form that no database column can hold is a 404 or a form error,
never a 500 (SQLite raises OverflowError for a number of 2**63 or more; PostgreSQL refuses it).

Every URL pattern of the site with a number in it (ours and Wagtail's) is requested with 2**63 and 10**30,
by an anonymous visitor, a learner and a coordinator (staff). The pages without parameters get the same
numbers in the query-string filters (`?organisation=`, `?course=`, pagination `?p=`).
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, UUIDConverter

import pytest

from accounts.factories import UserFactory
from courses.models import CoursePage
from home.forms import DatabaseIdChoiceField

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

BIG_NUMBERS = [str(2**63), str(10**30)]
ROUTE_PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")
QUERY_IDS = ["organisation", "team", "course", "module", "session", "p", "id"]
# Wagtail's choosers' "chosen-multiple" views send `?id=` straight to `filter(pk__in=...)` (and the page,
# image and document ones answer 500 to any id that does not exist, `?id=1` too): Wagtail's code, for staff
# only, and on SQLite only for the large numbers (PostgreSQL answers "none found").
WAGTAIL_CHOSEN_MULTIPLE = re.compile(r"^/admin/(.+/)?(choose-page|chooser|choose/.+)/chosen-multiple/$")
DELIBERATE_ERRORS = {"/admin/failwhale/"}  # Wagtail's page that raises on purpose, to show its 500 page


def _fill_route(route, converters, number):
    def fill(match):
        converter = converters.get(match.group(2))
        if isinstance(converter, IntConverter):
            return number
        if isinstance(converter, UUIDConverter):
            return str(uuid.uuid4())
        return "x"

    return ROUTE_PARAMETER.sub(fill, route)


def _fill_regex(regex, number):
    """Each top-level group of a regex pattern becomes the number (they all take digits: ids, names)."""
    out, depth = [], 0
    for char in regex.lstrip("^").rstrip("$").replace("\\.", "."):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                out.append(number)
        elif not depth and char != "\\":
            out.append(char)
    return "".join(out)


def patterns_with_numbers(number, patterns=None, prefix="/"):
    """(pattern, path) for every URL pattern with a number parameter, the number filled in."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = str(entry.pattern)
        converters = getattr(entry.pattern, "converters", {})
        is_regex = not hasattr(entry.pattern, "_route")
        if isinstance(entry, URLResolver):
            yield from patterns_with_numbers(number, entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            if is_regex and r"\d" in route:
                yield prefix + route, prefix + _fill_regex(route, number)
            elif any(isinstance(c, IntConverter) for c in converters.values()):
                yield prefix + route, prefix + _fill_route(route, converters, number)


def pages_without_parameters(patterns=None, prefix="/"):
    """Paths of the site's pages that take no parameter, for ids in the query string."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from pages_without_parameters(entry.url_patterns, prefix + route)
        elif "<" not in prefix + route and "(" not in prefix + route:
            yield prefix + route


@pytest.fixture
def clients(db, learner, settings):
    settings.REQUIRE_STAFF_MFA = False  # the coordinator reaches the admin views, not the two-factor step
    coordinator = UserFactory(is_staff=True, is_superuser=True, organisation=None, full_name="Sanne de Vries")
    signed_in = {}
    for role, user in (("learner", learner), ("coordinator", coordinator)):
        signed_in[role] = Client(raise_request_exception=False)
        signed_in[role].force_login(user)
    return {"anonymous": Client(raise_request_exception=False), **signed_in}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "learner", "coordinator"])
@pytest.mark.parametrize("number", BIG_NUMBERS, ids=["2^63", "10^30"])
def test_a_number_too_big_for_the_database_in_a_url_is_never_a_500(catalogue, clients, role, number):
    """Every URL pattern with a number, requested (GET and POST) with a number no column can hold: no 500."""
    client = clients[role]
    found = dict(patterns_with_numbers(number))
    ours = [route for route in found if not route.startswith(("/admin/", "/documents/", "/_util/"))]
    assert len(found) > 100 and len(ours) >= 8, "the URL patterns with a number were not all found"
    failures = []
    for route, path in found.items():
        for method in ("get", "post"):
            status = getattr(client, method)(path).status_code
            if status >= 500:
                failures.append(f"{method.upper()} {path} ({route}): {status}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
@pytest.mark.parametrize("number", BIG_NUMBERS, ids=["2^63", "10^30"])
def test_our_ids_in_a_url_that_cannot_exist_are_a_404(catalogue, clients, number):
    """The examples the newcomer test found: 404 for a learner and a visitor, also for the largest 64-bit id."""
    paths = [
        f"/leren/module/{number}/signalenkaart.pdf",
        f"/leren/module/{number}/starten/",
        f"/leren/les/{number}/afgerond/",
        f"/toets/{number}/starten/",
        f"/teamsessie/handleiding/{number}/",
        f"/bijeenkomsten/{number}/aanmelden/",
        f"/certificaten/status/{number}/",
    ]
    for path in paths:
        assert clients["anonymous"].get(path).status_code == 404, path
        assert clients["learner"].post(path).status_code == 404, path
    assert clients["learner"].post(f"/toets/{2**63 - 1}/starten/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("number", BIG_NUMBERS, ids=["2^63", "10^30"])
def test_a_number_too_big_for_the_database_in_a_query_string_is_never_a_500(catalogue, clients, number):
    """Report filters (`?course=`, `?organisation=`), pagination and other query-string ids: no 500."""
    paths = {p for p in pages_without_parameters() if not WAGTAIL_CHOSEN_MULTIPLE.match(p)} - DELIBERATE_ERRORS
    ours = sorted(
        p for p in paths if not p.startswith("/admin/") or p.startswith(("/admin/rapportages/", "/admin/snippets/"))
    )
    assert reverse("lk_reports:modules") in ours and len(ours) > 80
    failures = []
    for role, checked in (("learner", [p for p in ours if not p.startswith("/admin/")]), ("coordinator", ours)):
        for path in checked:
            for key in QUERY_IDS:
                status = clients[role].get(path, {key: number}).status_code
                if status >= 500:
                    failures.append(f"GET {path}?{key}={number} as {role}: {status}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
@pytest.mark.parametrize("number", BIG_NUMBERS, ids=["2^63", "10^30"])
def test_a_choice_by_id_too_big_for_the_database_is_an_invalid_choice(catalogue, clients, number):
    """A form field that takes an id (module, organisation, team) says "choose from the list"; no 500."""
    field = DatabaseIdChoiceField(queryset=CoursePage.objects.all())  # a page model, as the report filters
    with pytest.raises(ValidationError):
        field.clean(number)
    assert field.clean(str(catalogue.social.pk)) == catalogue.social
    response = clients["learner"].post(
        "/mijn/profiel/", {"full_name": "Łukasz Żółć", "organisation": number, "team": number}
    )
    assert response.status_code == 400 and "Kies een organisatie uit de lijst." in response.content.decode()
