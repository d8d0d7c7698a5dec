"""The coordinator's phone number (site settings) and the contacts of a referral route take only a phone
number, with a Dutch message; the `tel:` link dials the digits, and an old stored text is no broken link."""

from django.urls import reverse

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Site

import pytest

from accounts.factories import UserFactory
from home.blocks import ContactBlock
from home.models import SiteSettings
from home.phone import tel_href

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]

MESSAGE = "Vul een telefoonnummer in met cijfers"


def save_settings(client, phone):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, organisation=None))
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    data = {
        "coordinator_name": settings.coordinator_name,
        "coordinator_role": settings.coordinator_role,
        "coordinator_email": settings.coordinator_email,
        "coordinator_phone": phone,
        "care_notice": settings.care_notice,
        "footer_note": settings.footer_note,
    }
    return client.post(reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk]), data)


@pytest.mark.parametrize("phone", ["bel me maar", "abc <script>", "06-12x45678", "--", "+31 6 + 1234"])
def test_the_settings_refuse_what_is_no_phone_number(client, home_page, phone):
    """The coordinator sees the message and the old number stays."""
    response = save_settings(client, phone)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert "Dit lijkt geen nummer" not in response.content.decode()  # one message, not two
    assert SiteSettings.objects.get().coordinator_phone == "088-0000000"


@pytest.mark.parametrize(
    ("phone", "count"),
    [("06-1234", 6), ("0320 12345", 9), ("06 1234 56789", 11), ("14 03", 4), ("+31 6 1234 567", 10), ("+31 112", 5)],
)
def test_the_settings_refuse_a_number_with_digits_missing_or_too_many(client, home_page, phone, count):
    """ "06-1234" was taken and shown as the coordinator's number in every referral route. The message counts
    the digits and gives examples of numbers that exist (the Dutch numbering plan, home/phone.py)."""
    response = save_settings(client, phone)
    assert response.status_code == 200
    assert f"Dit nummer heeft {count} cijfers. Een Nederlands nummer heeft er 10" in response.content.decode()
    assert SiteSettings.objects.get().coordinator_phone == "088-0000000"


@pytest.mark.parametrize("phone", ["112", "1-1-2", "0900-8844", "06-00000000", "+31 6 0000 0000", "123", "113"])
def test_the_settings_refuse_a_number_that_reaches_no_coordinator(client, home_page, phone):
    """An emergency number or a placeholder would be shown in every referral route as the coordinator's: refused
    with a message, and the old number stays."""
    response = save_settings(client, phone)
    assert response.status_code == 200
    assert "Dit lijkt geen nummer waarop de coördinator zelf te bereiken is" in response.content.decode()
    assert SiteSettings.objects.get().coordinator_phone == "088-0000000"


def test_a_name_and_a_way_to_reach_her_go_together(client, home_page):
    """An e-mail address without a name was saved, yet the site showed nothing and the warning stayed without
    saying why; a name without phone or e-mail likewise."""
    site = home_page.get_site()
    settings = SiteSettings.for_site(site)
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    base = {"coordinator_role": settings.coordinator_role, "care_notice": "", "footer_note": ""}
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(url, {**base, "coordinator_name": "", "coordinator_email": "zc@example.org"})
    assert response.status_code == 200 and "Vul ook de naam van de coördinator in." in response.content.decode()
    response = client.post(url, {**base, "coordinator_name": "Sanne", "coordinator_email": "", "coordinator_phone": ""})
    assert response.status_code == 200 and "Vul een e-mailadres of telefoonnummer in." in response.content.decode()
    assert SiteSettings.objects.get().coordinator_name == "Sanne de Vries"
    response = client.post(url, {**base, "coordinator_name": "", "coordinator_email": "", "coordinator_phone": ""})
    assert response.status_code == 302  # clearing everything is allowed: the site then says the contact follows


@pytest.mark.parametrize(
    "phone",
    ["0320 - 123 456", "+31 (0)6 1234 5678", "088-2220500", "14 0320", "14 036", "0031 6 1234 5678", "+32 2 123 45 67"],
)
def test_the_settings_take_a_phone_number_as_people_write_it(client, home_page, phone):
    """Spaces, hyphens, a leading + and parentheses are fine."""
    response = save_settings(client, phone)
    assert response.status_code == 302
    assert SiteSettings.objects.get().coordinator_phone == phone


def test_the_link_dials_the_digits(client, home_page):
    """The footer links "+31 (0)6 1234 5678" as tel:+31612345678 and shows it as written."""
    SiteSettings.objects.update(coordinator_phone="+31 (0)6 1234 5678")
    html = client.get("/").content.decode()
    assert 'href="tel:+31612345678">+31 (0)6 1234 5678</a>' in html


def test_an_old_text_without_digits_is_shown_but_not_linked(client, home_page):
    """Text saved before the check stays readable and makes no tel: link that dials nothing or breaks out."""
    SiteSettings.objects.update(coordinator_phone="bel <b>me</b> maar")
    html = client.get("/").content.decode()
    assert "bel &lt;b&gt;me&lt;/b&gt; maar" in html
    assert "tel:" not in html


def test_tel_href():
    """Digits and a leading + only."""
    assert tel_href("0320 - 123 456") == "tel:0320123456"
    assert tel_href("+31 (0)20 123 4567") == "tel:+31201234567"
    assert tel_href("abc <script>") == ""
    assert tel_href("") == ""


def test_a_contact_in_a_referral_route_takes_a_phone_number_only():
    """The same message for a contact's phone in the route block."""
    block = ContactBlock()
    value = block.to_python({"name": "Politie", "purpose": "Bij acuut gevaar", "phone": "bel me maar", "url": ""})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert MESSAGE in str(refused.value.block_errors["phone"])
    assert block.clean(block.to_python({"name": "Politie", "purpose": "Acuut", "phone": "112", "url": ""}))
    for service in ("0800-2000", "0900-8844", "116 000", "088-2220500"):
        assert block.clean(block.to_python({"name": "Hulp", "purpose": "Advies", "phone": service, "url": ""}))
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"name": "Hulp", "purpose": "Advies", "phone": "0800-20000", "url": ""}))
    assert "Dit nummer heeft 9 cijfers" in str(refused.value.block_errors["phone"])
