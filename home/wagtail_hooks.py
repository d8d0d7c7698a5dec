from wagtail import hooks

# Wagtail's own help items open English pages on wagtail.org (release notes, the editor guide); the people
# who run this admin read Dutch, and the release notes are for developers. The keyboard shortcuts stay.
ENGLISH_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def keep_dutch_help_only(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_HELP_ITEMS)]
