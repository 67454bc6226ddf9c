# usage: python3 words.py FILE... > list ; distinct lower-cased words, split on non-letters (Unicode letters kept)
import sys, re, unicodedata
seen, nfd = set(), 0
for p in sys.argv[1:]:
    t = open(p, encoding='utf-8').read()
    if t != unicodedata.normalize('NFC', t): nfd += 1
    for w in re.findall(r'[^\W\d_]+', t):
        seen.add(w.lower())
sys.stderr.write(f'{len(sys.argv)-1} files, {len(seen)} distinct words, {nfd} files not NFC\n')
print('\n'.join(sorted(seen)))
