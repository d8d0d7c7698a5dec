"""Build the demo site: pages, organisations, teams, settings and two demo accounts.

Idempotent: what already exists (found by slug, name or e-mail) is left as it is, so edits made
in the admin survive a second run.
"""

import io
import logging
import os
import secrets
from contextlib import contextmanager
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from allauth.account.models import EmailAddress
from PIL import Image as PILImage
from PIL import ImageDraw

from accounts.models import Audience, Organisation
from briefings.models import BriefingSession
from courses.models import CourseIndexPage, CoursePage, LessonPage
from demo_content.curriculum import briefings as briefing_content
from demo_content.curriculum import modules as module_content
from demo_content.curriculum import questions as question_content
from demo_content.curriculum import site as site_content
from home.models import HomePage, SiteSettings, StandardPage, TeamVisitFormField, TeamVisitFormPage
from quizzes.models import Choice, Question, QuizPage, QuizQuestion
from quizzes.paths import path_errors
from reports import roles

COORDINATOR_EMAIL = "coordinator@example.org"
LEARNER_EMAIL = "learner@example.org"
EDITOR_EMAIL = "redacteur@example.org"
FACILITATOR_EMAIL = "begeleider@example.org"
CONTACT_EMAIL = "contactpersoon@example.org"
PALETTE = ["#00596b", "#8a4b00", "#3d5a80", "#6a4c93", "#2d6a4f", "#9d0208"]


def ensure_tree_roots():
    """The root page and root collection that Wagtail's first migrations make. A database whose tables were
    flushed (browser tests) has lost them; put them back, so loading the demo works there too."""
    locale, _created = Locale.objects.get_or_create(language_code="nl")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Alle pagina's", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Algemeen")


@contextmanager
def quiet_loggers(*names, level=logging.WARNING):
    """Raise these loggers to `level` for the duration of the block, then put them back."""
    loggers = [logging.getLogger(name) for name in names]
    saved = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old in zip(loggers, saved, strict=True):
            logger.setLevel(old)


def to_stream(blocks):
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def illustration(index, title):
    """A simple generated illustration: a magnifying glass over a house, in the module's colour."""
    colour = PALETTE[index % len(PALETTE)]
    canvas = PILImage.new("RGB", (1200, 600), "#f2f4f5")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([0, 440, 1200, 600], fill="#dfe6e8")
    draw.polygon([(380, 300), (560, 160), (740, 300)], fill=colour)
    draw.rectangle([410, 300, 710, 470], fill="#ffffff", outline=colour, width=8)
    draw.rectangle([530, 370, 590, 470], fill=colour)
    draw.ellipse([640, 140, 880, 380], outline="#1a1a1a", width=18)
    draw.line([(850, 350), (980, 480)], fill="#1a1a1a", width=30)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return ImageFile(buffer, name=f"demo-{index}.png")


# Fixed-date public holidays in the Netherlands (month, day): New Year, King's Day, Liberation Day, Christmas.
FIXED_HOLIDAYS = {(1, 1), (4, 27), (5, 5), (12, 25), (12, 26)}


def working_day(day):
    """`day` (a date), or the first day after it that is neither a weekend day nor a fixed public holiday:
    a demo briefing on Christmas Day or a Sunday looks wrong to anyone trying the site."""
    while day.weekday() >= 5 or (day.month, day.day) in FIXED_HOLIDAYS:
        day += timedelta(days=1)
    return day


