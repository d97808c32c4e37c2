// Settlement charts: the last 30 days from GET /api/v1/settlement/reports/series, drawn as inline SVG (no library,
// no CDN). Through the gateway the API needs X-Api-Key: the key typed here is kept in sessionStorage only.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var KEY = 'settlement.apiKey';
  var COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
  var W = 1000, H = 260, M = { top: 16, right: 16, bottom: 40, left: 80 };

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function title(node, text) {
    el('title', {}, node).textContent = text;
  }

  function won(n) {
    return Number(n).toLocaleString('en-US');
  }

  function svgIn(id) {
    var holder = document.getElementById(id);
    holder.textContent = '';
    return el('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img' }, holder);
  }

  // y scale over [min, max] that always contains 0
  function scale(values) {
    var max = Math.max.apply(null, [0].concat(values));
    var min = Math.min.apply(null, [0].concat(values));
    if (max === min) { max = min + 1; }
    var plot = H - M.top - M.bottom;
    return { y: function (v) { return M.top + (max - v) / (max - min) * plot; }, min: min, max: max };
  }

  function axes(svg, s, labels) {
    var g = el('g', { 'class': 'axis' }, svg);
    el('line', { 'class': 'zero', x1: M.left, x2: W - M.right, y1: s.y(0), y2: s.y(0) }, g);
    [s.max, s.min].forEach(function (v) {
      if (v !== 0) {
        el('text', { x: M.left - 6, y: s.y(v) + 4, 'text-anchor': 'end' }, g).textContent = won(v);
      }
    });
    el('text', { x: M.left - 6, y: s.y(0) + 4, 'text-anchor': 'end' }, g).textContent = '0';
    var step = (W - M.left - M.right) / Math.max(1, labels.length);
    labels.forEach(function (label, i) {
      if (labels.length <= 12 || i % 3 === 0 || i === labels.length - 1) {
        el('text', { x: M.left + step * (i + 0.5), y: H - M.bottom + 14, 'text-anchor': 'middle' }, g)
          .textContent = label;
      }
    });
    return step;
  }

  function color(providers, p) {
    return COLORS[providers.indexOf(p) % COLORS.length];
  }

  function drawCost(data) {
    var svg = svgIn('cost-chart');
    svg.setAttribute('aria-label', 'cost per provider per day');
    var values = [];
    data.days.forEach(function (d) { data.providers.forEach(function (p) { values.push(d.cost[p] || 0); }); });
    var s = scale(values);
    var step = axes(svg, s, data.days.map(function (d) { return d.date.slice(5); }));
    var n = Math.max(1, data.providers.length);
    var bw = Math.max(1, step * 0.8 / n);
    data.days.forEach(function (d, i) {
      data.providers.forEach(function (p, j) {
        var v = d.cost[p] || 0;
        if (v === 0) { return; }
        var y0 = s.y(0), y1 = s.y(v);
        var rect = el('rect', {
          'class': 'bar cost', 'data-provider': p, 'data-date': d.date, 'data-value': v,
          x: M.left + step * i + step * 0.1 + bw * j, y: Math.min(y0, y1), width: bw,
          height: Math.max(1, Math.abs(y1 - y0)), fill: color(data.providers, p)
        }, svg);
        title(rect, p + ' ' + d.date + ': ' + won(v) + ' won');
      });
    });
    var legend = document.getElementById('legend');
    legend.textContent = '';
    data.providers.forEach(function (p) {
      var item = document.createElement('span');
      item.setAttribute('data-provider', p);
      var swatch = document.createElement('i');
      swatch.style.background = color(data.providers, p);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(p));
      legend.appendChild(item);
    });
  }

  function drawRedemptions(data) {
    var svg = svgIn('redemptions-chart');
    svg.setAttribute('aria-label', 'redemptions per day');
    var totals = data.days.map(function (d) {
      return data.providers.reduce(function (sum, p) { return sum + (d.redemptions[p] || 0); }, 0);
    });
    var s = scale(totals);
    var step = axes(svg, s, data.days.map(function (d) { return d.date.slice(5); }));
    data.days.forEach(function (d, i) {
      var base = 0;
      data.providers.forEach(function (p) {
        var v = d.redemptions[p] || 0;
        if (v === 0) { return; }
        var rect = el('rect', {
          'class': 'bar redemptions', 'data-provider': p, 'data-date': d.date, 'data-value': v,
          x: M.left + step * i + step * 0.15, y: s.y(base + v), width: step * 0.7,
          height: Math.max(1, s.y(base) - s.y(base + v)), fill: color(data.providers, p)
        }, svg);
        title(rect, p + ' ' + d.date + ': ' + v + ' redeemed');
        base += v;
      });
      if (totals[i] > 0) {
        var label = el('text', { 'class': 'label total', 'data-date': d.date, x: M.left + step * (i + 0.5),
          y: s.y(totals[i]) - 3, 'text-anchor': 'middle' }, svg);
        label.textContent = String(totals[i]);
      }
    });
  }

  function drawDrift(data) {
    var svg = svgIn('drift-chart');
    svg.setAttribute('aria-label', 'balance drift per reconciliation');
    var points = data.reconciliations;
    var s = scale(points.map(function (r) { return r.drift; }));
    var step = axes(svg, s, points.map(function (r) { return r.at.slice(5, 10); }));
    points.forEach(function (r, i) {
      var y0 = s.y(0), y1 = s.y(r.drift);
      var rect = el('rect', {
        'class': 'bar drift', 'data-provider': r.provider, 'data-id': r.id, 'data-value': r.drift,
        x: M.left + step * i + step * 0.2, y: Math.min(y0, y1), width: Math.max(1, step * 0.6),
        height: Math.max(1, Math.abs(y1 - y0)), fill: r.drift === 0 ? '#999' : (r.drift < 0 ? '#d62728' : '#2ca02c')
      }, svg);
      title(rect, r.provider + ' ' + r.at + ' ' + r.status + ': drift ' + won(r.drift) + ' won');
    });
    if (points.length === 0) {
      el('text', { 'class': 'label empty', x: W / 2, y: H / 2, 'text-anchor': 'middle' }, svg).textContent =
        'no reconciliation compared a balance in these days';
    }
  }

  function drawTotals(data) {
    var body = document.querySelector('#totals tbody');
    body.textContent = '';
    data.providers.forEach(function (p) {
      var cost = 0, redeemed = 0;
      data.days.forEach(function (d) { cost += d.cost[p] || 0; redeemed += d.redemptions[p] || 0; });
      var drifts = data.reconciliations.filter(function (r) { return r.provider === p && r.drift !== 0; }).length;
      var row = document.createElement('tr');
      row.setAttribute('data-provider', p);
      [p, won(cost), String(redeemed), String(drifts)].forEach(function (text) {
        var cell = document.createElement('td');
        cell.textContent = text;
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
  }

  function status(text, kind) {
    var node = document.getElementById('status');
    node.textContent = text;
    node.setAttribute('data-kind', kind);
  }

  function load() {
    document.body.setAttribute('data-state', 'loading');
    var headers = { 'Accept': 'application/json' };
    var key = sessionStorage.getItem(KEY);
    if (key) { headers['X-Api-Key'] = key; }
    fetch('/api/v1/settlement/reports/series', { headers: headers })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            var reason = body.detail || body.title || ('HTTP ' + response.status);
            throw new Error(response.status === 401 || response.status === 403
              ? 'the API key was refused (' + reason + ')' : reason);
          }
          return body;
        });
      })
      .then(function (data) {
        drawCost(data);
        drawRedemptions(data);
        drawDrift(data);
        drawTotals(data);
        status(data.from + ' to ' + data.to + ' (' + data.zone + ')', 'ok');
        document.body.setAttribute('data-state', 'ready');
      })
      .catch(function (error) {
        status('Could not load the series: ' + error.message, 'error');
        document.body.setAttribute('data-state', 'error');
      });
  }

  document.getElementById('api-key').value = sessionStorage.getItem(KEY) || '';
  document.getElementById('key-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var key = document.getElementById('api-key').value.trim();
    if (key) { sessionStorage.setItem(KEY, key); } else { sessionStorage.removeItem(KEY); }
    load();
  });
  load();
}());
