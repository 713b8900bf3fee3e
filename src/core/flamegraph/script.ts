/**
 * The interactive script embedded in every flame graph SVG (hover details, click-to-zoom, regex
 * search). Written for this project, in plain ES5-style JavaScript with no dependencies, so the SVG
 * works when opened from disk (file://) in any current browser.
 *
 * The frames are drawn in the SVG (`<g class="cN"><rect/><text/></g>` per frame, in the order of
 * the layout; the class gives the fill), and what a frame is — name, samples, start, self — is in
 * the JSON of `<script type="application/json" id="pfg-data">` (FlameGraphData), one column per
 * field, index-aligned with the frames. Names are stored once each and the tooltip text is made
 * here on hover (a `<title>` is added to the hovered frame then), so a large graph does not carry
 * every name twice and a sentence per frame.
 *
 * Stable hooks for tests and for people: `#pfg-details` (hover text), `#pfg-matched` (search
 * result), `#pfg-unzoom` (Reset Zoom), `#pfg-search` (Search / Reset Search), and the functions
 * `window.pfgSearch(regexString)` → matched percent (or null for an invalid regex),
 * `window.pfgResetSearch()`, `window.pfgResetZoom()`, `window.pfgFindFrames(name)` → the `<g>`
 * elements of the frames with that name.
 */

/** Values the script needs from the renderer (serialised with serializeScriptJson). */
export interface FlameGraphScriptConfig {
  /** Total weight of the profile (root frame's samples). */
  total: number;
  /** What the weights count ("samples"), for the default tooltip. */
  countName: string;
  /** Left edge of the frame area, px. */
  xpad: number;
  /** Width of the frame area, px. */
  plotWidth: number;
  fontSize: number;
  /** Average glyph width as a fraction of the font size (same value the renderer used). */
  fontWidth: number;
  /** Baseline of a frame's label below the frame's top, px. */
  textOffset: number;
  /** Icicle layout: root at the top, so ancestors have smaller y. */
  inverted: boolean;
}

/**
 * The frames' data (the JSON of `#pfg-data`): `names` holds each distinct name once; the other
 * arrays have one entry per frame, in the order the frames are drawn.
 */
export interface FlameGraphData {
  names: string[];
  /** Index into `names`. */
  name: number[];
  samples: number[];
  /** Weight of everything left of the frame (its left edge, in samples). */
  start: number[];
  self: number[];
  /** Tooltip text after the name, when the renderer says more than samples and shares (the diff graph). */
  details?: string[];
}

