// JakKb reader scripts: search, sortable tables, and links that work when the site is opened from disk.
// Nothing here is needed to read a page; it only adds conveniences on top.
(() => {
  'use strict';
  const root = document.body.dataset.root || './';

  // Opened from disk (file://), a folder link shows a listing, not its index.html; point links at the file.
  if (location.protocol === 'file:') {
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (!/^[a-z]+:|^\/\//i.test(href) && /(^|\/)(#.*)?$/.test(href.split('?')[0])) {
        const [path, hash] = href.split('#');
        if (path === '' && hash !== undefined) continue;
        a.setAttribute('href', (path === '' ? './' : path) + (path.endsWith('/') || path === '' ? 'index.html' : '') + (hash !== undefined ? '#' + hash : ''));
      }
    }
  }

  // Sortable tables: a button in each heading, so sorting works from the keyboard too.
  for (const table of document.querySelectorAll('table.sortable')) {
    const heads = table.tHead ? [...table.tHead.rows[0].cells] : [];
    heads.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const rows = [...body.rows];
        const key = (row) => {
          const text = (row.cells[column]?.textContent || '').trim();
          const number = parseFloat(text.replace(/[^0-9.\-]/g, ''));
          return /^[<>=≤≥]?\s*-?[0-9]/.test(text) && !Number.isNaN(number) ? number : text.toLowerCase();
        };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }

  // Search: the index is fetched the first time the reader uses the box, never on page load.
  const form = document.querySelector('form.search');
  if (!form) return;
  const box = form.querySelector('input');
  const list = form.querySelector('#search-results');
  let index = null;
  let loading = null;
  let selected = -1;

  const load = () => loading ??= fetch(form.dataset.index).then((r) => r.json()).then((docs) => {
    index = docs.map((d) => ({ ...d, tl: d.t.toLowerCase(), al: (d.a || '').toLowerCase(), sl: (d.s || '').toLowerCase(), xl: (d.x || '').toLowerCase() }));
  });

  // A title match ranks above an alias or identifier match, which ranks above a summary or body match.
  const score = (d, q) => {
    if (d.tl === q) return 100;
    if (d.tl.startsWith(q)) return 80;
    if (d.tl.includes(q)) return 60;
    if (d.al.includes(q)) return 40;
    if (d.sl.includes(q)) return 20;
    if (d.xl.includes(q)) return 10;
    return 0;
  };

  const render = () => {
    const q = box.value.trim().toLowerCase();
    list.textContent = '';
    selected = -1;
    if (!q || !index) { list.hidden = true; box.setAttribute('aria-expanded', 'false'); return; }
    const hits = index.map((d) => [score(d, q), d]).filter(([s]) => s > 0)
      .sort((a, b) => b[0] - a[0] || a[1].t.localeCompare(b[1].t)).slice(0, 12);
    if (hits.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'No matches';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-disabled', 'true');
      list.append(li);
    }
    hits.forEach(([, d], i) => {
      const li = document.createElement('li');
      li.id = 'search-hit-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const a = document.createElement('a');
      a.href = root + d.u;
      a.tabIndex = -1;
      a.textContent = d.t;
      const small = document.createElement('small');
      small.textContent = d.k + (d.s ? ' · ' + d.s : '');
      a.append(small);
      li.append(a);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); location.href = a.href; });
      list.append(li);
    });
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
  };

  const move = (step) => {
    const items = [...list.querySelectorAll('li[id]')];
    if (items.length === 0) return;
    selected = (selected + step + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === selected)));
    box.setAttribute('aria-activedescendant', items[selected].id);
    items[selected].scrollIntoView({ block: 'nearest' });
  };

  box.addEventListener('focus', load);
  box.addEventListener('input', () => load().then(render));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Escape') { list.hidden = true; box.setAttribute('aria-expanded', 'false'); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      load().then(() => {
        if (list.hidden) render();
        const items = [...list.querySelectorAll('li[id] a')];
        const target = items[Math.max(selected, 0)];
        if (target) location.href = target.href;
      });
    }
  });
  box.addEventListener('blur', () => setTimeout(() => { list.hidden = true; box.setAttribute('aria-expanded', 'false'); }, 150));
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== box && !/^(input|textarea|select)$/i.test(document.activeElement?.tagName || '')) {
      e.preventDefault();
      box.focus();
    }
  });
})();
