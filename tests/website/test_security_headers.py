"""Headers every response carries, and security.txt."""

import pytest


@pytest.mark.parametrize("path", ["/en/", "/ar/about/", "/fr/no-such-page/"])
def test_public_pages_have_a_strict_content_security_policy(demo, client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_security_txt_names_a_contact_and_an_expiry(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Contact: mailto:" in text
    assert "Expires: " in text


def test_admin_inline_scripts_are_allowed_by_hash_not_unsafe_inline():
    from website.middleware import _script_hashes

    html = (
        b'<script type="application/json" id="data">{"a": 1}</script>'
        b"<script>initDateTimeChooser('x');</script>"
        b'<script src="/static/app.js"></script>'
    )
    hashes = _script_hashes(html)
    assert len(hashes) == 1
    assert hashes[0].startswith("'sha256-")


def test_admin_pages_allow_exactly_their_inline_scripts_by_hash(demo, client):
    """Through the real middleware: the page editor has inline scripts (date pickers); each
    one's hash is in the policy, and the policy still has no 'unsafe-inline'."""
    from tests.accounts_helpers import create_user, login_verified
    from website.middleware import _script_hashes
    from website.models import HomePage

    admin, _secret = create_user("csp-admin", superuser=True)
    login_verified(client, admin)
    home = HomePage.objects.get(locale__language_code="en")
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    hashes = _script_hashes(response.content)
    assert hashes, "the page editor has inline scripts"
    policy = response["Content-Security-Policy"]
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src"))
    assert all(digest in script_src.split() for digest in hashes)
    assert "unsafe-inline" not in policy
