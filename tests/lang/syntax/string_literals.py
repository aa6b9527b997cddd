# String literal forms
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print('tab\there', 'nl\\n literal', 'bell\a'.encode())
print(r'raw\n\t', R"raw\\", r'\d+\s*')
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600')
print('\N{GREEK SMALL LETTER ALPHA}', '\N{SNOWMAN}', '\N{LATIN CAPITAL LETTER A WITH ACUTE}')
print('adjacent' ' strings' " concatenated")
print("""line1
line2
  line3""")
print('''a\
b''')
print(len('\0'), repr('\0'), repr('\x7f'))
print(repr('\r\n\t\\'))
print('\'', "\"", '\\')
s = ('implicit '
     'continuation '
     'works')
print(s)
print(len(r'\n'), len('\n'))
print('\v\f'.encode())
print(u'unicode prefix', U'also')
print(repr("""it's "both" """))
print('\1\12\123', repr('\1\12\123'))
print('caf\xe9', len('caf\xe9'))
print(rb'\x00'.hex(), Rb'a\n', bR'z')
