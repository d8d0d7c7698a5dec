# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""Names people type that others see or that are exported: no control characters, nothing that turns the
writing direction, not only invisible characters (home.names)."""

from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

import pytest

from accounts.factories import OrganisationFactory
from accounts.models import User
from home.names import NameField, validate_name
from team_sessions.models import Participant, TeamSession
from tests.test_accounts import signup_data
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    facilitator,
    facilitator_client,
    quiz,
    session,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]

CONTROL = "Team\x01 mentoren\x08\x1b"
INVISIBLE_ONLY = "\u200b\u200c \u200d\u2060\ufeff"
TURNED = "Anna \u202eeen\u202c"


class TestValidateName:
    @pytest.mark.parametrize("char", ["\x01", "\x08", "\x1b", "\x7f", "\x85"])
    def test_a_control_character_is_refused_by_its_code(self, char):
        """Control characters cannot be seen, so the message names the code (U+001B)."""
        with pytest.raises(ValidationError) as refused:
            validate_name(f"Jan{char} Jansen")
        assert f"U+{ord(char):04X}" in " ".join(refused.value.messages)
        assert "onzichtbaar teken in dat hier niet kan" in " ".join(refused.value.messages)

    @pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"])
    def test_a_character_that_turns_the_writing_direction_is_refused(self, char):
        """Bidi controls would reverse the name on screen and on the certificate."""
        with pytest.raises(ValidationError) as refused:
            validate_name(f"Anna {char}eeN")
        assert "schrijfrichting" in " ".join(refused.value.messages)

    def test_only_invisible_characters_is_refused(self):
        """Zero-width spaces, joiners and a BOM alone are no name."""
        with pytest.raises(ValidationError):
            validate_name(INVISIBLE_ONLY)

    @pytest.mark.parametrize("name", ["Zoë de Wit", "Nguyễn Thị Hương", "王小明", "می\u200cخواهم", "Jan-Piet O'Neill"])
    def test_real_names_pass(self, name):
        """Accents, other scripts and a joiner between letters (Persian) are names."""
        validate_name(name)

    @pytest.mark.parametrize("typed", [INVISIBLE_ONLY, "\u2800", "\u00ad\u00ad", "\u3164 \uffa0", "\u2063"])
    def test_a_name_field_treats_invisible_only_as_empty(self, typed):
        """A name that shows nothing (also a Braille blank, soft hyphens, Hangul fillers, which would make a
        certificate without a name) gets the field's own "required" message."""
        field = NameField(error_messages={"required": "Vul je naam in."})
        with pytest.raises(ValidationError) as refused:
            field.clean(typed)
        assert refused.value.messages == ["Vul je naam in."]

    def test_a_name_field_drops_invisible_characters_that_no_name_needs(self):
        """A zero-width space, word joiner, BOM or soft hyphen would make a look-alike of a name shown on
        the big screen; they go. A joiner between letters stays (Persian, Indic scripts)."""
        field = NameField()
        assert field.clean("Eef\u200boof\u00ad\u2060\ufeff ") == "Eefoof"
        assert field.clean("می\u200cخواهم") == "می\u200cخواهم"

    def test_staff_typed_names_are_checked_by_the_model(self):
        """An organisation typed in the admin gets the same check (the model field's validator)."""
        with pytest.raises(ValidationError) as refused:
            OrganisationFactory.build(name="Gemeente\x1b Lelystad").full_clean()
        assert "name" in refused.value.message_dict


