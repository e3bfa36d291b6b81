"""The publishable copy of a draft: what the web page's "publishable copy" button gives.

Front matter and kommunlint directive comments removed (as ``kommunlint strip``),
personal data replaced by placeholders (as ``kommunlint redact``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .post import Post
    from .profile import Profile


def publishable(post: "Post", profile: "Profile") -> str:
    """``post`` redacted with ``profile``'s personal-data rules, then stripped.

    Returns the text ending in one newline (``""`` for an empty post). Raises
    :class:`~kommunlint.errors.ProfileError` for a bad rule option in the profile.
    """
    from .post import parse_post
    from .redact import redact
    from .suppress import strip

    redacted = redact(post, profile)
    return strip(parse_post(redacted, post.path, dict(post.meta)))
