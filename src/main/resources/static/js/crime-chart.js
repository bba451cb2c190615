// Draws the weekly charts of the crime pages from their data tables (the tables stay the
// accessible version): one chart of the top categories, or small multiples (one small chart
// per table row, all on one scale). Wires the briefing's print button. Fragments loaded later
// (the beat page's crime section) call window.BeatBridgeCrime.draw(element).
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

	function readRows(table) {
		const weeks = Array.from(table.querySelectorAll('thead th[data-week]'))
			.map(th => Date.parse(th.dataset.week + 'T00:00:00Z') / 1000);
		const rows = Array.from(table.querySelectorAll('tbody tr[data-series]')).map(row => {
			const cells = Array.from(row.querySelectorAll('td[data-count]'));
			return {
				label: row.querySelector('th').textContent.trim(),
				total: row.dataset.total || String(cells.reduce((sum, td) => sum + Number(td.dataset.count), 0)),
				values: cells.map(td => Number(td.dataset.count)),
				upticks: cells.map(td => (td.dataset.uptick === 'true' ? Number(td.dataset.count) : null))
			};
		});
		return { weeks, rows };
	}

	// Small multiples: one small chart per row of the table, with the same y scale so the
	// rows compare at a glance; weeks of an uptick are marked with a larger orange point
	function drawMultiples(container) {
		const table = document.querySelector(container.dataset.crimeMultiples);
		if (!table || typeof window.uPlot !== 'function' || container.dataset.state === 'ready') {
			return;
		}
		const data = readRows(table);
		const highest = Math.max(1, ...data.rows.map(row => Math.max(0, ...row.values)));
		const locale = document.documentElement.lang || 'en';
		const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
		const message = container.dataset.msgChart || '{label}: {total}';
		const charts = [];
		data.rows.forEach(row => {
			const figure = document.createElement('figure');
			figure.className = 'crime-multiple';
			const caption = document.createElement('figcaption');
			caption.textContent = message.replace('{label}', row.label).replace('{total}', row.total);
			const plot = document.createElement('div');
			plot.className = 'crime-multiple__plot';
			// the table carries the numbers for screen readers; the caption names the chart
			plot.setAttribute('aria-hidden', 'true');
			figure.appendChild(caption);
			figure.appendChild(plot);
			container.appendChild(figure);
			const width = () => Math.max(140, plot.clientWidth || 160);
			const options = {
				width: width(),
				height: 110,
				legend: { show: false },
				cursor: { show: false },
				scales: { x: { time: false }, y: { range: [0, highest] } },
				axes: [
					{ splits: () => [data.weeks[0], data.weeks[data.weeks.length - 1]], values: (u, ticks) => ticks.map(t => dayMonth.format(new Date(t * 1000))), size: 24, gap: 2 },
					{ splits: () => [0, highest], values: (u, ticks) => ticks.map(t => String(t)), size: 30, gap: 2 }
				],
				series: [{}, { stroke: COLOURS[0], width: 2, points: { show: false } },
					{ stroke: COLOURS[1], width: 0, points: { show: true, size: 8, fill: COLOURS[1] } }]
			};
			charts.push({ plot, width, chart: new window.uPlot(options, [data.weeks, row.values, row.upticks], plot) });
		});
		window.addEventListener('resize', () => charts.forEach(c => c.chart.setSize({ width: c.width(), height: 110 })));
		container.dataset.state = 'ready';
	}

	function drawIn(root) {
		root.querySelectorAll('[data-crime-chart]').forEach(draw);
		root.querySelectorAll('[data-crime-multiples]').forEach(drawMultiples);
	}

	window.BeatBridgeCrime = { draw: drawIn };

	function init() {
		drawIn(document);
		document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
})();
