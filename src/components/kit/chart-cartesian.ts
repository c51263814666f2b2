import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

// Only the pieces the handbook's line and bar charts use (never `chart.js/auto`). The legend is HTML
// (ChartFrame) and the values are in the table beside each chart, so chart.js's Legend and Tooltip stay out.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

export { Chart };
