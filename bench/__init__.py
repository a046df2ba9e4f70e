"""`make bench` (`python -m bench`): seeds fictional memorials on PostgreSQL and measures the
memorial pages through Django's test client and through gunicorn. Never part of `make test`."""
