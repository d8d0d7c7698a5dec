"""The certificates report tells each reader what they can do: the coordinator revokes through the link beside a
certificate; a contact person, who sees her organisation's certificates but cannot revoke them, is told to ask
the coordinator instead of being pointed at a link she does not have."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from accounts.factories import OrganisationFactory, UserFactory
from certificates.factories import CertificateFactory
from reports.roles import ensure_roles

REVOKE_HINT = "Intrekken doe je via de link bij het certificaat."
ASK_HINT = "Vraag het de coördinator."


@pytest.fixture
def organisation(db):
    ensure_roles()
    organisation = OrganisationFactory(name="Gemeente Dronten")
    CertificateFactory(learner=UserFactory(full_name="Fatma Yildiz", organisation=organisation))
    return organisation


@pytest.mark.django_db
class TestCertificateReportWording:
    def test_a_contact_person_is_not_told_to_use_a_revoke_link_she_does_not_have(self, client, organisation):
        """The contact person sees her organisation's certificate, no revoke link, and whom to ask."""
        contact = UserFactory(full_name="Kees Contact", organisation=organisation, team=None)
        contact.groups.add(Group.objects.get(name="Contactpersonen organisatie"))
        client.force_login(contact)
        response = client.get(reverse("lk_reports:certificates"))
        html = response.content.decode()
        assert response.status_code == 200 and "Fatma Yildiz" in html
        assert "/intrekken/" not in html
        assert REVOKE_HINT not in html and ASK_HINT in html

    def test_the_coordinator_is_told_where_to_revoke(self, client, organisation):
        """The coordinator sees the revoke link and the sentence that points at it."""
        client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
        html = client.get(reverse("lk_reports:certificates")).content.decode()
        assert "/intrekken/" in html
        assert REVOKE_HINT in html and ASK_HINT not in html
