"""``python -m kommunlint``."""

from .cli import main

main()
