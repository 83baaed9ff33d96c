// newsdesk's page: reads the same-origin JSON API and renders one view per hash
// route (#/, #/story/ID, #/entity/ID, #/search?q=...). No framework; every text
// from the API goes into the DOM as text, never as markup.
'use strict';

const view = document.getElementById('view');
const statusLine = document.getElementById('status');

// h('a', {href: '#/'}, 'text', child, ...) → element. null/false children are skipped.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const RELATION_LABELS = {
  original: 'original',
  exact_duplicate: 'exact copy',
  truncated: 'truncated copy',
  near_duplicate: 'near duplicate',
  paraphrase: 'paraphrase',
  same_event: 'same event',
};
const TYPE_LABELS = {person: 'People', place: 'Places', organisation: 'Organisations'};

async function api(path) {
  const res = await fetch(path, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error(`${res.status} ${res.statusText}`);
  }
  if (!res.ok) throw new Error(body && body.error ? body.error.message : `${res.status} ${res.statusText}`);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function storyLink(id) { return `#/story/${encodeURIComponent(id)}`; }
function entityLink(id) { return `#/entity/${encodeURIComponent(id)}`; }

function day(iso) { return iso ? iso.slice(0, 10) : ''; }

function timeEl(iso) { return iso ? h('time', {datetime: iso}, day(iso)) : null; }

function heading(text) {
  const el = h('h1', {tabindex: '-1', id: 'view-title'}, text);
  document.title = `${text} · newsdesk`;
  return el;
}

// "the [Kim] summit" → text and <mark> nodes.
function snippet(text) {
  const parts = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    parts.push(text.slice(last, m.index), h('mark', null, m[1]));
    last = re.lastIndex;
  }
  parts.push(text.slice(last));
  return parts;
}

function storyList(stories) {
  if (!stories.length) return h('p', {class: 'empty'}, 'No stories.');
  return h('ol', {class: 'stories'}, stories.map((s) => h('li', null,
      h('a', {href: storyLink(s.id), class: 'story-title', lang: s.language || null}, s.title || '(untitled)'),
      h('p', {class: 'meta'},
          `${s.items} item${s.items === 1 ? '' : 's'} · ${s.documents} document${s.documents === 1 ? '' : 's'}`,
          s.languages && s.languages.length ? ` · ${s.languages.join(', ')}` : '',
          s.sites && s.sites.length ? ` · ${s.sites.slice(0, 3).join(', ')}${s.sites.length > 3 ? '…' : ''}` : '',
          s.last_seen ? ' · ' : '', timeEl(s.last_seen)))));
}

function pager(nextHref, firstHref) {
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
      firstHref ? h('a', {href: firstHref}, 'First page') : null,
      nextHref ? h('a', {href: nextHref, rel: 'next'}, 'Next page') : null);
}

// --- views -----------------------------------------------------------------

async function listView(params) {
  const order = params.get('order') === 'largest' ? 'largest' : 'newest';
  const lang = params.get('lang') || '';
  const cursor = params.get('cursor') || '';
  const page = await api(`/api/stories${query({order, lang, cursor, limit: 20})}`);
  const form = h('form', {class: 'filters', 'aria-label': 'Order and language'},
      h('label', {for: 'order'}, 'Order '),
      h('select', {id: 'order', name: 'order'},
          h('option', {value: 'newest', selected: order === 'newest'}, 'Newest first'),
          h('option', {value: 'largest', selected: order === 'largest'}, 'Largest first')),
      h('label', {for: 'lang'}, ' Language '),
      h('input', {id: 'lang', name: 'lang', value: lang, size: 3, maxlength: 3, pattern: '[a-z]{2,3}',
        placeholder: 'any', title: 'ISO 639 code such as it, en, fr'}),
      h('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/${query({order: form.order.value, lang: form.lang.value.trim().toLowerCase()})}`;
  });
  const base = {order: order === 'newest' ? '' : order, lang};
  return [heading(order === 'largest' ? 'Largest stories' : 'Newest stories'), form, storyList(page.stories),
    pager(page.next_cursor ? `#/${query({...base, cursor: page.next_cursor})}` : null,
        cursor ? `#/${query(base)}` : null)];
}

