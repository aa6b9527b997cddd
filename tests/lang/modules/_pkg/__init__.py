print("package init:", __name__, __package__, len(__path__))
from .core import thing
from . import core as core_alias
__all__ = ["thing", "exported"]
exported = "in __all__"
not_exported = "not in __all__"
