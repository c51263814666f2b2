import { stepScore } from './step';

describe('arrow-key score steps', () => {
  it.each([
    [null, 1, 0],
    [null, -1, null],
    [0, -1, 0],
    [0, 1, 1],
    [9, 1, 10],
    [10, 1, 10],
    [5, -1, 4],
  ] as const)('%s stepped %i is %s', (value, direction, expected) => expect(stepScore(value, direction)).toBe(expected));
});