class TestTeamSessionForms:
    def test_the_group_name_is_refused_at_the_field_and_kept(self, facilitator_client, quiz):
        """Control characters in "Naam van de groep": 400, a Dutch message at the field, nothing started."""
        response = facilitator_client.post(
            reverse("team_sessions:index"), {"quiz": quiz.pk, "group_name": CONTROL, "mode": "phones"}
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert "U+0001 U+0008 U+001B" in form.errors["group_name"][0]
        assert form["group_name"].value() == CONTROL
        assert not TeamSession.objects.exists()

    def test_a_group_name_that_turns_the_text_is_refused(self, facilitator_client, quiz):
        """Bidi controls in the group name are refused too."""
        response = facilitator_client.post(
            reverse("team_sessions:index"), {"quiz": quiz.pk, "group_name": TURNED, "mode": "phones"}
        )
        assert response.status_code == 400
        assert "schrijfrichting" in response.context["form"].errors["group_name"][0]
        assert not TeamSession.objects.exists()

    @pytest.mark.parametrize(
        ("typed", "expected"),
        [(CONTROL, "U+0001"), (TURNED, "schrijfrichting"), (INVISIBLE_ONLY, "verplicht")],
    )
    def test_the_display_name_is_refused_at_the_field_and_kept(self, session, typed, expected):
        """ "Je naam in deze sessie": control characters, bidi controls and invisible-only are refused."""
        response = Client().post(reverse("team_sessions:join", args=[session.code]), {"display_name": typed})
        assert response.status_code == 400
        form = response.context["form"]
        assert expected in form.errors["display_name"][0]
        assert form["display_name"].value() == typed
        assert not Participant.objects.exists()

    def test_a_full_name_for_the_certificate_that_turns_the_text_is_refused(self, session):
        """The name on a certificate cannot hold a bidi override."""
        data = {"display_name": "Anna", "full_name": TURNED, "email": "anna@example.org"}
        response = Client().post(reverse("team_sessions:join", args=[session.code]), data)
        assert response.status_code == 400
        assert "schrijfrichting" in response.context["form"].errors["full_name"][0]
        assert not Participant.objects.exists()


class TestAccountNames:
    def test_signup_refuses_an_invisible_name_and_a_turned_one(self, client, home_page, organisation, audiences):
        """The full name at sign-up: invisible-only counts as empty, bidi controls are named."""
        for typed, expected in ((INVISIBLE_ONLY, "verplicht"), (TURNED, "schrijfrichting")):
            response = client.post(
                reverse("account_signup"), signup_data(organisation, audiences.social, full_name=typed)
            )
            assert response.status_code == 200
            assert expected in " ".join(response.context["form"].errors["full_name"])
        assert not User.objects.exists()

    def test_the_profile_refuses_a_name_that_turns_the_text(self, learner_client, learner, home_page):
        """The profile's full name: 400, the message at the field naming the code, the name unchanged."""
        response = learner_client.post(
            reverse("accounts:profile"),
            {"full_name": TURNED, "organisation": learner.organisation_id, "team": learner.team_id},
        )
        assert response.status_code == 400
        assert "U+202E U+202C" in response.context["form"].errors["full_name"][0]
        learner.refresh_from_db()
        assert learner.full_name == "Łukasz Żółć"


class TestNameKey:
    @pytest.mark.parametrize(
        "typed", ["Gemeente Almere", "gemeente almere.", "Gemeente-Almere", " GEMEENTE  ALMÈRE ", "Gemeente, Almere!"]
    )
    def test_names_typed_differently_give_one_key(self, typed):
        """Capitals, accents, punctuation and spaces do not tell two organisations apart."""
        from home.names import name_key

        assert name_key(typed) == "gemeente almere"

    def test_different_names_give_different_keys(self):
        """Letters and digits do: "Almere" is not "Almere Haven", "College 1" is not "College 2"."""
        from home.names import name_key

        assert name_key("Gemeente Almere") != name_key("Gemeente Almere Haven")
        assert name_key("College 1") != name_key("College 2")


class TestPastedNames:
    @pytest.mark.parametrize("typed", ["Anna\tde Jong", "Anna \t de Jong", "Anna  de   Jong ", "\tAnna de Jong\t"])
    def test_a_pasted_tab_becomes_a_space(self, typed):
        """A name pasted from a table or a spreadsheet brought a tab and was refused as "U+0009": it is a space.
        (A line break stays refused: tests/test_single_line.py.)"""
        assert NameField().clean(typed) == "Anna de Jong"

    def test_other_invisible_characters_are_explained_without_jargon_first(self):
        """The message says what happened (copying and pasting) and what to do; the code follows for support."""
        with pytest.raises(ValidationError) as refused:
            NameField().clean("Anna\x07 de Jong")
        message = " ".join(refused.value.messages)
        assert "onzichtbaar teken" in message and "Typ het opnieuw" in message and "U+0007" in message
