"""The four roles, created as Wagtail groups by the reports app's data migration."""

import importlib
import re
from html import unescape

from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupApprovalTask, Workflow

import pytest

from accounts.factories import UserFactory
from reports.roles import ensure_roles
from reports.views import REPORT_VIEWS

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


def codenames(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def page_codenames(group):
    return {p.permission.codename for p in group.page_permissions.select_related("permission") if p.page.depth == 1}


def collection_codenames(group):
    return {p.permission.codename for p in group.collection_permissions.select_related("permission")}


@pytest.fixture
def roles(db):
    """The groups as the migration leaves them (run again: browser tests flush the tables between tests)."""
    ensure_roles()
    return {group.name: group for group in Group.objects.all()}


@pytest.mark.django_db
class TestRoles:
    def test_coordinators_may_do_everything(self, roles):
        """Every permission of our apps, the reports, the admin, pages and media from the root."""
        group = roles["Coördinatoren"]
        perms = codenames(group)
        assert {
            "reports.view_all_reports",
            "wagtailadmin.access_admin",
            "certificates.change_certificate",
            "quizzes.publish_question",
            "team_sessions.add_teamsession",
            "accounts.change_organisation",
            "accounts.change_audience",
            "auth.change_group",
        } <= perms
        assert {"add_page", "change_page", "publish_page"} <= page_codenames(group)
        assert {"add_image", "choose_document"} <= collection_codenames(group)

    def test_editors_edit_content_only(self, roles):
        """Pages, question bank, images and documents; no reports, no certificates."""
        group = roles["Redacteuren"]
        perms = codenames(group)
        assert {"quizzes.add_question", "quizzes.change_question", "quizzes.publish_question"} <= perms
        assert "wagtailadmin.access_admin" in perms
        assert not any(p.startswith(("reports.", "certificates.", "accounts.")) for p in perms)
        assert {"add_page", "change_page"} <= page_codenames(group)
        assert not {"publish_page", "bypass_workflow_page"} & page_codenames(group)
        assert {"add_image", "change_image", "add_document", "change_document"} <= collection_codenames(group)

    def test_facilitators_run_team_sessions(self, roles):
        """Start and see team sessions; no admin."""
        assert codenames(roles["Begeleiders"]) == {"team_sessions.add_teamsession", "team_sessions.view_teamsession"}

    def test_organisation_contacts_read_their_reports(self, roles):
        """The admin and their organisation's reports, nothing else."""
        assert codenames(roles["Contactpersonen organisatie"]) == {
            "wagtailadmin.access_admin",
            "reports.view_organisation_reports",
        }

    def test_running_the_migration_again_changes_nothing(self, roles):
        """Idempotent: no duplicate groups or permissions."""
        before = {name: (len(codenames(g)), len(page_codenames(g))) for name, g in roles.items()}
        ensure_roles()
        after = {g.name: (len(codenames(g)), len(page_codenames(g))) for g in Group.objects.all()}
        assert before == after

    def test_a_coordinator_without_superuser_rights_opens_the_reports(self, client, roles):
        """The group alone gives the reports and the certificate revoke form."""
        user = UserFactory(organisation=None)
        user.groups.add(roles["Coördinatoren"])
        client.force_login(user)
        assert client.get(reverse("lk_reports:reach")).status_code == 200
        assert client.get(reverse("wagtailsnippets_certificates_certificate:list")).status_code == 200

    def test_an_editor_opens_the_admin_but_not_the_reports(self, client, roles):
        """Editors reach the admin home and the question bank, not the reports."""
        user = UserFactory()
        user.groups.add(roles["Redacteuren"])
        client.force_login(user)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
        assert client.get(reverse("wagtailsnippets_quizzes_question:list")).status_code == 200
        assert client.get(reverse("lk_reports:reach")).status_code == 403

    def test_an_editor_sends_a_page_for_approval_and_a_coordinator_publishes(self, client, roles, home_page):
        """The approval step "Goedkeuring door coördinator" holds editors back: the edit screen offers to send
        the page for approval, not to publish it; a coordinator may publish."""
        editor, coordinator = UserFactory(), UserFactory(organisation=None)
        editor.groups.add(roles["Redacteuren"])
        coordinator.groups.add(roles["Coördinatoren"])
        rights = home_page.permissions_for_user(editor)
        assert rights.can_edit() and rights.can_submit_for_moderation() and not rights.can_publish()
        assert home_page.permissions_for_user(coordinator).can_publish()
        client.force_login(editor)
        html = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk])).content.decode()
        assert 'name="action-submit"' in html and "Goedkeuring door coördinator" in html
        assert 'name="action-publish"' not in html

    @pytest.mark.parametrize("view", REPORT_VIEWS, ids=lambda view: view.url_name)
    def test_an_editor_opening_a_report_link_is_told_why_not(self, client, roles, view):
        """An editor following a link to a report (or its results or export) gets a 403 in the admin's layout with
        the reason and a way back, not Wagtail's redirect to the dashboard with a short red message."""
        user = UserFactory()
        user.groups.add(roles["Redacteuren"])
        client.force_login(user)
        for url in (
            reverse(f"lk_reports:{view.url_name}"),
            reverse(f"lk_reports:{view.url_name}_results"),
            reverse(f"lk_reports:{view.url_name}") + "?export=csv",
        ):
            response = client.get(url)
            assert response.status_code == 403, url
            html = unescape(response.content.decode())
            assert "De rapporten zijn alleen voor coördinatoren en contactpersonen van een organisatie." in html, url
            assert reverse("wagtailadmin_home") in html and "Naar het dashboard" in html, url


