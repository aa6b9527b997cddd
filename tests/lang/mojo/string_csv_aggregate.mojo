# Parsing CSV text by hand (quoted fields with commas), converting columns, aggregating per group in Dicts.
fn split_csv(line: String) -> List[String]:
    var fields = List[String]()
    var cur = String("")
    var quoted = False
    for i in range(len(line)):
        var c = line[i]
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            fields.append(cur)
            cur = ""
        else:
            cur += c
    fields.append(cur)
    return fields


fn main() raises:
    var text = List[String](
        "city,product,units,price",
        'Oslo,"Widget, large",3,19.5',
        "Lima,Gadget,10,4.25",
        'Oslo,Gadget,2,4.25',
        '"Rio de Janeiro",Widget,7,12.0',
        "Lima,\"Widget, large\",1,19.5",
        "Oslo,Widget,5,12.0",
    )
    var header = split_csv(text[0])
    print(len(header), header[0], header[3])
    var revenue = Dict[String, Float64]()
    var units = Dict[String, Int]()
    for i in range(1, len(text)):
        var f = split_csv(text[i])
        var n = Int(f[2])
        var p = Float64(f[3])
        revenue[f[0]] = revenue.get(f[0], 0.0) + Float64(n) * p
        units[f[1]] = units.get(f[1], 0) + n
    for city in revenue:
        print(city, revenue[city])
    for product in units:
        print("[" + product + "]", units[product])
    var quoted = split_csv('a,"b,c",,"d"')
    print(len(quoted), quoted[1], "[" + quoted[2] + "]", quoted[3])
