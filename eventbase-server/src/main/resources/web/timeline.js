// The timeline: an SVG bar chart of events per day with a brush. Hand-written (about 90 lines) instead of uPlot
// because it needs only bars and a drag-to-select range, and every script must ship with the build.
// Example: const t = new Timeline(svg, range => applyDates(range)); t.draw(events);
'use strict';
const SVG_NS = 'http://www.w3.org/2000/svg';
const DAY_MS = 86400000;

class Timeline {
  constructor(svg, onBrush) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.days = [];
    this.drag = null;
    svg.addEventListener('mousedown', e => { this.drag = {from: this.x(e), to: this.x(e)}; this.drawBrush(); });
    svg.addEventListener('mousemove', e => { if (this.drag) { this.drag.to = this.x(e); this.drawBrush(); } });
    window.addEventListener('mouseup', () => this.finish());
  }

  x(e) {
    const box = this.svg.getBoundingClientRect();
    return Math.max(0, Math.min(box.width, e.clientX - box.left));
  }

  finish() {
    if (!this.drag) return;
    const [a, b] = [this.drag.from, this.drag.to].sort((p, q) => p - q);
    this.drag = null;
    if (b - a < 3 || !this.start) { this.brush = null; this.drawBrush(); this.onBrush(null); return; }
    this.brush = [a, b];
    this.drawBrush();
    this.onBrush([this.dayAt(a), this.dayAt(b)]);
  }

  dayAt(px) {
    const width = this.svg.getBoundingClientRect().width;
    const ms = this.start + (px / width) * (this.end - this.start + DAY_MS);
    return new Date(Math.min(ms, this.end)).toISOString().slice(0, 10);
  }

  /** Draws bars for the events' first days; events without a day are left out (and counted in the label). */
  draw(events) {
    clear(this.svg);
    const counts = new Map();
    let undated = 0;
    for (const e of events) {
      if (!e.day_from) { undated++; continue; }
      counts.set(e.day_from, (counts.get(e.day_from) || 0) + 1);
    }
    const width = this.svg.getBoundingClientRect().width || 600;
    const height = 70;
    if (counts.size === 0) {
      this.start = null;
      this.svg.appendChild(this.text(4, 40, 'No dated events' + (undated ? ` (${undated} undated)` : '')));
      return;
    }
    const days = [...counts.keys()].sort();
    this.start = Date.parse(days[0]) - DAY_MS;
    this.end = Date.parse(days[days.length - 1]) + DAY_MS;
    const span = (this.end - this.start) / DAY_MS + 1;
    const most = Math.max(...counts.values());
    const barWidth = Math.max(1, width / span - 1);
    for (const [day, n] of counts) {
      const px = ((Date.parse(day) - this.start) / DAY_MS) * (width / span);
      const h = Math.max(2, (n / most) * (height - 12));
      const bar = document.createElementNS(SVG_NS, 'rect');
      for (const [k, v] of Object.entries({x: px, y: height - h, width: barWidth, height: h, class: 'bar'})) {
        bar.setAttribute(k, v);
      }
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = `${day}: ${n} event${n === 1 ? '' : 's'}`;
      bar.appendChild(title);
      this.svg.appendChild(bar);
    }
    this.svg.appendChild(this.text(2, 82, days[0]));
    this.svg.appendChild(this.text(width - 64, 82, days[days.length - 1]));
    if (undated) this.svg.appendChild(this.text(width / 2 - 40, 82, `${undated} undated`));
    this.drawBrush();
  }

  text(x, y, s) {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', x);
    t.setAttribute('y', y);
    t.textContent = s;
    return t;
  }

  drawBrush() {
    const old = this.svg.querySelector('.brush');
    if (old) old.remove();
    const range = this.drag ? [this.drag.from, this.drag.to].sort((p, q) => p - q) : this.brush;
    if (!range) return;
    const r = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({x: range[0], y: 0, width: range[1] - range[0], height: 72,
      class: 'brush'})) {
      r.setAttribute(k, v);
    }
    this.svg.appendChild(r);
  }

  /** Draws the brush over the given days (e.g. typed into the date filters); null clears it. */
  showRange(range) {
    if (!range || !this.start) { this.clearBrush(); return; }
    const width = this.svg.getBoundingClientRect().width || 600;
    const total = this.end - this.start + DAY_MS;
    const px = day => Math.max(0, Math.min(width, ((Date.parse(day) - this.start) / total) * width));
    const [a, b] = [px(range[0]), px(range[1]) + (width * DAY_MS) / total];
    this.brush = [a, Math.min(width, Math.max(a + 2, b))];
    this.drawBrush();
  }

  clearBrush() {
    this.brush = null;
    this.drawBrush();
  }
}
