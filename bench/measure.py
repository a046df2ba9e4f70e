"""Runs inside one database (DATABASE_URL): finds the URLs to measure, counts their SQL
queries and times them through Django's test client. Prints one JSON document.
Usage: python -m bench.measure [--requests N]"""

import argparse
import json
import os
import statistics
import time
from urllib.parse import urlencode

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from memorial.models import MemorialIndexPage, MemorialPage, Person  # noqa: E402

HOST = "localhost"
SEARCHES = [
    "Mohamed Hamwi",
    "محمد الحموي",
    "Abdulrahman Chami",
    "عبد الرحمن الشامي",
    "Hussein",
    "Nureddin",
    "Khaled al-Khatib",
    "Fatma",
    "Mahmud Halaby",
    "Youssef Zeitoun",
]
FILTERS = ["governorate=aleppo", "governorate=homs&year=2013", "year=2012", "governorate=daraa"]


def urls(language="en") -> dict[str, list[str]]:
    index = MemorialIndexPage.objects.get(locale__language_code=language)
    index_url = index.relative_url(index.get_site())
    memorials = (
        MemorialPage.objects.public()
        .filter(locale__language_code=language, is_fictional_sample=True)
        .order_by("pk")
    )
    memorial_urls = [m.relative_url(m.get_site()) for m in memorials[100:110]]
    return {
        "memorial page": memorial_urls,
        "index, first page": [index_url],
        "index, filtered": [f"{index_url}?{query}" for query in FILTERS],
        "name search": [f"{index_url}?{urlencode({'q': query})}" for query in SEARCHES],
    }


def query_counts(targets) -> dict[str, int]:
    client = Client(HTTP_HOST=HOST)
    counts = {}
    for name in ("memorial page", "index, first page"):
        url = targets[name][0]
        client.get(url)  # warm
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[name] = len(captured)
    return counts


def timings(targets, requests) -> dict[str, dict]:
    client = Client(HTTP_HOST=HOST)
    results = {}
    for name, pool in targets.items():
        for url in pool:
            assert client.get(url).status_code == 200, url  # warm, and check
        samples = []
        for i in range(requests):
            url = pool[i % len(pool)]
            started = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        results[name] = summary(samples)
    return results


def summary(samples) -> dict:
    ordered = sorted(samples)
    return {
        "n": len(ordered),
        "median": statistics.median(ordered),
        "p95": ordered[max(0, round(0.95 * len(ordered)) - 1)],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--counts-only", action="store_true")
    args = parser.parse_args()
    targets = urls()
    memorials = Person.objects.filter(memorial_pages__live=True).distinct().count()
    document = {"memorials": memorials, "urls": targets, "queries": query_counts(targets)}
    if not args.counts_only:
        document["client"] = timings(targets, args.requests)
    print(json.dumps(document))


if __name__ == "__main__":
    main()
