# An except* clause needs exception types.
try:
    pass
except*:
    pass
