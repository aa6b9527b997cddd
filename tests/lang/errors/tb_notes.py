# Notes added with add_note() follow the exception line
error = ValueError("bad value")
error.add_note("first note")
error.add_note("second note")
raise error
