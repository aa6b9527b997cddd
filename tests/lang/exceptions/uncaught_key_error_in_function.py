# Uncaught KeyError from nested calls (last line of stderr compared)
config = {"host": "localhost", "port": 8080}
def get(key):
    return config[key]
def describe(keys):
    for k in keys:
        print(k, "=", get(k))
describe(["host", "port"])
describe(["host", ("tuple", "key")])
