# Writes the datasets of tests/corpus/. Expected outputs are written by running
# `pasar check` on each and then reading every one by eye: they are the contract, so
# running this again keeps every expected file it finds, and lists the cases that have
# none yet.
import os, shutil
root = os.path.dirname(os.path.abspath(__file__))
EXPECTED = ('expected-errors.txt', 'expected-summary.txt')
kept = {}
for kind in ('broken', 'valid'):
    top = os.path.join(root, kind)
    for name in (os.listdir(top) if os.path.isdir(top) else []):
        for f in EXPECTED:
            path = os.path.join(top, name, f)
            if os.path.isfile(path):
                kept[(kind, name, f)] = open(path, 'rb').read()
    shutil.rmtree(top, ignore_errors=True)
BASE = '''[market]
name = "Corpus market"
region = "ID"
currency = "USD"

[[sources]]
id = "desk"
title = "A newsroom note"
publisher = "Desk"
published = "2024-02"

[[players]]
id = "shop-a"
name = "Shop A"
ticker = "SHPA.JK"
role = "marketplace"
aliases = ["ShopA"]

[[players]]
id = "ministry"
name = "Ministry"
role = "regulator"

[[series]]
id = "size"
name = "Market size"
unit = "USD bn"
source = "desk"
points = [{ year = 2022, value = 10.0 }, { year = 2026, value = 20.0, projected = true }]
'''
L1 = '{"id":"rule","date":"2023-09","kind":"regulation","title":"Ministry tightens platform rules","actors":["ministry"],"source":"desk"}'
L2 = '{"id":"launch","date":"2024-01-15","kind":"launch","title":"Shop A opens a new service","summary":"A short note.","actors":["shop-a"],"figures":[{"label":"sellers","value":1200,"unit":"sellers"}],"status":"occurred","tags":["expansion"]}'
GOOD = (L1 + '\n' + L2 + '\n').encode()

def case(name, events=GOOD, market=BASE.encode(), kind='broken'):
    d = os.path.join(root, kind, name)
    os.makedirs(d)
    for f in EXPECTED:
        if (kind, name, f) in kept:
            open(os.path.join(d, f), 'wb').write(kept[(kind, name, f)])
    if market is not None:
        if market == 'DIR':
            os.makedirs(os.path.join(d, 'market.toml')); open(os.path.join(d, 'market.toml', 'keep'), 'w').write('a folder, not a file\n')
        else:
            open(os.path.join(d, 'market.toml'), 'wb').write(market)
    if events is not None:
        if events == 'DIR':
            os.makedirs(os.path.join(d, 'events.jsonl')); open(os.path.join(d, 'events.jsonl', 'keep'), 'w').write('a folder, not a file\n')
        else:
            open(os.path.join(d, 'events.jsonl'), 'wb').write(events)

def ev(*lines):
    return ('\n'.join(lines) + '\n').encode()

def m(old, new):
    assert old in BASE, old
    return BASE.replace(old, new, 1).encode()

