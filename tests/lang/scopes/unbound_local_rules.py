# A name assigned anywhere in a function is local everywhere in it
x = 10
def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 20
    return x
print(reads_then_assigns())
def assign_in_branch(flag):
    if flag:
        x = "assigned"
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(assign_in_branch(True), assign_in_branch(False))
def loop_var_local():
    for x in []:
        pass
    try:
        return x
    except UnboundLocalError:
        return "loop var never bound"
print(loop_var_local())
def augmented():
    try:
        x += 1
    except UnboundLocalError as e:
        return str(e)
print(augmented())
def del_makes_local():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
print(del_makes_local())
def import_style():
    sys_name = "local"
    return sys_name
print(import_style(), x)
