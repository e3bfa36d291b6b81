"""``platform/*`` rules: the post fits the platform named in its front matter.

Source: the platforms' documented limits (``kommunlint/detect/data/platforms.yaml``).
"""

from .length import length

RULES = [length]