# events.jsonl
case('truncated-inside-a-string', ev(L1, L2[:60]))
case('truncated-after-a-value', ev(L1[:-1]))
case('truncated-before-the-brace', ev(L1, L2[:L2.index(',"tags"')]))
case('bom-in-events', b'\xef\xbb\xbf' + GOOD)
case('invalid-utf8-in-events', ev(L1, L2.replace('new service', 'new s@rvice')).replace(b's@rvice', b's\xffrvice'))
case('nul-inside-a-string', ev(L1.replace('platform', 'plat\0form')))
case('nul-between-fields', ev(L1.replace(',"kind"', ',\0"kind"')))
case('nan-figure', ev(L2.replace('1200', 'NaN')))
case('infinity-figure', ev(L2.replace('1200', 'Infinity')))
case('overflowing-figure', ev(L2.replace('1200', '1e999')))
case('negative-figure', ev(L2.replace('1200', '-5')))
case('february-30', ev(L2.replace('2024-01-15', '2023-02-30')))
case('month-13', ev(L1.replace('2023-09', '2023-13')))
case('slash-date', ev(L1.replace('2023-09', '15/09/2023')))
case('year-zero', ev(L1.replace('2023-09', '0000')))
case('april-31', ev(L2.replace('2024-01-15', '2024-04-31')))
case('duplicate-event-id', ev(L1, L2, L1))
case('unknown-actor', ev(L1.replace('"ministry"', '"minstry"')))
case('unknown-source', ev(L1.replace('"desk"', '"wire"')))
case('unknown-event-field', ev(L1.replace('"source"', '"origin"')))
case('unknown-figure-field', ev(L2.replace('"unit":"sellers"', '"units":"sellers"')))
case('duplicate-field', ev(L1.replace('"kind":"regulation"', '"title":"again"')))
case('missing-title', ev(L1.replace('"title":"Ministry tightens platform rules",', '')))
case('missing-several-fields', ev('{"id":"lonely"}'))
case('actors-not-an-array', ev(L1.replace('["ministry"]', '"ministry"')))
case('title-a-number', ev(L1.replace('"Ministry tightens platform rules"', '42')))
case('date-a-number', ev(L1.replace('"2023-09"', '202309')))
case('figures-an-object', ev(L2.replace('[{"label":"sellers","value":1200,"unit":"sellers"}]', '{"label":"sellers","value":1200,"unit":"sellers"}')))
case('tags-a-string', ev(L2.replace('["expansion"]', '"expansion"')))
case('unknown-kind', ev(L1.replace('"regulation"', '"law"')))
case('unknown-status', ev(L2.replace('"occurred"', '"done"')))
case('uppercase-id', ev(L1.replace('"rule"', '"Rule"')))
case('empty-title', ev(L1.replace('"Ministry tightens platform rules"', '"  "')))
case('array-instead-of-object', ev('[' + L1 + ']'))
case('text-after-the-object', ev(L1 + ' trailing'))
case('raw-tab-in-a-string', ev(L1.replace('platform rules', 'platform\trules')))
case('unknown-escape', ev(L1.replace('platform rules', 'platform \\q rules')))
case('lone-surrogate', ev(L1.replace('platform rules', 'platform \\ud800 rules')))
case('single-quoted-json', ev(L1.replace('"', "'")))
case('trailing-comma', ev(L1[:-1] + ',}'))
case('comment-line', ev('// events below', L1))
case('two-objects-on-one-line', ev(L1 + L2))
case('value-out-of-figure', ev(L2.replace('"value":1200,', '')))
case('errors-on-many-lines', ev(L1.replace('2023-09', '2023-02-29'), L2.replace('"shop-a"', '"shop-z"'), '{', L1))
case('one-broken-among-two-thousand', ev(*([L1.replace('"rule"', '"r%d"' % i) if i != 1777 else L1[:30] for i in range(2000)])))
# market.toml
case('empty-market-file', market=b'')
case('whitespace-only-market-file', market=b'  \n\t\n')
case('bom-in-market', market=b'\xef\xbb\xbf' + BASE.encode())
case('invalid-utf8-in-market', market=m('Corpus market', 'Corpus m\x01rket').replace(b'\x01', b'\xfe'))
case('toml-syntax-error', market=m('[[players]]\nid = "ministry"', '[[players]\nid = "ministry"'))
case('market-missing-region', market=m('region = "ID"\n', ''))
case('lowercase-currency', market=m('currency = "USD"', 'currency = "usd"'))
case('unknown-market-field', market=m('currency = "USD"', 'currency = "USD"\ntimezone = "Asia/Jakarta"'))
case('duplicate-player-id', market=m('id = "ministry"', 'id = "shop-a"'), events=ev(L2))
case('duplicate-source-id', market=m('[[players]]', '[[sources]]\nid = "desk"\ntitle = "Again"\npublisher = "Desk"\npublished = "2024"\n\n[[players]]'))
case('unknown-role', market=m('role = "regulator"', 'role = "watchdog"'))
case('alias-collides-with-a-name', market=m('name = "Ministry"', 'name = "Ministry"\naliases = ["shop a"]'))
case('series-years-out-of-order', market=m('year = 2026', 'year = 2021'))
case('series-negative-value', market=m('value = 10.0', 'value = -10.0'))
case('series-nan-value', market=m('value = 20.0', 'value = nan'))
case('series-infinite-value', market=m('value = 20.0', 'value = inf'))
case('series-unknown-source', market=m('source = "desk"', 'source = "wire"'))
case('source-impossible-date', market=m('published = "2024-02"', 'published = "2024-02-30"'))
case('player-missing-name', market=m('name = "Shop A"\n', ''))
case('aliases-not-a-list', market=m('aliases = ["ShopA"]', 'aliases = "ShopA"'))
case('value-a-string', market=m('value = 10.0', 'value = "ten"'))
case('market-file-missing', market=None)
case('market-file-is-a-folder', market='DIR')
case('events-file-is-a-folder', events='DIR')
# Unreadable even for root: events.jsonl is a symbolic link to itself.
case('events-file-unreadable', events=None)
os.symlink('events.jsonl', os.path.join(root, 'broken', 'events-file-unreadable', 'events.jsonl'))
case('errors-in-both-files', market=m('role = "regulator"', 'role = "watchdog"'), events=ev(L1.replace('2023-09', '2023-9')))
# Paths that are not regular files (class 1): each is refused without waiting or reading
# on. Links to devices are kept in git; named pipes cannot be, so a case lists in `fifos`
# the names the test makes into named pipes in a copy of the case.
FIELD = {'events.jsonl': 'events', 'market.toml': 'market', 'inbox.jsonl': None}
def link(name, file, target, **kw):
    if FIELD[file]:
        kw[FIELD[file]] = None
    case(name, **kw)
    os.symlink(target, os.path.join(root, 'broken', name, file))
