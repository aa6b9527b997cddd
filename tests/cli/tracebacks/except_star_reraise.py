# What except* clauses raise and what they leave unhandled leave the try together.
def work():
    raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])


def main():
    try:
        work()
    except* ValueError:
        raise RuntimeError("replacement")
    except* TypeError:
        raise


main()
