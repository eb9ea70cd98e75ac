/* Sales-point maps. An enhancement only: the list and addresses work without it.
 * Markers are vector circles (no image files), so they show even when the tile
 * server cannot be reached; tiles come from OUTLETS_MAP_TILE_URL. */
(function () {
  "use strict";
  if (!window.L || !document.querySelectorAll) { return; }

  var VIETNAM_CENTRE = [16.2, 106.0];
  var COLOURS = { open: "#1a7f37", closed: "#9a4a00" };

  // Only links within this site or over http(s): a "javascript:" URL never becomes a link.
  function safeUrl(url) {
    if (!url) { return ""; }
    var parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "";
  }

  // Leaflet parses a string given to bindTooltip/bindPopup as HTML: always hand it DOM nodes.
  function textNode(text, tag) {
    var el = document.createElement(tag || "span");
    el.textContent = text || "";
    return el;
  }

  function popupContent(props) {
    // Built from DOM nodes: names and addresses are never parsed as HTML.
    var box = document.createElement("div");
    var url = safeUrl(props.url);
    var title = textNode(props.name, url ? "a" : "strong");
    if (url) { title.href = url; }
    box.appendChild(title);
    [props.kind_label, props.address, props.status].forEach(function (text) {
      if (!text) { return; }
      box.appendChild(textNode(text, "div"));
    });
    return box;
  }

  function marker(feature) {
    var c = feature.geometry.coordinates;
    var open = !!feature.properties.open_now;
    return L.circleMarker([c[1], c[0]], {
      radius: 9, weight: 2, color: "#ffffff",
      fillColor: open ? COLOURS.open : COLOURS.closed, fillOpacity: 0.95
    }).bindPopup(popupContent(feature.properties)).bindTooltip(textNode(feature.properties.name));
  }

  function show(el, features) {
    var group = L.featureGroup(features.map(marker));
    group.addTo(el._outletsMap);
    if (features.length === 1) {
      el._outletsMap.setView(group.getLayers()[0].getLatLng(), 15);
    } else if (features.length > 1) {
      el._outletsMap.fitBounds(group.getBounds().pad(0.15), { maxZoom: 14 });
    }
  }

  function init(el) {
    el.hidden = false;
    var legend = el.parentNode.querySelector("[data-outlets-map-legend]");
    if (legend) { legend.hidden = false; }
    var map = L.map(el, { scrollWheelZoom: false }).setView(VIETNAM_CENTRE, 5);
    el._outletsMap = map;
    if (el.dataset.tileUrl) {
      var tiles = L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: el.dataset.tileAttribution || "" });
      tiles.once("tileerror", function () {
        // No tile server reachable: say so once; the markers stay.
        if (!el.dataset.labelOffline) { return; }
        var note = L.control({ position: "topright" });
        note.onAdd = function () {
          var box = L.DomUtil.create("div", "outlets-map__offline");
          box.textContent = el.dataset.labelOffline;
          return box;
        };
        note.addTo(map);
      });
      tiles.addTo(map);
    }
    if (el.dataset.geojsonUrl) {
      fetch(el.dataset.geojsonUrl, { headers: { Accept: "application/geo+json, application/json" } })
        .then(function (response) { return response.ok ? response.json() : { features: [] }; })
        .then(function (data) { show(el, data.features || []); })
        .catch(function () { el.hidden = true; if (legend) { legend.hidden = true; } });
    } else if (el.dataset.lat && el.dataset.lng) {
      show(el, [{
        geometry: { coordinates: [parseFloat(el.dataset.lng), parseFloat(el.dataset.lat)] },
        properties: { name: el.dataset.name, open_now: el.dataset.open === "true" }
      }]);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-outlets-map]"), init);
})();
