import { useCallback } from 'react';
import { useClientStore } from '../kit/useClientStore';
import { carriedFigures, CARRY_SOURCE_NAMES } from '../../stores/carried-figures';
import { carriedInputSource } from '../../lib/scale-plan/carried-source';
import type { ScaleModelInputs } from '../../lib/scale-model';
import type { PresetValueSource } from '../../presets/scale-model';

/** The scale model's value tags with carried figures first: "from the stage planner" while the value is still the carried one. */
export function useCarriedBasis(saved: ScaleModelInputs, presetBasis: (path: string) => PresetValueSource | null): (path: string) => PresetValueSource | null {
  const carried = useClientStore(carriedFigures.$value, []);
  return useCallback(
    (path: string) => {
      const figure = carriedInputSource(path, saved, carried);
      if (!figure) return presetBasis(path);
      const from = CARRY_SOURCE_NAMES[figure.source];
      return { basis: 'derived', label: `from ${from}`, note: `${figure.sourceLabel}, carried from ${from} on ${figure.carriedAt.slice(0, 10)}.` };
    },
    [saved, carried, presetBasis],
  );
}
