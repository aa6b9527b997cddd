var o = Optional[Int](1)
o.value() = 2
