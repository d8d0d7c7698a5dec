"""Who may see which reports: coordinators everything, an organisation's contact person only their own rows.

Every report, export, filter and the dashboard panel limits its rows with one of the `*_q` functions below,
one per row type, so the organisation scope is written once:

- `learner_q`: users, and rows that lead to a user (attempts, enrolments, completions) through `prefix`;
- `cell_q`: cells of the item statistics, which carry the learners' organisation and team ids;
- `certificate_q`: certificates, by the learner's organisation or the team session's;
- `registration_q`: briefing registrations, by the registered user's organisation;
- `team_session_q`: team sessions, by the organisation they were held for.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from accounts.models import Organisation

VIEW_ALL = "reports.view_all_reports"
VIEW_OWN_ORGANISATION = "reports.view_organisation_reports"


@dataclass(frozen=True)
class Scope:
    """The organisation whose rows a user may see; None means every organisation."""

    organisation_id: int | None = None

    @property
    def is_everything(self):
        return self.organisation_id is None


def can_view_reports(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.has_perm(VIEW_ALL):
        return True
    return user.has_perm(VIEW_OWN_ORGANISATION) and user.organisation_id is not None


def report_scope(user):
    """The scope every report query is limited to; refuses users who may see no reports."""
    if not can_view_reports(user):
        raise PermissionDenied
    if user.has_perm(VIEW_ALL):
        return Scope()
    return Scope(organisation_id=user.organisation_id)


def learner_q(scope, prefix="", organisation=None, municipality=None, team=None):
    """Rows of learners inside the scope and the chosen filters; `prefix` leads from the row to the user."""
    q = Q()
    if not scope.is_everything:
        q &= Q(**{f"{prefix}organisation_id": scope.organisation_id})
    if organisation is not None:
        q &= Q(**{f"{prefix}organisation": organisation})
    if municipality:
        q &= Q(**{f"{prefix}organisation__municipality": municipality})
    if team is not None:
        q &= Q(**{f"{prefix}team": team})
    return q


def cell_q(scope, organisation=None, municipality=None, team=None):
    """Cells of the item statistics (`reports.models.ItemStatistics` and its siblings) inside the scope and the
    chosen filters: the same rows of learners as `learner_q`, by the organisation and team ids the cells carry
    (0 for none, which no filter matches)."""
    q = Q()
    if not scope.is_everything:
        q &= Q(organisation_id=scope.organisation_id)
    if organisation is not None:
        q &= Q(organisation_id=organisation.pk)
    if municipality:
        q &= Q(organisation_id__in=Organisation.objects.filter(municipality=municipality).values("pk"))
    if team is not None:
        q &= Q(team_id=team.pk)
    return q


def certificate_q(scope, organisation=None, municipality=None, team=None):
    """Certificates in the scope: by the learner's organisation and team, or the team session's (the
    organisation and team it was held for) for those without an account."""
    q = Q()

    def either(lookup, value):
        return Q(**{f"learner__{lookup}": value}) | Q(learner__isnull=True, **{f"team_session__{lookup}": value})

    if not scope.is_everything:
        q &= either("organisation_id", scope.organisation_id)
    if organisation is not None:
        q &= either("organisation", organisation)
    if municipality:
        q &= either("organisation__municipality", municipality)
    if team is not None:
        q &= either("team", team)
    return q


def registration_q(scope, prefix=""):
    """Briefing registrations in the scope; `prefix` leads from the row to the registration
    (e.g. "registrations__" from a briefing session)."""
    if scope.is_everything:
        return Q()
    return Q(**{f"{prefix}user__organisation_id": scope.organisation_id})


def team_session_q(scope):
    """Team sessions in the scope: those held for the organisation."""
    if scope.is_everything:
        return Q()
    return Q(organisation_id=scope.organisation_id)
