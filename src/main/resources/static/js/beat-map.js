// The beat maps: our own beat outlines from /api/v1/geo/beats, optionally over a tile layer.
// Everything the map does is also possible without it (the beat chooser, neighbour links).
(function () {
	'use strict';

	var CHICAGO = [41.8358, -87.6827];
	var STYLE = { color: '#0b4f8a', weight: 1, fillColor: '#0b4f8a', fillOpacity: 0.08 };
	var HOVER = { weight: 3, fillOpacity: 0.3 };
	var FOCUSED = { color: '#8a1c1c', weight: 3, fillColor: '#8a1c1c', fillOpacity: 0.25 };
	var NEIGHBOUR = { color: '#0b4f8a', weight: 2, fillOpacity: 0.12 };
	var OTHER = { color: '#767676', weight: 1, fillOpacity: 0.03 };

	function BeatMap(element) {
		this.element = element;
		this.data = element.dataset;
		this.status = document.querySelector(this.data.status);
		this.layers = {};
		this.mode = this.data.beatMap;
		this.focusBeat = this.data.focusBeat || null;
		this.neighbours = (this.data.neighbours || '').split(',').filter(Boolean);
	}

	BeatMap.prototype.say = function (message, isError) {
		if (!this.status) {
			return;
		}
		this.status.textContent = message || '';
		this.status.classList.toggle('notice--error', !!isError);
	};

	BeatMap.prototype.label = function (beat) {
		return this.data.msgBeat.replace('{beat}', beat);
	};

	BeatMap.prototype.goToBeat = function (beat) {
		window.location.assign(this.data.beatUrl + encodeURIComponent(beat));
	};

	// On the home page a chosen or located beat is shown with its next meeting, without
	// leaving the page (the panel links on to the beat page); elsewhere the beat page opens.
	BeatMap.prototype.chooseBeat = function (beat) {
		var panel = this.mode === 'city' && document.querySelector('[data-next-meeting]');
		if (!panel) {
			this.goToBeat(beat);
			return;
		}
		var self = this;
		var target = panel.querySelector('[data-located-meetings]');
		panel.querySelector('[data-located-heading]').textContent = panel.dataset.msgHeading.replace('{beat}', beat);
		panel.querySelector('[data-located-link]').setAttribute('href', this.data.beatUrl + encodeURIComponent(beat));
		target.textContent = panel.dataset.msgLoading;
		panel.hidden = false;
		panel.dataset.beat = beat;
		panel.focus();
		fetch(panel.dataset.meetingsUrl.replace('BEAT', encodeURIComponent(beat)), { headers: { Accept: 'text/html' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.text();
			})
			.then(function (html) {
				target.innerHTML = html;
				self.say('');
			})
			.catch(function () {
				target.textContent = panel.dataset.msgFailed;
			});
	};

	BeatMap.prototype.styleFor = function (beat) {
		if (this.mode !== 'beat') {
			return STYLE;
		}
		if (beat === this.focusBeat) {
			return FOCUSED;
		}
		return this.neighbours.indexOf(beat) >= 0 ? NEIGHBOUR : OTHER;
	};

	BeatMap.prototype.start = function () {
		var self = this;
		this.map = L.map(this.element, { center: CHICAGO, zoom: 10, zoomSnap: 0.25 });
		if (this.data.tilesUrl) {
			L.tileLayer(this.data.tilesUrl, { attribution: this.data.tilesAttribution, maxZoom: 19 }).addTo(this.map);
		}
		if (this.mode === 'city' && this.data.locateUrl) {
			this.map.on('click', function (event) {
				self.locate(event.latlng.lat, event.latlng.lng, self.data.msgOutside);
			});
		}
		this.say(this.data.msgLoading);
		this.load()
			.then(function (geojson) {
				self.draw(geojson);
			})
			.catch(function () {
				self.element.dataset.state = 'failed';
				self.say(self.data.msgFailed, true);
			});
	};

	function fetchJson(url) {
		return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (response) {
			if (!response.ok) {
				throw new Error('HTTP ' + response.status);
			}
			return response.json();
		});
	}

	// The city map needs every beat; a beat's page only its own outline and its neighbours'
	BeatMap.prototype.load = function () {
		if (this.mode !== 'beat') {
			return fetchJson(this.data.beatsUrl);
		}
		var base = this.data.beatsUrl.replace(/\/$/, '') + '/';
		var wanted = [this.focusBeat].concat(this.neighbours);
		return Promise.all(wanted.map(function (beat) {
			return fetchJson(base + encodeURIComponent(beat)).catch(function () { return null; });
		})).then(function (parts) {
			var features = [];
			parts.forEach(function (part) {
				if (!part) {
					return;
				}
				features = features.concat(part.type === 'FeatureCollection' ? part.features : [part]);
			});
			if (!features.length) {
				throw new Error('no beat outline');
			}
			return { type: 'FeatureCollection', features: features };
		});
	};

	BeatMap.prototype.draw = function (geojson) {
		var self = this;
		var beats = L.geoJSON(geojson, {
			style: function (feature) {
				return self.styleFor(String(feature.properties.beat));
			},
			onEachFeature: function (feature, layer) {
				self.bindBeat(String(feature.properties.beat), layer);
			}
		}).addTo(this.map);
		var focus = this.focusBeat && this.layers[this.focusBeat];
		var bounds = focus ? focus.getBounds().pad(0.6) : beats.getBounds();
		if (bounds.isValid()) {
			this.map.fitBounds(bounds);
		}
		Object.keys(this.layers).forEach(function (beat) {
			self.makeFocusable(beat, self.layers[beat]);
		});
		this.say('');
		this.element.dataset.state = 'ready';
	};

	BeatMap.prototype.bindBeat = function (beat, layer) {
		var self = this;
		var base = this.styleFor(beat);
		this.layers[beat] = layer;
		layer.bindTooltip(this.label(beat), { sticky: true, className: 'beat-label' });
		layer.on('mouseover', function () { layer.setStyle(HOVER); });
		layer.on('mouseout', function () { layer.setStyle(base); });
		layer.on('click', function (event) {
			L.DomEvent.stopPropagation(event);
			self.chooseBeat(beat);
		});
	};

	// Keyboard users can tab to the beats drawn (or skip to the list); focus shows the number
	BeatMap.prototype.makeFocusable = function (beat, layer) {
		var self = this;
		var path = layer.getElement && layer.getElement();
		if (!path) {
			return;
		}
		path.setAttribute('tabindex', this.mode === 'beat' && beat !== this.focusBeat
			&& this.neighbours.indexOf(beat) < 0 ? '-1' : '0');
		path.setAttribute('role', 'link');
		path.setAttribute('aria-label', this.label(beat));
		path.dataset.beat = beat;
		path.addEventListener('focus', function () {
			layer.openTooltip(layer.getCenter());
			layer.setStyle(HOVER);
		});
		path.addEventListener('blur', function () {
			layer.closeTooltip();
			layer.setStyle(self.styleFor(beat));
		});
		path.addEventListener('keydown', function (event) {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				self.chooseBeat(beat);
			}
		});
	};

	BeatMap.prototype.locate = function (latitude, longitude, outsideMessage) {
		var self = this;
		var url = this.data.locateUrl + '?lat=' + encodeURIComponent(latitude) + '&lon=' + encodeURIComponent(longitude);
		return fetch(url, { headers: { Accept: 'application/json' } })
			.then(function (response) {
				if (response.status === 404) {
					self.say(outsideMessage, true);
					return null;
				}
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (location) {
				if (location && location.beat) {
					self.chooseBeat(location.beat);
				}
			})
			.catch(function () {
				self.say(self.data.msgLocateFailed, true);
			});
	};

	BeatMap.prototype.useMyLocation = function (button) {
		var self = this;
		if (!navigator.geolocation) {
			this.say(this.data.msgUnavailable, true);
			return;
		}
		button.disabled = true;
		this.say(this.data.msgLocating);
		navigator.geolocation.getCurrentPosition(function (position) {
			self.locate(position.coords.latitude, position.coords.longitude, self.data.msgOutsideLocation)
				.then(function () { button.disabled = false; });
		}, function (error) {
			button.disabled = false;
			if (error.code === error.PERMISSION_DENIED) {
				self.say(self.data.msgDenied, true);
			}
			else if (error.code === error.POSITION_UNAVAILABLE) {
				self.say(self.data.msgUnavailable, true);
			}
			else {
				self.say(self.data.msgLocateFailed, true);
			}
		}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
	};

	document.querySelectorAll('[data-beat-map]').forEach(function (element) {
		var beatMap = new BeatMap(element);
		// "Use my location" needs no map, so it works even when Leaflet did not load
		document.querySelectorAll('[data-locate-me]').forEach(function (button) {
			button.addEventListener('click', function () { beatMap.useMyLocation(button); });
		});
		if (typeof L === 'undefined') {
			element.dataset.state = 'failed';
			beatMap.say(element.dataset.msgFailed, true);
			return;
		}
		beatMap.start();
		// Exposed so browser tests can turn a latitude/longitude into a point on the screen
		window.beatMap = beatMap;
	});
}());
