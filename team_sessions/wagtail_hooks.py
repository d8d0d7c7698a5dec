"""The team-session permissions in Wagtail's group editor, so a coordinator can make a facilitators' group."""

from django.contrib.auth.models import Permission

from wagtail import hooks


@hooks.register("register_permissions")
def team_session_permissions():
    """Run a team session (`add_teamsession`), see one's own (`view_teamsession`), and present or stop anyone's
    (`change_teamsession`, `delete_teamsession`); `team_sessions.services` checks these."""
    return Permission.objects.filter(content_type__app_label="team_sessions", content_type__model="teamsession")
