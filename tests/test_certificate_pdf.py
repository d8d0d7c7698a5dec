import builtins
import io
import socket
import threading
from pathlib import Path

from django.conf import settings as django_settings
from django.core.files.storage import default_storage, storages
from django.db import connection

import pytest
import reportlab
import segno
import wagtail_factories
import xhtml2pdf
from pypdf import PdfReader
from xhtml2pdf.config.resources import ResourceAccessError

from certificates import pdf
from certificates.factories import CertificateFactory
from certificates.models import Certificate
from home import fonts
from home.models import SiteSettings
from home.pdf import current_policy

NAMES = ["Łukasz Żółć", "Nguyễn Thị Hương", "Ağaoğlu", "Ørsted"]
HOSTILE_NAMES = [
    '<img src="http://127.0.0.1:9/x.png">',
    '<link rel=stylesheet href="file:///etc/passwd">',
    "</style><style>@import url(http://example.com/a.css)</style>",
    "/etc/passwd",
]


def pdf_text(data):
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def flat(text):
    """Text with every run of whitespace as one space, so a line wrapped in the PDF still matches."""
    return " ".join(text.split())


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
class TestCertificateContent:
    @pytest.mark.parametrize("name", NAMES)
    def test_names_with_diacritics_print_exactly(self, home_page, media_root, name):
        """A Polish, Vietnamese, Turkish or Danish name comes out of the PDF letter for letter."""
        certificate = CertificateFactory(full_name=name)

        text = pdf_text(pdf.render_certificate_pdf(certificate))

        assert name in text
        assert certificate.course_title in text
        assert certificate.display_code in text

    def test_page_is_a4_landscape(self, home_page, media_root):
        """The certificate is one A4 page in landscape: about 842 by 595 points."""
        reader = PdfReader(io.BytesIO(pdf.render_certificate_pdf(CertificateFactory())))
        box = reader.pages[0].mediabox

        assert len(reader.pages) == 1
        assert float(box.width) > float(box.height)
        assert float(box.width) == pytest.approx(842, abs=1)
        assert float(box.height) == pytest.approx(595, abs=1)

    def test_dutch_text_dates_teams_and_coordinator(self, home_page, media_root):
        """The page reads in Dutch, with Dutch dates, the teams and the coordinator from the site settings."""
        certificate = CertificateFactory(audience_names="Sociaal domein, Onderwijs")
        certificate.issued_at = certificate.issued_at.replace(year=2026, month=11, day=28, hour=12)
        certificate.valid_until = certificate.valid_until.replace(year=2028, month=11, day=27)

        text = flat(pdf_text(pdf.render_certificate_pdf(certificate)))

        assert "Certificaat" in text
        assert "Leren Kijken – mensenhandel herkennen in Flevoland" in text
        # "dat <naam> de module … met goed gevolg heeft afgerond": the verb at the end of the subordinate clause.
        assert "de module Mensenhandel herkennen in het sociaal domein met goed gevolg heeft afgerond." in text
        assert "heeft de module" not in text
        assert "Voor de teams: Sociaal domein, Onderwijs" in text
        assert "Uitgegeven op 28 november 2026" in text
        assert "Geldig tot 27 november 2028" in text
        assert "Sanne de Vries" in text
        assert "Zorgcoördinator mensenhandel Flevoland" in text

    @pytest.mark.parametrize(
        ("names", "line"),
        [("Sociaal domein", "Voor het team: Sociaal domein"), ("Zorg, Onderwijs", "Voor de teams: Zorg, Onderwijs")],
        ids=["one", "two"],
    )
    def test_one_team_is_het_team_several_are_de_teams(self, home_page, media_root, names, line):
        """The teams line is singular for one team ("Voor het team"), plural for several ("Voor de teams")."""
        text = flat(pdf_text(pdf.render_certificate_pdf(CertificateFactory(audience_names=names))))

        assert line in text

    def test_no_teams_line_for_a_module_for_no_team(self, home_page, media_root):
        """A module that names no team prints no teams line."""
        text = flat(pdf_text(pdf.render_certificate_pdf(CertificateFactory(audience_names=""))))

        assert "Voor het team" not in text and "Voor de teams" not in text

    def test_signature_and_logo_are_drawn_when_set(self, home_page, media_root):
        """The coordinator's signature and the logo from the site settings are images on the page."""
        site_settings = SiteSettings.objects.get()
        site_settings.coordinator_signature = wagtail_factories.ImageFactory(file__width=600, file__height=200)
        site_settings.logo = wagtail_factories.ImageFactory(file__width=400, file__height=400)
        site_settings.save()

        reader = PdfReader(io.BytesIO(pdf.render_certificate_pdf(CertificateFactory())))

        assert len(reader.pages[0].images) == 3  # signature, logo and QR code

    def test_missing_image_file_is_left_out(self, home_page, media_root):
        """A signature whose file has gone from storage is left out; the certificate still renders."""
        site_settings = SiteSettings.objects.get()
        site_settings.coordinator_signature = wagtail_factories.ImageFactory()
        site_settings.save()
        default_storage.delete(site_settings.coordinator_signature.file.name)

        reader = PdfReader(io.BytesIO(pdf.render_certificate_pdf(CertificateFactory())))

        assert len(reader.pages[0].images) == 1  # the QR code only

    def test_qr_code_points_to_the_verification_url(self, home_page, media_root, monkeypatch):
        """The QR code encodes the absolute verification URL, which is also printed under it."""
        encoded = []
        real_make = segno.make

        def recording_make(content, *args, **kwargs):
            encoded.append(content)
            return real_make(content, *args, **kwargs)

        monkeypatch.setattr(segno, "make", recording_make)
        certificate = CertificateFactory()
        url = f"{django_settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/verifieer/{certificate.code}/"

        text = pdf_text(pdf.render_certificate_pdf(certificate))

        assert encoded == [url]
        assert url in text

    def test_render_error_raises(self, home_page, media_root, monkeypatch):
        """When xhtml2pdf reports an error, rendering raises instead of returning a broken PDF."""

        def failing_create_pdf(*args, **kwargs):
            return type("Result", (), {"err": 1, "log": [("error", 1, "broken", "")]})()

        from xhtml2pdf import pisa

        monkeypatch.setattr(pisa, "CreatePDF", failing_create_pdf)

        with pytest.raises(pdf.CertificateRenderError):
            pdf.render_certificate_pdf(CertificateFactory())


