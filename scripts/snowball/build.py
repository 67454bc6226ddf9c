#!/usr/bin/env python3
"""Assemble one self-contained browser script per language from Snowball 2.2.0 output.
Only mechanical edits: drop unused BaseStemmer methods, make the two constructors
IIFE-local (`var`), and add the window.regiodashStem wrapper. Then minify with terser."""
import re, subprocess, sys, os
import os
ROOT = os.environ.get('SNOWBALL_WORK', '/tmp/snowball-js')
BASE = open(f'{ROOT}/src/javascript/base-stemmer.js').read()

LICENCE = ('/*! Snowball 2.2.0 %s stemmer (snowballstem.org). Copyright (c) 2001 Dr Martin Porter, '
           '(c) 2004,2005 Richard Boulton, (c) 2013 Yoshiki Shibukawa, '
           '(c) 2006,2007,2009,2010,2011,2014-2019 Olly Betts. BSD 3-Clause licence: '
           'https://snowballstem.org/license.html */')

# split base-stemmer.js into its methods: each starts with a line containing "this.NAME = function"
# at 4-space indentation and ends with the first following line that is exactly "    };"
lines = BASE.split('\n')
assert lines[1].startswith('BaseStemmer = function()'), lines[1]
methods, order, i = {}, [], 2
while i < len(lines):
    m = re.match(r'^    (?:/\*\*.*?\*/ )?this\.(\w+) = function', lines[i])
    if m:
        j = i
        while lines[j] != '    };':
            j += 1
        methods[m.group(1)] = '\n'.join(lines[i:j + 1])
        order.append(m.group(1)); i = j + 1
    else:
        assert lines[i].strip() in ('', '};') or lines[i].strip().startswith(('//', '/*', '*')), repr(lines[i])
        i += 1

# libstemmer works on code points, JS strings on UTF-16 units. Each astral code point (or lone
# surrogate) is replaced by a BMP private-use character not otherwise in the word, and put back
# after stemming. No grouping/among/literal of these algorithms matches any char > U+00FF, so
# this behaves exactly like C for any input.
WRAPPER = '''window.regiodashStem = function (word) {
    var back = null;
    if (/[\\uD800-\\uDFFF]/.test(word)) {
        var fwd = {}, next = 0xE000;
        back = {};
        word = word.replace(/[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDFFF]/g, function (c) {
            if (!fwd[c]) {
                while (word.indexOf(String.fromCharCode(next)) >= 0) next++;
                fwd[c] = String.fromCharCode(next++);
                back[fwd[c]] = c;
            }
            return fwd[c];
        });
    }
    var stem = stemmer.stemWord(word);
    if (back) stem = stem.replace(/[\\uE000-\\uFFFF]/g, function (c) { return back[c] || c; });
    return stem;
};
'''

def build(lang, cls, name):
    gen = open(f'{ROOT}/{lang}-stemmer.js').read()
    assert f'\n{cls} = function()' in gen
    gen = gen.replace(f'\n{cls} = function()', f'\nvar {cls} = function()', 1)
    if lang == 'dutch':
        # libstemmer 2.2.0 (C, UTF-8) implements "$p1 < 3  $p1 = 3" in *bytes* (fixed upstream
        # in 3.0.0, see NEWS "Dutch (Porter)"); JS positions are UTF-16 units. Emulate the C
        # behaviour: k = first character boundary at UTF-8 byte offset >= 3 (k = 3 for ASCII).
        old = '''        lab4: {
            if (!(I_p1 < 3))
            {
                break lab4;
            }
            I_p1 = 3;
        }
'''
        new = '''        var k = 0, b = 0, c;
        while (b < 3 && k < base.limit) {
            c = base.current.charCodeAt(k++);
            b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        if (b < 3) k += 3 - b;
        if (I_p1 < k) I_p1 = k;
'''
        assert gen.count(old) == 1
        gen = gen.replace(old, new)
    # closure of BaseStemmer methods used by the generated code (base.X) and by each other (this.X)
    need = set(re.findall(r'\bbase\.(\w+)\(', gen)) & set(methods)
    while True:
        more = set()
        for n in need:
            more |= set(re.findall(r'\bthis\.(\w+)\(', methods[n])) & set(methods)
        if more <= need: break
        need |= more
    dropped = [n for n in order if n not in need]
    base = 'var BaseStemmer = function() {\n' + '\n\n'.join(methods[n] for n in order if n in need) + '\n};\n'
    src = ('(function () {\n' + base + gen +
           f'\nvar stemmer = new {cls}();\n'
           + WRAPPER +
           '})();\n')
    full = f'{ROOT}/build/{name}.full.js'
    open(full, 'w').write(LICENCE % cls.replace('Stemmer', '') + '\n' + src)
    # properties that only exist on BaseStemmer / the generated stemmer object, safe to rename
    props = ['current', 'cursor', 'limit', 'limit_backward', 'bra', 'ket', 'stem'] + [n for n in order if n in need]
    out = f'{ROOT}/{name}.js'
    env = dict(os.environ, NODE_PATH='/usr/share/nodejs')
    subprocess.run(['terser', full, '-o', out, '--comments', '/^!/',
                    '-c', 'passes=3', '-m',
                    '--mangle-props', 'builtins=true,regex=/^(%s)$/' % '|'.join(props)], check=True, env=env)
    print(f'{name}: kept {sorted(need)}; dropped {dropped}')

build('dutch', 'DutchStemmer', 'stem-nl')
build('english', 'EnglishStemmer', 'stem-en')
