"""The module lists' template tags.

- `{% module_catalogue as catalogue %}`: the module catalogue for pages of lower layers (the home page).
- `{% card_fragment "name" course %}…{% endcard_fragment %}`: the part of a module card that is the same for
  every learner, rendered once per worker for each state of the pages (`courses.catalogue.CardFragments`).
"""

from django import template
from django.utils.translation import get_language

from wagtail.models import Site

from courses.catalogue import card_fragments, catalogue_context

register = template.Library()


@register.simple_tag(takes_context=True)
def module_catalogue(context):
    """The same lists as the modules page, without the team filter (see `catalogue_context`)."""
    return catalogue_context(context["request"], limit=None)


class CardFragmentNode(template.Node):
    def __init__(self, name, course, nodelist):
        self.name, self.course, self.nodelist = name, course, nodelist

    def render(self, context):
        course = self.course.resolve(context)
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        key = (self.name, course.pk, get_language(), site.pk if site else None)
        return card_fragments.get_or_render(
            context.get("catalogue_generation"), key, lambda: self.nodelist.render(context)
        )


@register.tag
def card_fragment(parser, token):
    """`{% card_fragment "name" course %}…{% endcard_fragment %}`. Inside goes only HTML that depends on the
    module, the interface language and the site, never on the learner (progress stays outside). The context
    needs `catalogue_generation` (from `catalogue_context`; without it the HTML is rendered every time).
    Raises TemplateSyntaxError unless given a quoted name and a module."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Usage: {% card_fragment "name" course %}…{% endcard_fragment %}')
    nodelist = parser.parse(("endcard_fragment",))
    parser.delete_first_token()
    return CardFragmentNode(bits[1][1:-1], parser.compile_filter(bits[2]), nodelist)
