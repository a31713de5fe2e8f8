// The heat map on a real map (Leaflet from the application's webjar). The page shows the offline
// scheme until the first tile arrives; if a tile fails or none comes within the timeout (no
// internet), the map is hidden again and the scheme stays, with a note. Points are the cells of
// the map grid (about 500 × 500 m): size and colour by count, a click opens the cell's cases.
(function () {
  'use strict';
  function start() {
    var box = document.getElementById('leaflet-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    var scheme = document.getElementById('city-scheme');
    var note = document.getElementById('map-fallback');
    var cells = JSON.parse(box.getAttribute('data-cells') || '[]');
    var settled = false;
    box.hidden = false;
    box.setAttribute('data-state', 'loading');
    var map = L.map(box, { scrollWheelZoom: false }).setView([46.96, 142.73], 11);
    map.attributionControl.setPrefix('Leaflet');
    function fallback() {
      if (settled) {
        return;
      }
      settled = true;
      map.remove();
      box.hidden = true;
      box.setAttribute('data-state', 'fallback');
      note.hidden = false;
      scheme.hidden = false;
    }
    var tiles = L.tileLayer(box.getAttribute('data-tiles'), {
      maxZoom: 18,
      attribution: box.getAttribute('data-attribution')
    });
    tiles.on('tileerror', fallback);
    tiles.on('tileload', function () {
      if (!settled) {
        settled = true;
        box.setAttribute('data-state', 'tiles');
        scheme.hidden = true;
      }
    });
    tiles.addTo(map);
    window.setTimeout(fallback, parseInt(box.getAttribute('data-timeout'), 10) || 6000);
    var max = cells.reduce(function (m, c) { return Math.max(m, c.n); }, 1);
    var bounds = [];
    cells.forEach(function (c) {
      var share = c.n / max;
      var marker = L.circleMarker([c.lat, c.lon], {
        radius: 6 + 14 * Math.sqrt(share),
        color: '#7b1e12',
        weight: 1,
        fillColor: share > 0.66 ? '#b00020' : (share > 0.33 ? '#e67e22' : '#f1c40f'),
        fillOpacity: 0.75
      }).addTo(map);
      marker.bindTooltip(c.n + ' — открыть список');
      marker.on('click', function () { window.location.href = c.href; });
      bounds.push([c.lat, c.lon]);
    });
    if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
