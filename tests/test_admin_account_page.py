"""The admin's own account page speaks plain, correct Dutch, and says "saved" in the language just chosen."""

import pytest

from . import test_admin_coordinator
from .test_admin_coordinator import admin_client, coordinator  # noqa: F401 (fixtures)


def shown_options(html, name):
    from bs4 import BeautifulSoup

    select = BeautifulSoup(html, "html.parser").find("select", attrs={"name": name})
    return [option.get_text(strip=True) for option in select.find_all("option")]


@pytest.mark.django_db
class TestAccountPageWords:
    def test_choices_and_labels_are_dutch_and_spelled_right(self, admin_client):  # noqa: F811
        """No English "Default", no "profiel foto", "server taal" or "Systeem standaard"."""
        html = admin_client.get("/admin/account/").content.decode()
        assert shown_options(html, "theme-density") == ["Standaard", "Compact"]
        assert "Upload een profielfoto" in html and "profiel foto" not in html
        assert shown_options(html, "locale-preferred_language")[0] == "Standaard: Nederlands"
        assert shown_options(html, "locale-current_time_zone")[0] == "Standaard"
        assert shown_options(html, "theme-theme")[0] == "Zoals op je apparaat"
        assert "Systeem standaard" not in html and "Admin thema" not in html
        assert "geabboneerd" not in html and "omtrend" not in html


@pytest.mark.django_db
class TestSavedMessageLanguage:
    account_form = test_admin_coordinator.TestOwnAccountPage.account_form

    def test_switching_to_english_says_saved_in_english(self, admin_client):  # noqa: F811
        """Right after choosing English, the "saved" message is English, like the page around it."""
        data = self.account_form(admin_client, **{"locale-preferred_language": "en"})
        page = admin_client.post("/admin/account/", data, follow=True).content.decode()
        assert "Your account settings have been changed successfully!" in page
        assert "Je accountinstellingen" not in page

    def test_switching_back_to_dutch_says_saved_in_dutch(self, admin_client, coordinator):  # noqa: F811
        """And back: after choosing Dutch in the English admin, the message is Dutch."""
        from wagtail.users.models import UserProfile

        UserProfile.objects.update_or_create(user=coordinator, defaults={"preferred_language": "en"})
        data = self.account_form(admin_client, **{"locale-preferred_language": "nl"})
        page = admin_client.post("/admin/account/", data, follow=True).content.decode()
        assert "Je accountinstellingen zijn succesvol opgeslagen!" in page
        assert "successfully" not in page

    def test_default_language_in_the_english_admin_says_saved_in_dutch(self, admin_client, coordinator):  # noqa: F811
        """From English back to "Standaard: Nederlands": the next page is Dutch, and so is the message."""
        from wagtail.users.models import UserProfile

        UserProfile.objects.update_or_create(user=coordinator, defaults={"preferred_language": "en"})
        data = self.account_form(admin_client, **{"locale-preferred_language": ""})
        page = admin_client.post("/admin/account/", data, follow=True).content.decode()
        assert "Je accountinstellingen zijn succesvol opgeslagen!" in page
        assert "successfully" not in page
