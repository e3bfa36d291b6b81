"""``accessibility/*`` rules: hashtags and emoji that screen readers stumble over.

Source: the public-sector guidance on accessible social media (DIGG, webbriktlinjer.se;
saavutettavasti.fi); Karleby "Vi kommunicerar ... inkluderande och tillgängligt"; lag
(2018:1937) om tillgänglighet till digital offentlig service; laki digitaalisten
palvelujen tarjoamisesta (306/2019).
"""

from .emoji import emoji
from .hashtag import hashtag

RULES = [hashtag, emoji]
