#!/usr/bin/env python3
"""Writes a portfolio CSV (from io.github.svtoms.bench.PortfolioCsv) as a flat OpenDocument spreadsheet
(.fods, plain XML) that values every line with formulas, for LibreOffice to recalculate headless.

Sheets: Totals (first, so that a CSV export gives it), Lines (inputs and one formula per figure: rebased
proxy, gross, adjustment, net first year, value and discount factor for each of the five benefit years, net,
present value), Deflators (the price index from svtoms' reference.json) and Factors (DF_0 = 1,
DF_t = DF_(t-1) / (1 + r_t) from the Green Book bands). Usage:

    make_fods.py PORTFOLIO.csv REFERENCE.json OUT.fods [PRICE_YEAR] [INDEX_ID] [SCHEDULE_ID]
"""
import csv
import json
import sys
from xml.sax.saxutils import escape

YEARS = 5


def cell_text(s):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(s)


def cell_num(v):
    return '<table:table-cell office:value-type="float" office:value="%s"/>' % v


def cell_formula(f, style=None):
    st = ' table:style-name="%s"' % style if style else ''
    return '<table:table-cell%s table:formula="of:=%s" office:value-type="float"/>' % (st, escape(f, {'"': '&quot;'}))


def row(cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>\n'


def col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def main():
    src, ref, out = sys.argv[1], sys.argv[2], sys.argv[3]
    price_year = sys.argv[4] if len(sys.argv) > 4 else '2024-25'
    index_id = sys.argv[5] if len(sys.argv) > 5 else 'hmt-gdp-deflator-2024-10'
    schedule_id = sys.argv[6] if len(sys.argv) > 6 else 'green-book'
    reference = json.load(open(ref, encoding='utf-8'))
    index = next(i for i in reference['priceIndices'] if i['id'] == index_id)
    schedule = next(s for s in reference['discountSchedules'] if s['id'] == schedule_id)
    with open(src, newline='', encoding='utf-8') as f:
        lines = list(csv.DictReader(f))
    max_t = max(int(l['startYear']) - 1 + int(l['duration']) - 1 for l in lines)

    w = open(out, 'w', encoding='utf-8')
    w.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
            'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            '<office:automatic-styles><number:number-style style:name="N6"><number:number '
            'number:decimal-places="6" number:min-integer-digits="1"/></number:number-style>'
            '<style:style style:name="ce6" style:family="table-cell" style:data-style-name="N6"/>'
            '</office:automatic-styles>\n<office:body><office:spreadsheet>\n')

    # Lines sheet layout
    inputs = ['id', 'measure', 'quantity', 'startYear', 'duration', 'deadweight', 'displacement', 'attribution',
              'dropOff', 'proxy', 'proxyPriceYear', 'proxyDeadweight']
    c = {name: col(i) for i, name in enumerate(inputs)}
    n_in = len(inputs)
    names = ['rebasedProxy', 'gross', 'adjustment', 'netFirstYear'] + \
            ['value%d' % k for k in range(1, YEARS + 1)] + ['df%d' % k for k in range(1, YEARS + 1)] + ['net', 'presentValue']
    for i, name in enumerate(names):
        c[name] = col(n_in + i)
    last = len(lines) + 1
    n_deflators = len(index['values'])

    w.write('<table:table table:name="Totals">\n')
    w.write(row([cell_text('figure'), cell_text('total')]))
    for label, column in (('gross', 'gross'), ('net', 'net'), ('presentValue', 'presentValue')):
        w.write(row([cell_text(label), cell_formula('SUM([Lines.%s2:.%s%d])' % (c[column], c[column], last), 'ce6')]))
    w.write('</table:table>\n')

    w.write('<table:table table:name="Lines">\n')
    w.write(row([cell_text(h) for h in inputs + names]))
    for r, l in enumerate(lines, start=2):
        cells = [cell_text(l['id']), cell_text(l['measure']), cell_num(l['quantity']), cell_num(l['startYear']),
                 cell_num(l['duration']),
                 cell_num(l['deadweight']) if l['deadweight'] else '<table:table-cell/>',
                 cell_num(l['displacement']), cell_num(l['attribution']), cell_num(l['dropOff']), cell_num(l['proxy']),
                 cell_text(l['proxyPriceYear']), cell_num(l['proxyDeadweight'])]
        x = lambda name: '[.%s%d]' % (c[name], r)
        deflator = 'VLOOKUP(%s;[Deflators.$A$2:.$B$%d];2;0)'
        cells.append(cell_formula('%s*%s/%s' % (x('proxy'), deflator % ('"%s"' % price_year, n_deflators + 1),
                                                 deflator % (x('proxyPriceYear'), n_deflators + 1))))
        cells.append(cell_formula('%s*%s*%s' % (x('quantity'), x('rebasedProxy'), x('duration'))))
        cells.append(cell_formula('(1-IF(ISBLANK(%s);%s;%s))*(1-%s)*(1-%s)' % (
            x('deadweight'), x('proxyDeadweight'), x('deadweight'), x('displacement'), x('attribution'))))
        cells.append(cell_formula('%s*%s*%s' % (x('quantity'), x('rebasedProxy'), x('adjustment'))))
        cells.append(cell_formula(x('netFirstYear')))
        for k in range(2, YEARS + 1):
            cells.append(cell_formula('%s*(1-%s)' % (x('value%d' % (k - 1)), x('dropOff'))))
        for k in range(1, YEARS + 1):
            # t = startYear - 1 + (k - 1): first contract year undiscounted; Factors row t + 2
            cells.append(cell_formula('INDEX([Factors.$C$2:.$C$%d];%s+%d)' % (max_t + 2, x('startYear'), k - 1)))
        cells.append(cell_formula('SUM([.%s%d:.%s%d])' % (c['value1'], r, c['value%d' % YEARS], r)))
        cells.append(cell_formula('SUMPRODUCT([.%s%d:.%s%d];[.%s%d:.%s%d])' % (
            c['value1'], r, c['value%d' % YEARS], r, c['df1'], r, c['df%d' % YEARS], r)))
        w.write(row(cells))
    w.write('</table:table>\n')

    w.write('<table:table table:name="Deflators">\n')
    w.write(row([cell_text('priceYear'), cell_text(index_id)]))
    for year, value in index['values'].items():
        w.write(row([cell_text(year), cell_num(value)]))
    w.write('</table:table>\n')

    w.write('<table:table table:name="Factors">\n')
    w.write(row([cell_text('t'), cell_text('rate'), cell_text('DF')]))
    for t in range(0, max_t + 1):
        if t == 0:
            w.write(row([cell_num(0), cell_num(0), cell_num(1)]))
            continue
        rate = next(b['rate'] for b in schedule['bands'] if b['from'] <= t and ('to' not in b or t <= b['to']))
        w.write(row([cell_num(t), cell_num(rate), cell_formula('[.C%d]/(1+[.B%d])' % (t + 1, t + 2))]))
    w.write('</table:table>\n')
    w.write('</office:spreadsheet></office:body></office:document>\n')
    w.close()


if __name__ == '__main__':
    main()
