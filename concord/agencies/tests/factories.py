"""Agency factories (synthetic data only)."""

import factory

from concord.agencies.models import Agency, Sector


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"AG{n:03d}")
    name = factory.LazyAttribute(lambda o: f"Agency {o.code}")
    sector = Sector.SOCIAL_CARE
    area = "Oldham"
