// The story view: title and span, the articles (canonical or copy), the timeline of merged events with each
// event's sources and evidence, and the figures the sources disagree on side by side with their range.
// Every string comes from untrusted articles and enters the page as a text node only (see dom.js).
'use strict';
const storyId = new URLSearchParams(location.search).get('id') || '';

function span(days) {
  if (!days) return 'undated';
  return days.from === days.to ? days.from : `${days.from} – ${days.to}`;
}

function source(x) {
  return [x.publisher || 'unknown outlet', x.published || 'undated'].join(', ');
}

function articleLink(articleId, eventKey, text) {
  const hash = eventKey ? '#' + eventKey.slice(articleId.length + 1) : '';
  return el('a', {href: 'article.html?id=' + encodeURIComponent(articleId) + hash}, text);
}

/** One kind of count: every claim side by side (figure, as written, claimant, source, date), then the range. */
function claimTable(summary) {
  const range = summary.high === null || summary.high === undefined ? `${summary.low} or more`
    : summary.low === summary.high ? String(summary.low) : `${summary.low} – ${summary.high}`;
  return el('div', {class: 'claims' + (summary.conflicting ? ' conflict' : '')},
    el('p', {class: 'claims-head'}, `${summary.kind.toLowerCase()}`,
      summary.conflicting ? ' — the sources disagree' : ''),
    el('table', {class: 'side-by-side'},
      el('thead', {}, el('tr', {}, el('th', {}, 'figure'), el('th', {}, 'as written'), el('th', {}, 'claimed by'),
        el('th', {}, 'source'), el('th', {}, 'date'))),
      el('tbody', {}, summary.claims.map(c => el('tr', {class: 'claim'},
        el('td', {class: 'figure'}, c.figure),
        el('td', {}, c.text || ''),
        el('td', {}, c.claimant || '(the article)'),
        el('td', {class: 'claim-source'}, articleLink(c.article_id, c.event_key, c.publisher || c.article_id)),
        el('td', {}, c.published || 'undated'))))),
    el('p', {class: 'claims-summary'}, `range ${range} · latest ${summary.latest.figure} (${source(summary.latest)})`
      + ` · most cited ${summary.most_cited} (${summary.citations} article${summary.citations === 1 ? '' : 's'})`));
}

function eventItem(e) {
  return el('li', {class: 'merged-event' + (e.conflicting ? ' conflict' : ''), 'data-id': e.id},
    el('p', {class: 'event-head'},
      el('span', {class: 'swatch', style: 'background:' + typeColour(e.type)}),
      el('strong', {}, span(e.days)), ' ', `${e.type}${e.mode ? ' (' + e.mode + ')' : ''}`,
      e.place ? ` in ${e.place}` : '', e.country ? ` (${e.country})` : '',
      ` · ${e.mentions.length} source${e.mentions.length === 1 ? '' : 's'}`),
    el('ul', {class: 'mentions'}, e.mentions.map(m => el('li', {class: 'mention'},
      articleLink(m.article_id, m.event_key, source(m)), ': ',
      el('q', {class: 'evidence-text'}, m.evidence || '(no evidence sentence)')))),
    e.claims.map(claimTable));
}

async function show() {
  const list = document.getElementById('timeline-events');
  try {
    const story = await getJson('api/v1/stories/' + encodeURIComponent(storyId));
    document.title = (story.title || story.id) + ' · Eventbase';
    document.getElementById('title').textContent = story.title || story.id;
    document.getElementById('meta').textContent = [span(story.days), `${story.articles.length} articles`,
      story.actors.length ? 'actors: ' + story.actors.join(', ') : null,
      story.places.length ? 'places: ' + story.places.join(', ') : null].filter(Boolean).join(' · ');
    for (const e of story.timeline) list.appendChild(eventItem(e));
    if (!story.timeline.length) list.appendChild(el('li', {}, 'No events were coded in these articles.'));
    document.getElementById('articles').append(...story.articles.map(a => el('li', {class: 'story-article'},
      articleLink(a.article_id, null, a.title || a.article_id), ` — ${source(a)}`,
      a.copy ? el('span', {class: 'copy-mark'}, ' copy of ', articleLink(a.canonical, null, a.canonical))
        : el('span', {class: 'canonical-mark'}, ' canonical'))));
  } catch (e) {
    list.appendChild(el('li', {class: 'errors'}, 'Could not load the story: ' + e.message));
  }
}
show();