def form_as_sent(form):
    """{name: [values]} as a browser submits the form: ticked boxes only, each select's chosen option."""
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name, kind = field.get("name"), field.get("type")
        if not name or (kind in ("checkbox", "radio") and not field.has_attr("checked")):
            continue
        if field.name == "select":
            value = [option["value"] for option in field.find_all("option", selected=True)] or [""]
        elif field.name == "textarea":
            value = [field.text]
        else:
            value = [field.get("value", "on" if kind == "checkbox" else "")]
        data.setdefault(name, []).extend(value)
    return data


@pytest.mark.django_db
class TestEditingAUserInTheAdmin:
    def test_giving_a_learner_a_role_keeps_the_account_active(self, client, roles, learner):
        """The coordinator ticks a role on a learner's edit screen and saves it as the browser sends it: the
        learner gets the role and stays active, and the screen shows the "active" box to switch it off."""
        from bs4 import BeautifulSoup

        coordinator = UserFactory(email="coordinator@example.org")
        coordinator.groups.add(roles["Coördinatoren"])
        client.force_login(coordinator)
        url = f"/admin/users/edit/{learner.pk}/"
        page = BeautifulSoup(client.get(url).content, "html.parser")
        data = form_as_sent(page.find("form", attrs={"method": "POST"}))
        assert data.get("is_active") == ["on"], "the edit screen shows the account as active"
        data["groups"] = [*data.get("groups", []), str(roles["Begeleiders"].pk)]
        response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:2000]
        learner.refresh_from_db()
        assert learner.is_active
        assert learner.groups.filter(name="Begeleiders").exists()

    def test_the_name_help_speaks_about_the_account_not_to_the_coordinator(self, client, roles, learner):
        """On someone else's account "Zoals de naam op je certificaat…" addressed the coordinator."""
        coordinator = UserFactory(email="coordinator@example.org")
        coordinator.groups.add(roles["Coördinatoren"])
        client.force_login(coordinator)
        for url in (reverse("wagtailusers_users:add"), reverse("wagtailusers_users:edit", args=[learner.pk])):
            html = client.get(url).content.decode()
            assert "Zoals de naam op het certificaat moet staan." in html and "op je certificaat" not in html, url

    def test_a_contact_person_needs_an_organisation(self, client, roles):
        """The organisation contacts' role without an organisation was saved without a word, and its holder saw
        no reports at all: refused on the organisation field until one is chosen (or the role taken off)."""
        from bs4 import BeautifulSoup

        from accounts.factories import OrganisationFactory

        coordinator = UserFactory(email="coordinator@example.org")
        coordinator.groups.add(roles["Coördinatoren"])
        client.force_login(coordinator)
        person = UserFactory(organisation=None, team=None)
        url = f"/admin/users/edit/{person.pk}/"
        data = form_as_sent(
            BeautifulSoup(client.get(url).content, "html.parser").find("form", attrs={"method": "POST"})
        )
        data["groups"] = [str(roles["Contactpersonen organisatie"].pk)]
        data["organisation"] = ""
        response = client.post(url, data)
        assert response.status_code == 200
        assert "Een contactpersoon ziet de cijfers van één organisatie." in response.content.decode()
        assert not person.groups.exists()
        data["organisation"] = str(OrganisationFactory(name="Gemeente Urk").pk)
        assert client.post(url, data).status_code == 302
        assert person.groups.filter(name="Contactpersonen organisatie").exists()


