# Template in practice: mail merge, escaping, identifiers and subclass delimiters.
from string import Template

letter = Template("""Dear $title $surname,

Your order #${order_id} of $count item(s) ships on $date.
The total of $$${total} was charged to the card ending in $card.
""")
customers = [
    dict(title="Dr.", surname="Ng", order_id=1042, count=3, date="May 2", total="19.90", card="4242"),
    dict(title="Ms.", surname="O'Hara", order_id=77, count=1, date="May 3", total="5.00", card="0001"),
]
for c in customers:
    print(letter.substitute(c))
print(letter.get_identifiers())
partial_letter = letter.safe_substitute(title="Mr.", surname="Li")
print(partial_letter)
print(Template(partial_letter).get_identifiers())

class Dollars(Template):
    delimiter = "$$"

print(Dollars("cost $$x and $y and $$$$").substitute(x=5, y=6))

class AtSign(Template):
    delimiter = "@"

sql = AtSign("SELECT * FROM @table WHERE id = @{id} -- mail: user@@example.com")
print(sql.substitute(table="users", id=7))
print(sql.is_valid(), AtSign("a @ b").is_valid(), AtSign("a @ b").safe_substitute())

class Env:
    def __init__(self, values):
        self.values = values
        self.lookups = []
    def __getitem__(self, key):
        self.lookups.append(key)
        return self.values[key.lower()]

env = Env({"home": "/home/me", "user": "me"})
print(Template("$HOME/$User/${HOME}").substitute(env), env.lookups)
try:
    Template("$HOME $missing").substitute(env)
except KeyError as e:
    print("KeyError", e)
for bad in ["trailing $", "$5 off", "${unclosed", "ok\n  then $ here", "${a b}"]:
    try:
        Template(bad).substitute(a=1)
    except ValueError as e:
        print(repr(bad), "->", e)
