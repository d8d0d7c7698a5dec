import factory
from allauth.account.models import EmailAddress

from .models import Audience, Organisation, User


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gemeente Test {n}")
    kind = Organisation.Kind.MUNICIPALITY
    municipality = "almere"

    class Meta:
        model = Organisation
        django_get_or_create = ["name"]


class UserFactory(factory.django.DjangoModelFactory):
    """A learner whose e-mail address is verified, so allauth lets them log in."""

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Deelnemer {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.django.Password("correct-horse-battery")

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class AudienceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.Sequence(lambda n: f"team-{n}")
    description = "Een team om mee te testen."

    class Meta:
        model = Audience
        django_get_or_create = ["slug"]
