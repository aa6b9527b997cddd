fn main():
    try:
        print(1)
    except:
        pass
    finally:
        print(2)
