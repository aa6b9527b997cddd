import csv
import io


def show(lines, **kwargs):
    rows = csv.reader(lines, **kwargs)
    try:
        for row in rows:
            print(row)
    except (csv.Error, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
    print("line_num", rows.line_num)


show(["a,b,c\r\n", "1,2,3\n", "\n", "", "x"])
show(['"quoted, comma",plain,"with ""double"" quotes"'])
show(['a,"multi\n', 'line",end\n', "next,row\n"])
show(['a,"joined', 'lines",z'])
show(["a,b,"])
show([",,"])
show(['"unterminated'])
show(['"unterminated'], strict=True)
show(['"a"b,c'])
show(['"a"b,c'], strict=True)
show(["bad\rfield"])
show(["1,2.5,\"text\", 7 ,"], quoting=csv.QUOTE_NONNUMERIC)
show(["1,nope"], quoting=csv.QUOTE_NONNUMERIC)
show(['a,  b,   "c d"'], skipinitialspace=True)
show(["a\\,b,c\\\n", "d,e"], escapechar="\\")
show(['"esc\\"aped",x'], escapechar="\\")
show(["a;b;c", "d;e"], delimiter=";")
show(["'single, quoted',x"], quotechar="'")
show(['"no quoting","here"'], quoting=csv.QUOTE_NONE)
show(["tab\tseparated\tvalues"], dialect="excel-tab")
show([b"bytes,line"])
show(["a\0b,c"])
f = io.StringIO("name,age\r\nann,31\r\nbob,27\r\n\r\n\"carl, jr\",45\r\n")
for row in csv.reader(f):
    print(len(row), row)
print(type(csv.reader([])).__name__)
