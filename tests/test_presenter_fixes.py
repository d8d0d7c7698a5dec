# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""The facilitator's screens after the tester's walk: removing someone asks first, the timer keeps the
duration chosen, partial credit has its own mark, and one-screen mode names the team's choice."""

import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.models import Audience
from team_sessions.models import Participant, TeamSession
from team_sessions.services import end_session, join, start_session
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    control,
    facilitator,
    facilitator_client,
    phone,
    quiz,
    session,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def present(client, session):
    return client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()


class TestRemovingSomeoneAsksFirst:
    def test_the_button_only_asks_and_a_one_step_post_removes_nobody(self, facilitator_client, session):
        """'Haal X weg' opens a question (a GET); a POST without the confirmation shows it and removes nobody."""
        phone(session, "Rude name")
        rude = Participant.objects.get(display_name="Rude name")
        url = reverse("team_sessions:participants", args=[session.uuid])
        listing = facilitator_client.get(url).content.decode()
        assert 'method="get"' in listing and f'name="weghalen" value="{rude.pk}"' in listing
        asked = facilitator_client.get(url, {"weghalen": rude.pk})
        assert asked.status_code == 200 and "Rude name weghalen?" in asked.content.decode()
        assert 'name="confirm" value="1"' in asked.content.decode()
        one_step = facilitator_client.post(url, {"participant": rude.pk})
        assert one_step.status_code == 200 and "Ja, haal Rude name weg" in one_step.content.decode()
        assert Participant.objects.filter(pk=rude.pk).exists()

    def test_the_confirmation_removes(self, facilitator_client, session):
        """'Ja, haal X weg' removes the participant and says so."""
        phone(session, "Rude name")
        rude = Participant.objects.get(display_name="Rude name")
        url = reverse("team_sessions:participants", args=[session.uuid])
        response = facilitator_client.post(url, {"participant": rude.pk, "confirm": "1"}, follow=True)
        assert "Rude name doet niet meer mee." in response.content.decode()
        assert not Participant.objects.filter(pk=rude.pk).exists()

    def test_an_unknown_or_tampered_id_is_a_clear_404(self, facilitator_client, session, quiz):
        """Asking about or confirming a participant of another session, or a made-up id, answers 404 with a
        message, and changes nothing."""
        other = start_session(session.facilitator, quiz, "Ander team")
        stranger, _seat = join(other, "Vreemde")
        url = reverse("team_sessions:participants", args=[session.uuid])
        for value in (stranger.pk, "abc", "", "99999999999999999999999"):
            asked = facilitator_client.get(url, {"weghalen": value})
            assert asked.status_code == 404 and "doet niet (meer) mee" in asked.content.decode()
            confirmed = facilitator_client.post(url, {"participant": value, "confirm": "1"})
            assert confirmed.status_code == 404 and "doet niet (meer) mee" in confirmed.content.decode()
        assert Participant.objects.filter(pk=stranger.pk).exists()


