import { useClientStore } from '../../kit/useClientStore';
import { $scaleModelResult, scaleModel, scaleModelDefaultResult, scaleModelDefaults } from '../../../stores/scale-model';
import { targetUnitOf } from '../Results';
import { Sensitivity } from '../Sensitivity';
import { useReady, type PartProps } from '../DeferredPart';

/** The sensitivity analysis (its hundred recomputations run only once this part is needed), over the saved plan. */
export default function SensitivityPart({ onReady }: PartProps) {
  const saved = useClientStore(scaleModel.$value, scaleModelDefaults);
  const result = useClientStore($scaleModelResult, scaleModelDefaultResult());
  useReady(onReady);
  return <Sensitivity inputs={saved} targetUnit={targetUnitOf(result)} />;
}
