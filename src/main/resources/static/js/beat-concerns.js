// Loads the beat's open concerns into the beat page; without script the link to the list remains.
(function () {
	'use strict';
	document.querySelectorAll('[data-concerns-url]').forEach(function (section) {
		var target = section.querySelector('[data-concerns-target]');
		fetch(section.getAttribute('data-concerns-url'), { headers: { 'Accept': 'text/html' } })
			.then(function (response) {
				if (!response.ok) { throw new Error('HTTP ' + response.status); }
				return response.text();
			})
			.then(function (html) { target.innerHTML = html; })
			.catch(function () { target.textContent = section.getAttribute('data-msg-failed'); });
	});
})();
