from algorithm import vectorize

fn main():
    @parameter
    fn body[w: Int](i: Int):
        pass

    vectorize[body, 6](10)
