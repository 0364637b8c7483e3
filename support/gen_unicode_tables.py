#!/usr/bin/python3
"""Generates support/UnicodeTables.inc from the running Python's unicodedata.

The tables must reproduce what CPython itself does, so every property is read
back from the interpreter (str.isidentifier, str.isprintable,
unicodedata.normalize) rather than parsed from UCD files: whatever quirks that
CPython version has, the generated tables have too. Run it with the interpreter
whose behaviour schemac reproduces (Debian 12's /usr/bin/python3):

    /usr/bin/python3 support/gen_unicode_tables.py support/UnicodeTables.inc
"""

import glob
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF
# Hangul syllables are decomposed and composed arithmetically by Unicode.cpp,
# exactly as CPython does, so they are left out of the tables.
HANGUL_FIRST = 0xAC00
HANGUL_LAST = 0xD7A3


def code_points():
    return range(MAX_CODE_POINT + 1)


def ranges_where(predicate):
    """Inclusive [first, last] ranges of the code points predicate accepts."""
    ranges = []
    for cp in code_points():
        if not predicate(cp):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def combining_class_ranges():
    ranges = []
    for cp in code_points():
        ccc = unicodedata.combining(chr(cp))
        if not ccc:
            continue
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == ccc:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, ccc])
    return ranges


def decomposition_runs():
    """Full compatibility decompositions, grouped to keep the table small.

    A run is a maximal block of consecutive code points whose decompositions
    all have the same length, stored back to back in the pool, so the runtime
    finds code point cp's decomposition at offset + (cp - first) * length
    without a table entry per code point. Runs whose concatenated
    decompositions already occur in the pool share them.
    """
    decomposed = {}
    for cp in code_points():
        if HANGUL_FIRST <= cp <= HANGUL_LAST:
            continue
        nfkd = unicodedata.normalize('NFKD', chr(cp))
        if nfkd != chr(cp):
            decomposed[cp] = nfkd

    runs = []
    for cp in sorted(decomposed):
        if (runs and runs[-1][0] + runs[-1][1] == cp and
                len(decomposed[runs[-1][0]]) == len(decomposed[cp])):
            runs[-1][1] += 1
        else:
            runs.append([cp, 1])

    # Placing the longest runs first lets shorter ones reuse their text.
    pool = ''
    offsets = {}
    for first, count in sorted(runs,
                               key=lambda r: -r[1] * len(decomposed[r[0]])):
        text = ''.join(decomposed[cp] for cp in range(first, first + count))
        offset = pool.find(text)
        if offset < 0:
            offset = len(pool)
            pool += text
        offsets[first] = offset

    table = [(first, first + count - 1, offsets[first],
              len(decomposed[first])) for first, count in runs]
    return table, [ord(ch) for ch in pool]


def compositions():
    """Primary composites as (first, second, composite), sorted by pair.

    A character is a primary composite when its canonical decomposition is a
    pair and NFC maps it to itself, which rules out the composition exclusions
    exactly as the interpreter applies them.
    """
    pairs = []
    for cp in code_points():
        ch = chr(cp)
        fields = unicodedata.decomposition(ch).split()
        if len(fields) != 2 or fields[0].startswith('<'):
            continue
        if unicodedata.normalize('NFC', ch) != ch:
            continue
        pairs.append((int(fields[0], 16), int(fields[1], 16), cp))
    pairs.sort()
    return pairs


