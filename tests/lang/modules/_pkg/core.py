thing = "core thing"
from . import sub
def location():
    return __name__, __package__
