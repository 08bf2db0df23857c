// Registers only the Chart.js parts the builders use, so the bundle leaves the rest out
// (chart.js/auto would pull in every controller, scale and plugin).

import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Title,
	Tooltip
} from 'chart.js';

let registered = false;

export function registerCharts(): void {
	if (registered) return;
	Chart.register(
		LineController,
		BarController,
		LineElement,
		PointElement,
		BarElement,
		CategoryScale,
		LinearScale,
		Filler,
		Legend,
		Tooltip,
		Title
	);
	registered = true;
}