class TestTimer:
    def test_the_duration_chosen_stays_selected(self, facilitator_client, session):
        """After starting 30 seconds the choice shows 30 seconds, not the default 60."""
        control(facilitator_client, session, "start")
        assert '<option value="60" selected>' in present(facilitator_client, session)
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        page = present(facilitator_client, session)
        assert '<option value="30" selected>' in page and '<option value="60" selected>' not in page
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 99999})  # refused
        assert '<option value="30" selected>' in present(facilitator_client, session)

    def test_the_duration_is_kept_on_the_session_for_every_browser(self, facilitator_client, facilitator, session):
        """90 seconds started on the laptop: the projector, another browser (another log-in of the same
        facilitator, so another Django session), offers 90 seconds too, and so does a reload after the
        first browser logged out."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 90})
        projector = Client()
        projector.force_login(facilitator)
        page = present(projector, session)
        assert '<option value="90" selected>' in page and '<option value="60" selected>' not in page
        facilitator_client.logout()
        facilitator_client.force_login(facilitator)
        assert '<option value="90" selected>' in present(facilitator_client, session)
        session.refresh_from_db()
        assert session.timer_seconds == 90

    def test_a_session_without_a_chosen_duration_offers_60_seconds(self, facilitator_client, session):
        """A session from before the duration was kept (the default) offers 60 seconds."""
        assert session.timer_seconds == 60
        control(facilitator_client, session, "start")
        assert '<option value="60" selected>' in present(facilitator_client, session)

    def test_only_the_offered_durations_can_be_kept(self, session):
        """The database refuses a duration that is not offered; the model's validation names it too."""
        session.timer_seconds = 45
        with pytest.raises(ValidationError) as refused:
            session.full_clean()
        assert "timer_seconds" in refused.value.message_dict
        with pytest.raises(IntegrityError), transaction.atomic():
            TeamSession.objects.filter(pk=session.pk).update(timer_seconds=45)

    def test_the_status_poll_swaps_the_bar_buttons_when_the_timer_started_elsewhere(self, facilitator_client, session):
        """A projector whose bar still offers "Start de tijd" gets "Tijd stoppen" from its next poll once the
        laptop started the timer, and "Start de tijd" back once it was stopped; no swap while the bar is right."""
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        status = reverse("team_sessions:present_status", args=[session.uuid])
        query = {"stage": f"question-{session.position}", "seen": "0-0"}
        assert facilitator_client.get(status, {**query, "timer": "off-60"}).status_code == 204
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 60})  # the laptop's tab
        polled = facilitator_client.get(status, {**query, "timer": "off-60"}).content.decode()
        swapped = polled.split('id="timer-buttons"')[1]
        assert 'hx-swap-oob="true"' in swapped and "Tijd stoppen" in swapped and "Start de tijd" not in swapped
        assert "&amp;timer=on-60" in polled  # the next poll knows the bar now shows the running timer
        running = facilitator_client.get(status, {**query, "timer": "on-60"}).content.decode()
        assert re.search(r"Nog \d+ seconden", running)
        assert 'id="timer-buttons"' not in running
        facilitator_client.post(url, {"action": "stop_timer", "position": 1})
        stopped = facilitator_client.get(status, {**query, "timer": "on-60"}).content.decode()
        assert 'hx-swap-oob="true"' in stopped and "Start de tijd" in stopped and "Tijd stoppen" not in stopped

    def test_the_status_poll_brings_the_duration_started_elsewhere(self, facilitator_client, session):
        """The laptop restarts the running timer with 120 seconds: the projector's bar, still on 60, is
        swapped with 120 selected."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 60})
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 120})
        status = reverse("team_sessions:present_status", args=[session.uuid])
        polled = facilitator_client.get(status, {"stage": "question-1", "seen": "0-0", "timer": "on-60"})
        swapped = polled.content.decode().split('id="timer-buttons"')[1]
        assert 'hx-swap-oob="true"' in swapped and '<option value="120" selected>' in swapped


def time_up(session):
    TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))


class TestTimeUp:
    def test_the_bar_offers_no_stop_once_the_time_is_up(self, facilitator_client, session):
        """On load after the time ran out: "Opnieuw starten" with the duration, and no "Tijd stoppen"."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        assert "Tijd stoppen" in present(facilitator_client, session)  # while it runs
        time_up(session)
        page = present(facilitator_client, session)
        assert "De tijd is om" in page
        bar = page.split('id="timer-buttons"')[1].split("</span>")[0]
        assert 'value="timer">Opnieuw starten' in bar and '<option value="30" selected>' in bar
        assert "Tijd stoppen" not in bar and "Start de tijd" not in bar

    def test_the_poll_that_notices_the_time_is_up_takes_the_stop_button_away(self, facilitator_client, session):
        """The bar showed the running timer ("on"): the poll after the time ran out swaps in the bar without
        "Tijd stoppen", and tells the next poll it shows "up"; that poll swaps nothing."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 60})
        time_up(session)
        status = reverse("team_sessions:present_status", args=[session.uuid])
        query = {"stage": "question-1", "seen": "0-0"}
        polled = facilitator_client.get(status, {**query, "timer": "on-60"}).content.decode()
        assert "De tijd is om" in polled
        swapped = polled.split('id="timer-buttons"')[1]
        assert 'hx-swap-oob="true"' in swapped and "Opnieuw starten" in swapped and "Tijd stoppen" not in swapped
        assert "&amp;timer=up-60" in polled
        assert facilitator_client.get(status, {**query, "seen": "0-0-0", "timer": "up-60"}).status_code == 204

    def test_starting_again_after_the_time_is_up_runs_the_duration_chosen(self, facilitator_client, session):
        """'Opnieuw starten' once the time is up starts the duration picked then, and keeps it."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        time_up(session)
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 120})
        session.refresh_from_db()
        assert 119 <= session.timer_remaining() <= 120 and session.timer_seconds == 120
        assert "Tijd stoppen" in present(facilitator_client, session)


