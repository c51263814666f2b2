import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

// Radar charts (assessment categories).
Chart.register(Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip);

export { Chart };
