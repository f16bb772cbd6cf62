import sys
from devset import load
h, r, u, s = load()
for x in sys.argv[1:]:
    hits = [d for d in s if x in d or (len(d) >= 2 and d in x)]
    print(x, "->", len(hits), hits[:6])