@pytest.fixture
def path_quiz(catalogue):
    from quizzes.factories import PathQuestionFactory, QuizPageFactory

    return QuizPageFactory(parent=catalogue.social, questions=[PathQuestionFactory(title="Het pad")], pass_mark=50)


def walk_path(client, session, labels):
    """The team's answer on the big screen, step by step: `labels` like ["1A", "2B"]."""
    question = session.question_at(1)
    for label in labels:
        step = question.steps[int(label[0]) - 1]
        choice = step["choices"]["ABC".index(label[1])]
        client.post(
            reverse("team_sessions:team_answer", args=[session.uuid]),
            {"position": 1, "step": step["key"], "choice": choice["key"]},
        )


class TestReveal:
    def test_partial_credit_has_its_own_mark_in_words(self, facilitator_client, facilitator, path_quiz):
        """A path end worth 50 points is 'deels goed: 50 punten' in its own style, not the wrong answers' red."""
        session = start_session(facilitator, path_quiz, "Team")
        control(facilitator_client, session, "start")
        control(facilitator_client, session, "reveal")
        page = present(facilitator_client, session)
        rows = page.split('<li class="lk-distribution__row')[1:]
        partial = next(row for row in rows if "Met de collega als tolk" in row)
        assert partial.startswith(" lk-distribution__row--partial") and "deels goed: 50 punten" in partial
        assert "lk-badge--wrong" not in partial and "lk-distribution__row--correct" not in partial
        wrong = next(row for row in rows if "De baas aanspreken" in row)
        assert "--partial" not in wrong.split(">")[0] and "niet goed" in wrong

    def test_one_screen_reveal_names_the_teams_route_not_percentages(self, facilitator_client, facilitator, path_quiz):
        """One-screen mode: the reveal of a decision path says the route the team took, and no 'keer gekozen'."""
        session = start_session(facilitator, path_quiz, "Team", mode="one_screen")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        walk_path(facilitator_client, session, ["1A", "2B"])
        page = present(facilitator_client, session)
        assert "De route van het team: <strong>1A → 2B</strong>" in page
        assert "keer gekozen" not in page and "gekozen door het team" in page

    def test_one_screen_reveal_names_the_teams_letter(self, facilitator_client, facilitator, quiz):
        """One-screen mode, a plain question: 'Het team koos B.' instead of '1 keer gekozen (100%)'."""
        session = start_session(facilitator, quiz, "Team", mode="one_screen")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        chosen = session.question_at(1).choices[1]["key"]
        facilitator_client.post(
            reverse("team_sessions:team_answer", args=[session.uuid]), {"position": 1, "choice": chosen}
        )
        page = present(facilitator_client, session)
        assert "Het team koos B." in page
        assert "keer gekozen" not in page and page.count("gekozen door het team") == 1


