import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Leren Kijken"
    slug = "home"
    intro = "<p>Mensenhandel herkennen in Flevoland.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Wat te doen bij signalen"
    slug = "wat-te-doen-bij-signalen"
    intro = "<p>Zo ga je te werk.</p>"

    class Meta:
        model = StandardPage