def fifo(name, file, **kw):
    if FIELD[file]:
        kw[FIELD[file]] = None
    case(name, **kw)
    open(os.path.join(root, 'broken', name, 'fifos'), 'w').write(file + '\n')
link('events-file-links-to-dev-zero', 'events.jsonl', '/dev/zero')
link('market-file-links-to-dev-zero', 'market.toml', '/dev/zero')
link('events-file-links-to-dev-null', 'events.jsonl', '/dev/null')
link('market-file-links-to-dev-urandom', 'market.toml', '/dev/urandom')
link('events-file-links-to-its-folder', 'events.jsonl', '.')
link('inbox-file-links-to-dev-zero', 'inbox.jsonl', '/dev/zero')
fifo('events-file-is-a-named-pipe', 'events.jsonl')
fifo('market-file-is-a-named-pipe', 'market.toml')
fifo('inbox-file-is-a-named-pipe', 'inbox.jsonl')
# Numbers out of the one valid range, 0 or 1e-9..=1e18 (class 2): each would have been
# accepted, or silently read as 0, and then drawn wrong or not at all.
case('series-value-too-large', market=m('value = 10.0', 'value = 1e307'))
case('series-value-overflows', market=m('value = 10.0', 'value = 1e400'))
case('series-value-underflows', market=m('value = 10.0', 'value = 1e-400'))
case('series-value-too-small', market=m('value = 10.0', 'value = 1e-12'))
case('series-low-too-large', market=m('value = 20.0,', 'value = 20.0, low = 1e19, high = 1e20,'))
case('series-high-underflows', market=m('value = 10.0', 'value = 0.0, high = 1e-999'))
case('series-without-points', market=m('points = [{ year = 2022, value = 10.0 }, { year = 2026, value = 20.0, projected = true }]', 'points = []'))
case('figure-too-large', ev(L2.replace('1200', '1e19')))
case('figure-underflows', ev(L2.replace('1200', '1e-400')))
case('figure-too-small', ev(L2.replace('1200', '5e-10')))
case('figure-of-many-digits', ev(L2.replace('1200', '9' * 5000)))
# Names that only look different (class 7): each alias is Shop A's name to a reader, and
# so to ingest, beside the player named Shop A.
for name, alias in [('with-a-trailing-space', 'Shop A '), ('with-a-leading-space', ' Shop A'),
                    ('with-a-trailing-period', 'Shop A.'), ('in-capitals-with-a-no-break-space', 'SHOP A\\u00a0'),
                    ('with-a-zero-width-space', 'Shop A\\u200b'), ('with-a-soft-hyphen', 'Sh\\u00adop A'),
                    ('with-a-tab-between-words', 'Shop\\tA')]:
    case('alias-' + name, market=m('name = "Ministry"', 'name = "Ministry"\naliases = ["%s"]' % alias))
