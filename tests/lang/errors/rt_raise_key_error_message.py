raise KeyError("two words")
