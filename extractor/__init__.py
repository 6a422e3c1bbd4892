"""chitieu: extract targets (chỉ tiêu) from Vietnamese government documents."""
__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
