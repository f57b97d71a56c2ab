"""User factories (synthetic data only)."""

import factory

from concord.accounts.models import User
from concord.agencies.tests.factories import AgencyFactory

PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - test-only


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="en_GB")
    last_name = factory.Faker("last_name", locale="en_GB")
    role = User.Role.REVIEWER
    agency = factory.SubFactory(AgencyFactory)
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj: User, create: bool, extracted: object, **kwargs: object) -> None:  # noqa: N805
        if create:
            obj.save()