@pytest.mark.django_db
def test_a_coordinator_can_give_a_new_group_the_team_session_and_report_permissions(client, roles):
    """Wagtail's group editor offers the team-session and report permissions, and saving a new group with them
    lets its members run team sessions."""
    from django.contrib.auth.models import Permission

    coordinator = UserFactory(email="coordinator@example.org")
    coordinator.groups.add(roles["Coördinatoren"])
    client.force_login(coordinator)
    wanted = Permission.objects.filter(
        codename__in=["add_teamsession", "view_teamsession", "view_organisation_reports", "view_all_reports"]
    )
    html = client.get(reverse("wagtailusers_groups:add")).content.decode()
    for permission in wanted:
        assert f'value="{permission.pk}"' in html, permission.codename
    from bs4 import BeautifulSoup

    data = form_as_sent(BeautifulSoup(html, "html.parser").find("form", attrs={"method": "POST"}))
    team_session = wanted.filter(codename__in=["add_teamsession", "view_teamsession"])
    data |= {"name": ["Begeleiders Almere"], "permissions": [str(p.pk) for p in team_session]}
    response = client.post(reverse("wagtailusers_groups:add"), data)
    assert response.status_code == 302
    member = UserFactory(email="begeleider@example.org")
    member.groups.add(Group.objects.get(name="Begeleiders Almere"))
    assert member.has_perm("team_sessions.add_teamsession")


def replace_wagtail_roles():
    from django.apps import apps

    importlib.import_module("reports.migrations.0006_wagtail_starting_roles").replace_wagtail_roles(apps, None)


@pytest.mark.django_db
class TestWagtailStartingRoles:
    """Wagtail's own "Editors", "Moderators" and "Moderators approval" (its migrations make them) are replaced by
    reports/migrations/0006_wagtail_starting_roles.py: the coordinator's list of groups holds the four roles, in
    Dutch, and a page sent for approval reaches the coordinators."""

    def test_the_admin_lists_only_the_four_roles_in_dutch(self, client):
        assert set(Group.objects.values_list("name", flat=True)) == {
            "Coördinatoren",
            "Redacteuren",
            "Begeleiders",
            "Contactpersonen organisatie",
        }
        client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
        html = client.get(reverse("wagtailusers_groups:index")).content.decode()
        assert "Coördinatoren" in html and "Moderators" not in html and "Editors" not in html

    def test_a_page_sent_for_approval_goes_to_the_coordinators(self, client):
        workflow = Workflow.objects.get(workflow_pages__page__depth=1)
        task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
        assert (workflow.name, task.name) == ("Goedkeuring door coördinator", "Goedkeuring door coördinator")
        assert list(task.groups.values_list("name", flat=True)) == ["Coördinatoren"]
        client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
        html = client.get(reverse("wagtailadmin_workflows:index")).content.decode()
        assert "Goedkeuring door coördinator" in html and "Moderators approval" not in html

    def test_the_workflow_editor_labels_its_page_fields_in_the_chosen_language(self, client):
        """Wagtail's page field in the workflow editor has no label; Django showed its name "Page" in Dutch too."""
        workflow = Workflow.objects.get(workflow_pages__page__depth=1)
        client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
        url = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
        labels = re.findall(r"<label[^>]*>\s*([^<*]+?)\s*<", client.get(url).content.decode())
        assert "Pagina" in labels and "Page" not in labels
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        labels = re.findall(r"<label[^>]*>\s*([^<*]+?)\s*<", client.get(url).content.decode())
        assert "Page" in labels and "Pagina" not in labels

    def test_admin_tabs_carry_the_sites_name(self, client):
        """Every admin tab ended in "- Wagtail"; now "- Leren Kijken"."""
        client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
        for name in ("wagtailadmin_home", "wagtailusers_groups:index", "wagtailadmin_workflows:index"):
            title = re.search(r"<title>(.*?)</title>", client.get(reverse(name)).content.decode(), re.S).group(1)
            assert title.strip().endswith("- Leren Kijken") and "Wagtail" not in title, name

    def test_a_group_someone_is_in_and_a_changed_task_are_left_alone(self):
        """Run on an older database where someone used Wagtail's groups: nothing of theirs is lost."""
        editors = Group.objects.create(name="Editors")
        UserFactory().groups.add(editors)
        empty = Group.objects.create(name="Moderators")
        custom = GroupApprovalTask.objects.create(name="Moderators approval")
        custom.groups.set([Group.objects.get(name="Redacteuren")])
        replace_wagtail_roles()
        assert Group.objects.filter(pk=editors.pk).exists()
        assert not Group.objects.filter(pk=empty.pk).exists()
        custom.refresh_from_db()
        assert custom.name == "Moderators approval"
        assert list(custom.groups.values_list("name", flat=True)) == ["Redacteuren"]


