// The report form: place by map tap, browser location or typed block; shows the questions of the
// chosen category; hides contact fields for anonymous reports. The form works without it
// (typed block address, all questions shown).
(function () {
	'use strict';

	var CHICAGO = [41.8358, -87.6827];
	var form = document.getElementById('concern-form');
	if (!form) {
		return;
	}
	var latitude = document.getElementById('concern-latitude');
	var longitude = document.getElementById('concern-longitude');
	var address = document.getElementById('concern-address');
	var category = document.getElementById('concern-category');
	var element = document.getElementById('concern-map');
	var status = document.querySelector(element.dataset.status);
	var map = null;
	var marker = null;

	function say(message, isError) {
		status.textContent = message || '';
		status.classList.toggle('notice--error', !!isError);
	}

	function round(value) {
		return Math.round(value * 1e6) / 1e6;
	}

	function choose(lat, lon, fromMap) {
		latitude.value = round(lat);
		longitude.value = round(lon);
		address.value = '';
		if (map) {
			if (marker) {
				marker.setLatLng([lat, lon]);
			} else {
				marker = L.circleMarker([lat, lon], { radius: 9, color: '#8a1c1c', weight: 3, fillOpacity: 0.5 }).addTo(map);
			}
			if (!fromMap) {
				map.setView([lat, lon], 16);
			}
		}
		say(element.dataset.msgChosen);
		form.dispatchEvent(new CustomEvent('location-set', { bubbles: true }));
	}

	// Only the chosen category's questions are shown and sent
	function showQuestions() {
		document.querySelectorAll('.category-questions').forEach(function (fieldset) {
			var chosen = fieldset.dataset.category === category.value;
			fieldset.hidden = !chosen;
			fieldset.disabled = !chosen;
		});
	}

	function showContact() {
		var anonymous = document.getElementById('anonymous-yes');
		var contact = document.getElementById('contact-fields');
		var named = !anonymous.checked;
		contact.hidden = !named;
		contact.querySelectorAll('input').forEach(function (input) { input.disabled = !named; });
	}

	category.addEventListener('change', showQuestions);
	document.querySelectorAll('input[name="anonymous"]').forEach(function (radio) {
		radio.addEventListener('change', showContact);
	});
	address.addEventListener('input', function () {
		if (address.value.trim()) {
			latitude.value = '';
			longitude.value = '';
			if (marker) {
				map.removeLayer(marker);
				marker = null;
			}
		}
	});
	showQuestions();
	showContact();

	document.querySelectorAll('[data-concern-locate]').forEach(function (button) {
		button.addEventListener('click', function () {
			if (!navigator.geolocation) {
				say(element.dataset.msgUnavailable, true);
				return;
			}
			button.disabled = true;
			say(element.dataset.msgLocating);
			navigator.geolocation.getCurrentPosition(function (position) {
				button.disabled = false;
				choose(position.coords.latitude, position.coords.longitude, false);
			}, function (error) {
				button.disabled = false;
				say(error.code === error.PERMISSION_DENIED ? element.dataset.msgDenied : element.dataset.msgUnavailable, true);
			}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
		});
	});

	if (typeof L === 'undefined') {
		element.hidden = true;
		return;
	}
	map = L.map(element, { center: CHICAGO, zoom: 11 });
	if (element.dataset.tilesUrl) {
		L.tileLayer(element.dataset.tilesUrl, { maxZoom: 19 }).addTo(map);
	}
	var outline = element.dataset.beatsUrl + (element.dataset.focusBeat ? encodeURIComponent(element.dataset.focusBeat) : '');
	fetch(outline.replace(/\/$/, ''), { headers: { Accept: 'application/geo+json, application/json' } })
		.then(function (response) {
			if (!response.ok) {
				throw new Error('HTTP ' + response.status);
			}
			return response.json();
		})
		.then(function (geojson) {
			var beats = L.geoJSON(geojson, {
				style: { color: '#0b4f8a', weight: 1, fillOpacity: 0.04 },
				interactive: false
			}).addTo(map);
			if (element.dataset.focusBeat && !marker) {
				map.fitBounds(beats.getBounds());
			}
		})
		.catch(function () { say(element.dataset.msgFailed, true); });
	map.on('click', function (event) {
		choose(event.latlng.lat, event.latlng.lng, true);
	});
	if (latitude.value && longitude.value) {
		choose(parseFloat(latitude.value), parseFloat(longitude.value), false);
	}
	element.dataset.state = 'ready';
	// Browser tests turn a latitude/longitude into a point on the screen
	window.concernMap = map;
}());
