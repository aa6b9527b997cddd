# AttributeError on a list: a method name is suggested
items = [1, 2]
items.apend(3)
