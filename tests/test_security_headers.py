import pytest

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


@pytest.mark.django_db
class TestHeaders:
    def test_pages_send_a_strict_content_security_policy(self, client, catalogue):
        """Public pages allow only the site's own scripts: no 'unsafe-inline', nothing from elsewhere."""
        response = client.get(catalogue.home.url)
        policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
        assert policy["script-src"].startswith("'self'") and "unsafe-inline" not in policy["script-src"]
        assert policy["default-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
        assert policy["object-src"] == "'none'"

    def test_a_page_that_needs_an_inline_script_gets_a_fresh_nonce(self, rf):
        """A template that uses request.csp_nonce gets a per-request nonce in script-src."""
        from django.http import HttpResponse

        from csp.middleware import CSPMiddleware

        def view(request):
            return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

        nonces = []
        for _ in range(2):
            response = CSPMiddleware(view)(rf.get("/"))
            nonces.append(response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0])
        assert nonces[0] != nonces[1]

    def test_referrer_nosniff_and_permissions_policy(self, client, catalogue):
        """Every page says same-origin referrers, nosniff, and switches off camera, microphone and location."""
        response = client.get(catalogue.home.url)
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]

    def test_healthz_checks_database_and_cache(self, client):
        """/healthz answers 200 with the database and cache both ok."""
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}

    def test_healthz_reports_a_broken_cache(self, client, monkeypatch):
        """When the cache fails, /healthz says so with a 503."""

        def broken(*args, **kwargs):
            raise ConnectionError("redis down")

        monkeypatch.setattr("django.core.cache.cache.set", broken)
        response = client.get("/healthz")
        assert response.status_code == 503 and response.json()["cache"].startswith("error")


@pytest.mark.django_db
def test_admin_log_in_goes_through_the_rate_limited_log_in(client, settings, django_user_model):
    """The Wagtail admin has no log-in of its own: it uses allauth's, whose failed attempts are limited."""
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert client.get("/admin/", follow=True).redirect_chain[-1][0].startswith("/account/login/")
    django_user_model.objects.create_user(email="editor@example.org", password="echt-goed-wachtwoord", full_name="E")
    pages = [
        client.post("/account/login/", {"login": "editor@example.org", "password": "fout"}).content.decode()
        for _ in range(6)
    ]
    assert "Te veel inlogpogingen" not in pages[0]
    assert "Te veel inlogpogingen" in pages[-1]
    # Even the right password is refused while the limit holds.
    page = client.post("/account/login/", {"login": "editor@example.org", "password": "echt-goed-wachtwoord"})
    assert "Te veel inlogpogingen" in page.content.decode()
