import { useClientStore } from '../../kit/useClientStore';
import { $scaleModelResult, scaleModel, scaleModelDefaultResult, scaleModelDefaults } from '../../../stores/scale-model';
import { PlanCharts } from '../PlanCharts';
import { useReady, type PartProps } from '../DeferredPart';

/** The plan's charts, over the saved plan. */
export default function ChartsPart({ onReady }: PartProps) {
  const saved = useClientStore(scaleModel.$value, scaleModelDefaults);
  const result = useClientStore($scaleModelResult, scaleModelDefaultResult());
  useReady(onReady);
  return <PlanCharts inputs={saved} result={result} />;
}
