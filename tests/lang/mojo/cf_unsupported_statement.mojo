fn main():
    try:
        print(1)
    except:
        print(2)