class TestOneScreenEndPage:
    def test_the_attendance_list_warns_to_switch_the_big_screen_off_first(self, facilitator_client, facilitator, quiz):
        """One-screen mode: before the names and e-mail fields the end page says to switch the big screen off
        (or stop sharing), and it is laid out as a page at a desk, not as a slide."""
        session = start_session(facilitator, quiz, "Team", mode="one_screen")
        control(facilitator_client, session, "start")
        page = facilitator_client.get(reverse("team_sessions:end", args=[session.uuid])).content.decode()
        assert 'class="lk-stage lk-stage-page lk-desk"' in page
        note = page.index("Eerst het grote scherm uit")
        assert "Zet daarom eerst de beamer of het grote scherm uit" in page
        assert note < page.index('type="email"') and note < page.index('type="text" name="present-0-full_name"')

    def test_two_colleagues_with_the_same_name_and_their_own_addresses_are_both_listed(
        self, facilitator_client, facilitator, quiz
    ):
        """Two real colleagues called Jan de Vries, each with an address, both get on the list and each gets a
        certificate under their own name; the same name once with and once without an address is refused."""
        session = start_session(facilitator, quiz, "Team", mode="one_screen")
        control(facilitator_client, session, "start")
        data = {
            "present-TOTAL_FORMS": "2",
            "present-INITIAL_FORMS": "0",
            "present-0-full_name": "Jan de Vries",
            "present-0-email": "jan@example.org",
            "present-1-full_name": "jan de vries",
            "present-1-email": "",
        }
        url = reverse("team_sessions:end", args=[session.uuid])
        response = facilitator_client.post(url, data)
        assert response.status_code == 400 and "Deze naam staat al op regel 1." in response.content.decode()
        data["present-1-email"] = "jan.devries@example.org"
        assert facilitator_client.post(url, data).status_code == 302
        assert sorted(Participant.objects.filter(session=session).values_list("email", flat=True)) == [
            "jan.devries@example.org",
            "jan@example.org",
        ]

    def test_with_phones_the_end_page_has_no_such_warning(self, facilitator_client, session):
        """With phones nobody types names at the end: no warning, the page stays a slide."""
        control(facilitator_client, session, "start")
        page = facilitator_client.get(reverse("team_sessions:end", args=[session.uuid])).content.decode()
        assert "Eerst het grote scherm uit" not in page and "lk-desk" not in page

    def test_the_attendance_list_refuses_a_name_twice_as_the_phones_do(self, facilitator_client, facilitator, quiz):
        """'Anna de Vries' and ' anna  DE vries' (with a zero-width space) are one name on the phones; on the
        one-screen list the second line is refused (400) with the phones' message at its field, and the session
        does not end."""
        session = start_session(facilitator, quiz, "Team", mode="one_screen")
        control(facilitator_client, session, "start")
        data = {
            "present-TOTAL_FORMS": "3",
            "present-INITIAL_FORMS": "0",
            "present-0-full_name": "Anna de Vries",
            "present-0-email": "anna@example.org",
            "present-1-full_name": "Erik Vos",
            "present-1-email": "",
            "present-2-full_name": " anna  DE v\u200bries",
            "present-2-email": "",
        }
        response = facilitator_client.post(reverse("team_sessions:end", args=[session.uuid]), data)
        page = response.content.decode()
        assert response.status_code == 400
        message = "Deze naam staat al op regel 1. Staat dezelfde persoon er twee keer in? Haal dan één regel weg."
        assert f'href="#id_present-2-full_name">Regel 3, Naam: {message}' in page
        row = page.split('id="id_present-2-full_name"')[1].split(">")[0]
        assert "anna  DE v" in row and 'aria-invalid="true"' in row  # as typed, marked at its own field
        # The reason is beside the field too, and read out with it.
        assert 'aria-describedby="id_present-2-full_name-error"' in row
        assert f'<p class="utrecht-form-field-error-message" id="id_present-2-full_name-error">{message}' in page
        assert 'aria-invalid="true"' not in page.split('id="id_present-1-full_name"')[1].split(">")[0]
        session.refresh_from_db()
        assert not session.has_ended and not Participant.objects.filter(session=session).exists()
        data["present-2-full_name"] = "Anna de Vries-Bakker"
        assert facilitator_client.post(reverse("team_sessions:end", args=[session.uuid]), data).status_code == 302
        assert Participant.objects.filter(session=session).count() == 3


