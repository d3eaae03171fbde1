// The article view: the clean text with entities, places, dates, quotes and event evidence highlighted, and a
// side panel of what was extracted. Text only ever enters the page as text nodes (see dom.js).
'use strict';
const id = new URLSearchParams(location.search).get('id') || '';
// The event the reader came from (article.html?id=A#ev2): its evidence is marked and scrolled into view.
const chosenEvent = decodeURIComponent(location.hash.slice(1));

/** Every highlight as {start, end, cls, title}. */
function highlights(doc) {
  const marks = [];
  const add = (span, cls, title) => { if (span && span.end > span.start) marks.push({...span, cls, title}); };
  for (const e of doc.entities || []) for (const m of e.mentions) add(m, 'ent', `${e.kind}: ${e.name}`);
  for (const p of doc.places || []) for (const m of p.mentions) add(m, 'place', `place: ${p.name}`
    + (p.country_code ? ` (${p.country_code})` : ''));
  for (const t of doc.times || []) add(t.span, 'date', `date: ${t.value || t.text}`);
  for (const q of doc.quotes || []) add(q.span, 'quote', `quote by ${q.speaker_text || 'unknown'}`);
  for (const ev of doc.events || []) {
    const chosen = ev.id === chosenEvent;
    for (const s of ev.evidence) add(s, chosen ? 'evidence chosen' : 'evidence', `evidence of ${ev.id} ${ev.type}`);
    add(ev.trigger_span, 'trigger', `${ev.id} ${ev.type}`);
  }
  return marks;
}

/** The text split at every highlight boundary; each piece a span with the classes of the marks covering it. */
function renderText(text, marks, into) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.min(m.start, text.length)); cuts.add(Math.min(m.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  let para = el('p');
  into.appendChild(para);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = marks.filter(m => m.start <= a && m.end >= b);
    const parts = text.slice(a, b).split(/\n{2,}/);
    parts.forEach((part, k) => {
      if (k > 0) { para = el('p'); into.appendChild(para); }
      if (!part) return;
      para.appendChild(covering.length
        ? el('span', {class: [...new Set(covering.map(m => m.cls))].join(' '),
          title: covering.map(m => m.title).join('\n')}, part)
        : document.createTextNode(part));
    });
  }
}

function section(title, items, line) {
  const panel = document.getElementById('extracted');
  panel.appendChild(el('h3', {}, `${title} (${items.length})`));
  panel.appendChild(el('ul', {}, items.map(x => el('li', {}, line(x)))));
}

/** A link to the article's story, naming how many articles tell it; nothing when the article has no story. */
async function linkStory(articleId) {
  try {
    const story = await getJson('api/v1/stories/' + encodeURIComponent(articleId));
    const others = story.articles.length - 1;
    document.getElementById('story-link').append('Story: ',
      el('a', {href: 'story.html?id=' + encodeURIComponent(story.id)}, story.title || story.id),
      others ? ` (with ${others} more article${others === 1 ? '' : 's'})` : ' (this article alone)');
  } catch (e) {
    // an article stored before stories existed has none; the link is simply left out
  }
}

async function show() {
  const text = document.getElementById('text');
  try {
    const doc = await getJson('api/v1/articles/' + encodeURIComponent(id));
    const a = doc.article;
    document.title = (a.title || a.id) + ' · Eventbase';
    document.getElementById('title').textContent = a.title || a.id;
    document.getElementById('meta').textContent = [a.publisher, a.published, a.url].filter(Boolean).join(' · ');
    renderText(a.text, highlights(doc), text);
    linkStory(a.id);
    const chosen = text.querySelector('.chosen');
    if (chosen) chosen.scrollIntoView({block: 'center'});
    const rows = doc.event_rows || {};
    section('Events', doc.events || [], ev => {
      const row = rows[ev.id] || {};
      const item = el('span', {class: ev.id === chosenEvent ? 'chosen-event' : null},
        el('span', {class: 'swatch', style: 'background:' + typeColour(row.type || ev.type)}),
        `${ev.id} ${row.type || ev.type}${ev.mode ? ' (' + ev.mode + ')' : ''}: ${ev.trigger || ''}`,
        row.place ? ` in ${row.place}` : '', row.day_from ? ` on ${row.day_from}` : '',
        row.killed ? `, ${row.killed} killed` : '',
        el('span', {class: row.review ? 'review-' + row.review : null}, ` [${row.review || 'unreviewed'}]`));
      return item;
    });
    section('Entities', doc.entities || [], e => `${e.name} (${e.kind}, ${e.mentions.length}×)`
      + (e.roles.length ? ` — ${e.roles.map(r => r.title + (r.of ? ' of ' + r.of : '')).join('; ')}` : ''));
    section('Places', doc.places || [], p => `${p.name}` + (p.country_code ? `, ${p.country_code}` : '')
      + (p.lat !== null && p.lat !== undefined ? ` (${p.lat.toFixed(3)}, ${p.lon.toFixed(3)})` : ' (not located)'));
    section('Dates', doc.times || [], t => `${t.text} → ${t.value || 'unresolved'}`);
    section('Quotes', doc.quotes || [], q => `${q.speaker_text || 'unknown speaker'}: “${q.text}”`);
    section('Counts', doc.counts || [], c => `${c.kind} ${c.min}${c.max ? '–' + c.max : ''} ${c.victims || ''}`);
  } catch (e) {
    text.appendChild(el('p', {class: 'errors'}, 'Could not load the article: ' + e.message));
  }
}
show();
