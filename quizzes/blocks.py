from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError

from home.blocks import INLINE_FEATURES, StructBlock

from .paths import path_errors


class PathChoiceBlock(StructBlock):
    text = blocks.CharBlock(label=_("keuze"), max_length=300)
    feedback = blocks.TextBlock(label=_("feedback bij deze keuze"))
    next_step = blocks.CharBlock(
        label=_("vervolgstap (code)"),
        required=False,
        max_length=40,
        help_text=_("De code van de stap die hierna komt. Laat leeg als het pad hier eindigt."),
    )
    end_score = blocks.IntegerBlock(
        label=_("eindscore (0–100)"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_(
            "Alleen als het pad hier eindigt: 100 voor de beste route, minder voor redelijke, 0 voor schadelijke."
        ),
    )
    end_explanation = blocks.TextBlock(label=_("uitleg bij dit einde"), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Keuze")
        description = _("Eén keuze in een stap van het beslispad.")
        help_text = _("Een keuze met feedback, en een vervolgstap of een eindscore met uitleg.")


class PathStepBlock(StructBlock):
    key = blocks.RegexBlock(
        regex=r"^[a-z0-9-]{1,40}$",
        label=_("code"),
        help_text=_("Korte code, bijvoorbeeld ‘start’ of ‘gesprek-alleen’: kleine letters, cijfers en streepjes."),
        error_messages={"invalid": _("Gebruik alleen kleine letters, cijfers en streepjes.")},
    )
    scenario = blocks.RichTextBlock(label=_("situatie"), features=INLINE_FEATURES)
    prompt = blocks.CharBlock(label=_("vraag"), max_length=300)
    choices = blocks.ListBlock(PathChoiceBlock(), label=_("keuzes"), min_num=2)

    class Meta:
        icon = "doc-full"
        label = _("Stap")
        description = _("Eén stap van het beslispad: situatie, vraag en keuzes.")
        help_text = _("Een situatie, een vraag en de keuzes; de code gebruik je om naar deze stap te verwijzen.")


class DecisionPathBlock(blocks.StreamBlock):
    """The steps of a branching scenario; the first step is where the learner starts."""

    step = PathStepBlock()

    class Meta:
        icon = "fork"
        label = _("Beslispad")
        description = _("Een situatie die zich vertakt: elke keuze leidt naar een volgende stap of een einde.")
        help_text = _("De eerste stap is waar de deelnemer begint; elke stap moet vanaf daar te bereiken zijn.")

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value  # Only decision-path questions need steps; the question form checks that.
        steps = [
            {"key": child.value["key"], "choices": [dict(choice) for choice in child.value["choices"]]}
            for child in value
        ]
        errors = path_errors(steps)
        if errors:
            raise StreamBlockValidationError(non_block_errors=[ValidationError(message) for message in errors])
        return value
