"""Blocks that only lessons use: signal lists, case stories and video."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import INLINE_FEATURES, BaseStreamBlock, StructBlock
from home.choices import SignalCategory


class SignalGroupValue(blocks.StructValue):
    def category_label(self):
        return SignalCategory(self["category"]).label


class SignalGroupBlock(StructBlock):
    category = blocks.ChoiceBlock(label=_("categorie"), choices=SignalCategory.choices)
    signals = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("signalen"), min_num=1)

    class Meta:
        icon = "tag"
        label = _("Groep signalen")
        description = _("De signalen van één categorie, zoals huisvesting of werk.")
        help_text = _("Kies een categorie en zet er de signalen onder, één per regel.")
        value_class = SignalGroupValue


class SignalListBlock(StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=150)
    intro = blocks.TextBlock(label=_("inleiding"), required=False)
    groups = blocks.ListBlock(SignalGroupBlock(), label=_("groepen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Signalenlijst")
        help_text = _("Groepeer de signalen per categorie; de toets verwijst naar deze categorieën terug.")
        description = _("Signalen van mensenhandel, gegroepeerd per categorie.")
        template = "blocks/signal_list_block.html"
        preview_value = {
            "title": "Signalen bij huisvesting",
            "intro": "Eén signaal bewijst niets. Een combinatie is een reden om te handelen.",
            "groups": [
                {
                    "category": SignalCategory.HOUSING,
                    "signals": [
                        "Veel mensen in één woning, die in ploegen slapen",
                        "Wonen in een bedrijfspand of opslagruimte",
                        "Geen werk betekent geen bed",
                    ],
                }
            ],
        }


class CaseStoryBlock(StructBlock):
    """A short scenario; the learner thinks first, then opens what a trained eye notices."""

    title = blocks.CharBlock(label=_("titel"), max_length=150)
    story = blocks.RichTextBlock(label=_("verhaal"), features=INLINE_FEATURES)
    question = blocks.CharBlock(label=_("vraag"), max_length=200, default="Wat valt je op?")
    reveal = blocks.RichTextBlock(label=_("wat valt op"), features=INLINE_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Casus")
        help_text = _("Een situatie in een paar zinnen, een vraag erover en wat er opvalt.")
        description = _("Een kort verhaal uit de praktijk met een vraag en een uitleg die je openklapt.")
        template = "blocks/case_story_block.html"
        preview_value = {
            "title": "Een huisbezoek in Lelystad",
            "story": "<p>Een man deelt een kleine flat met zeven collega's van hetzelfde uitzendbureau.</p>",
            "question": "Wat valt je op?",
            "reveal": "<p>Overbewoning en wonen dat vastzit aan het werk.</p>",
        }


class VideoBlock(StructBlock):
    """A video from the document library or a link; never an embedded third-party player."""

    title = blocks.CharBlock(label=_("titel"), max_length=150)
    video = DocumentChooserBlock(
        label=_("videobestand"), required=False, help_text=_("Een mp4- of webm-bestand uit de documenten.")
    )
    url = blocks.URLBlock(
        label=_("link naar video"),
        required=False,
        help_text=_("Wordt als link getoond, zonder speler van derden (privacy)."),
    )
    transcript = blocks.RichTextBlock(label=_("uitgeschreven tekst"), features=INLINE_FEATURES)

    class Meta:
        icon = "media"
        label = _("Video")
        help_text = _("Kies een videobestand of een link, en schrijf uit wat er gezegd wordt.")
        description = _("Een video met de uitgeschreven tekst, voor wie niet kan kijken of luisteren.")
        template = "blocks/video_block.html"
        preview_value = {
            "title": "Wat doet de zorgcoördinator?",
            "url": "https://www.example.org/video",
            "transcript": "<p>De zorgcoördinator helpt slachtoffers aan opvang en zorg.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("video") and not value.get("url"):
            message = ValidationError(_("Kies een videobestand of geef een link."))
            raise StructBlockValidationError(block_errors={"video": message, "url": message})
        if value.get("video") and value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Kies een videobestand óf een link, niet allebei."))}
            )
        return value


class LessonStreamBlock(BaseStreamBlock):
    signal_list = SignalListBlock()
    case_story = CaseStoryBlock()
    video = VideoBlock()