def name_aliases():
    """The aliases "\\N{...}" accepts, as (name, code point) sorted by name.

    unicodedata cannot list its aliases (NameAliases.txt), so the candidates
    come from Perl's copy of the same Unicode version (Debian's perl-modules
    package), and the interpreter decides: a candidate is kept when it is not
    the character's own name and a string literal with it evaluates to that
    character. Perl's extra Unicode 1.0 names ("LINE FEED (LF)") fail that.
    """
    path = None
    for candidate in sorted(glob.glob('/usr/share/perl/*/unicore/Name.pl')):
        with open(candidate, encoding='ascii') as f:
            head = f.read(400)
        if 'Version %s.' % unicodedata.unidata_version in head:
            path = candidate
    if path is None:
        sys.exit('no Perl unicore/Name.pl for Unicode %s' %
                 unicodedata.unidata_version)
    with open(path, encoding='ascii') as f:
        body = f.read().split("return <<'END';\n", 1)[1].split('\nEND\n')[0]
    aliases = set()
    for entry in body.split('\n\n'):
        code_points, name = entry.strip('\n').split('\n', 1)
        if ' ' in code_points:
            continue  # A named sequence: lookup() takes it, "\\N{}" does not.
        cp = int(code_points, 16)
        if unicodedata.name(chr(cp), None) == name:
            continue
        try:
            value = eval("'\\N{%s}'" % name)
        except SyntaxError:
            continue
        if value == chr(cp):
            aliases.add((name, cp))
    return sorted(aliases)


def format_array(out, decl, items):
    """Writes a C array, packing as many items a line as fit in 80 columns."""
    out.append(decl + ' = {')
    line = ' '
    for item in items:
        piece = ' ' + item + ','
        if len(line) + len(piece) > 80:
            out.append(line)
            line = ' '
        line += piece
    if line.strip():
        out.append(line)
    out.append('};')
    out.append('')


def hex_cp(cp):
    return '0x%X' % cp


def main():
    out = [
        '//===- UnicodeTables.inc - Unicode property tables ' + '-' * 14 +
        '*- C++ -*-===//',
        '//',
        '// Generated by support/gen_unicode_tables.py with Python %s' %
        sys.version.split()[0],
        '// (unicodedata.unidata_version %s). Do not edit; rerun the '
        'generator.' % unicodedata.unidata_version,
        '//',
        '//===' + '-' * 70 + '===//',
        '',
        '// The generator packs these tables into 80 columns; clang-format',
        '// would only pad them into aligned columns, a fifth larger.',
        '// clang-format off',
        '',
    ]

    def emit_ranges(name, ranges):
        format_array(out, 'constexpr CodePointRange %s[]' % name,
                     ['{%s, %s}' % (hex_cp(a), hex_cp(b)) for a, b in ranges])

    emit_ranges('XidStartRanges',
                ranges_where(lambda cp: chr(cp).isidentifier()))
    emit_ranges('XidContinueRanges',
                ranges_where(lambda cp: ('a' + chr(cp)).isidentifier()))
    emit_ranges('PrintableRanges',
                ranges_where(lambda cp: chr(cp).isprintable()))

    format_array(out, 'constexpr CombiningClassRange CombiningClasses[]',
                 ['{%s, %s, %d}' % (hex_cp(a), hex_cp(b), c)
                  for a, b, c in combining_class_ranges()])

    runs, pool = decomposition_runs()
    format_array(out, 'constexpr DecompositionRun Decompositions[]',
                 ['{%s, %s, %d, %d}' % (hex_cp(first), hex_cp(last), offset,
                                         length)
                  for first, last, offset, length in runs])
    format_array(out, 'constexpr char32_t DecompositionPool[]',
                 [hex_cp(cp) for cp in pool])

    format_array(out, 'constexpr Composition Compositions[]',
                 ['{%s, %s, %s}' % (hex_cp(a), hex_cp(b), hex_cp(c))
                  for a, b, c in compositions()])

    # "\\N{...}": the characters this Unicode version names, the ones named
    # CJK UNIFIED IDEOGRAPH-XXXX, and the aliases.
    emit_ranges('NamedRanges',
                ranges_where(lambda cp: unicodedata.name(chr(cp), None)))
    emit_ranges('CjkUnifiedRanges',
                ranges_where(lambda cp: unicodedata.name(chr(cp), '')
                             .startswith('CJK UNIFIED IDEOGRAPH-')))
    format_array(out, 'constexpr NameAlias NameAliases[]',
                 ['{"%s", %s}' % (name, hex_cp(cp))
                  for name, cp in name_aliases()])

    out.append('// clang-format on')
    text = '\n'.join(out) + '\n'
    if len(sys.argv) > 1:
        with open(sys.argv[1], 'w', encoding='ascii') as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
