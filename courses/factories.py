from wagtail import blocks

import factory
import wagtail_factories

from home.choices import SignalCategory

from . import blocks as course_blocks
from .models import CourseIndexPage, CoursePage, LessonPage


class SignalGroupBlockFactory(wagtail_factories.StructBlockFactory):
    category = SignalCategory.HOUSING
    signals = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)

    class Meta:
        model = course_blocks.SignalGroupBlock


class SignalListBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Signalen bij huisvesting"
    intro = "Eén signaal bewijst niets."
    groups = wagtail_factories.ListBlockFactory(SignalGroupBlockFactory)

    class Meta:
        model = course_blocks.SignalListBlock


class CaseStoryBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Een huisbezoek"
    story = factory.LazyFunction(lambda: blocks.RichTextBlock().to_python("<p>Acht mensen in twee kamers.</p>"))
    question = "Wat valt je op?"
    reveal = factory.LazyFunction(lambda: blocks.RichTextBlock().to_python("<p>Overbewoning.</p>"))

    class Meta:
        model = course_blocks.CaseStoryBlock


class VideoBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Uitleg in beeld"
    url = "https://www.example.org/video"
    transcript = factory.LazyFunction(lambda: blocks.RichTextBlock().to_python("<p>De tekst van de video.</p>"))

    class Meta:
        model = course_blocks.VideoBlock


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Modules"
    slug = "modules"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    intro = "<p>Wat deze module je leert.</p>"
    estimated_minutes = 30

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Les {n}")
    slug = factory.Sequence(lambda n: f"les-{n}")
    intro = "<p>Waar deze les over gaat.</p>"
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<h2>Signalen</h2><p>Kijk goed naar wat je ziet.</p>"}]
    )

    class Meta:
        model = LessonPage
