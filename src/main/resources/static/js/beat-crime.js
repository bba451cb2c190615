// Loads the crime module's "crime conditions" section into the beat page (decision 0409) and
// keeps its period selector inside the page; without script the section links to the full
// crime page, and the period form itself submits to it.
(function () {
	'use strict';

	function load(section, url, announce) {
		const target = section.querySelector('[data-crime-target]');
		const status = section.querySelector('[data-crime-status]');
		section.setAttribute('aria-busy', 'true');
		return fetch(url, { headers: { 'Accept': 'text/html' } })
			.then(response => {
				if (!response.ok) { throw new Error('HTTP ' + response.status); }
				return response.text();
			})
			.then(html => {
				target.innerHTML = html;
				if (window.BeatBridgeCrime) { window.BeatBridgeCrime.draw(target); }
				wire(section, target);
				const loaded = target.querySelector('[data-crime-section]');
				if (announce && status && loaded) { status.textContent = loaded.dataset.periodText || ''; }
			})
			.catch(() => { target.textContent = section.dataset.msgFailed; target.appendChild(fallback(section)); })
			.finally(() => section.removeAttribute('aria-busy'));
	}

	function fallback(section) {
		const p = document.createElement('p');
		const link = document.createElement('a');
		link.href = section.dataset.pageUrl;
		link.textContent = section.dataset.msgPage;
		p.appendChild(link);
		return p;
	}

	// The period form reloads the section in place; focus returns to the period selector
	function wire(section, target) {
		const form = target.querySelector('form.period-form');
		if (!form) { return; }
		form.addEventListener('submit', event => {
			event.preventDefault();
			const query = new URLSearchParams(new FormData(form));
			Array.from(query.keys()).filter(key => query.get(key) === '').forEach(key => query.delete(key));
			const url = section.dataset.crimeUrl + (query.toString() ? '?' + query : '');
			load(section, url, true).then(() => {
				const weeks = target.querySelector('#period-weeks');
				if (weeks) { weeks.focus(); }
			});
		});
	}

	document.querySelectorAll('[data-crime-url]').forEach(section => load(section, section.dataset.crimeUrl, false));
})();
