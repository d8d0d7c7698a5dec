"""Item-analysis flags for the question bank's checks (`quizzes.bank_checks`), once answers exist.

Thresholds from classical test theory, as used in the item-analysis report: a question most learners get
right (facility above 0.90) measures little; one most get wrong (below 0.30) is unclear or untaught. The
discrimination index is the item-total correlation (`reports.item_analysis.item_total_correlation`); below
0.20 strong and weak learners do about as well. That bound is the usual one for item-total correlations:
"the absolute value of the item discrimination indices should be above 0.2", 0.2–0.4 fair, 0.4–0.7
satisfactory (Kelava & Moosbrugger 2020, "Deskriptivstatistische Itemanalyse und Testwertbestimmung", in
Moosbrugger & Kelava, Testtheorie und Fragebogenkonstruktion, Springer, p. 143–158). They mean the corrected
correlation (without the item in the total); ours includes the item, which runs a little higher, so 0.20 flags
rather too few than too many. A wrong option nobody picks is no real alternative, so the question has one
option fewer than it seems. Only questions with at least `MIN_ANSWERS` answers are judged.
"""

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from quizzes.models import Choice
from quizzes.quality import Finding

from .access import Scope
from .item_analysis import cached_analysis

MIN_ANSWERS = 20
TOO_EASY = 0.90
TOO_HARD = 0.30
LOW_DISCRIMINATION = 0.20

ITEM_TOO_EASY = "item_too_easy"
ITEM_TOO_HARD = "item_too_hard"
ITEM_LOW_DISCRIMINATION = "item_low_discrimination"
UNUSED_DISTRACTOR = "unused_distractor"

LABELS = {
    ITEM_TOO_EASY: gettext_lazy("Bijna iedereen goed"),
    ITEM_TOO_HARD: gettext_lazy("Bijna iedereen fout"),
    ITEM_LOW_DISCRIMINATION: gettext_lazy("Onderscheidt niet"),
    UNUSED_DISTRACTOR: gettext_lazy("Foute keuze die niemand kiest"),
}
MESSAGES = {
    ITEM_TOO_EASY: gettext_lazy(
        "Een vraag die bijna iedereen goed heeft, laat niet zien wie het signaal echt herkent."
    ),
    ITEM_TOO_HARD: gettext_lazy(
        "Een vraag die de meesten fout hebben, is vaak onduidelijk of vraagt iets wat de lessen niet uitleggen."
    ),
    ITEM_LOW_DISCRIMINATION: gettext_lazy(
        "Sterke en zwakke deelnemers scoren hier ongeveer gelijk, dus de vraag meet iets anders dan de stof."
    ),
    UNUSED_DISTRACTOR: gettext_lazy(
        "Een foute keuze die niemand kiest, is geen echt alternatief: de vraag is makkelijker dan hij lijkt."
    ),
}


def _finding(code, title, detail, blocking=True):
    return Finding(code=code, question=title, message=MESSAGES[code], detail=detail, blocking=blocking)


def _item_findings(item):
    findings = []
    percent = item.facility_percent
    if item.facility > TOO_EASY:
        detail = _("%(percent)d%% goed bij %(n)d antwoorden") % {"percent": percent, "n": item.answers}
        findings.append(_finding(ITEM_TOO_EASY, item.title, detail, blocking=False))
    elif item.facility < TOO_HARD:
        detail = _("%(percent)d%% goed bij %(n)d antwoorden") % {"percent": percent, "n": item.answers}
        findings.append(_finding(ITEM_TOO_HARD, item.title, detail))
    if item.discrimination is not None and item.discrimination < LOW_DISCRIMINATION:
        detail = _("onderscheidend vermogen %(d)s") % {"d": number_format(item.discrimination, 2, use_l10n=True)}
        findings.append(_finding(ITEM_LOW_DISCRIMINATION, item.title, detail))
    return findings


def item_analysis_flags(questions):
    """[(question id, Finding)] for the live questions in `questions` ({pk: Question}) with at least
    `MIN_ANSWERS` answers from all learners; facility and discrimination as in `reports.item_analysis`."""
    items = [
        item for item in cached_analysis(Scope()).items if item.question_id in questions and item.answers >= MIN_ANSWERS
    ]
    wrong_choices = {}
    for question_id, text in Choice.objects.filter(
        question_id__in=[item.question_id for item in items], is_correct=False
    ).values_list("question_id", "text"):
        wrong_choices.setdefault(question_id, []).append(text)
    flags = []
    for item in items:
        flags += [(item.question_id, finding) for finding in _item_findings(item)]
        if questions[item.question_id].kind == "path":
            continue
        for text in wrong_choices.get(item.question_id, []):
            if not item.picks.get(text):
                detail = _("‘%(text)s’, 0 van %(n)d keer gekozen") % {"text": text, "n": item.answers}
                flags.append((item.question_id, _finding(UNUSED_DISTRACTOR, item.title, detail)))
    return flags
