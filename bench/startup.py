# Start-up cost: this program does nothing, so running it measures what the
# interpreter does before and after a script (initialisation and shut-down).
# It takes no arguments and prints nothing.
