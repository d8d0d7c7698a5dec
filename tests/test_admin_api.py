"""The Wagtail admin's own API (/admin/api/main/...), which its page explorer and choosers read, is loaded on first
use rather than in every worker (training_site/admin_api.py). It must still answer as Wagtail's does: pages,
documents and images, for whoever may use the admin, and for nobody else."""

import json
import re
from pathlib import Path

from django.contrib.auth.models import Group
from django.urls import reverse

import wagtail

import pytest

from accounts.factories import UserFactory
from reports.roles import ensure_roles
from training_site.admin_api import NotLoaded

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def coordinator(db):
    ensure_roles()
    user = UserFactory(email="coordinator@example.org", organisation=None, team=None)
    user.groups.add(Group.objects.get(name="Coördinatoren"))
    return user


@pytest.mark.django_db
class TestAdminAPI:
    def test_the_explorer_lists_the_pages_under_the_home_page(self, client, coordinator, catalogue):
        """The page explorer's request: the home page's children, with their titles, as JSON."""
        client.force_login(coordinator)
        root = reverse("wagtailadmin_api:pages:listing")
        response = client.get(root, {"child_of": "root", "for_explorer": 1})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        top = json.loads(response.content)["items"]
        assert catalogue.home.id in [item["id"] for item in top]
        children = client.get(root, {"child_of": catalogue.home.id, "for_explorer": 1})
        titles = [item["title"] for item in json.loads(children.content)["items"]]
        assert catalogue.index.title in titles and catalogue.what_to_do.title in titles

    @pytest.mark.parametrize("endpoint", ["wagtailadmin_api:documents:listing", "wagtailadmin_api:images:listing"])
    def test_documents_and_images_are_served_by_wagtails_real_view_sets(self, client, coordinator, endpoint):
        """Registered by Wagtail's own `construct_admin_api` hooks, with the real classes, not placeholders."""
        client.force_login(coordinator)
        response = client.get(reverse(endpoint))
        assert response.status_code == 200
        assert json.loads(response.content)["meta"]["total_count"] == 0

    def test_no_placeholder_is_left_in_the_hooks_or_the_router(self, client, coordinator):
        import wagtail.documents.wagtail_hooks as documents_hooks
        import wagtail.images.wagtail_hooks as images_hooks
        from wagtail.admin.api.urls import admin_api

        client.force_login(coordinator)
        assert client.get(reverse("wagtailadmin_api:pages:listing")).status_code == 200
        assert not isinstance(documents_hooks.DocumentsAdminAPIViewSet, NotLoaded)
        assert not isinstance(images_hooks.ImagesAdminAPIViewSet, NotLoaded)
        assert sorted(admin_api._endpoints) == ["documents", "images", "pages"]
        assert all(isinstance(view_set, type) for view_set in admin_api._endpoints.values())

    def test_every_admin_page_still_names_the_api_for_its_scripts(self, client, coordinator):
        """The admin's JavaScript finds the API through URLs reversed into each page (wagtailadmin_tags)."""
        client.force_login(coordinator)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        for endpoint in ("pages", "documents", "images"):
            assert f"/admin/api/main/{endpoint}/" in html

    def test_the_api_is_never_cached_like_the_rest_of_the_admin(self, client):
        """Wagtail's admin sends `never_cache` headers on every view, for a visitor's redirect too."""
        pages = reverse("wagtailadmin_explore_root")
        for url in (reverse("wagtailadmin_api:pages:listing"), reverse("wagtailadmin_api:images:listing")):
            assert client.get(url)["Cache-Control"] == client.get(pages)["Cache-Control"]
            assert "no-store" in client.get(url)["Cache-Control"]

    @pytest.mark.parametrize("given", ["abc", "1.5", "-1", "١", "1 OR 1=1"])
    def test_find_with_an_id_that_is_no_whole_number_is_a_400_not_a_server_error(
        self, client, coordinator, catalogue, given
    ):
        client.force_login(coordinator)
        for endpoint in ("pages", "images", "documents"):
            response = client.get(reverse(f"wagtailadmin_api:{endpoint}:find"), {"id": given})
            assert response.status_code == 400
            assert json.loads(response.content) == {"message": "Dit id is geen geheel getal."}
        found = client.get(reverse("wagtailadmin_api:pages:find"), {"id": catalogue.index.id})
        assert found.status_code == 302 and f"/admin/api/main/pages/{catalogue.index.id}/" in found["Location"]

    def test_a_learner_and_a_visitor_get_no_admin_data(self, client, learner, catalogue):
        """The API's views are wrapped in Wagtail's admin access check, like every other admin view."""
        url = reverse("wagtailadmin_api:pages:listing")
        anonymous = client.get(url, {"child_of": "root"})
        assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
        client.force_login(learner)
        refused = client.get(url, {"child_of": "root"})
        assert refused.status_code in (302, 403)
        assert b'"items"' not in refused.content


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_a_contact_person_gets_no_list_of_images_or_documents(client, endpoint):
    """She may open the admin for her reports, but not its image and document screens; their API endpoints
    refuse her as well (403), while an editor with image and document permissions gets them."""
    from django.urls import reverse

    from accounts.factories import OrganisationFactory

    ensure_roles()
    contact = UserFactory(organisation=OrganisationFactory(), team=None)
    contact.groups.add(Group.objects.get(name="Contactpersonen organisatie"))
    editor = UserFactory(email="redacteur@example.org", organisation=None, team=None)
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    client.force_login(contact)
    listing, detail = reverse(f"wagtailadmin_api:{endpoint}:listing"), f"/admin/api/main/{endpoint}/1/"
    screen = {"images": "wagtailimages:index", "documents": "wagtaildocs:index"}[endpoint]
    assert client.get(reverse(screen)).status_code in (302, 403)  # the admin's own screen refuses her
    for url in (listing, detail):
        refused = client.get(url)
        assert refused.status_code == 403
        assert json.loads(refused.content) == {"message": "Geen toegang"}
    assert client.get(reverse("wagtailadmin_api:pages:listing")).status_code == 200
    client.force_login(editor)
    assert client.get(listing).status_code == 200


def test_the_api_gets_the_decorators_wagtail_gives_every_admin_view():
    """training_site/admin_api_urls.py repeats the decorators wagtail/admin/urls/__init__.py puts on every admin
    view; this fails when a Wagtail upgrade changes that list, so the copy is compared again."""
    source = (Path(wagtail.__file__).parent / "admin" / "urls" / "__init__.py").read_text()
    wagtails = re.findall(r"urlpatterns = decorate_urlpatterns\(urlpatterns, (\w+)\)", source)
    ours = re.findall(r"for decorator in \(([^)]*)\)", (ROOT / "training_site" / "admin_api_urls.py").read_text())
    assert wagtails == ["require_admin_access", "display_custom_404", "never_cache"]
    assert [name.strip() for name in ours[0].split(",")] == wagtails
