"""Inkstone's local SQLite database: history, personal datasets, training runs, settings.

One file, ``data_dir()/inkstone.db``, opened through sqlite-utils in WAL mode. Each thread gets its
own connection from :func:`core.storage.db.get_db`; every public function in the submodules takes
an optional ``db`` argument and uses the calling thread's connection when it is omitted.

Submodules: ``db`` (connections, transactions, migrating), ``migrations`` (the schema),
``history`` (with ``fts``, its full-text search helpers), ``documents``, ``settings``,
``datasets``, ``jsonl`` (dataset import/export), ``runs`` (training runs, metrics, adapters),
``user_actions`` (actions the user made in the app or with ``inkstone-cli actions add``).
Building datasets from history and documents is :mod:`core.datasets_build`.
Nothing here imports sqlite-utils until a database is actually opened, so importing the package
stays cheap.
"""
