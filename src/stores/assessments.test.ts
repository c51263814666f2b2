// @vitest-environment jsdom
import { decodeShare, encodeShare } from '../lib/persist/share';
import { setFieldValue } from '../lib/workshop/worksheets/values';
import { assessmentTool, setAnswer } from './assessments';
import { updateWorkshop, workshop } from './workshop';

const answerWorksheet = (text: string) =>
  updateWorkshop((s) => ({ ...s, worksheets: { ...s.worksheets, culture: setFieldValue(s.worksheets.culture, 'core-value-1', text) } }));

/** What a share link of this tool carries, read back the way the page reads it. */
function shareAndOpen(id: 'readiness' | 'strategy') {
  const tool = assessmentTool(id);
  const payload = encodeShare(tool.spec.tool, tool.spec.version, tool.$value.get());
  return { tool, payload };
}

// Keep the saved store mounted for the whole file: its unmount runs on a timer that would outlive jsdom.
beforeAll(() => {
  workshop.$value.listen(() => undefined);
});
beforeEach(() => workshop.reset());

describe('an assessment as its own tool over the workshop state', () => {
  it('shares that assessment alone, never the worksheets or the other assessment', () => {
    answerWorksheet('Customer obsession');
    setAnswer('readiness', 'feature-completeness', 7);
    setAnswer('strategy', 'infrastructure-scalability', 4);
    const { tool, payload } = shareAndOpen('readiness');
    const decoded = decodeShare(payload, tool.spec.tool, tool.spec.version, tool.spec.schema);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(Object.keys(decoded.value).sort()).toEqual(['answers', 'snapshots']);
    expect(decoded.value.answers['feature-completeness']).toBe(7);
    expect(JSON.stringify(decoded.value)).not.toContain('Customer obsession');
    expect(decoded.value.answers).not.toHaveProperty('infrastructure-scalability');
  });

  it('replaces only that assessment when a shared link is accepted', () => {
    setAnswer('readiness', 'feature-completeness', 9);
    const { tool, payload } = shareAndOpen('readiness');
    // The person opening the link has answers of their own everywhere.
    workshop.reset();
    answerWorksheet('Mine');
    setAnswer('readiness', 'feature-completeness', 2);
    setAnswer('strategy', 'infrastructure-scalability', 4);
    const decoded = decodeShare(payload, tool.spec.tool, tool.spec.version, tool.spec.schema);
    if (!decoded.ok) throw new Error(decoded.message);
    tool.$value.set(decoded.value);
    const after = workshop.$value.get();
    expect(after.assessments.readiness.answers['feature-completeness']).toBe(9);
    expect(after.assessments.strategy.answers['infrastructure-scalability']).toBe(4);
    expect(after.worksheets.culture.fields['core-value-1']).toBe('Mine');
  });

  it('refuses a link of the other assessment or of the whole workshop', () => {
    const readiness = assessmentTool('readiness');
    const strategy = shareAndOpen('strategy');
    expect(decodeShare(strategy.payload, readiness.spec.tool, readiness.spec.version, readiness.spec.schema).ok).toBe(false);
    const whole = encodeShare(workshop.spec.tool, workshop.spec.version, workshop.$value.get());
    expect(decodeShare(whole, readiness.spec.tool, readiness.spec.version, readiness.spec.schema).ok).toBe(false);
  });

  it('follows the workshop state as it changes', () => {
    const tool = assessmentTool('strategy');
    const seen: Array<number | null | undefined> = [];
    const off = tool.$value.listen((v) => seen.push(v.answers['infrastructure-scalability']));
    setAnswer('strategy', 'infrastructure-scalability', 6);
    off();
    expect(seen).toEqual([6]);
    expect(tool.$value.get().answers['infrastructure-scalability']).toBe(6);
  });
});
