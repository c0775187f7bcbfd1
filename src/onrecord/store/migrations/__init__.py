"""Named SQL migrations, applied in file-name order (see store/migrate.py)."""
