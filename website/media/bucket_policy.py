"""The only bucket policy the site needs: anonymous read of the public media bucket.

docs/media.md prints it for MinIO and AWS; the S3 tests apply this same policy, so that what
they prove (public objects readable, private ones not) holds for the documented setup. The
private bucket gets no policy at all: its objects are reachable only by signed URLs.
"""

import json


def public_read_policy(bucket_name: str) -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicReadMediaObjects",
                "Effect": "Allow",
                "Principal": "*",
                "Action": ["s3:GetObject"],
                "Resource": [f"arn:aws:s3:::{bucket_name}/*"],
            }
        ],
    }


def public_read_policy_json(bucket_name: str) -> str:
    return json.dumps(public_read_policy(bucket_name), indent=2)