@pytest.mark.django_db
class TestHostileNames:
    def allowed_roots(self):
        roots = [
            django_settings.CERTIFICATE_FONT_DIR,
            django_settings.STATIC_ROOT,
            django_settings.MEDIA_ROOT,
            Path(xhtml2pdf.__file__).parent,
            Path(reportlab.__file__).parent,
            *fonts.font_directories(),
        ]
        roots += [entry[1] if isinstance(entry, tuple) else entry for entry in django_settings.STATICFILES_DIRS]
        return [Path(root).resolve() for root in roots if root]

    @pytest.mark.parametrize("name", HOSTILE_NAMES)
    def test_markup_in_a_name_prints_as_text_and_fetches_nothing(self, home_page, media_root, monkeypatch, name):
        """A name full of HTML, CSS or a path opens no connection, reads no other file and prints as typed."""
        pdf.render_certificate_pdf(CertificateFactory())  # first render: templates, translations, fonts
        connections, opened = [], []
        real_open = builtins.open

        def refuse_connection(*args, **kwargs):
            connections.append(args)
            raise OSError("no network while rendering a certificate")

        def recording_open(file, *args, **kwargs):
            if isinstance(file, str | bytes | Path):
                opened.append(Path(file.decode() if isinstance(file, bytes) else file).resolve())
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(socket.socket, "connect", refuse_connection)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse_connection)
        monkeypatch.setattr(socket, "create_connection", refuse_connection)
        monkeypatch.setattr(socket, "getaddrinfo", refuse_connection)
        monkeypatch.setattr(builtins, "open", recording_open)
        monkeypatch.setattr(io, "open", recording_open)  # pathlib reads through io.open
        certificate = CertificateFactory(full_name=name)

        text = pdf_text(pdf.render_certificate_pdf(certificate))

        monkeypatch.undo()
        roots = self.allowed_roots()
        assert connections == []
        assert [path for path in opened if not any(path.is_relative_to(root) for root in roots)] == []
        assert flat(name) in flat(text)

    def test_policy_refuses_network_and_files_outside_the_allowed_folders(self, media_root):
        """The renderer's policy refuses any URL and any file outside the font, static and media folders."""
        policy = current_policy()

        with pytest.raises(ResourceAccessError):
            policy.check_url("https://example.com/logo.png")
        with pytest.raises(ResourceAccessError):
            policy.check_path("/etc/passwd")
        policy.check_path(Path(django_settings.CERTIFICATE_FONT_DIR) / "DejaVuSans.ttf")
        policy.check_path(Path(media_root) / "images" / "logo.png")


