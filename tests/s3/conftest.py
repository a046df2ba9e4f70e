"""The S3 layer: moto's S3 server, started in-process on a free port, with a public and a
private bucket; Django's storages are pointed at it through ``media_storages()``, the same
function that builds them in production from the AWS_* environment variables."""

import uuid

import boto3
import pytest
from botocore.config import Config
from moto.server import ThreadedMotoServer

from website.media.bucket_policy import public_read_policy_json
from website.settings.storage import media_storages, private_url_expiry_seconds

REGION = "eu-central-1"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/s3/" in str(item.fspath):
            item.add_marker(pytest.mark.s3)


@pytest.fixture(scope="session")
def moto_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


class S3:
    """What a test needs to look inside the buckets, as an outsider would."""

    def __init__(self, endpoint, env):
        self.endpoint = endpoint
        self.env = env
        self.public_bucket = env["AWS_STORAGE_BUCKET_NAME"]
        self.private_bucket = env["AWS_PRIVATE_STORAGE_BUCKET_NAME"]
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name=REGION,
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
            config=Config(signature_version="s3v4", s3={"addressing_style": "path"}),
        )

    def keys(self, bucket):
        listing = self.client.list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def read(self, bucket, key):
        return self.client.get_object(Bucket=bucket, Key=key)["Body"].read()

    def head(self, bucket, key):
        return self.client.head_object(Bucket=bucket, Key=key)


def s3_environment(endpoint, suffix):
    """The variables an operator sets in production, here pointing at moto."""
    return {
        "AWS_STORAGE_BUCKET_NAME": f"media-{suffix}",
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": f"private-{suffix}",
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_S3_ADDRESSING_STYLE": "path",
        "PRIVATE_URL_EXPIRY_SECONDS": "120",
        "AWS_S3_MAX_ATTEMPTS": "1",
        "AWS_S3_CONNECT_TIMEOUT": "2",
    }


def apply_storage_settings(settings, env, tmp_path):
    settings.STORAGES = {
        **media_storages(env, tmp_path / "private-media"),
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    settings.PRIVATE_URL_EXPIRY_SECONDS = private_url_expiry_seconds(env)
    settings.AWS_STORAGE_BUCKET_NAME = env["AWS_STORAGE_BUCKET_NAME"]
    settings.AWS_PRIVATE_STORAGE_BUCKET_NAME = env["AWS_PRIVATE_STORAGE_BUCKET_NAME"]


@pytest.fixture
def s3(moto_endpoint, settings, tmp_path):
    """Fresh buckets for each test (unique names), set up as docs/media.md says: the public
    one readable by anyone through its bucket policy, the private one with no policy."""
    env = s3_environment(moto_endpoint, uuid.uuid4().hex[:12])
    s3 = S3(moto_endpoint, env)
    location = {"LocationConstraint": REGION}
    s3.client.create_bucket(Bucket=s3.public_bucket, CreateBucketConfiguration=location)
    s3.client.create_bucket(Bucket=s3.private_bucket, CreateBucketConfiguration=location)
    s3.client.put_bucket_policy(
        Bucket=s3.public_bucket, Policy=public_read_policy_json(s3.public_bucket)
    )
    apply_storage_settings(settings, env, tmp_path)
    return s3


class CallCounter:
    """Counts HTTP requests a boto3 client sends (botocore's "before-send" event)."""

    def __init__(self):
        self.calls = []

    def __call__(self, request, **kwargs):
        self.calls.append(f"{request.method} {request.url}")

    def watch(self, storage):
        storage.connection.meta.client.meta.events.register("before-send", self)
        return self


@pytest.fixture
def storage_calls():
    return CallCounter()


from tests.media.private_model import private_evidence_table  # noqa: F401, E402
