print(f"{'\n'.join(['a'])}")
