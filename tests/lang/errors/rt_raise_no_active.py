print("about to re-raise")
raise
