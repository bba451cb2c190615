// The district plan's print button; without script the browser's own print works.
(function () {
	'use strict';
	document.querySelectorAll('[data-print]').forEach(function (button) {
		button.addEventListener('click', function () { window.print(); });
	});
})();
