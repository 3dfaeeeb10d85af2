#!/usr/bin/env python3
"""mkmut.py OUTDIR [N]: N one-edit variants of corpus texts (seeded): a byte dropped, a line joined,
a speck inserted, a letter case flipped, an accent dropped; they test that a change does not alter
output where it should not."""
import glob, os, random, sys
REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
out = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
os.makedirs(out, exist_ok=True)
rnd = random.Random(42)
files = sorted(glob.glob(os.path.join(REPO, 'corpus/extra/*.txt')) + glob.glob(os.path.join(REPO, 'corpus/*.txt')))
for i in range(n):
    f = rnd.choice(files); t = open(f, encoding='utf-8').read()
    p = rnd.randrange(len(t)); k = rnd.randrange(6)
    if k == 0: t = t[:p] + t[p+1:]
    elif k == 1:
        q = t.find('\n', p); t = t if q < 0 else t[:q] + ' ' + t[q+1:]
    elif k == 2: t = t[:p] + rnd.choice([' .', ' ‘', '|', ' -', ',', ':']) + t[p:]
    elif k == 3: t = t[:p] + t[p].swapcase() + t[p+1:]
    elif k == 4: t = t[:p] + t[p:].replace('é', 'e', 1)
    else:
        q = t.find(' ', p); t = t if q < 0 else t[:q] + '\n' + t[q+1:]
    open(os.path.join(out, 'm%03d.txt' % i), 'w', encoding='utf-8').write(t)