class Command(BaseCommand):
    help = "Load the demo content (pages, teams, organisations, demo log-ins). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo pages, questions and briefing sessions (with the progress and attempts on "
            "them) and load them again. Accounts and organisations stay.",
        )

    def handle(self, *args, **options):
        # Wagtail logs every page it creates and publishes, and the task backend every task it runs: a few
        # thousand lines that would push the log-ins off the screen. Progress is told in a few lines instead.
        with quiet_loggers("wagtail", "django_tasks"):
            if options["reset"]:
                self.reset()
            self.load(options)

    def progress(self, message):
        if self.verbosity:
            self.stdout.write(message)

    def load(self, options):
        self.verbosity = options.get("verbosity", 1)
        with transaction.atomic():
            ensure_tree_roots()
            self.progress("Demo-inhoud laden: teams, organisaties en site-instellingen...")
            audiences = self.load_audiences()
            self.load_organisations()
            home = self.load_home()
            self.load_settings(home)
            index = self.load_catalogue(home)
            self.progress(f"Modules en lessen ({len(module_content.MODULES)} modules)...")
            for position, module in enumerate(module_content.MODULES):
                self.load_module(index, module, audiences, position)
            for page in site_content.STANDARD_PAGES:
                self.load_standard_page(home, page)
            self.load_team_visit_form(home)
            self.progress(f"Vragenbank ({len(question_content.QUESTIONS)} vragen), toetsen en bijeenkomsten...")
            questions = self.load_questions(audiences)
            self.load_briefings(audiences)
            for module_slug, quiz in question_content.QUIZZES.items():
                course = CoursePage.objects.filter(slug=module_slug).first()
                if course is not None:
                    self.load_quiz(course, quiz, questions)
        self.load_users(audiences)

    @transaction.atomic
    def reset(self):
        for home in HomePage.objects.all():
            home.delete()
        titles = [data["title"] for data in question_content.QUESTIONS] + question_content.FORMER_TITLES
        Question.objects.filter(title__in=titles).delete()
        BriefingSession.objects.filter(title__in=[data["title"] for data in briefing_content.BRIEFINGS]).delete()
        # Remove the invented coordinator an earlier demo filled in; real details stay.
        SiteSettings.objects.filter(**site_content.INVENTED_COORDINATOR).update(
            **dict.fromkeys(site_content.INVENTED_COORDINATOR, "")
        )
        self.stdout.write("Demo content removed; loading it again.")

    def load_audiences(self):
        audiences = {}
        for order, data in enumerate(site_content.AUDIENCES):
            audience, _ = Audience.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "sort_order": order},
            )
            audiences[audience.slug] = audience
        return audiences

    def load_organisations(self):
        for data in site_content.ORGANISATIONS:
            Organisation.objects.get_or_create(
                name=data["name"], defaults={"kind": data["kind"], "municipality": data["municipality"]}
            )

    def load_home(self):
        home = HomePage.objects.first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        home = HomePage(
            title=site_content.HOME["title"],
            slug="home",
            intro=site_content.HOME["intro"],
            body=to_stream(site_content.HOME["body"]),
            audiences_heading=site_content.HOME.get("audiences_heading", "Voor jouw team"),
        )
        # Wagtail's first migration leaves a "Welcome" page at the slug we want.
        Page.objects.filter(depth=2, slug="home").exclude(content_type__model="homepage").delete()
        root = Page.get_first_root_node()
        root.add_child(instance=home)
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Leren Kijken"},
        )
        return home

    def load_settings(self, home):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        # Never a name, phone or e-mail: the coordinator fills those in herself (see site_content.COORDINATOR).
        changed = False
        for field, value in site_content.COORDINATOR.items():
            if not getattr(site_settings, field):
                setattr(site_settings, field, value)
                changed = True
        if not site_settings.care_notice:
            site_settings.care_notice = site_content.CARE_NOTICE
            changed = True
        if changed:
            site_settings.save()

    def publish_child(self, parent, page):
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def load_catalogue(self, home):
        return self.publish_child(
            home,
            CourseIndexPage(
                title="Modules",
                slug="modules",
                intro="<p>Kies een module die past bij je werk. Elke module duurt ongeveer een half uur "
                "tot een uur en sluit je af met vragen over situaties uit de praktijk.</p>",
            ),
        )

    def load_module(self, index, data, audiences, position):
        existing = index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        cover = Image(title=f"Omslag: {data['title']}", file=illustration(position, data["title"]))
        cover.save()
        course = CoursePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            cover_image=cover,
            cover_image_alt="",
            learning_objectives=[{"type": "objective", "value": text} for text in data["objectives"]],
            estimated_minutes=data["estimated_minutes"],
            # Experienced staff may test out: the quiz is open from the start, and passing completes the module.
            quiz_before_lessons=True,
        )
        course.audiences.set([audiences[slug] for slug in data["audiences"]])
        course = self.publish_child(index, course)
        for number, lesson in enumerate(data["lessons"]):
            body = to_stream(lesson["body"])
            if number == 0:
                body.append(
                    {
                        "type": "image",
                        "value": {
                            "image": cover.pk,
                            "alt_text": "Tekening van een vergrootglas boven een huis: goed kijken naar wat je ziet.",
                            "caption": "Signalen zie je pas als je weet waar je op moet letten.",
                        },
                    }
                )
            self.publish_child(
                course,
                LessonPage(
                    title=lesson["title"],
                    slug=lesson["slug"],
                    intro=lesson["intro"],
                    estimated_minutes=lesson["estimated_minutes"],
                    body=body,
                ),
            )
        return course

    def load_standard_page(self, home, data):
        return self.publish_child(
            home,
            StandardPage(title=data["title"], slug=data["slug"], intro=data["intro"], body=to_stream(data["body"])),
        )

    def load_questions(self, audiences):
        """The question bank, published; found again by title on a second run."""
        questions = {}
        for data in question_content.QUESTIONS:
            question = Question.objects.filter(title=data["title"]).first()
            if question is None:
                steps = [{"key": step["key"], "choices": step["choices"]} for step in data["path"]]
                problems = path_errors(steps) if data["kind"] == "path" else []
                if problems:
                    raise ValueError(f"Demo question {data['slug']}: {problems}")
                question = Question(
                    title=data["title"],
                    kind=data["kind"],
                    scenario=data["scenario"],
                    prompt=data["prompt"],
                    explanation=data["explanation"],
                    discussion_prompts="\n".join(data["discussion_prompts"]),
                    exploitation_forms=data["exploitation_forms"],
                    signals=data["signals"],
                    path=[{"type": "step", "value": step} for step in data["path"]],
                )
                question.choices = [
                    Choice(text=c["text"], is_correct=c["correct"], feedback=c["feedback"], sort_order=order)
                    for order, c in enumerate(data["choices"])
                ]
                question.audiences = [audiences[slug] for slug in data["audiences"] if slug in audiences]
                question.save()
                question.save_revision().publish()
            questions[data["slug"]] = question
        return questions

    def load_quiz(self, course, data, questions):
        existing = QuizPage.objects.child_of(course).first()
        if existing is not None:
            return existing
        quiz = QuizPage(
            title=data["title"],
            slug="toets",
            intro=data["intro"],
            pass_mark=data["pass_mark"],
            attempts_allowed=data["attempts_allowed"],
            cooldown_minutes=data["cooldown_minutes"],
        )
        quiz.fixed_questions = [
            QuizQuestion(question=questions[slug], sort_order=order) for order, slug in enumerate(data["questions"])
        ]
        return self.publish_child(course, quiz)

    def load_briefings(self, audiences):
        """Upcoming sessions, placed relative to today on working days (`working_day`), each for its teams;
        a second run adds none while some are upcoming."""
        titles = [data["title"] for data in briefing_content.BRIEFINGS]
        if BriefingSession.objects.filter(title__in=titles, start__gte=timezone.now()).exists():
            return
        today = timezone.localdate()
        for data in briefing_content.BRIEFINGS:
            hour, minute = (int(part) for part in data["start_time"].split(":"))
            day = working_day(today + timedelta(days=data["days_from_now"]))
            start = timezone.make_aware(datetime.combine(day, time(hour, minute)))
            session = BriefingSession(
                title=data["title"],
                description=data["description"],
                start=start,
                end=start + timedelta(minutes=data["duration_minutes"]),
                venue_name=data.get("venue_name", ""),
                room=data.get("room", ""),
                location=data["location"],
                route_notes=data.get("route_notes", ""),
                online_url=data["online_url"],
                municipality=data["municipality"],
                capacity=data["capacity"],
            )
            # A ParentalManyToManyField keeps what is set in memory until the next save().
            session.audiences.set([audiences[slug] for slug in data["audiences"]])
            session.save()

    def load_team_visit_form(self, home):
        page = TeamVisitFormPage(
            title="Teambezoek aanvragen",
            slug="teambezoek-aanvragen",
            intro="<p>Wil je dat de coördinator mensenhandel bij jullie teamoverleg komt vertellen over signalen "
            "en de route in Flevoland? Vul dit formulier in. Je krijgt binnen twee weken antwoord.</p>",
            thank_you_text="<p>Bedankt. De coördinator neemt binnen twee weken contact met je op om een datum "
            "te plannen.</p>",
            subject="Aanvraag teambezoek",
        )
        fields = [
            ("Je naam", "singleline", True, ""),
            ("E-mailadres", "email", True, ""),
            ("Telefoonnummer", "singleline", False, "Zodat de coördinator je kan bellen."),
            ("Organisatie en team", "singleline", True, "Bijvoorbeeld: Gemeente Dronten, team Wmo."),
            ("Aantal collega's", "number", False, ""),
            ("Wanneer komt het jullie uit?", "multiline", False, "Bijvoorbeeld: het teamoverleg op dinsdagochtend."),
            ("Wat wil je bespreken?", "multiline", False, "Een signaal waar jullie mee zitten, of vragen vooraf."),
        ]
        page.form_fields = [
            TeamVisitFormField(label=label, field_type=kind, required=required, help_text=help_text, sort_order=order)
            for order, (label, kind, required, help_text) in enumerate(fields)
        ]
        return self.publish_child(home, page)

    def load_users(self, audiences):
        User = get_user_model()
        password = os.environ.get("DEMO_PASSWORD") or None
        generated = password is None
        if generated:
            password = secrets.token_urlsafe(12)
        gemeente = Organisation.objects.filter(name="Gemeente Almere").first()
        people = [
            (
                COORDINATOR_EMAIL,
                "Demo Coördinator",
                True,
                audiences.get("oov"),
                roles.COORDINATORS,
                "coördinator, /admin/",
            ),
            (LEARNER_EMAIL, "Demo Deelnemer", False, audiences.get("sociaal-domein"), None, "deelnemer"),
            (EDITOR_EMAIL, "Ruben Redacteur", False, None, roles.EDITORS, "redacteur, /admin/"),
            (
                FACILITATOR_EMAIL,
                "Fatima Begeleider",
                False,
                audiences.get("onderwijs"),
                roles.FACILITATORS,
                "begeleider teamsessies",
            ),
            (
                CONTACT_EMAIL,
                "Carla Contactpersoon",
                False,
                None,
                roles.ORGANISATION_CONTACTS,
                "contactpersoon Gemeente Almere, /admin/ rapportages",
            ),
        ]
        roles.ensure_roles()
        groups = {group.name: group for group in Group.objects.all()}
        lines = []
        for email, name, is_coordinator, team, role_group, role in people:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_user(
                    email=email,
                    password=password,
                    full_name=name,
                    organisation=gemeente,
                    team=team,
                    is_staff=is_coordinator,
                    is_superuser=is_coordinator,
                )
                shown = password
            elif not generated:
                user.set_password(password)
                user.save(update_fields=["password"])
                shown = password
            else:
                shown = "(al eerder getoond; zet DEMO_PASSWORD om een nieuw wachtwoord te kiezen)"
            if role_group:
                user.groups.add(groups[role_group])
            EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
            lines.append(f"  {email:28} {shown}  ({role})")
        self.stdout.write("Demo log-ins:\n" + "\n".join(lines))
