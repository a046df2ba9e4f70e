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
