# A SyntaxError without a line number prints its str()
raise SyntaxError("no location", ("data.txt", None, 2, "abc"))
