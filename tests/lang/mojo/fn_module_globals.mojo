from _fn_globals_module import reveal

def secret():
    return -1

def main():
    print(reveal(), secret())
