// Draws the weekly chart of a crime page from its data table (the table stays the
// accessible version), and wires the briefing's print button.
(function () {
	'use strict';

	// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies
	const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
	const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [], [6, 3], [2, 2]];

	function readTable(table) {
		const weeks = Array.from(table.querySelectorAll('thead th[data-week]'))
			.map(th => Date.parse(th.dataset.week + 'T00:00:00Z') / 1000);
		const series = Array.from(table.querySelectorAll('tbody tr[data-series]')).map(row => ({
			label: row.querySelector('th').textContent.trim(),
			values: Array.from(row.querySelectorAll('td[data-count]')).map(td => Number(td.dataset.count))
		}));
		return { weeks, series };
	}

	function draw(figure) {
		const table = document.querySelector(figure.dataset.crimeChart);
		const plot = figure.querySelector('.crime-chart__plot');
		if (!table || !plot || typeof window.uPlot !== 'function') {
			return;
		}
		const data = readTable(table);
		const locale = document.documentElement.lang || 'en';
		const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
		const options = {
			width: Math.max(280, plot.clientWidth),
			height: 300,
			scales: { x: { time: false } },
			axes: [
				{
					// One tick per week of the table (thinned when they would collide)
					splits: () => data.weeks.filter((w, i) => i % Math.ceil(data.weeks.length / Math.max(1, Math.floor(plot.clientWidth / 70))) === 0),
					values: (u, ticks) => ticks.map(t => dayMonth.format(new Date(t * 1000)))
				},
				{ values: (u, ticks) => ticks.map(t => Number.isInteger(t) ? String(t) : '') }
			],
			series: [{ label: figure.dataset.weekLabel || '', value: (u, t) => (t == null ? '' : dayMonth.format(new Date(t * 1000))) }]
				.concat(data.series.map((s, i) => ({
					label: s.label,
					stroke: COLOURS[i % COLOURS.length],
					dash: DASHES[i % DASHES.length],
					width: 2,
					points: { show: true, size: 5 }
				})))
		};
		const chart = new window.uPlot(options, [data.weeks].concat(data.series.map(s => s.values)), plot);
		window.addEventListener('resize', () => chart.setSize({ width: Math.max(280, plot.clientWidth), height: 300 }));
		figure.dataset.state = 'ready';
	}

	function init() {
		document.querySelectorAll('[data-crime-chart]').forEach(draw);
		document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
})();
