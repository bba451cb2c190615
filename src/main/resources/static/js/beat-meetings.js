// Loads the beat's next meetings into the beat page; without script the calendar link remains.
(function () {
	'use strict';
	document.querySelectorAll('[data-meetings-url]').forEach(function (section) {
		var target = section.querySelector('[data-meetings-target]');
		fetch(section.getAttribute('data-meetings-url'), { headers: { 'Accept': 'text/html' } })
			.then(function (response) {
				if (!response.ok) { throw new Error('HTTP ' + response.status); }
				return response.text();
			})
			.then(function (html) { target.innerHTML = html; })
			.catch(function () { target.textContent = section.getAttribute('data-msg-failed'); });
	});
})();
