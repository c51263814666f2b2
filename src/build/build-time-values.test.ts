import { describe, expect, it } from 'vitest';
import defaults from 'build-time:scale-model-defaults';
import { defaultScaleModelInputs } from '../presets/scale-model';
import { scaleModelInputsSchema } from '../lib/scale-model';

describe('build-time values', () => {
  it('the scale model starts from the Phase 2 preset’s inputs, valid for its schema', () => {
    expect(defaults).toEqual(defaultScaleModelInputs());
    expect(scaleModelInputsSchema.safeParse(defaults).success).toBe(true);
  });
});
