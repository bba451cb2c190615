// Progressive enhancement shared by every page; pages work without it.
document.documentElement.classList.add('js');
