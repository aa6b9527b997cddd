# Equality and hashing of complex with ints and floats
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j == 1, 0j == False)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0))
d = {1: "int"}
d[1 + 0j] = "complex"
d[1.0] = "float"
print(d)
s = {0, 0j, 0.0, False}
print(len(s), s)
print(complex(1, 2) != complex(1, 2.0000001), complex(1, 2) == complex(1.0, 2.0))
print([1j, 2j].count(1j), (1 + 1j) in [1 + 1j], 2j in {2j: 0})
print(hash(1j) == hash(1j), hash(-1 + 0j))
