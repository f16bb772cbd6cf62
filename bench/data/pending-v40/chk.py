import sys; from urllib.parse import urlsplit
from devset import load, reg
h, r, u, s = load()
for x in sys.argv[1:]:
    hh = (urlsplit(x).hostname or x).lower()
    print(("OVERLAP " if (hh in h or reg(hh) in r) else "ok      ") + x)
