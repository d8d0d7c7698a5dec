"""Body blocks shared by every page type. Course-only blocks live in courses/blocks.py."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .phone import validate_phone_number

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class StructBlock(blocks.StructBlock):
    """A StructBlock whose field labels show with a capital, as Django's form labels do ("Titel", not "titel").

    The labels are written lower case like every verbose name; they are capitalised on the block, not in the
    constructor arguments, so the StreamFields' migrations stay as they are. Each custom block also states
    a one-line `help_text` in its Meta, shown above its fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for child in self.child_blocks.values():
            child.label = capfirst(child.label)


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        help_text = _("Gebruik tussenkopjes (kop 2 en 3) om lange tekst op te delen.")
        description = _("Lopende tekst met tussenkopjes, lijsten en links.")
        template = "blocks/rich_text_block.html"
        preview_value = (
            "<h2>Waarom signalen ertoe doen</h2>"
            "<p>Slachtoffers melden zich zelden zelf. Ze worden gevonden door mensen die goed kijken.</p>"
        )


class ImageBlock(StructBlock):
    image = ImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf wat er te zien is, voor wie de afbeelding niet kan zien."),
    )
    caption = blocks.CharBlock(label=_("bijschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        help_text = _("Kies een afbeelding en beschrijf in de alternatieve tekst wat erop staat.")
        description = _("Een afbeelding met verplichte alternatieve tekst en een bijschrift.")
        template = "blocks/image_block.html"

    def get_preview_value(self):
        # The picker's preview shows the newest image in the library, if there is one.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-created_at").first()
        if image is None:
            return None
        return self.to_python({"image": image.pk, "alt_text": image.title, "caption": "Voorbeeld van een bijschrift"})


class CalloutValue(blocks.StructValue):
    def modifier(self):
        return {"note": "info", "warning": "warning", "action": "ok"}.get(self.get("kind"), "info")

    def kind_label(self):
        return dict(CalloutBlock.KINDS).get(self.get("kind"), "")


class CalloutBlock(StructBlock):
    KINDS = [
        ("note", _("Goed om te weten")),
        ("warning", _("Let op")),
        ("action", _("Wat kun je doen")),
    ]

    kind = blocks.ChoiceBlock(label=_("soort"), choices=KINDS, default="note")
    title = blocks.CharBlock(label=_("titel"), max_length=120)
    text = blocks.RichTextBlock(label=_("tekst"), features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Kader")
        help_text = _("Een korte titel en een paar zinnen; gebruik een waarschuwing alleen als het echt moet.")
        description = _("Een opvallend kader: een opmerking, een waarschuwing of wat je kunt doen.")
        template = "blocks/callout_block.html"
        value_class = CalloutValue
        preview_value = {
            "kind": "warning",
            "title": "Veiligheid eerst",
            "text": "<p>Spreek een vermoedelijke uitbuiter nooit zelf aan.</p>",
        }


class QuoteBlock(StructBlock):
    text = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(label=_("wie zegt dit"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        help_text = _("Een korte uitspraak; noem wie het zegt als dat mag.")
        description = _("Een uitspraak die je wilt laten opvallen, met de bron.")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Als we niet weten waar we moeten kijken, lijkt het er niet te zijn.",
            "attribution": "Zorgcoördinator mensenhandel",
        }


class ContactBlock(StructBlock):
    name = blocks.CharBlock(label=_("naam"), max_length=150)
    purpose = blocks.CharBlock(label=_("waarvoor"), max_length=250)
    phone = blocks.CharBlock(label=_("telefoon"), required=False, max_length=40, validators=[validate_phone_number])
    url = blocks.URLBlock(label=_("website"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact")
        description = _("Een persoon of instantie om te bellen, met waarvoor je er terecht kunt.")
        help_text = _("Wie je belt en waarvoor; telefoon en website zijn niet verplicht.")


class RouteStepBlock(StructBlock):
    title = blocks.CharBlock(label=_("stap"), max_length=150)
    text = blocks.TextBlock(label=_("uitleg"))

    class Meta:
        icon = "arrow-right"
        label = _("Stap")
        description = _("Eén stap van de route: wat je doet, in een korte zin.")
        help_text = _("Eén handeling per stap, in de volgorde waarin je ze doet.")


class ReferralRouteBlock(StructBlock):
    """What to do with signals: steps and contacts, plus the coordinator from the site settings."""

    title = blocks.CharBlock(label=_("titel"), max_length=150, default="Wat doe je met signalen?")
    intro = blocks.TextBlock(label=_("inleiding"), required=False)
    steps = blocks.ListBlock(RouteStepBlock(), label=_("stappen"), min_num=1)
    contacts = blocks.ListBlock(ContactBlock(), label=_("contacten"), required=False)
    show_coordinator = blocks.BooleanBlock(
        label=_("toon de contactgegevens van de coördinator"),
        required=False,
        default=True,
        help_text=_("De gegevens komen uit de site-instellingen."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Route bij signalen")
        help_text = _("Zet de stappen in volgorde en voeg de mensen toe die je kunt bellen.")
        description = _("De stappen en contacten voor wat je doet met signalen van mensenhandel.")
        template = "blocks/referral_route_block.html"
        preview_value = {
            "title": "Wat doe je met signalen?",
            "steps": [
                {"title": "Zorg voor veiligheid", "text": "Bij acuut gevaar bel je 112."},
                {"title": "Schrijf op wat je ziet", "text": "Feiten, geen conclusies."},
                {"title": "Overleg", "text": "Met een collega of het Meld- en Adviespunt."},
            ],
            "contacts": [
                {
                    "name": "Meld- en Adviespunt Mensenhandel Flevoland",
                    "purpose": "Advies en melden, ook anoniem",
                    "phone": "088-2220500",
                }
            ],
            "show_coordinator": True,
        }


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = RichTextBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    referral_route = ReferralRouteBlock()
