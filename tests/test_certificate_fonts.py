import io
import unicodedata

from django.urls import reverse

import pytest
from pypdf import PdfReader

from certificates import pdf
from certificates.factories import CertificateFactory
from home import fonts

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

# What people in Flevoland are called, one name per script the certificate must print.
SCRIPT_NAMES = {
    "latin": "Sanne de Vries-van 't Hof",
    "cyrillic": "Олена Коваленко",
    "greek": "Γιώργος Παπαδόπουλος",
    "arabic": "محمد عبد الله",
    "chinese": "王小明",
    "turkish": "Şükrü Güleç İğdır",
    "polish": "Łukasz Żółć-Wąsik",
    "mixed": "Mei 王 Özdemir",
}


def text_layer(data):
    """The PDF's text, in NFKC: Arabic letters are drawn in their joined presentation forms, which NFKC maps
    back to the letters that were typed."""
    return unicodedata.normalize("NFKC", PdfReader(io.BytesIO(data)).pages[0].extract_text())


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
class TestEveryScriptPrints:
    @pytest.mark.parametrize("script", SCRIPT_NAMES)
    def test_name_is_in_the_text_layer_as_typed(self, home_page, media_root, script):
        """A Latin, Cyrillic, Greek, Arabic, Chinese, Turkish or Polish name is in the PDF as typed, no boxes."""
        name = SCRIPT_NAMES[script]

        text = text_layer(pdf.render_certificate_pdf(CertificateFactory(full_name=name)))

        assert name in text
        assert "\x00" not in text and "■" not in text

    def test_chinese_characters_are_drawn_by_a_cjk_font(self):
        """Chinese characters go to a fallback font that has them; the Latin letters around them stay DejaVu."""
        runs = fonts.runs("Mei 王小明 Li")

        assert [run for _font, run in runs] == ["Mei ", "王小明 ", "Li"]
        assert runs[0][0].family == fonts.BASE_FAMILY and runs[2][0].family == fonts.BASE_FAMILY
        assert runs[1][0].family != fonts.BASE_FAMILY and all(runs[1][0].draws(char) for char in "王小明")


@pytest.mark.django_db
class TestLongNames:
    @pytest.mark.parametrize(
        "name",
        ["Maria Magdalena Johanna Wilhelmina van den Bergh-Oudshoorn tot Zevenaar", "王" * 60, "A" * 150],
    )
    def test_long_name_is_set_small_enough_to_fit(self, home_page, media_root, name):
        """A long name gets a smaller size that fits the line (or wraps at the smallest size) and stays whole."""
        size = fonts.name_font_size(name)

        assert fonts.NAME_MIN_SIZE <= size < fonts.NAME_MAX_SIZE
        if size > fonts.NAME_MIN_SIZE:
            assert fonts.text_width(name, size) <= fonts.NAME_LINE_WIDTH
        reader = PdfReader(io.BytesIO(pdf.render_certificate_pdf(CertificateFactory(full_name=name))))
        assert len(reader.pages) == 1
        assert "".join(name.split()) in "".join(reader.pages[0].extract_text().split())

    def test_short_name_keeps_the_large_size(self):
        """A short name is set at the largest size."""
        assert fonts.name_font_size("Jan Jansen") == fonts.NAME_MAX_SIZE


@pytest.mark.django_db
class TestUndrawableNamesAreRefused:
    def test_sign_up_refuses_a_name_the_certificate_cannot_show(self, client, organisation, audiences):
        """A name with a character no certificate font has is refused at sign-up, naming that character."""
        response = client.post(
            reverse("account_signup"),
            {
                "full_name": "Jan \U0001fae0 Jansen",
                "email": "jan@example.org",
                "organisation": organisation.pk,
                "team": audiences.social.pk,
                "password1": "een-lang-wachtwoord-42",
                "password2": "een-lang-wachtwoord-42",
            },
        )

        assert response.status_code == 200
        assert "\U0001fae0" in response.context["form"].errors["full_name"][0]


def test_an_invisible_character_is_named_by_its_code():
    """A control character cannot be seen, so the message names its code (U+0007), not a blank."""
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        fonts.validate_printable_name("Jan\x07 Piet")
    assert "U+0007" in " ".join(refused.value.messages)
