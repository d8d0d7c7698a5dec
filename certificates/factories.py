from datetime import timedelta

from django.utils import timezone

import factory

from accounts.factories import UserFactory

from .models import Certificate


class CertificateFactory(factory.django.DjangoModelFactory):
    """A valid certificate, without a stored PDF, for a learner; `course` may stay None."""

    learner = factory.SubFactory(UserFactory)
    full_name = factory.LazyAttribute(lambda o: o.learner.full_name if o.learner else "Deelnemer")
    email = factory.LazyAttribute(lambda o: o.learner.email if o.learner else "")
    course = None
    course_title = "Mensenhandel herkennen in het sociaal domein"
    audience_names = "Sociaal domein"
    issued_at = factory.LazyFunction(timezone.now)
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=730))

    class Meta:
        model = Certificate