case('alias-empty', market=m('aliases = ["ShopA"]', 'aliases = ["ShopA", ""]'))
case('alias-blank', market=m('aliases = ["ShopA"]', 'aliases = ["ShopA", " \\u00a0 "]'))
case('name-differs-only-in-sharp-s', market=m('name = "Ministry"', 'name = "Strasse"\naliases = ["STRAẞE"]').replace(b'name = "Shop A"', 'name = "Straße"'.encode()))
# Values of the wrong kind (class 9): each error names the field, what it must be and
# what it is, in TOML's or JSON's words, and quotes a long value cut.
case('year-in-quotes', market=m('year = 2022', 'year = "2022"'))
case('market-as-an-array-of-tables', market=m('[market]', '[[market]]'))
case('players-as-one-table', market=m('[[players]]\nid = "ministry"\nname = "Ministry"\nrole = "regulator"\n', '').replace(b'[[players]]', b'[players]'), events=ev(L2))
case('source-date-without-quotes', market=m('published = "2024-02"', 'published = 2024-02-01'))
case('market-name-a-number', market=m('name = "Corpus market"', 'name = 5'))
case('projected-in-quotes', market=m('projected = true', 'projected = "yes"'))
case('region-a-list', market=m('region = "ID"', 'region = ["ID"]'))
case('role-of-a-hundred-thousand-characters', market=m('role = "regulator"', 'role = "%s"' % ('x' * 100000)))
case('kind-of-a-hundred-thousand-characters', ev(L1.replace('"regulation"', '"%s"' % ('k' * 100000))))
case('actors-an-object', ev(L1.replace('["ministry"]', '{"id":"ministry"}')))
case('figure-value-a-long-string', ev(L2.replace('"value":1200', '"value":"%s"' % ('1' * 100000))))
# Data files reached through links (class 6): read as the files they lead to.
case('files-are-links', market=None, events=None, kind='valid')
d = os.path.join(root, 'valid', 'files-are-links')
os.makedirs(os.path.join(d, 'real'))
open(os.path.join(d, 'real', 'market.toml'), 'w').write(BASE)
open(os.path.join(d, 'real', 'events.jsonl'), 'wb').write(GOOD)
os.symlink('real/market.toml', os.path.join(d, 'market.toml'))
os.symlink('real/events.jsonl', os.path.join(d, 'events.jsonl'))
# valid edge cases
case('crlf-line-endings', events=GOOD.replace(b'\n', b'\r\n'), kind='valid')
case('empty-events-file', events=b'', kind='valid')
case('whitespace-only-events-file', events=b'\n  \n\t\n', kind='valid')
case('events-file-missing', events=None)
case('no-players-no-series', market=b'[market]\nname = "Empty"\nregion = "ID"\ncurrency = "USD"\n', events=b'', kind='valid')
case('control-characters-in-an-error', ev(L1.replace('"regulation"', '"\\u001b[2J\\u001b]52;c;cGFzYXI=\\u0007"')))
case('extreme-values', market=m('value = 10.0 }, { year = 2026, value = 20.0,', 'value = 1e-9 }, { year = 2023, value = 0.0 }, { year = 2026, value = 1e18,'), events=ev(L1, L2.replace('1200', '1e18')), kind='valid')
case('hostile-text', events=ev(L1.replace('Ministry tightens platform rules', 'Rules \\u001b]52;c;cGFzYXI=\\u0007 \\u001b[2J \\u202e \\u200b \\u4e2d\\u6587 \\ud83d\\ude00')), kind='valid')
# Gaps filled in classes 1, 2, 6 and 7 (issue 15, second pass).
# Class 1: a folder or a pipe where a file should be, reached directly or through a link.
case('inbox-file-is-a-folder')
os.makedirs(os.path.join(root, 'broken', 'inbox-file-is-a-folder', 'inbox.jsonl'))
open(os.path.join(root, 'broken', 'inbox-file-is-a-folder', 'inbox.jsonl', 'keep'), 'w').write('a folder, not a file\n')
link('market-file-links-to-its-folder', 'market.toml', '.')
link('market-file-links-to-itself', 'market.toml', 'market.toml')
link('events-file-links-to-a-named-pipe', 'events.jsonl', 'pipe')
open(os.path.join(root, 'broken', 'events-file-links-to-a-named-pipe', 'fifos'), 'w').write('pipe\n')
link('market-file-links-to-a-named-pipe', 'market.toml', 'pipe')
open(os.path.join(root, 'broken', 'market-file-links-to-a-named-pipe', 'fifos'), 'w').write('pipe\n')
link('events-file-links-to-nothing', 'events.jsonl', 'gone.jsonl')
# Class 2: numbers beyond every number type, or just past the valid range, are refused
# with the field's own range; the smallest series a chart can draw is accepted.
case('series-value-overflows-negative', market=m('value = 10.0', 'value = -1e400'))
case('series-year-beyond-every-integer', market=m('year = 2022', 'year = ' + '9' * 45))
case('series-year-beyond-i64', market=m('year = 2022', 'year = 18446744073709551615'))
case('series-low-overflows', market=m('value = 20.0,', 'value = 20.0, low = 1e400,'))
case('figure-overflows-negative', ev(L2.replace('1200', '-1e400')))
case('figure-just-over-the-limit', ev(L2.replace('1200', '1.000000001e18')))
case('series-of-one-point', market=m('points = [{ year = 2022, value = 10.0 }, { year = 2026, value = 20.0, projected = true }]', 'points = [{ year = 2022, value = 10.0 }]'), kind='valid')
case('series-of-zeros', market=m('value = 10.0', 'value = 0.0').replace(b'value = 20.0', b'value = 0.0'), kind='valid')
# Class 6: what writers keep must read back: CRLF everywhere, a last line without its
# ending, and files behind a chain of links.
INBOX = ('{"id":"c-00000001","state":"new","found":"2026-12-01T08:00:00Z","article":{"url":"https://example.com/a/1","title":"Shop A adds a warehouse","publisher":"Wire","published":"2024-05-20","feed":null},"sentence":"Shop A opened a warehouse.","duplicate_of":null,"event":{"id":"shop-a-warehouse","date":"2024-05-20","kind":"launch","title":"Shop A opens a warehouse","actors":["shop-a"],"source":"wire-1","status":"occurred"}}\r\n'
         '{"id":"c-00000002","state":"rejected","found":"2026-12-01T09:00:00Z","article":{"url":null,"title":null,"publisher":null,"published":null,"feed":null},"sentence":"Ministry said little.","duplicate_of":null,"event":{"id":"ministry-said","date":"2024","kind":"statement","title":"Ministry says little","actors":["ministry"],"status":"reported"}}\r\n')