const SCRIPT_BODY = String.raw`(function (cfg) {
  'use strict';
  var doc = document;
  var svgNs = 'http://www.w3.org/2000/svg';
  var byId = function (id) { return doc.getElementById(id); };
  var details = byId('pfg-details');
  var matched = byId('pfg-matched');
  var unzoomButton = byId('pfg-unzoom');
  var searchButton = byId('pfg-search');
  var group = byId('pfg-frames');
  var dataNode = byId('pfg-data');
  var data = dataNode ? JSON.parse(dataNode.textContent) : { names: [], name: [], samples: [], start: [], self: [] };
  var frames = [];
  var searching = false;
  var eps = cfg.total * 1e-9;

  var nodes = group ? group.children : [];
  var count = Math.min(nodes.length, data.name.length);
  for (var i = 0; i < count; i++) {
    var g = nodes[i];
    var rect = g.getElementsByTagName('rect')[0];
    g.pfgIndex = i;
    frames.push({
      g: g,
      rect: rect,
      text: g.getElementsByTagName('text')[0] || null,
      titled: false,
      name: data.names[data.name[i]],
      samples: data.samples[i],
      start: data.start[i],
      self: data.self[i],
      details: data.details ? data.details[i] : null,
      y: Number(rect.getAttribute('y'))
    });
  }

  // The renderer's formatCoord: a tenth of a pixel, no trailing zeros.
  function coord(value) {
    var rounded = Math.round(value * 10) / 10;
    return rounded === 0 ? '0' : String(rounded);
  }

  function share(part) {
    return (cfg.total > 0 ? (100 * part) / cfg.total : 0).toFixed(2);
  }

  function describe(f) {
    if (f.details !== null) return f.name + ' ' + f.details;
    return f.name + ' (' + f.samples + ' ' + cfg.countName + ', ' + share(f.samples) + '%, self ' + share(f.self) + '%)';
  }

  // Same rule as label.ts's labelFrame: no py:: prefix or :file, no _[k] / _[j].
  function labelOf(name) {
    if (name.indexOf('py::') === 0) {
      var colon = name.indexOf(':', 4);
      return colon > 4 ? name.slice(4, colon) : name.slice(4);
    }
    if (/_\[[kj]\]$/.test(name)) return name.slice(0, -4);
    return name;
  }

  // Same rule as the renderer's fitLabel: room for N glyphs shows N-2 characters plus "..".
  function fitLabel(name, width) {
    var chars = Math.floor(width / (cfg.fontSize * cfg.fontWidth));
    if (chars < 3) return '';
    if (name.length <= chars) return name;
    return name.substring(0, chars - 2) + '..';
  }

  function place(frame, x, width) {
    frame.rect.setAttribute('x', coord(x));
    frame.rect.setAttribute('width', coord(width));
    var label = fitLabel(labelOf(frame.name), width);
    if (label && !frame.text) {
      // Frames too narrow for a label at first get one when a zoom makes room.
      frame.text = doc.createElementNS(svgNs, 'text');
      frame.text.setAttribute('y', coord(frame.y + cfg.textOffset));
      frame.g.appendChild(frame.text);
    }
    if (frame.text) {
      frame.text.setAttribute('x', coord(x + 3));
      frame.text.textContent = label;
    }
  }

  function frameOf(node) {
    while (node && node !== group) {
      if (node.pfgIndex !== undefined) return frames[node.pfgIndex];
      node = node.parentNode;
    }
    return null;
  }

  function zoom(target) {
    var scale = cfg.plotWidth / target.samples;
    var end = target.start + target.samples;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      var fEnd = f.start + f.samples;
      var encloses = f.start <= target.start + eps && fEnd >= end - eps;
      var inside = f.start >= target.start - eps && fEnd <= end + eps;
      var below = cfg.inverted ? f.y < target.y : f.y > target.y;
      var above = cfg.inverted ? f.y > target.y : f.y < target.y;
      f.g.classList.remove('pfg-hide');
      f.g.classList.remove('pfg-parent');
      if (f === target || (encloses && below)) {
        if (f !== target) f.g.classList.add('pfg-parent');
        place(f, cfg.xpad, cfg.plotWidth);
      } else if (inside && above) {
        place(f, cfg.xpad + (f.start - target.start) * scale, f.samples * scale);
      } else {
        f.g.classList.add('pfg-hide');
      }
    }
    if (unzoomButton) unzoomButton.classList.remove('pfg-hide');
  }

  function resetZoom() {
    var scale = cfg.total > 0 ? cfg.plotWidth / cfg.total : 0;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      f.g.classList.remove('pfg-hide');
      f.g.classList.remove('pfg-parent');
      place(f, cfg.xpad + f.start * scale, f.samples * scale);
    }
    if (unzoomButton) unzoomButton.classList.add('pfg-hide');
  }

  function resetSearch() {
    for (var i = 0; i < frames.length; i++) frames[i].g.classList.remove('pfg-match');
    searching = false;
    if (matched) matched.textContent = ' ';
    if (searchButton) searchButton.textContent = 'Search';
  }

  // Highlights frames whose name matches, and reports the share of samples under at least one
  // match: a match nested inside another match is not counted again.
  function search(term) {
    resetSearch();
    if (!term) return null;
    var re;
    try {
      re = new RegExp(term);
    } catch (error) {
      if (matched) matched.textContent = 'Invalid regex: ' + term;
      return null;
    }
    var hits = [];
    for (var i = 0; i < frames.length; i++) {
      if (re.test(frames[i].name)) {
        frames[i].g.classList.add('pfg-match');
        hits.push(frames[i]);
      }
    }
    hits.sort(function (a, b) { return a.start - b.start || b.samples - a.samples; });
    var covered = -Infinity;
    var sum = 0;
    for (var j = 0; j < hits.length; j++) {
      if (hits[j].start + eps >= covered) {
        sum += hits[j].samples;
        covered = hits[j].start + hits[j].samples;
      }
    }
    var percent = cfg.total > 0 ? (100 * sum) / cfg.total : 0;
    searching = true;
    if (matched) matched.textContent = 'Matched: ' + percent.toFixed(2) + '%';
    if (searchButton) searchButton.textContent = 'Reset Search';
    return percent;
  }

  function promptSearch() {
    var term = window.prompt('Search frames by regular expression (e.g. ^py:: or json)', '');
    if (term) search(term);
  }

  function findFrames(name) {
    var found = [];
    for (var i = 0; i < frames.length; i++) if (frames[i].name === name) found.push(frames[i].g);
    return found;
  }

  if (group) {
    group.addEventListener('mouseover', function (event) {
      var f = frameOf(event.target);
      if (!f) return;
      var text = describe(f);
      if (details) details.textContent = text;
      if (!f.titled) {
        // The browser's own tooltip, made when first needed.
        var title = doc.createElementNS(svgNs, 'title');
        title.textContent = text;
        f.g.insertBefore(title, f.g.firstChild);
        f.titled = true;
      }
    });
    group.addEventListener('mouseout', function (event) {
      if (frameOf(event.target) && details) details.textContent = ' ';
    });
    group.addEventListener('click', function (event) {
      var f = frameOf(event.target);
      if (f && f.samples > 0) zoom(f);
    });
  }
  if (unzoomButton) unzoomButton.addEventListener('click', resetZoom);
  if (searchButton) {
    searchButton.addEventListener('click', function () {
      if (searching) resetSearch();
      else promptSearch();
    });
  }
  window.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 'f' || event.key === 'F')) {
      event.preventDefault();
      promptSearch();
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      promptSearch();
    } else if (event.key === 'Escape') {
      resetSearch();
      resetZoom();
    }
  });

  window.pfgSearch = search;
  window.pfgResetSearch = resetSearch;
  window.pfgResetZoom = resetZoom;
  window.pfgFindFrames = findFrames;
})`;

/**
 * The script text, config applied. `configJson` must come from serializeScriptJson (no `<`, `>`
 * or `&`), which keeps the CDATA section that wraps it well-formed.
 */
export function buildFlameGraphScript(configJson: string): string {
  return `${SCRIPT_BODY}(${configJson});`;
}