@pytest.mark.django_db
class TestDutchTreeRoots:
    """home/migrations/0008_dutch_tree_roots.py: the coordinator reads "Alle pagina's" where Wagtail wrote "Root"
    (the explorer's and the page chooser's breadcrumbs) and "Algemeen" for the root collection."""

    def test_the_explorer_and_the_upload_form_show_dutch_names(self, client):
        from wagtail.models import Collection, Page

        Collection.get_first_root_node().add_child(name="Lesmateriaal")
        client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
        explorer = client.get(reverse("wagtailadmin_explore_root")).content.decode()
        upload = client.get(reverse("wagtailimages:add")).content.decode()
        assert Page.get_first_root_node().title == "Alle pagina's"
        assert "Alle pagina&#x27;s" in explorer and ">Root<" not in explorer
        assert ">Algemeen</option>" in upload and ">Root</option>" not in upload

    def test_a_name_someone_chose_is_left_alone(self):
        from django.apps import apps

        from wagtail.models import Collection, Page

        Page.objects.filter(depth=1).update(title="Hoofdmap", draft_title="Hoofdmap")
        Collection.objects.filter(depth=1).update(name="Beeldbank")
        importlib.import_module("home.migrations.0008_dutch_tree_roots").dutch_names(apps, None)
        assert Page.get_first_root_node().title == "Hoofdmap"
        assert Collection.get_first_root_node().name == "Beeldbank"


@pytest.mark.django_db
def test_wagtails_words_left_in_english_read_dutch(client, home_page):
    """Wagtail's Dutch catalogue keeps "Bold", "Italic" (the rich-text toolbar's tooltips) and "Help" (the
    admin menu) in English; locale_overrides/nl gives them Dutch. In English they stay as they are."""
    client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
    url = reverse("wagtailadmin_pages:edit", args=[home_page.pk])
    page = unescape(client.get(url).content.decode())
    assert '"description": "Vet"' in page and '"description": "Cursief"' in page and '"label": "Hulp"' in page
    assert '"description": "Bold"' not in page and '"label": "Help"' not in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = unescape(client.get(url).content.decode())
    assert '"description": "Bold"' in page and '"label": "Help"' in page and '"description": "Vet"' not in page


@pytest.mark.django_db
def test_the_admins_404_speaks_dutch(client):
    """Wagtail's admin 404 said "Error 404" and "Ga naar de Wagtail admin" in the Dutch admin."""
    client.force_login(UserFactory(organisation=None, team=None, is_staff=True, is_superuser=True))
    response = client.get("/admin/bestaat-niet/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Fout 404" in html and "Naar het beheer" in html and "Wagtail admin" not in html and "Error" not in html