class TestPartWayAlongAPath:
    def phones_walk(self, session, routes):
        """Each route (["1A", "2B"], or ["1A"] for a phone that stopped after step 1) walked on its own phone."""
        from team_sessions.services import answer

        question = session.question_at(1)
        for number, route in enumerate(routes):
            participant, _seat = join(session, f"Telefoon {number}")
            for label in route:
                step = question.steps[int(label[0]) - 1]
                choice = step["choices"]["ABC".index(label[1])]
                answer(session, participant, 1, {"step": step["key"], "choice": choice["key"]})

    def test_the_reveal_counts_phones_that_stopped_part_way_per_step(self, facilitator_client, facilitator, path_quiz):
        """Two phones at an end, two that chose only 1A when the answers were shown: the reveal counts all
        four, says "2 stopten na stap 1 (50%)", and the ends' percentages are of the four."""
        session = start_session(facilitator, path_quiz, "Team")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        self.phones_walk(session, [["1B"], ["1A", "2A"], ["1A"], ["1A"]])
        join(session, "Nog niets gekozen")
        control(facilitator_client, session, "reveal")
        page = present(facilitator_client, session)
        assert "Zo antwoordde de groep (4 antwoorden)" in page
        assert "<strong>Niet af:</strong> 2 stopten na stap 1 (50%)" in page
        rows = page.split('<li class="lk-distribution__row')[1:]
        assert "1 keer gekozen (25%)" in next(row for row in rows if "De baas aanspreken" in row)

    def test_one_phone_part_way_is_named_in_the_singular(self, facilitator_client, facilitator, path_quiz):
        """One phone that stopped after step 1: "1 stopte na stap 1 (100%)"; no line when every phone finished."""
        session = start_session(facilitator, path_quiz, "Team")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        self.phones_walk(session, [["1A"]])
        control(facilitator_client, session, "reveal")
        assert "1 stopte na stap 1 (100%)" in present(facilitator_client, session)

    def test_no_line_when_every_phone_reached_an_end(self, facilitator_client, facilitator, path_quiz):
        """Every phone at an end: the reveal has no "Niet af" line."""
        session = start_session(facilitator, path_quiz, "Team")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        self.phones_walk(session, [["1B"], ["1A", "2B"]])
        control(facilitator_client, session, "reveal")
        page = present(facilitator_client, session)
        assert "Niet af" not in page and "Zo antwoordde de groep (2 antwoorden)" in page

    def test_the_summary_counts_a_phone_part_way_as_answered_and_not_right(
        self, facilitator_client, facilitator, path_quiz
    ):
        """One phone at the path's best end (1A → 2A, 100 points), one that stopped after step 1 when the answers
        were shown: the summary counts both phones for the question, as the reveal did, and says "50% goed"
        (was 100%: only the finished phone counted), while the part-way phone scores 0."""
        session = start_session(facilitator, path_quiz, "Team")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        self.phones_walk(session, [["1A", "2A"], ["1A"]])
        control(facilitator_client, session, "reveal")
        end_session(session)
        session.refresh_from_db()
        assert session.results[0]["answered"] == 2 and session.results[0]["percent_right"] == 50
        assert Participant.objects.get(session=session, display_name="Telefoon 1").score == 0
        summary = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "Het pad</span> — <strong>50% goed</strong>" in summary


class TestStartFormDefaults:
    def test_the_filled_in_organisation_and_team_say_they_are_the_facilitators_own(
        self, facilitator_client, facilitator, quiz
    ):
        """The start form fills in the facilitator's own organisation and team (optional fields the reports
        count the session under): a tester left them and ran a session for another team. The help beside each
        says it is your own and to choose another when the session is for someone else; without a team of
        your own, the team's field keeps its plain help."""
        index = reverse("team_sessions:index")
        page = facilitator_client.get(index).content.decode()
        assert "We hebben je eigen organisatie ingevuld." in page
        assert "We hebben je eigen team ingevuld." not in page  # the fixture's facilitator has no team
        assert "Bijvoorbeeld mentoren op een school, of een team handhaving." in page
        facilitator.team = Audience.objects.first()
        facilitator.save(update_fields=["team"])
        page = facilitator_client.get(index).content.decode()
        assert "We hebben je eigen team ingevuld. Is de sessie voor een ander team? Kies dat dan." in page
        selected = page.split('name="team"')[1].split("</select>")[0]
        assert f'value="{facilitator.team_id}" selected' in selected


class TestPhonesStillWalking:
    def test_the_presenter_says_how_many_phones_are_still_on_the_path(self, facilitator_client, facilitator, path_quiz):
        """A tester revealed while a phone was between step 1 and 2: "2 van 3 hebben geantwoord" gave no hint
        that revealing ends that phone's path as wrong. The presenter and its status poll now say "1 is nog
        onderweg in het pad …"; once that phone reaches an end, the line goes."""
        session = start_session(facilitator, path_quiz, "Team")
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        walker = TestPartWayAlongAPath()
        walker.phones_walk(session, [["1B"], ["1A"]])
        line = "1 is nog onderweg in het pad. Toon je nu de antwoorden, dan telt dat antwoord als fout."
        assert line in present(facilitator_client, session)
        status = reverse("team_sessions:present_status", args=[session.uuid])
        stage = re.search(r"stage=([^&]+)&", present(facilitator_client, session)).group(1)
        polled = facilitator_client.get(status, {"stage": stage}).content.decode()
        assert line in polled and "1 van 2 heeft geantwoord" in polled
        from team_sessions.services import answer

        question = session.question_at(1)
        participant = Participant.objects.get(session=session, display_name="Telefoon 1")
        step = question.steps[1]
        answer(session, participant, 1, {"step": step["key"], "choice": step["choices"][0]["key"]})
        polled = facilitator_client.get(status, {"stage": stage}).content.decode()
        assert "onderweg in het pad" not in polled and "2 van 2 hebben geantwoord" in polled
