// Meeting pages: the print button (the page's print style shows only the agenda and records).
(function () {
	'use strict';
	document.querySelectorAll('[data-print]').forEach(function (button) {
		button.addEventListener('click', function () { window.print(); });
	});
})();
