// The beat's concerns on a map: one marker per listed concern, at its block-level point.
(function () {
	'use strict';
	document.querySelectorAll('[data-concern-map]').forEach(function (element) {
		var status = document.querySelector(element.dataset.status);
		if (typeof L === 'undefined') {
			element.hidden = true;
			return;
		}
		var map = L.map(element, { center: [41.8358, -87.6827], zoom: 12 });
		if (element.dataset.tilesUrl) {
			L.tileLayer(element.dataset.tilesUrl, { maxZoom: 19 }).addTo(map);
		}
		var markers = [];
		document.querySelectorAll(element.dataset.list + ' [data-latitude]').forEach(function (item) {
			var point = [parseFloat(item.dataset.latitude), parseFloat(item.dataset.longitude)];
			var marker = L.circleMarker(point, { radius: 8, color: '#8a1c1c', weight: 2, fillOpacity: 0.5 })
				.bindTooltip(item.dataset.label || '')
				.on('click', function () {
					item.scrollIntoView({ behavior: 'smooth', block: 'center' });
					var link = item.querySelector('a');
					if (link) {
						link.focus({ preventScroll: true });
					}
				})
				.addTo(map);
			markers.push(marker);
		});
		fetch(element.dataset.beatsUrl + encodeURIComponent(element.dataset.focusBeat),
			{ headers: { Accept: 'application/geo+json, application/json' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (geojson) {
				var beat = L.geoJSON(geojson, { style: { color: '#0b4f8a', weight: 2, fillOpacity: 0.05 }, interactive: false })
					.addTo(map);
				map.fitBounds(beat.getBounds());
				element.dataset.state = 'ready';
			})
			.catch(function () {
				if (status) {
					status.textContent = element.dataset.msgFailed;
				}
			});
	});
}());
