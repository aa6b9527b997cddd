fn show[dt: DType]():
    print(dt)

fn main():
    show[3]()
