#!/usr/bin/env python3
"""Prints the summary table of run.sh from the files in its results directory."""
import json
import os
import re
import statistics
import sys

out = sys.argv[1]
rows = []


def add(what, value, target, met):
    rows.append((what, value, target, 'met' if met else ('MISSED' if met is not None else '-')))


jmh = json.load(open(os.path.join(out, 'jmh.json')))
score = {}
for r in jmh:
    name = r['benchmark'].rsplit('.', 1)[1]
    lines = r.get('params', {}).get('lines')
    score[(name, lines)] = (r['primaryMetric']['score'], r['primaryMetric']['scoreUnit'])

for lines in sorted({k[1] for k in score if k[1]}, key=int):
    n = int(lines)
    lps = {b: score[(b, lines)][0] * n for b in ('engineBatch', 'engineStreaming', 'referenceBigDecimal',
                                                   'referenceFixedPoint') if (b, lines) in score}
    for b in ('engineBatch', 'engineStreaming'):
        if b not in lps:
            continue
        add('%s %s lines: lines/s/core (JMH, wall)' % (b, lines), '%.0f' % lps[b], '>= 1,000,000', lps[b] >= 1e6)
        if 'referenceBigDecimal' in lps:
            ratio = lps[b] / lps['referenceBigDecimal']
            add('  %s / BigDecimal reference (a)' % b, '%.2f' % ratio, '>= 1', ratio >= 1)
        if 'referenceFixedPoint' in lps:
            ratio = lps['referenceFixedPoint'] / lps[b]
            add('  fixed-point limit (b) / %s' % b, '%.1fx' % ratio, '<= 5x', ratio <= 5)
    for b in ('referenceBigDecimal', 'referenceFixedPoint'):
        if b in lps:
            add('%s %s lines: lines/s/core' % (b, lines), '%.0f' % lps[b], '', None)

cpu = {}
if os.path.exists(os.path.join(out, 'cpu.txt')):
    for line in open(os.path.join(out, 'cpu.txt')):
        _, n, name, ns, lps = line.split()
        cpu[(n, name)] = float(lps)
for n in sorted({k[0] for k in cpu}, key=int):
    for b in ('engineBatch', 'engineStreaming'):
        add('%s %s lines: lines per CPU-second' % (b, n), '%.0f' % cpu[(n, b)], '>= 1,000,000', cpu[(n, b)] >= 1e6)
        ratio = cpu[(n, b)] / cpu[(n, 'referenceBigDecimal')]
        add('  %s / BigDecimal reference (a), CPU time' % b, '%.2f' % ratio, '>= 1', ratio >= 1)
        ratio = cpu[(n, 'referenceFixedPoint')] / cpu[(n, b)]
        add('  fixed-point limit (b) / %s, CPU time' % b, '%.1fx' % ratio, '<= 5x', ratio <= 5)

if ('svtomsLoad', None) in score:
    warm = score[('svtomsLoad', None)][0] / 1000.0
    raw = score[('rawJacksonTree', None)][0] / 1000.0
    add('catalogue warm load (ms)', '%.3f' % warm, '<= 2 ms', warm <= 2)
    add('  warm load / raw Jackson tree parse', '%.2f' % (warm / raw), '<= 2', warm / raw <= 2)
if ('svtomsReadOpen', None) in score:
    one = score[('svtomsReadOpen', None)][0]
    raw = score[('rawJacksonTreeOpen', None)][0]
    add('svtoms-open.json read into a Catalogue / raw tree parse', '%.2f' % (one / raw), '<= 2', one / raw <= 2)
cold = {'svtoms': [], 'raw': []}
cold_first = {'svtoms': [], 'raw': []}
for line in open(os.path.join(out, 'cold.txt')):
    mode, ms, first = line.split()
    cold[mode].append(int(ms))
    cold_first[mode].append(float(first))
if cold['svtoms']:
    c = statistics.median(cold['svtoms'])
    r = statistics.median(cold['raw'])
    add('catalogue cold, whole process, median of %d (ms)' % len(cold['svtoms']), '%.0f' % c, '<= 150 ms', c <= 150)
    add('  cold first call in process (ms)', '%.1f' % statistics.median(cold_first['svtoms']), '', None)
    add('  cold whole process / raw parse process', '%.2f' % (c / r), '<= 1.5', c / r <= 1.5)
    add('  cold first call / raw parse first call', '%.2f' % (statistics.median(cold_first['svtoms'])
                                                        / statistics.median(cold_first['raw'])), '', None)
if ('select', None) in score:
    s = score[('select', None)][0]
    add('KPI selections/s (1,000 measures, 10 frameworks)', '%.0f' % s, '>= 100,000', s >= 1e5)

st = open(os.path.join(out, 'streaming.txt')).read()
m = re.search(r'streamed (\d+) lines = (\d+) line-years', st)
t = re.search(r'generate \+ value ([\d.]+) s; valuation alone ([\d.]+) s', st)
if m and t:
    add('streaming %s line-years under -Xmx256m: time (s)' % m.group(2), t.group(1), 'no OOM', True)
    add('  of which valuation alone (s)', t.group(2), '', None)

sp = os.path.join(out, 'spreadsheet')
if os.path.exists(os.path.join(sp, 'times.txt')):
    times = dict(l.split() for l in open(os.path.join(sp, 'times.txt')))
    lo = [l.strip().split(',') for l in open(os.path.join(sp, 'lo', 'portfolio.csv'))][1:]
    lo_totals = ['%.2f' % float(v) for _, v in lo]
    sv_totals = open(os.path.join(sp, 'svtoms.csv')).read().strip().split(',')
    ratio = int(times['libreoffice_ms']) / int(times['svtoms_ms'])
    add('spreadsheet 100k lines: LibreOffice / svtoms time', '%.1fx (%s ms / %s ms)' % (
        ratio, times['libreoffice_ms'], times['svtoms_ms']), '>= 50x', ratio >= 50)
    same = lo_totals == sv_totals
    add('  totals equal to the penny (gross, net, PV)', ' / '.join(sv_totals) if same else
        'svtoms %s vs LibreOffice %s' % (sv_totals, lo_totals), 'equal', same)

w = max(len(r[0]) for r in rows)
v = max(len(r[1]) for r in rows)
print()
print('%-*s  %-*s  %-12s  %s' % (w, 'measure', v, 'value', 'target', 'status'))
print('-' * (w + v + 26))
for r in rows:
    print('%-*s  %-*s  %-12s  %s' % (w, r[0], v, r[1], r[2], r[3]))
