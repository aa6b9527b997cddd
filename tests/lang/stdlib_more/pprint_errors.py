import pprint

for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}, {"indent": "x"}, {"depth": -3}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pprint.pformat([1], width="wide")
except ValueError as e:
    print("ValueError", e)
try:
    pprint.pprint([1], stream=42)
except AttributeError as e:
    print("AttributeError", e)


class Bad:
    def __repr__(self):
        raise RuntimeError("no repr for you")


try:
    pprint.pprint([Bad()])
except RuntimeError as e:
    print("RuntimeError", e)
pprint.pprint({1: "a", "b": 2, (3,): None, 2.5: 0}, width=20)
pprint.pprint(Bad())
