import { useClientStore } from '../../kit/useClientStore';
import { scaleModel, scaleModelDefaults } from '../../../stores/scale-model';
import type { ScaleModelInputs } from '../../../lib/scale-model';
import { Scenarios } from '../Scenarios';
import { useReady, type PartProps } from '../DeferredPart';

/** Saved scenarios and their comparison, over the saved plan; `onLoad` puts a scenario into the form. */
export default function ScenariosPart({ onReady, onLoad }: PartProps & { onLoad: (inputs: ScaleModelInputs) => void }) {
  const saved = useClientStore(scaleModel.$value, scaleModelDefaults);
  useReady(onReady);
  return <Scenarios inputs={saved} onLoad={onLoad} />;
}
