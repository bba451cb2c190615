// Progressive enhancement shared by every page; pages work without it.
document.documentElement.classList.add('js');
document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
	select.addEventListener('change', function () { select.form.submit(); });
});
