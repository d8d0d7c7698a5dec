"""In English mode the interface is English and the coordinator's content stays Dutch: the Dutch parts inside an
English page carry `lang="nl"` and the English parts do not, so a screen reader pronounces each in its own
language (WCAG 3.1.2, language of parts). A tester found team names inside `lang="en"` and the English
"Online (the link is in the confirmation)" marked as Dutch."""

import re

from django.conf import settings
from django.urls import reverse

import pytest

from briefings.factories import BriefingSessionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def in_english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_a_briefings_place_and_teams_are_dutch_its_online_note_english(learner_client, audiences):
    BriefingSessionFactory(
        location="Stadhuis Lelystad", online_url="https://example.org/meet", audiences=[audiences.social]
    )
    html = in_english(learner_client).get(reverse("briefings:list")).content.decode()
    where = html.split("<dt>Where</dt>", 1)[1].split("</dd>", 1)[0]
    assert '<span lang="nl">Stadhuis Lelystad</span>' in where
    online = "Online (the link is in the confirmation)"
    assert online in where and 'lang="nl"' not in where.split("<br>")[1]
    assert re.search(r'<dd lang="nl">[^<]*' + re.escape(audiences.social.name), html)


def test_team_names_in_the_modules_page_and_its_heading_are_dutch(learner_client, catalogue, audiences):
    social = audiences.social
    html = in_english(learner_client).get(f"{catalogue.index.url}?team={social.slug}").content.decode()
    assert f'aria-current="true" lang="nl">{social.name}</a>' in html
    assert f'Modules for <span lang="nl">{social.name}</span>' in html


def test_the_learners_team_in_the_recommendation_is_dutch(learner_client, learner, catalogue):
    html = in_english(learner_client).get(reverse("courses:dashboard")).content.decode()
    assert f'These modules fit your work in the <span lang="nl">{learner.team.name}</span> team.' in html
