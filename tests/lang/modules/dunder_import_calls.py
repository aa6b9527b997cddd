# __import__ called directly: top package vs leaf with fromlist, and its argument errors.
for a in [('os',), ('os.path',), ('os.path', None, None, ['join']), ('x', None, None, [], 1), ('',), ]:
  try: m = __import__(*a); print(m.__name__)
  except Exception as e: print(type(e).__name__, e)
