from ..core import thing as t2
from .. import core
def where():
    return __name__, __package__, t2
