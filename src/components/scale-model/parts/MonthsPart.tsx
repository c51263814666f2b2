import { useClientStore } from '../../kit/useClientStore';
import { $scaleModelResult, scaleModelDefaultResult } from '../../../stores/scale-model';
import { MonthTable, RequisitionList } from '../Results';
import { useReady, type PartProps } from '../DeferredPart';

/** The plan month by month and its requisitions, over the saved plan. */
export default function MonthsPart({ onReady }: PartProps) {
  const result = useClientStore($scaleModelResult, scaleModelDefaultResult());
  useReady(onReady);
  return (
    <>
      <h3 className="sm-subheading">Month by month</h3>
      <MonthTable result={result} />
      <h3 className="sm-subheading">Requisitions</h3>
      <p className="kit-hint">Open each requisition its role's recruiting lead time before the hire starts. Late ones should already be open.</p>
      <RequisitionList result={result} />
    </>
  );
}
