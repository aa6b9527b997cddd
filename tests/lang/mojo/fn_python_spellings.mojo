var = 5
let = 3
alias = var ^ let
print(var, let, alias)
def fn(x):
    return x * 2
print(fn(4))
