"""Nothing off-site at run time: crawling the Wagtail admin as the coordinator asks nothing of another host."""

from urllib.parse import urljoin, urlsplit

import pytest

from accounts.factories import UserFactory
from reports.roles import ensure_roles
from tests.test_reports import build_report_data

from .conftest import log_in

MAX_PAGES = 24  # every kind of admin screen the links reach first (each waits for the network to go quiet)
SKIP = ("logout", "delete", "/unpublish", "/lock", "/unlock", "/revisions/", "/copy", "/move", "/workflow", "export")


@pytest.fixture
def admin_site(transactional_db, catalogue, audiences):
    ensure_roles()
    build_report_data(catalogue, audiences)
    for n in range(3):
        UserFactory(email=f"collega{n}@example.org", full_name=f"Collega {n}")
    return UserFactory(
        email="coordinator@example.org", full_name="Sanne de Vries", organisation=None, is_staff=True, is_superuser=True
    )


def test_admin_crawl_makes_no_off_site_request(page, live_server, admin_site):
    """Every request the browser makes on the admin's pages (users list, dashboard, editors) stays on the site."""
    site = urlsplit(live_server.url).netloc
    off_site = []

    def record(request):
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc != site:
            off_site.append(f"{request.url} (from {page.url})")

    page.on("request", record)
    log_in(page, live_server, "coordinator@example.org")
    queue = ["/admin/", "/admin/users/", "/admin/account/", "/admin/pages/", "/admin/images/", "/admin/documents/"]
    seen = set()
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))"):
            target = urlsplit(urljoin(page.url, href))
            if target.netloc == site and target.path.startswith("/admin/") and not any(s in target.path for s in SKIP):
                queue.append(target.path)
    assert len(seen) >= 20, f"the crawl reached only {sorted(seen)}"
    assert "/admin/users/" in seen
    assert not off_site, "\n".join(off_site)