function variantsTable(variants) {
  const dated = variants.some((v) => v.published);
  return h('table', {class: 'variants'},
      h('caption', {class: 'visually-hidden'}, 'Variants of the story and how each relates to it'),
      h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Headline'), h('th', {scope: 'col'}, 'Relation'),
          h('th', {scope: 'col'}, 'Score'), h('th', {scope: 'col'}, 'Source'), dated ? h('th', {scope: 'col'}, 'Date') : null)),
      h('tbody', null, variants.map((v) => h('tr', {class: `relation-${v.relation}`},
          h('td', {lang: v.language || null}, v.url ? h('a', {href: v.url, rel: 'noreferrer'}, v.title || v.url) : (v.title || ''),
              v.kind && v.kind !== 'headline' ? h('span', {class: 'kind'}, ` ${v.kind}`) : null),
          h('td', null, h('span', {class: `badge relation-${v.relation}`}, RELATION_LABELS[v.relation] || v.relation)),
          h('td', {class: 'num'}, typeof v.score === 'number' ? v.score.toFixed(2) : ''),
          h('td', null, v.site || v.source || ''),
          dated ? h('td', null, timeEl(v.published)) : null))));
}

function sourcesList(variants) {
  const bySite = new Map();
  for (const v of variants) {
    const key = v.site || v.source || '';
    if (!key || bySite.has(key)) continue;
    bySite.set(key, v.url);
  }
  if (!bySite.size) return null;
  return h('section', {'aria-labelledby': 'h-sources'}, h('h2', {id: 'h-sources'}, 'Sources'),
      h('ul', {class: 'inline'}, [...bySite].map(([site, url]) =>
          h('li', null, url ? h('a', {href: url, rel: 'noreferrer'}, site) : site))));
}

function entitiesSection(entities) {
  if (!entities || !entities.length) return null;
  const groups = new Map();
  for (const e of entities) {
    const type = e.type || 'other';
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push(e);
  }
  return h('section', {'aria-labelledby': 'h-entities', class: 'entities'}, h('h2', {id: 'h-entities'}, 'Entities'),
      [...groups].map(([type, list]) => h('div', {class: 'entity-group'},
          h('h3', null, TYPE_LABELS[type] || type),
          h('ul', null, list.map((e) => h('li', null,
              e.id ? h('a', {href: entityLink(e.id)}, e.name) : e.name,
              e.mentions ? h('span', {class: 'meta'}, ` ×${e.mentions}`) : null,
              e.variants && e.variants.length > 1
                ? h('span', {class: 'variants-of'}, ` (${e.variants.filter((x) => x !== e.name).join(', ')})`) : null))))));
}

function timelineSection(dates, summary) {
  const points = (dates || []).filter((d) => d.value).map((d) => ({value: d.value, label: d.text}));
  if (summary.first_seen) points.push({value: summary.first_seen, label: 'first item seen', seen: true});
  if (summary.last_seen && day(summary.last_seen) !== day(summary.first_seen))
    points.push({value: summary.last_seen, label: 'latest item seen', seen: true});
  if (!points.length) return null;
  points.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return h('section', {'aria-labelledby': 'h-timeline'}, h('h2', {id: 'h-timeline'}, 'Timeline'),
      h('ol', {class: 'timeline'}, points.map((p) => h('li', {class: p.seen ? 'seen' : 'mentioned'},
          h('time', {datetime: p.value}, p.value.length > 10 ? day(p.value) : p.value),
          h('span', {class: 'label'}, ` ${p.label}`)))));
}

function figuresSection(quantities) {
  if (!quantities || !quantities.length) return null;
  return h('section', {'aria-labelledby': 'h-figures'}, h('h2', {id: 'h-figures'}, 'Figures'),
      h('ul', {class: 'figures'}, quantities.map((q) => h('li', null,
          h('strong', null, q.value !== undefined && q.value !== null ? Number(q.value).toLocaleString('en') : ''),
          q.unit ? ` ${q.unit}` : '', q.counts ? ` (${q.counts})` : '', q.bound && q.bound !== 'exact' ? ` · ${q.bound.replace(/_/g, ' ')}` : '',
          h('span', {class: 'meta'}, ` — “${q.text}”`)))));
}

function quotesSection(quotes) {
  if (!quotes || !quotes.length) return null;
  return h('section', {'aria-labelledby': 'h-quotes'}, h('h2', {id: 'h-quotes'}, 'Quotes'),
      quotes.map((q) => h('figure', {class: 'quote'}, h('blockquote', null, q.text),
          q.speaker ? h('figcaption', null, `— ${q.speaker}`) : null)));
}

