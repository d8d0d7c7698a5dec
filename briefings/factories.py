from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

import factory

from .models import BriefingSession, Registration


def in_days_at(days, hour=10, minute=0):
    """An aware datetime `days` from today at a wall-clock time in Amsterdam."""
    tz = ZoneInfo("Europe/Amsterdam")
    day = timezone.localtime(timezone.now(), tz).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


class BriefingSessionFactory(factory.django.DjangoModelFactory):
    """A planned session in 14 days, 10:00–12:00 Amsterdam time, at Stadhuis Lelystad, for 20 people."""

    title = factory.Sequence(lambda n: f"Bijeenkomst mensenhandel {n}")
    description = "Wat doe je als je signalen ziet? De zorgcoördinator vertelt over de route naar hulp."
    start = factory.LazyFunction(lambda: in_days_at(14))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    location = "Stadhuis Lelystad"
    online_url = ""
    municipality = "lelystad"
    capacity = 20
    status = BriefingSession.Status.PLANNED

    class Meta:
        model = BriefingSession
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()


class RegistrationFactory(factory.django.DjangoModelFactory):
    session = factory.SubFactory(BriefingSessionFactory)
    user = None
    full_name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.org")
    status = Registration.Status.CONFIRMED

    class Meta:
        model = Registration
