import { STAGE4_RECORDED, readRecorded } from './recorded';

const [icp, channels, org] = STAGE4_RECORDED as [typeof STAGE4_RECORDED[0], typeof STAGE4_RECORDED[0], typeof STAGE4_RECORDED[0]];

describe('recorded Stage 4 deliverables', () => {
  it('reads a recorded ICP decision', () => {
    expect(readRecorded(icp, JSON.stringify({ decision: { choice: 'multi', decidedOn: '2026-12-01' } }))).toEqual({ summary: 'Multi-ICP strategy', decidedOn: '2026-12-01' });
  });
  it('an unrecorded, broken or odd value is not recorded', () => {
    expect(readRecorded(icp, JSON.stringify({ decision: { choice: 'multi', decidedOn: null } }))).toBeNull();
    expect(readRecorded(icp, JSON.stringify({ decision: { choice: 'other', decidedOn: '2026-12-01' } }))).toBeNull();
    expect(readRecorded(icp, '{broken')).toBeNull();
    expect(readRecorded(icp, null)).toBeNull();
    expect(readRecorded(org, '[]')).toBeNull();
  });
  it('channel tiers need rows and a date; org design a date', () => {
    expect(readRecorded(channels, JSON.stringify({ rows: [], record: { decidedOn: '2026-12-01' } }))).toBeNull();
    expect(readRecorded(channels, JSON.stringify({ rows: [{}], record: { decidedOn: '2026-12-01' } }))?.summary).toBe('Tiered channel map (1 channel)');
    expect(readRecorded(org, JSON.stringify({ record: { decidedOn: '2026-12-01' } }))?.decidedOn).toBe('2026-12-01');
  });
});
