"""A participant's phone, in Chromium: the group name is never cut off at 320 px."""

import os

import pytest
from playwright.sync_api import expect

from quizzes.factories import PathQuestionFactory, QuizPageFactory
from team_sessions import services as sessions

pytestmark = pytest.mark.e2e

LONG_GROUP = "Team mentoren en zorgcoördinatoren, Het Baken, locatie Almere-Haven"


def shot(page, name):
    if os.environ.get("LK_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["LK_SHOTS"], name), full_page=True)


@pytest.mark.parametrize(("width", "height"), [(320, 640), (390, 844)])
def test_the_whole_group_name_shows_on_a_narrow_phone(page, live_server, facilitator, catalogue, width, height):
    """At 320 and 390 px the group line shows the whole name: it wraps, nothing is clipped or scrolls sideways,
    on the join form and on the phone once joined."""
    quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
    session = sessions.start_session(facilitator, quiz, LONG_GROUP)
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server.url}/doe-mee/{session.code}/")
    for where in ("join", "lobby"):
        group = page.locator(".lk-phone-group")
        expect(group).to_have_text(f"Groep: {LONG_GROUP}")
        expect(group).to_be_visible()
        scroll, client = group.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert scroll <= client, where
        box = group.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, where
        assert group.evaluate("el => getComputedStyle(el).overflow") == "visible", where
        assert group.evaluate("el => getComputedStyle(el).webkitLineClamp") in ("none", ""), where
        # The text is as tall as its lines: nothing hidden below a clamp.
        assert group.evaluate("el => el.scrollHeight <= el.clientHeight + 1"), where
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width, where
        shot(page, f"phone-group-{where}-{width}.png")
        if where == "join":
            page.get_by_label("Je naam in deze sessie").fill("Sam")
            page.get_by_role("button", name="Doe mee").click()
            expect(page.get_by_role("heading", name="Welkom, Sam")).to_be_visible()
