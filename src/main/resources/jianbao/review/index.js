// The review index: one row per page, the pages that need a look first (the order comes sorted
// from `jianbao review`), a filter box, and rows shown a screenful at a time so that 20,000
// pages open as fast as 20. Text is set with textContent only: paths and reasons stay text.
'use strict';
(function () {
  performance.mark('review-index-script');
  const D = JSON.parse(document.getElementById('index-data').textContent);
  const app = document.getElementById('app');
  const PAGE_SIZE = 100;
  // Rows come as arrays, named by D.columns; the reasons as bits that jianbao review set.
  const col = Object.fromEntries(D.columns.map((c, i) => [c, i]));
  const rows = D.pages.map((a) => {
    const r = {};
    for (const [c, i] of Object.entries(col)) r[c] = a[i];
    r.why = reasons(r);
    return r;
  });
  const haystack = rows.map((r) => (r.path + ' ' + r.why.join(' ')).toLowerCase());

  function reasons(r) {
    const out = [];
    const n = (k, one, many) => k + ' ' + (k === 1 ? one : many);
    if (r.reasons & 1) out.push(n(r.warnings, 'warning', 'warnings'));
    if (r.reasons & 2) out.push('unassigned text on ' + n(r.unassigned_lines, 'line', 'lines'));
    if (r.reasons & 4) out.push(n(r.no_headline, 'article', 'articles') + ' without headline');
    if (r.reasons & 8) out.push(n(r.no_byline, 'record', 'records') + ' without byline');
    if (r.reasons & 16) out.push('no records');
    if (r.reasons & 32) out.push('unsure layout (margin ' + r.layout_margin.toFixed(2) + ')');
    return out;
  }
  let shown = rows.map((_, i) => i);
  let page = 0;
  let focus = -1;

  const needLook = rows.filter((r) => r.reasons !== 0).length;
  const filter = el('input', { type: 'search', id: 'filter', placeholder: 'filter: path or reason (warning, unassigned, headline, byline, unsure)…', autocomplete: 'off' });
  const info = el('span', { id: 'shown', class: 'pos' });
  const prev = el('button', { type: 'button', id: 'prev-rows', onclick: () => go(page - 1) }, '◀ previous');
  const next = el('button', { type: 'button', id: 'next-rows', onclick: () => go(page + 1) }, 'next ▶');
  const tbody = el('tbody');
  const cols = ['#', 'page', 'records', 'warnings', 'unassigned lines', 'no headline', 'no byline', 'margin', 'why a look'];
  app.append(
    el('header', { class: 'bar' },
      el('h1', { text: 'jianbao review' }),
      el('div', { class: 'facts' },
        el('span', {}, el('b', { id: 'page-total', text: String(rows.length) }), ' pages'),
        el('span', {}, el('b', { text: String(D.records) }), ' records'),
        el('span', {}, el('b', { text: String(needLook) }), ' worth a look'),
        el('span', { class: 'dir', text: D.out_dir })),
      el('div', { class: 'actions' }, filter, prev, info, next,
        el('span', { class: 'keys', text: 'keys: / filter · j/k row · Enter open' }))),
    el('table', { class: 'pages' }, el('thead', {}, el('tr', {}, ...cols.map((c) => el('th', { text: c })))), tbody));

  function cell(text, cls) {
    return el('td', { class: cls || null, text: String(text) });
  }

  function render() {
    const from = page * PAGE_SIZE;
    const slice = shown.slice(from, from + PAGE_SIZE);
    const trs = slice.map((i, k) => {
      const r = rows[i];
      const margin = r.layout_margin === null ? '—' : r.layout_margin.toFixed(2);
      return el('tr', { 'data-page': r.sha256, class: r.reasons ? 'look' : null },
        cell(from + k + 1, 'num'),
        el('td', { class: 'path' }, el('a', { href: 'pages/' + r.sha256 + '.html', text: r.path })),
        cell(r.records, 'num'), cell(r.warnings || '', 'num'), cell(r.unassigned_lines || '', 'num'),
        cell(r.no_headline || '', 'num'), cell(r.no_byline || '', 'num'),
        cell(margin, 'num' + (r.layout_margin !== null && r.layout_margin < D.unsure_margin ? ' unsure' : '')),
        cell(r.why.join(' · '), 'why'));
    });
    tbody.replaceChildren(...trs);
    info.textContent = shown.length === 0 ? 'no page matches'
      : ' ' + (from + 1) + '–' + (from + slice.length) + ' of ' + shown.length + (shown.length < rows.length ? ' (filtered)' : '') + ' ';
    prev.disabled = page === 0;
    next.disabled = from + PAGE_SIZE >= shown.length;
    focus = -1;
    const q = filter.value;
    history.replaceState(null, '', '#' + new URLSearchParams({ q, p: String(page + 1) }).toString());
  }

  function go(p) {
    page = Math.max(0, Math.min(p, Math.ceil(shown.length / PAGE_SIZE) - 1));
    render();
  }

  function apply(p) {
    const q = filter.value.trim().toLowerCase();
    shown = [];
    for (let i = 0; i < rows.length; i++) if (!q || haystack[i].includes(q)) shown.push(i);
    go(p || 0);
  }

  let timer = null;
  filter.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => apply(0), 80); });

  function moveFocus(d) {
    const trs = tbody.querySelectorAll('tr');
    if (!trs.length) return;
    focus = Math.max(0, Math.min(trs.length - 1, focus + d));
    for (const t of trs) t.classList.remove('focus');
    trs[focus].classList.add('focus');
    trs[focus].scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', (e) => {
    if (e.target === filter) {
      if (e.key === 'Escape' || e.key === 'Enter') filter.blur();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/') filter.focus();
    else if (e.key === 'j') moveFocus(1);
    else if (e.key === 'k') moveFocus(-1);
    else if (e.key === 'Enter' && focus >= 0) tbody.querySelectorAll('tr')[focus].querySelector('a').click();
    else return;
    e.preventDefault();
  });

  const params = new URLSearchParams(location.hash.slice(1));
  filter.value = params.get('q') || '';
  apply(Number(params.get('p') || 1) - 1);
  performance.mark('review-index-rendered');
  document.body.setAttribute('data-ready', '');
})();
