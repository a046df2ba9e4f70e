"""Demo accounts: one per role plus a superuser, each with a known development password and a
second factor already set up, whose secret is printed so that a developer can add it to an
authenticator app (or compute codes with `oathtool --totp -b SECRET`).

Called by `manage.py load_demo`, which refuses to run without DEBUG unless forced: these
accounts never exist on a real site. Secrets are derived from the user name, so that loading
again keeps the codes an app already shows."""

import hashlib
from base64 import b32encode
from binascii import unhexlify

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import roles
from .two_factor import APP_DEVICE_NAME

DEMO_PASSWORD = "caesar-demo-password"  # noqa: S105 (development accounts only)
SUPERUSER = ("admin", "admin-dev-password")  # the account load_demo always created

DEMO_USERS = [
    ("editor", roles.EDITORS),
    ("consent-officer", roles.CONSENT_OFFICERS),
    ("moderator", roles.MODERATORS),
    ("translator-ar", roles.TRANSLATORS.format(language="ar")),
    ("translator-fr", roles.TRANSLATORS.format(language="fr")),
    ("translator-de", roles.TRANSLATORS.format(language="de")),
    ("administrator", roles.ADMINISTRATORS),
]


def demo_secret_hex(username: str) -> str:
    return hashlib.sha256(f"demo-totp:{username}".encode()).hexdigest()[:40]


def _device(user) -> TOTPDevice:
    key = demo_secret_hex(user.get_username())
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, key=key, confirmed=True)
    return device


def _user(username, password, *, superuser=False, group=None):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        email = f"{username}@example.org"
        if superuser:
            user = User.objects.create_superuser(username, email, password)
        else:
            user = User.objects.create_user(username, email, password)
    if group is not None:
        user.groups.add(Group.objects.get(name=group))
    return user


def load(context):
    lines = ["Demo accounts (development only; password, then the TOTP secret for your app):"]
    accounts = [(*SUPERUSER, True, None)] + [
        (username, DEMO_PASSWORD, False, group) for username, group in DEMO_USERS
    ]
    for username, password, superuser, group in accounts:
        user = _user(username, password, superuser=superuser, group=group)
        device = _device(user)
        secret = b32encode(unhexlify(device.key)).decode().rstrip("=")
        role = "superuser" if superuser else group
        lines.append(f"  {username:<16} {password:<22} {secret}  ({role})")
    lines.append("  Sign in at http://127.0.0.1:8000/admin/ ; codes: oathtool --totp -b SECRET")
    context.write("\n".join(lines))
