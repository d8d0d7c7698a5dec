"""Organisations and teams with members and planned briefings with registrations are not deleted (home/deletion.py):
Wagtail's confirmation said "0 verwijzingen", then emptied the members' organisation or deleted the bookings
without telling anyone. The confirmation now says what would go and what to do instead; a posted deletion,
single or in bulk, gets 409 and changes nothing. Snippets without such records are deleted as before."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import AudienceFactory, OrganisationFactory, UserFactory
from accounts.models import Audience, Organisation
from briefings.factories import BriefingSessionFactory, RegistrationFactory
from briefings.models import BriefingSession, Registration

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

YES_DELETE = "Ja, verwijderen"


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
    return client


def delete_url(obj):
    return reverse(f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:delete", args=[obj.pk])


def bulk_delete(client, *objects):
    meta = objects[0]._meta
    url = reverse("wagtail_bulk_action", args=(meta.app_label, meta.model_name, "delete"))
    return client.post(url + "?" + "&".join(f"id={obj.pk}" for obj in objects), {})


@pytest.mark.django_db
class TestOrganisations:
    def test_an_organisation_with_members_says_so_and_offers_no_delete_button(self, coordinator_client):
        """Its two members are counted, with the way to move them; there is no button to delete."""
        organisation = OrganisationFactory(name="Gemeente Urk")
        UserFactory.create_batch(2, organisation=organisation)
        html = coordinator_client.get(delete_url(organisation)).content.decode()
        assert "Dit kun je niet verwijderen." in html and "2 gebruikers" in html
        users_url = reverse("wagtailusers_users:index") + f"?organisation={organisation.pk}"
        assert users_url in html

    def test_the_link_lists_just_the_members_to_move(self, coordinator_client):
        """ "Naar deze gebruikers" shows the organisation's members and not the others'."""
        organisation = OrganisationFactory(name="Gemeente Urk")
        UserFactory(organisation=organisation, full_name="Fatma Yildiz")
        UserFactory(organisation=OrganisationFactory(), full_name="Pieter Jansen")
        url = reverse("wagtailusers_users:index") + f"?organisation={organisation.pk}"
        html = coordinator_client.get(url).content.decode()
        assert "Fatma Yildiz" in html and "Pieter Jansen" not in html
        assert YES_DELETE not in html

    def test_a_posted_deletion_keeps_the_organisation_and_its_members(self, coordinator_client):
        """409, and every member still belongs to it."""
        organisation = OrganisationFactory()
        member = UserFactory(organisation=organisation)
        assert coordinator_client.post(delete_url(organisation)).status_code == 409
        member.refresh_from_db()
        assert member.organisation == organisation

    def test_bulk_deletion_keeps_an_organisation_with_members(self, coordinator_client):
        """Selecting an empty and a used organisation deletes neither."""
        used, empty = OrganisationFactory(name="Gemeente Almere"), OrganisationFactory(name="Leeg")
        UserFactory(organisation=used)
        response = bulk_delete(coordinator_client, used, empty)
        assert response.status_code == 409 and "Gemeente Almere: 1 gebruiker" in response.content.decode()
        assert Organisation.objects.filter(pk__in=[used.pk, empty.pk]).count() == 2

    def test_the_bulk_confirmation_already_refuses_an_organisation_with_members(self, coordinator_client):
        """The first screen of a bulk delete says what is kept and why, with no delete button; Wagtail showed
        "0 verwijzingen" and a button, and only refused the click. Empty ones get Wagtail's confirmation."""
        used, empty = OrganisationFactory(name="Gemeente Almere"), OrganisationFactory(name="Leeg")
        UserFactory(organisation=used)
        url = reverse("wagtail_bulk_action", args=("accounts", "organisation", "delete"))
        response = coordinator_client.get(f"{url}?id={used.pk}&id={empty.pk}")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Verwijderen kan niet" in html and "Gemeente Almere: 1 gebruiker" in html
        assert "0 verwijzingen" not in html and 'type="submit"' not in html.split('id="main"')[-1]
        confirmation = coordinator_client.get(f"{url}?id={empty.pk}").content.decode()
        assert "Verwijderen kan niet" not in confirmation and 'type="submit"' in confirmation

    def test_an_organisation_nobody_belongs_to_is_deleted(self, coordinator_client):
        """Wagtail's own confirmation, and the deletion goes through."""
        organisation = OrganisationFactory()
        assert YES_DELETE in coordinator_client.get(delete_url(organisation)).content.decode()
        assert coordinator_client.post(delete_url(organisation)).status_code == 302
        assert not Organisation.objects.filter(pk=organisation.pk).exists()