case('crlf-in-every-file', market=BASE.replace('\n', '\r\n').encode(), events=GOOD.replace(b'\n', b'\r\n'), kind='valid')
open(os.path.join(root, 'valid', 'crlf-in-every-file', 'inbox.jsonl'), 'w', newline='').write(INBOX)
case('crlf-last-line-without-its-ending', events=GOOD.replace(b'\n', b'\r\n')[:-2], kind='valid')
case('files-behind-two-links', market=None, events=None, kind='valid')
d = os.path.join(root, 'valid', 'files-behind-two-links')
os.makedirs(os.path.join(d, 'real'))
open(os.path.join(d, 'real', 'market.toml'), 'w').write(BASE)
open(os.path.join(d, 'real', 'events.jsonl'), 'wb').write(GOOD)
os.symlink('real', os.path.join(d, 'current'))
os.symlink('current/market.toml', os.path.join(d, 'market.toml'))
os.symlink('current/events.jsonl', os.path.join(d, 'events.jsonl'))
# Class 7: more names a reader cannot tell from Shop A's, and collisions between players'
# names, short names and aliases, not only aliases.
for name, alias in [('with-a-word-joiner', 'Shop\\u2060 A'), ('with-a-byte-order-mark-inside', 'Shop A\\ufeff'),
                    ('with-a-right-to-left-mark', 'Shop A\\u200f'), ('with-an-ideographic-space', 'Shop\\u3000A'),
                    ('with-a-trailing-ellipsis', 'Shop A…'), ('hyphenated', 'Shop-A')]:
    case('alias-' + name, market=m('name = "Ministry"', 'name = "Ministry"\naliases = ["%s"]' % alias))
case('alias-in-full-width-letters', market=m('name = "Ministry"', 'name = "Ministry"\naliases = ["Ｓｈｏｐ Ａ"]'))
case('accent-typed-as-one-letter-and-as-two', market=m('name = "Ministry"', 'name = "Ministry"\naliases = ["SHO\\u0301P A"]').replace(b'name = "Shop A"', b'name = "Sh\\u00f3p A"'))
case('name-differs-only-in-case', market=m('name = "Ministry"', 'name = "shop a"'))
case('short-name-is-another-players-name', market=m('name = "Ministry"', 'name = "Ministry"\nshort = "Shop A"'))
case('alias-is-another-players-short-name', market=m('ticker = "SHPA.JK"', 'ticker = "SHPA.JK"\nshort = "Shp"').replace(b'name = "Ministry"', b'name = "Ministry"\naliases = ["SHP"]'))
print(len(os.listdir(os.path.join(root,'broken'))), 'broken', len(os.listdir(os.path.join(root,'valid'))), 'valid')
for kind, f in (('broken', EXPECTED[0]), ('valid', EXPECTED[1])):
    for name in sorted(os.listdir(os.path.join(root, kind))):
        if not os.path.isfile(os.path.join(root, kind, name, f)):
            print('no', f, 'yet:', kind + '/' + name)
