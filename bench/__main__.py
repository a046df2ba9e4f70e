"""`python -m bench`: the memorial benchmark on PostgreSQL.

1. Prepares two databases, DATABASE_URL (default …/caesar_bench, 10,000 memorials) and the
   same name with "_1k" (1,000 memorials): creates, migrates, loads the demo site and seeds
   fictional memorials up to the target (skipped when already there).
2. In each, counts the SQL queries of a memorial page and of the index's first page: they
   must be equal at 1,000 and at 10,000 memorials.
3. At 10,000, times a memorial page, the index's first page, a filtered index page and a name
   search through Django's test client (one after another) and through gunicorn (a small
   thread-pool load generator), with the page cache off so that every request renders.
4. Prints a table; exits 1 when a p95 is 100 ms or more or the query counts differ.

Options: --count, --small, --requests, --concurrency, --workers, --skip-gunicorn.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.measure import summary

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/caesar_bench"
GOAL_MS = 100.0


def log(message):
    print(message, file=sys.stderr, flush=True)


def env_for(database_url, **extra):
    env = dict(os.environ)
    env.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="bench.settings", **extra)
    env["PYTHONPATH"] = str(ROOT)
    return env


def run(args, database_url, capture=False):
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [PYTHON, *args],
        cwd=ROOT,
        env=env_for(database_url),
        check=True,
        text=True,
        # Commands' chatter goes to stderr; stdout is kept for the table.
        stdout=subprocess.PIPE if capture else sys.stderr,
    )
    return result.stdout


def ensure_database(database_url):
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            log(f"Creating database {name}")
            connection.execute(f'CREATE DATABASE "{name}"')


def memorial_count(database_url) -> tuple[int, bool]:
    out = run(
        [
            "manage.py",
            "shell",
            "-c",
            "from memorial.models import MemorialIndexPage, Person;"
            "print(Person.objects.filter(memorial_pages__is_fictional_sample=True)"
            ".distinct().count(), MemorialIndexPage.objects.exists())",
        ],
        database_url,
        capture=True,
    )
    count, has_index = out.strip().splitlines()[-1].split()
    return int(count), has_index == "True"


def prepare(database_url, target):
    ensure_database(database_url)
    log(f"Migrating {database_url}")
    run(["manage.py", "migrate", "--no-input", "-v", "0"], database_url)
    count, has_index = memorial_count(database_url)
    if not has_index:
        log("Loading the demo site")
        run(["manage.py", "load_demo", "--force"], database_url)  # a throw-away database
        count, _ = memorial_count(database_url)
    if count < target:
        log(f"Seeding {target - count} memorials (have {count})")
        run(["manage.py", "seed_memorials", str(target - count)], database_url)
    else:
        log(f"{count} memorials already there: not seeding")
    # Fresh planner statistics: a migration may have added columns since the last seeding.
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("ANALYZE")


def measure(database_url, requests, counts_only=False):
    args = ["-m", "bench.measure", "--requests", str(requests)]
    if counts_only:
        args.append("--counts-only")
    return json.loads(run(args, database_url, capture=True).strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url) -> float:
    request = urllib.request.Request(url, headers={"Host": "localhost"})  # noqa: S310
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - 127.0.0.1
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: {response.status}")
    return (time.perf_counter() - started) * 1000


def gunicorn_timings(database_url, targets, requests, concurrency, workers) -> dict:
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "website.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env_for(database_url),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                fetch(base + targets["index, first page"][0])
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        results = {}
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for name, urls in targets.items():
                list(pool.map(fetch, [base + url for url in urls]))  # warm every worker
                list(pool.map(fetch, [base + url for url in urls]))
                batch = [base + urls[i % len(urls)] for i in range(requests)]
                started = time.perf_counter()
                samples = list(pool.map(fetch, batch))
                elapsed = time.perf_counter() - started
                results[name] = {**summary(samples), "rps": len(samples) / elapsed}
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-gunicorn", action="store_true")
    args = parser.parse_args()

    large_url = os.environ.get("DATABASE_URL") or DEFAULT_URL
    parts = urlsplit(large_url)
    small_url = urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_1k"))

    prepare(small_url, args.small)
    prepare(large_url, args.count)
    log("Counting queries at the small size")
    small = measure(small_url, args.requests, counts_only=True)
    log("Measuring through the test client")
    large = measure(large_url, args.requests)
    served = {}
    if not args.skip_gunicorn:
        log(f"Measuring through gunicorn ({args.workers} workers, {args.concurrency} clients)")
        served = gunicorn_timings(
            large_url, large["urls"], args.requests, args.concurrency, args.workers
        )

    failures = []
    print(f"\nMemorial benchmark: {large['memorials']} memorials (PostgreSQL, page cache off)\n")
    print(
        f"{'page':<20} {'client median':>14} {'client p95':>11} "
        f"{'gunicorn median':>16} {'gunicorn p95':>13} {'req/s':>7}"
    )
    for name, client in large["client"].items():
        row = f"{name:<20} {client['median']:>11.1f} ms {client['p95']:>8.1f} ms"
        if client["p95"] >= GOAL_MS:
            failures.append(f"{name}: test client p95 {client['p95']:.1f} ms")
        if name in served:
            s = served[name]
            row += f" {s['median']:>13.1f} ms {s['p95']:>10.1f} ms {s['rps']:>7.1f}"
            if s["p95"] >= GOAL_MS:
                failures.append(f"{name}: gunicorn p95 {s['p95']:.1f} ms")
        print(row)
    print(
        f"\nSQL queries        at {small['memorials']:>6} memorials   "
        f"at {large['memorials']:>6} memorials"
    )
    for name, count in large["queries"].items():
        print(f"{name:<20} {small['queries'][name]:>16} {count:>21}")
        if small["queries"][name] != count:
            failures.append(f"{name}: {small['queries'][name]} queries vs {count}")
    print(f"\nGoal: every p95 below {GOAL_MS:.0f} ms; query counts equal at both sizes.")
    if failures:
        print("MISSED: " + "; ".join(failures))
        sys.exit(1)
    print("All goals met.")


if __name__ == "__main__":
    main()
