"""Media: the public and private storages, image sanitising, and access to private files.

Other apps import from here:
- ``website.media.storages.private_storage`` for ``FileField(storage=private_storage)``;
- ``website.media.images.sanitise_image`` for every image a visitor or an editor uploads;
- ``website.media.private_files.register_private_file`` and ``private_file_url`` to link an
  authorised editor to a private file.
"""
