// One page of the review site: the source lines beside the records, and the corrections an
// archivist makes to them, exported as a gold file for `jianbao eval`.
//
// Everything on screen is built with DOM calls that set text (textContent, setAttribute), never
// markup: page text may hold anything, <script> and </textarea> included, and stays text.
'use strict';
(function () {
  const D = JSON.parse(document.getElementById('page-data').textContent);
  const app = document.getElementById('app');
  const COLOURS = 8;
  const ROLE_MARK = { kicker: 'K', headline: 'H', deck: 'D', byline: 'B', body: '·', caption: 'C', label: 'L', unassigned: 'U' };
  const BODY_ROLES = new Set(['body', 'caption', 'byline']);
  const BLOCK_ROLES = new Set(['kicker', 'headline', 'deck']);

  // ---- The page as extract cut it ------------------------------------------------------------

  const lines = D.lines;
  const pieces = D.pieces;
  const segments = D.segments.map(([line, start, end, piece], i) => ({ i, line, start, end, piece }));
  const segsByLine = new Map();
  for (const s of segments) {
    if (!segsByLine.has(s.line)) segsByLine.set(s.line, []);
    segsByLine.get(s.line).push(s);
  }
  const segText = (s) => lines[s.line - 1].slice(s.start, s.end);

  // ---- The correction state -------------------------------------------------------------------
  // Body text is held in units (one line of a paragraph, or a whole byline), each owned by a
  // record; every record's units are one run of the page's reading order, so moving a boundary
  // hands units at the end of one run to the next. Headline blocks (kicker, headline, deck) are
  // owned whole and given to a neighbour whole.

  let records, units, blocks, unitOfSeg, blockOfSeg, selected, corrections, pickedLine, splits;

  function init() {
    records = D.records.map((r, i) => ({ id: r.id, orig: i, data: r, edits: {} }));
    units = [];
    blocks = [];
    unitOfSeg = new Map();
    blockOfSeg = new Map();
    const bylineUnits = new Map();
    const blockOf = new Map();
    for (const s of segments) {
      const p = pieces[s.piece];
      if (p.record < 0) continue;
      if (BODY_ROLES.has(p.role)) {
        let u = p.role === 'byline' ? bylineUnits.get(s.piece) : null;
        if (!u) {
          u = { piece: s.piece, role: p.role, segs: [], owner: records[p.record], origRecord: p.record };
          units.push(u);
          if (p.role === 'byline') bylineUnits.set(s.piece, u);
        }
        u.segs.push(s);
        unitOfSeg.set(s.i, u);
      } else if (BLOCK_ROLES.has(p.role)) {
        let b = blockOf.get(p.record);
        if (!b) {
          const r = D.records[p.record];
          b = { origRecord: p.record, owner: records[p.record], segs: [], edits: {},
                fields: { kicker: r.kicker, headline: r.headline, subheadline: r.subheadline } };
          blockOf.set(p.record, b);
          blocks.push(b);
        }
        b.segs.push(s);
        blockOfSeg.set(s.i, b);
      }
    }
    const first = (u) => u.segs[0];
    units.sort((a, b) => a.origRecord - b.origRecord || first(a).line - first(b).line || first(a).start - first(b).start);
    units.forEach((u, i) => { u.seq = i; });
    for (const r of records) r.origUnits = unitKey(r);
    selected = null;
    pickedLine = null;
    splits = 0;
    exported = 0;
    corrections = [];
  }

  const unitsOf = (rec) => units.filter((u) => u.owner === rec);
  const blocksOf = (rec) => blocks.filter((b) => b.owner === rec);
  const unitKey = (rec) => unitsOf(rec).map((u) => u.seq).join(',');
  const colourOf = (rec) => 'c' + (records.indexOf(rec) % COLOURS);

  function ownerOfSeg(s) {
    const u = unitOfSeg.get(s.i);
    if (u) return u.owner;
    const b = blockOfSeg.get(s.i);
    return b ? b.owner : null;
  }

  function lineRange(rec) {
    let lo = Infinity, hi = -Infinity;
    for (const x of [...unitsOf(rec), ...blocksOf(rec)]) {
      for (const s of x.segs) { lo = Math.min(lo, s.line); hi = Math.max(hi, s.line); }
    }
    return lo <= hi ? [lo, hi] : null;
  }

  // ---- A record's fields, as corrected ----------------------------------------------------------

  // Layout white space goes, as extract removes it: kept only between two Latin letters or digits.
  function squeeze(parts) {
    const s = parts.join('\n');
    return s.replace(/\s+/g, (m, at) => {
      const before = s.charAt(at - 1), after = s.charAt(at + m.length);
      return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
    }).trim();
  }

  function paragraphsOf(rec) {
    const out = [];
    let run = null;
    for (const u of unitsOf(rec)) {
      if (u.role === 'byline') { run = null; continue; }
      if (!run || run.piece !== u.piece) { run = { piece: u.piece, units: [] }; out.push(run); }
      run.units.push(u);
    }
    return out.map((p) => {
      const whole = units.filter((u) => u.piece === p.piece).length === p.units.length;
      const piece = pieces[p.piece];
      if (whole) return D.records[piece.record].paragraphs[piece.paragraph];
      return squeeze(p.units.flatMap((u) => u.segs.map(segText)));
    });
  }

  function fieldsOf(rec) {
    const own = blocksOf(rec);
    const head = (f) => own.length === 1 ? (f in own[0].edits ? own[0].edits[f] : own[0].fields[f]) : null;
    const bylineUnit = unitsOf(rec).find((u) => u.role === 'byline');
    const byline = bylineUnit ? D.records[bylineUnit.origRecord].byline : null;
    const role = (f) => f in rec.edits ? rec.edits[f] : (byline ? byline[f] || [] : []);
    const changed = unitKey(rec) !== rec.origUnits;
    const paragraphs = paragraphsOf(rec);
    const data = rec.data;
    let date = data.date, dateText = data.date_text;
    if (changed) {
      // A record keeps a lead date only while it keeps the lead it was read from.
      const firstBody = unitsOf(rec).find((u) => u.role !== 'byline');
      const lead = firstBody && units.filter((u) => u.origRecord === firstBody.origRecord && u.role !== 'byline')[0];
      const from = lead === firstBody ? D.records[firstBody.origRecord] : null;
      date = from ? from.date : null;
      dateText = from ? from.date_text : null;
    }
    let people = data.people, organizations = data.organizations, places = data.places;
    if (changed) {
      // Entities cannot be found again here: keep the page's mentions whose names the new text holds.
      const text = paragraphs.join('') + (head('kicker') || '') + (head('headline') || '') + (head('subheadline') || '');
      const all = (f) => {
        const seen = new Map();
        for (const r of D.records) for (const x of r[f] || []) if (!seen.has(x.name)) seen.set(x.name, x);
        return [...seen.values()].filter((x) => text.includes(x.name));
      };
      people = all('people'); organizations = all('organizations'); places = all('places');
    }
    const warnings = [];
    if (own.length > 1) warnings.push(own.length + ' headline blocks');
    if (rec.data.kind === 'article' && own.length === 0) warnings.push('no_headline');
    if (paragraphs.length === 0) warnings.push('no_body');
    if (!changed && own.length === 1 && own[0].origRecord === rec.orig) {
      for (const w of data.warnings || []) if (!warnings.includes(w)) warnings.push(w);
    }
    return {
      kind: data.kind, kicker: head('kicker'), headline: head('headline'), subheadline: head('subheadline'),
      blocks: own.length, bylineText: byline ? byline.text : null,
      reporters: role('reporters'), correspondents: role('correspondents'), photographers: role('photographers'),
      date, dateText, paragraphs, people, organizations, places, warnings, changed,
    };
  }

  // ---- Corrections ------------------------------------------------------------------------------

  let exported = 0;

  function note(what) {
    corrections.push(what);
    exported = 0;
    render();
  }

  /** Moves the boundary between records i and i+1: `up` hands the end of record i to record i+1. */
  function moveBoundary(i, up, wholeParagraph) {
    const a = records[i], b = records[i + 1];
    const from = up ? unitsOf(a) : unitsOf(b);
    if (from.length === 0) return;
    const edge = up ? from[from.length - 1] : from[0];
    let moving = [edge];
    if (wholeParagraph) {
      moving = from.filter((u) => u.piece === edge.piece);
    }
    for (const u of moving) u.owner = up ? b : a;
    note('moved ' + moving.length + ' line(s) from #' + (up ? i + 1 : i + 2) + ' to #' + (up ? i + 2 : i + 1));
  }

  /** The neighbour on the block's far side: a block printed after its body goes to the next record. */
  function blockTarget(b) {
    const i = records.indexOf(b.owner);
    const body = unitsOf(b.owner);
    const blockLine = b.segs[0].line;
    let after;
    if (body.length) after = blockLine > body[0].segs[0].line;
    else after = D.page.headline_position === 'after';
    const j = after ? i + 1 : i - 1;
    return j >= 0 && j < records.length ? records[j] : null;
  }

  function giveBlock(b) {
    const to = blockTarget(b);
    if (!to) return;
    const from = b.owner;
    b.owner = to;
    note('gave the headline block of #' + (records.indexOf(from) + 1) + ' to #' + (records.indexOf(to) + 1));
  }

  /** Where a split of {@code rec} before {@code line} would start: the index of its first unit there, or -1. */
  function splitAt(rec, line) {
    if (line === null) return -1;
    const own = unitsOf(rec);
    const k = own.findIndex((u) => u.segs[0].line >= line);
    return k > 0 && own.slice(0, k).some((u) => u.role !== 'byline') ? k : -1;
  }

  /** Cuts a record in two before the picked line: what two articles run together needs. */
  function split(rec) {
    const own = unitsOf(rec);
    const k = splitAt(rec, pickedLine);
    if (k < 0) return;
    splits++;
    const fresh = { id: rec.id + '.' + splits, orig: -1, edits: {}, origUnits: '',
      data: { kind: rec.data.kind, date: null, date_text: null, people: [], organizations: [], places: [], warnings: [] } };
    records.splice(records.indexOf(rec) + 1, 0, fresh);
    for (const u of own.slice(k)) u.owner = fresh;
    note('split #' + (records.indexOf(rec) + 1) + ' before line ' + pickedLine);
  }

  /** Joins the next record into this one: its body and headline blocks (one record cut in two). */
  function merge(rec) {
    const i = records.indexOf(rec);
    const next = records[i + 1];
    if (!next) return;
    for (const x of [...units, ...blocks]) if (x.owner === next) x.owner = rec;
    records.splice(i + 1, 1);
    if (selected === next) selected = rec;
    note('merged #' + (i + 2) + ' into #' + (i + 1));
  }

  function editField(rec, field, value) {
    const v = value.trim();
    if (['kicker', 'headline', 'subheadline'].includes(field)) {
      const own = blocksOf(rec);
      if (own.length !== 1) return;
      own[0].edits[field] = v === '' ? null : v;
    } else {
      rec.edits[field] = v === '' ? [] : v.split(/[、,，;；\s]+/).filter((x) => x);
    }
    note('edited ' + field + ' of #' + (records.indexOf(rec) + 1));
  }

  // ---- Export as a gold file ---------------------------------------------------------------------

  function goldFile() {
    const problems = [];
    const out = [];
    let year = null;
    records.forEach((rec, i) => {
      const f = fieldsOf(rec);
      if (f.blocks > 1) problems.push('#' + (i + 1) + ' holds ' + f.blocks + ' headline blocks: give one to a neighbour');
      if (f.paragraphs.length === 0) {
        if (f.blocks > 0) problems.push('#' + (i + 1) + ' has a headline but no body: give its headline block away or move body lines into it');
        return;
      }
      const m = /^(\d{4})?-?-?(\d\d-\d\d)$/.exec(f.date || '');
      if (m && m[1]) year = Number(m[1]);
      const people = {};
      for (const p of f.people || []) people[p.name] = p.title === undefined ? null : p.title;
      out.push({
        id: rec.id, kind: f.kind, kicker: f.kicker, headline: f.headline, subheadline: f.subheadline,
        reporters: f.reporters, correspondents: f.correspondents, photographers: f.photographers,
        date: m ? m[2] : null, date_text: f.dateText, paragraphs: f.paragraphs, people,
        organizations: (f.organizations || []).map((o) => o.name), places: (f.places || []).map((p) => p.name),
      });
    });
    const gold = { source: D.page.path, sha256: D.page.sha256 };
    if (year) gold.year = year;
    gold.corrections = corrections.slice();
    gold.records = out;
    return { gold, problems };
  }

  function goldName() {
    const name = D.page.path.split(/[\\/]/).pop().replace(/#p(\d+)$/, '_p$1');
    const dot = name.lastIndexOf('.');
    return (dot > 0 ? name.slice(0, dot) : name) + '.gold.json';
  }

  function exportGold() {
    const { gold, problems } = goldFile();
    if (problems.length) {
      const status = document.getElementById('export-status');
      status.textContent = 'Not exported: ' + problems.join('; ');
      status.className = 'status problem';
      return;
    }
    const text = JSON.stringify(gold, null, 2) + '\n';
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = el('a', { href: url, download: goldName() });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    exported = corrections.length;
    render();
    const status = document.getElementById('export-status');
    status.textContent = 'Exported ' + gold.records.length + ' records as ' + goldName()
      + ' (your downloads folder). Score any run against it: jianbao eval --gold ' + goldName() + ' OUTDIR';
    status.className = 'status ok';
    document.getElementById('export-json').textContent = text;
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  function renderHeader() {
    const p = D.page, nav = D.nav;
    const unsure = p.layout_margin !== null && p.layout_margin < p.unsure_margin;
    return el('header', { class: 'bar' },
      el('nav', {},
        el('a', { href: nav.index, id: 'to-index', title: 'all pages (i)' }, '☰ pages'),
        ' ',
        nav.prev ? el('a', { href: nav.prev, id: 'prev-page', title: 'previous page (p)' }, '◀') : el('span', { class: 'off' }, '◀'),
        el('span', { class: 'pos' }, ' ' + nav.position + ' / ' + nav.total + ' '),
        nav.next ? el('a', { href: nav.next, id: 'next-page', title: 'next page (n)' }, '▶') : el('span', { class: 'off' }, '▶')),
      el('h1', { text: p.path }),
      el('div', { class: 'facts' },
        el('span', {}, 'section ', el('b', { text: p.section === null ? '—' : p.section })),
        el('span', {}, 'headlines ', el('b', { text: p.headline_position || '—' })),
        el('span', { class: unsure ? 'unsure' : null, title: 'how much better the chosen layout reading scored than the best with headlines on the other side (log-odds); small means unsure' },
          'margin ', el('b', { text: p.layout_margin === null ? '—' : p.layout_margin.toFixed(2) })),
        el('span', {}, el('b', { id: 'record-count', text: String(records.length) }), ' records'),
        el('span', {}, el('b', { id: 'line-count', text: String(lines.length) }), ' lines')),
      el('div', { class: 'actions' },
        el('span', { id: 'corrections', class: corrections.length && !exported ? 'dirty' : null,
          text: !corrections.length ? 'no corrections' : corrections.length + ' correction(s)' + (exported ? ', exported' : ', not exported') }),
        el('button', { id: 'reset', type: 'button', onclick: () => { init(); render(); } }, 'Reset'),
        el('button', { id: 'export', type: 'button', onclick: exportGold, title: 'save the corrected records as a gold file for jianbao eval' }, 'Export gold'),
        el('span', { class: 'keys', text: 'keys: j/k record · n/p page · i index · Esc clear' })));
  }

  function renderNotices() {
    const out = el('div', { class: 'notices' });
    if (D.page.lines_rebuilt_because) {
      out.append(el('p', { class: 'notice' }, 'Lines rebuilt from the outputs (' + D.page.lines_rebuilt_because
        + '): the text is all there, the spacing within a line is not the printed one.'));
    }
    if (D.page.unplaced_parts > 0) {
      out.append(el('p', { class: 'notice' }, D.page.unplaced_parts + ' piece(s) of record text could not be found on their source line.'));
    }
    return out;
  }

  function renderLines() {
    const box = el('div', { id: 'source', class: 'source', role: 'list' });
    const ranges = records.map((r) => [r, lineRange(r)]).filter(([, g]) => g);
    for (let n = 1; n <= lines.length; n++) {
      const segs = segsByLine.get(n) || [];
      const owners = [];
      const roles = [];
      for (const s of segs) {
        const o = ownerOfSeg(s);
        if (o && !owners.includes(o)) owners.push(o);
        const role = pieces[s.piece].role;
        if (!roles.includes(role)) roles.push(role);
      }
      const attrs = { class: 'line', 'data-line': n, role: 'listitem' };
      if (owners.length) {
        attrs['data-record-id'] = owners.map((o) => o.id).join(' ');
        attrs.class += ' ' + colourOf(owners[0]);
      } else if (roles.includes('label')) {
        attrs['data-unassigned'] = 'label';
      } else if (roles.includes('unassigned')) {
        attrs['data-unassigned'] = 'text';
        attrs.class += ' stray';
      } else {
        // A blank line belongs to the record whose lines surround it, when only one does.
        const inside = ranges.filter(([, g]) => g[0] < n && n < g[1]);
        if (inside.length === 1) {
          attrs['data-record-id'] = inside[0][0].id;
          attrs.class += ' blank ' + colourOf(inside[0][0]);
        } else {
          attrs['data-unassigned'] = 'blank';
          attrs.class += ' blank';
        }
      }
      if (roles.length) attrs['data-roles'] = roles.join(' ');
      const text = el('span', { class: 'text' });
      const line = lines[n - 1];
      let at = 0;
      for (const s of segs) {
        if (s.start > at) text.append(line.slice(at, s.start));
        const o = ownerOfSeg(s);
        const role = pieces[s.piece].role;
        text.append(el('span', { class: 'seg role-' + role + (o ? ' ' + colourOf(o) : ''), 'data-seg': s.i,
          title: role + (o ? ' of #' + (records.indexOf(o) + 1) + ' ' + o.id : '') }, line.slice(s.start, s.end)));
        at = s.end;
      }
      if (at < line.length) text.append(line.slice(at));
      box.append(el('div', attrs,
        el('span', { class: 'ln', text: String(n) }),
        el('span', { class: 'mark', text: roles.map((r) => ROLE_MARK[r]).join('') }),
        text));
    }
    box.addEventListener('click', (e) => {
      const seg = e.target.closest('.seg');
      const o = seg ? ownerOfSeg(segments[Number(seg.getAttribute('data-seg'))]) : null;
      const line = e.target.closest('[data-line]');
      const id = o ? o.id : line && line.getAttribute('data-record-id') ? line.getAttribute('data-record-id').split(' ')[0] : null;
      const rec = records.find((r) => r.id === id);
      if (line) pick(Number(line.getAttribute('data-line')));
      if (rec) select(rec, false);
    });
    return box;
  }

  function field(label, value, cls) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
    return el('div', { class: 'field ' + (cls || '') },
      el('span', { class: 'label', text: label }),
      el('span', { class: 'value', text: Array.isArray(value) ? value.join('、') : String(value) }));
  }

  function renderRecord(rec, i) {
    const f = fieldsOf(rec);
    const own = blocksOf(rec);
    const card = el('section', { class: 'record ' + colourOf(rec) + (f.changed || own.some((b) => b.origRecord !== rec.orig) ? ' changed' : '')
        + (rec.editing ? ' editing' : ''),
      'data-record-id': rec.id, tabindex: '-1' });
    const add = (...xs) => card.append(...xs.filter((x) => x));
    add(el('h2', {}, el('span', { class: 'num', text: '#' + (i + 1) }), ' ', el('span', { class: 'kind', text: f.kind }), ' ',
      el('code', { text: rec.id })));
    if (own.length > 1) {
      for (const b of own) {
        add(field('headline block', [b.fields.kicker, b.edits.headline || b.fields.headline, b.fields.subheadline].filter((x) => x).join(' / '), 'headline'));
      }
    } else {
      add(field('kicker', f.kicker, 'kicker'), field('headline', f.headline, 'headline'), field('deck', f.subheadline, 'deck'));
    }
    add(
      field('byline', f.bylineText), field('reporters', f.reporters), field('correspondents', f.correspondents),
      field('photographers', f.photographers),
      field('date', f.date === null ? null : f.date + (f.dateText ? ' (' + f.dateText + ')' : '')),
      field('paragraphs', String(f.paragraphs.length)),
      field('people', (f.people || []).map((p) => p.title ? p.name + '（' + p.title + '）' : p.name)),
      field('organisations', (f.organizations || []).map((o) => o.name)),
      field('places', (f.places || []).map((p) => p.name)),
      field('warnings', f.warnings, 'warnings'));
    const tools = el('div', { class: 'tools' });
    for (const b of own) {
      const to = blockTarget(b);
      tools.append(el('button', { type: 'button', class: 'give', disabled: !to, onclick: (e) => { e.stopPropagation(); giveBlock(b); },
        title: 'the headline block stands between this record and its neighbour: give it to the neighbour' },
        'Give headline block to ' + (to ? '#' + (records.indexOf(to) + 1) : 'no neighbour')));
    }
    const k = splitAt(rec, pickedLine);
    tools.append(el('button', { type: 'button', class: 'split', disabled: k < 0, onclick: (e) => { e.stopPropagation(); split(rec); },
      title: 'click a body line of this record first: the record is cut in two before it' },
      k < 0 ? 'Split (pick a line)' : 'Split before line ' + pickedLine));
    if (records[i + 1]) {
      tools.append(el('button', { type: 'button', class: 'merge', onclick: (e) => { e.stopPropagation(); merge(rec); },
        title: 'join the next record into this one' }, 'Merge with #' + (i + 2)));
    }
    tools.append(el('button', { type: 'button', class: 'edit', onclick: (e) => { e.stopPropagation(); rec.editing = !rec.editing; card.classList.toggle('editing', rec.editing); } }, 'Edit'));
    card.append(tools);
    const form = el('div', { class: 'edit-form' });
    const input = (label, name, value, enabled) => el('label', {}, label,
      el('input', { type: 'text', name, value: value === null ? '' : Array.isArray(value) ? value.join('、') : value, disabled: !enabled,
        onchange: (e) => editField(rec, name, e.target.value) }));
    form.append(input('kicker', 'kicker', f.kicker, own.length === 1), input('headline', 'headline', f.headline, own.length === 1),
      input('deck', 'subheadline', f.subheadline, own.length === 1), input('reporters', 'reporters', f.reporters, true),
      input('correspondents', 'correspondents', f.correspondents, true), input('photographers', 'photographers', f.photographers, true));
    card.append(form);
    card.addEventListener('click', (e) => { if (!e.target.closest('input, button')) select(rec, true); });
    return card;
  }

  function renderBoundary(i) {
    const b = (label, title, up, para) => el('button', { type: 'button', title, 'data-move': (up ? 'up' : 'down') + (para ? '-paragraph' : '-line'),
      onclick: () => moveBoundary(i, up, para) }, label);
    return el('div', { class: 'boundary', 'data-boundary': i + 1 },
      el('span', { text: 'boundary #' + (i + 1) + ' | #' + (i + 2) }),
      b('▲ line', 'last line of #' + (i + 1) + ' goes to #' + (i + 2), true, false),
      b('▲ paragraph', 'last paragraph of #' + (i + 1) + ' goes to #' + (i + 2), true, true),
      b('▼ line', 'first line of #' + (i + 2) + ' goes to #' + (i + 1), false, false),
      b('▼ paragraph', 'first paragraph of #' + (i + 2) + ' goes to #' + (i + 1), false, true));
  }

  function renderRecords() {
    const box = el('div', { id: 'records', class: 'records' });
    records.forEach((rec, i) => {
      if (i > 0) box.append(renderBoundary(i - 1));
      box.append(renderRecord(rec, i));
    });
    box.append(el('div', { class: 'export' },
      el('p', { id: 'export-status', class: 'status' }),
      el('details', {}, el('summary', {}, 'Exported gold file'), el('pre', { id: 'export-json' }))));
    return box;
  }

  function legend() {
    return el('div', { class: 'legend' }, ...Object.entries(ROLE_MARK).map(([role, mark]) =>
      el('span', { class: 'seg role-' + role }, mark + ' ' + role)));
  }

  function render() {
    const scroll = [window.scrollX, window.scrollY];
    const src = document.getElementById('source');
    const srcTop = src ? src.scrollTop : 0;
    app.replaceChildren(renderHeader(), renderNotices(), legend(), el('main', {}, renderLines(), renderRecords()));
    document.getElementById('source').scrollTop = srcTop;
    window.scrollTo(scroll[0], scroll[1]);
    if (selected && records.includes(selected)) select(selected, false, true);
    if (pickedLine !== null) pick(pickedLine);
  }

  /** The line a split would start at: marked, and the records' Split buttons told. */
  function pick(n) {
    pickedLine = n;
    for (const e of document.querySelectorAll('#source .picked')) e.classList.remove('picked');
    const line = document.querySelector('#source [data-line="' + n + '"]');
    if (line) line.classList.add('picked');
    for (const card of document.querySelectorAll('#records .record')) {
      const rec = records.find((r) => r.id === card.getAttribute('data-record-id'));
      const button = card.querySelector('button.split');
      const k = splitAt(rec, n);
      button.disabled = k < 0;
      button.textContent = k < 0 ? 'Split (pick a line)' : 'Split before line ' + n;
    }
  }

  function select(rec, scrollLines, quiet) {
    selected = rec;
    for (const e of document.querySelectorAll('.hl, .selected')) e.classList.remove('hl', 'selected');
    const card = document.querySelector('#records [data-record-id="' + CSS.escape(rec.id) + '"]');
    const hit = document.querySelectorAll('#source [data-record-id~="' + CSS.escape(rec.id) + '"]');
    for (const l of hit) l.classList.add('hl');
    if (card) card.classList.add('selected');
    if (quiet) return;
    if (scrollLines && hit.length) hit[0].scrollIntoView({ block: 'center' });
    if (card) card.scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', (e) => {
    if (e.target.closest && e.target.closest('input, textarea, select') || e.ctrlKey || e.metaKey || e.altKey) return;
    const go = (href) => { if (href) window.location.href = href; };
    const i = selected ? records.indexOf(selected) : -1;
    if ((e.key === 'j' || e.key === 'k') && records.length === 0) return;
    if (e.key === 'j') select(records[Math.min(records.length - 1, i + 1)], true);
    else if (e.key === 'k') select(records[Math.max(0, i < 0 ? 0 : i - 1)], true);
    else if (e.key === 'n') go(D.nav.next);
    else if (e.key === 'p') go(D.nav.prev);
    else if (e.key === 'i') go(D.nav.index);
    else if (e.key === 'Escape') { selected = null; for (const x of document.querySelectorAll('.hl, .selected')) x.classList.remove('hl', 'selected'); }
    else return;
    e.preventDefault();
  });

  // Corrections live in this page until exported: leaving asks first.
  window.addEventListener('beforeunload', (e) => {
    if (corrections.length && !exported) { e.preventDefault(); e.returnValue = ''; }
  });

  init();
  render();
  document.body.setAttribute('data-ready', '');
})();
