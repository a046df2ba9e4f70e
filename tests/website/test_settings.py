"""Production settings refuse unsafe configuration and pass Django's deployment checks."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

GOOD_KEY = "k" * 30 + "-production-secret-" + "z" * 20


def run_production(*args, **env):
    # A clean environment: nothing the test run itself set (such as the browser layer's
    # DJANGO_ALLOW_ASYNC_UNSAFE) may leak into the production checks.
    leaking = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG")
    environment = {key: value for key, value in os.environ.items() if key not in leaking}
    environment.update({"DJANGO_SETTINGS_MODULE": "website.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_production("check", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_production("check", SECRET_KEY="short", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_production("check", SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr


def test_check_deploy_reports_no_warnings():
    result = run_production("check", "--deploy", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_s3_without_private_bucket_is_refused():
    result = run_production(
        "check",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="example.org",
        AWS_STORAGE_BUCKET_NAME="public-media",
    )
    assert result.returncode != 0
    assert "AWS_PRIVATE_STORAGE_BUCKET_NAME" in result.stderr


def test_load_demo_refuses_when_debug_is_off():
    result = run_production("load_demo", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DEBUG is off" in result.stderr


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_malformed_boolean_variable_is_refused(value):
    result = run_production("check", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="example.org", DEBUG=value)
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr
