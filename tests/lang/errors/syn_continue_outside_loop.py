x = 0
continue