async function storyView(id) {
  const s = await api(`/api/stories/${encodeURIComponent(id)}`);
  return [h('p', {class: 'crumbs'}, h('a', {href: '#/'}, '← All stories')),
    h('article', {class: 'story', lang: s.language || null},
        heading(s.title || '(untitled)'),
        h('dl', {class: 'facts'},
            h('dt', null, 'Languages'), h('dd', null, (s.languages || []).join(', ') || s.language || '—'),
            h('dt', null, 'Items'), h('dd', null, `${s.items} in ${s.documents} document${s.documents === 1 ? '' : 's'}`),
            h('dt', null, 'Seen'), h('dd', null, timeEl(s.first_seen),
                s.last_seen && day(s.last_seen) !== day(s.first_seen) ? [' – ', timeEl(s.last_seen)] : null)),
        h('section', {'aria-labelledby': 'h-variants'}, h('h2', {id: 'h-variants'}, 'Variants'), variantsTable(s.variants || [])),
        sourcesList(s.variants || []),
        entitiesSection(s.entities),
        timelineSection(s.dates, s),
        figuresSection(s.quantities),
        quotesSection(s.quotes))];
}

async function entityView(id, params) {
  const cursor = params.get('cursor') || '';
  const e = await api(`/api/entities/${encodeURIComponent(id)}${query({cursor, limit: 20})}`);
  const where = [];
  if (e.country) where.push(`country ${e.country}`);
  if (typeof e.lat === 'number' && typeof e.lon === 'number') where.push(`${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}`);
  return [h('p', {class: 'crumbs'}, h('a', {href: '#/'}, '← All stories')),
    heading(e.name),
    h('dl', {class: 'facts'},
        h('dt', null, 'Type'), h('dd', null, e.type),
        e.variants && e.variants.length ? [h('dt', null, 'Also written'), h('dd', null, e.variants.join(', '))] : null,
        where.length ? [h('dt', null, 'Where'), h('dd', null, where.join(' · '))] : null,
        h('dt', null, 'Mentions'), h('dd', null, `${e.mentions} in ${e.stories_count} stor${e.stories_count === 1 ? 'y' : 'ies'}`)),
    h('h2', null, 'Stories'),
    storyList(e.stories),
    pager(e.next_cursor ? `${entityLink(e.id)}${query({cursor: e.next_cursor})}` : null,
        cursor ? entityLink(e.id) : null)];
}

async function searchView(params) {
  const q = params.get('q') || '';
  const lang = params.get('lang') || '';
  const cursor = params.get('cursor') || '';
  document.getElementById('search-q').value = q;
  if (!q.trim()) return [heading('Search'), h('p', null, 'Type words in the search box.')];
  const page = await api(`/api/search${query({q, lang, cursor, limit: 20})}`);
  const hits = page.hits.length
    ? h('ol', {class: 'hits'}, page.hits.map((hit) => h('li', null,
        h('a', {href: storyLink(hit.story_id), class: 'story-title', lang: hit.language || null}, hit.title || '(untitled)'),
        h('p', {class: 'snippet', lang: hit.language || null}, snippet(hit.snippet || '')),
        h('p', {class: 'meta'}, [hit.site, hit.language].filter(Boolean).join(' · '),
            hit.published ? ' · ' : '', timeEl(hit.published)))))
    : h('p', {class: 'empty'}, 'Nothing found.');
  return [heading(`Search: ${q}`), hits,
    pager(page.next_cursor ? `#/search${query({q, lang, cursor: page.next_cursor})}` : null,
        cursor ? `#/search${query({q, lang})}` : null)];
}

// --- routing ---------------------------------------------------------------

// `moveFocus`: after an in-page navigation, focus goes to the new view's heading
// (so screen readers announce it); on first load it stays at the top.
async function route(moveFocus) {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?', 2);
  const params = new URLSearchParams(qs || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  statusLine.textContent = 'Loading…';
  view.setAttribute('aria-busy', 'true');
  let content;
  try {
    if (parts.length === 0) content = await listView(params);
    else if (parts[0] === 'story' && parts.length === 2) content = await storyView(parts[1]);
    else if (parts[0] === 'entity' && parts.length === 2) content = await entityView(parts[1], params);
    else if (parts[0] === 'search') content = await searchView(params);
    else throw new Error('No such page.');
    statusLine.textContent = '';
  } catch (err) {
    content = [heading('Not available'), h('p', {class: 'error', role: 'alert'}, err.message)];
    statusLine.textContent = '';
  }
  view.replaceChildren(...content);
  view.removeAttribute('aria-busy');
  const title = document.getElementById('view-title');
  if (moveFocus && title && document.activeElement !== document.getElementById('search-q')) title.focus();
}

document.getElementById('search').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-q').value.trim();
  if (q) location.hash = `#/search${query({q})}`;
});
window.addEventListener('hashchange', () => route(true));
route(false);
