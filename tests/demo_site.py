"""Loading the demo site into the test database, for the conftests of every layer (a module of
its own: importing one conftest from another would register its fixtures twice)."""

import os

from django.core.management import call_command


def load_demo():
    with open(os.devnull, "w") as silent:
        call_command("load_demo", force=True, stdout=silent)


def ensure_demo():
    """Load the demo site unless it is there (a transactional test may have emptied it)."""
    from website.models import HomePage

    if not HomePage.objects.exists():
        load_demo()
