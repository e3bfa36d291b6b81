"""``commercial/*`` rules: the municipality's channel promoting a private business.

Source: Norsjö 4.10 g "kommersiella budskap eller reklam"; the equal treatment of
businesses (kommunallagen 2017:725 2 kap. 3 § and 8 §; hallintolaki 434/2003 6 §).
"""

from .advertising import advertising

RULES = [advertising]