@pytest.mark.django_db
class TestBriefingSessions:
    def test_a_planned_session_with_registrations_offers_to_call_it_off(self, coordinator_client):
        """The registrations and waiting list are counted, with the link to call the session off."""
        session = BriefingSessionFactory()
        RegistrationFactory(session=session)
        RegistrationFactory(session=session, status=Registration.Status.WAITING)
        RegistrationFactory(session=session, status=Registration.Status.CANCELLED)
        html = coordinator_client.get(delete_url(session)).content.decode()
        assert "2 aanmeldingen en plaatsen op de wachtlijst" in html
        assert reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk]) in html
        assert YES_DELETE not in html

    def test_a_posted_deletion_keeps_the_session_and_its_registrations(self, coordinator_client):
        """409; nothing is deleted, single or in bulk."""
        session = BriefingSessionFactory()
        RegistrationFactory(session=session)
        assert coordinator_client.post(delete_url(session)).status_code == 409
        assert bulk_delete(coordinator_client, session).status_code == 409
        assert BriefingSession.objects.filter(pk=session.pk).exists()
        assert Registration.objects.filter(session=session).count() == 1

    def test_a_called_off_session_is_kept_so_the_link_in_the_mail_still_answers(self, coordinator_client):
        """Called off: kept, saying why, with no second "Afgelasten"; the registration's own page still answers."""
        called_off = BriefingSessionFactory(status=BriefingSession.Status.CANCELLED)
        registration = RegistrationFactory(session=called_off, status=Registration.Status.CANCELLED)
        html = coordinator_client.get(delete_url(called_off)).content.decode()
        assert "1 afgemelde of afgelaste aanmelding" in html and "blijft bewaard" in html
        assert coordinator_client.post(delete_url(called_off)).status_code == 409
        assert Registration.objects.filter(pk=registration.pk).exists()

    def test_a_session_nobody_registered_for_is_deleted(self, coordinator_client):
        """No registrations: nobody to tell, nothing to keep."""
        empty = BriefingSessionFactory()
        assert coordinator_client.post(delete_url(empty)).status_code == 302
        assert not BriefingSession.objects.filter(pk=empty.pk).exists()


@pytest.mark.django_db
class TestTeams:
    def test_a_team_people_chose_is_kept_single_and_in_bulk(self, coordinator_client):
        """Its member is counted; a posted or bulk deletion gets 409 and the member keeps the team."""
        team = AudienceFactory(name="Handhaving", slug="handhaving")
        member = UserFactory(team=team)
        assert "1 gebruiker" in coordinator_client.get(delete_url(team)).content.decode()
        assert coordinator_client.post(delete_url(team)).status_code == 409
        assert bulk_delete(coordinator_client, team).status_code == 409
        member.refresh_from_db()
        assert member.team == team

    def test_a_team_that_modules_are_for_is_kept(self, coordinator_client, catalogue):
        """Nobody chose it yet, but a module is for it: deleting would quietly take the team off the module."""
        team = catalogue.social.audiences.first()
        html = coordinator_client.get(delete_url(team)).content.decode()
        assert "1 module voor dit team" in html
        assert coordinator_client.post(delete_url(team)).status_code == 409
        assert catalogue.social.audiences.filter(pk=team.pk).exists()

    def test_a_team_nobody_chose_is_deleted(self, coordinator_client):
        """No members, no sessions: deleted as before."""
        team = AudienceFactory(name="Nieuw team", slug="nieuw-team")
        assert coordinator_client.post(delete_url(team)).status_code == 302
        assert not Audience.objects.filter(pk=team.pk).exists()


@pytest.mark.django_db
def test_a_briefing_that_took_place_is_kept_without_an_offer_to_call_it_off(coordinator_client):
    """Yesterday's briefing with its attendance: kept, and no "Afgelasten" for something that happened."""
    session = BriefingSessionFactory(
        start=timezone.now() - timedelta(days=1, hours=2), end=timezone.now() - timedelta(days=1)
    )
    RegistrationFactory(session=session, attended=True)
    html = coordinator_client.get(delete_url(session)).content.decode()
    assert "1 aanmelding of plaats op de wachtlijst" in html and "telt mee in het bereik" in html
    assert reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk]) not in html
    assert coordinator_client.post(delete_url(session)).status_code == 409