@pytest.mark.django_db
class TestStoredPdf:
    def test_rendered_once_and_stored(self, home_page, media_root, monkeypatch):
        """The first call renders and stores the PDF; the second returns the same file without rendering."""
        renders = []
        real_render = pdf.render_certificate_pdf

        def counting_render(certificate):
            renders.append(certificate.code)
            return real_render(certificate)

        monkeypatch.setattr(pdf, "render_certificate_pdf", counting_render)
        certificate = CertificateFactory()

        first = pdf.ensure_certificate_pdf(certificate.code)
        second = pdf.ensure_certificate_pdf(certificate.code)

        assert renders == [certificate.code]
        assert first == second == f"certificates/{certificate.code}.pdf"
        assert Certificate.objects.get(pk=certificate.pk).pdf.name == first
        with storages["private"].open(first, "rb") as stored:
            assert stored.read().startswith(b"%PDF")

    def test_leftover_file_is_replaced_under_the_expected_name(self, home_page, media_root):
        """A file left by a rolled-back render is replaced, so the name stays certificates/<code>.pdf."""
        certificate = CertificateFactory()
        storages["private"].save(f"certificates/{certificate.code}.pdf", io.BytesIO(b"half a pdf"))

        name = pdf.ensure_certificate_pdf(certificate.code)

        assert name == f"certificates/{certificate.code}.pdf"
        with storages["private"].open(name, "rb") as stored:
            assert stored.read().startswith(b"%PDF")

    def test_failed_render_stores_nothing(self, home_page, media_root, monkeypatch):
        """When rendering fails, the error reaches the caller and the certificate keeps no PDF."""

        def failing_render(certificate):
            raise pdf.CertificateRenderError("broken")

        monkeypatch.setattr(pdf, "render_certificate_pdf", failing_render)
        certificate = CertificateFactory()

        with pytest.raises(pdf.CertificateRenderError):
            pdf.ensure_certificate_pdf(certificate.code)

        assert not Certificate.objects.get(pk=certificate.pk).pdf


@pytest.mark.django_db(transaction=True)
class TestConcurrentDownloads:
    def test_two_concurrent_calls_render_once(self, home_page, media_root, monkeypatch):
        """Two simultaneous first downloads render the PDF once and get the same file."""
        renders = []
        real_render = pdf.render_certificate_pdf
        both_started = threading.Barrier(2)

        def counting_render(certificate):
            renders.append(certificate.code)
            return real_render(certificate)

        monkeypatch.setattr(pdf, "render_certificate_pdf", counting_render)
        certificate = CertificateFactory()
        names, errors = [], []

        def download():
            try:
                both_started.wait()
                names.append(pdf.ensure_certificate_pdf(certificate.code))
            except Exception as error:  # noqa: BLE001 - reported by the assert below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=download) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        assert renders == [certificate.code]
        assert names == [f"certificates/{certificate.code}.pdf"] * 2
