import { downloadText } from '../../kit/download';
import { isoDate } from '../../../lib/stage4/shared';

/** Download buttons for a tool's deliverable: Markdown for reading, JSON for re-use. */
export function ExportActions({ stem, markdown, json }: { stem: string; markdown: () => string; json: () => unknown }) {
  const day = () => isoDate(new Date());
  return (
    <>
      <button type="button" className="kit-button" onClick={() => downloadText(`${stem}-${day()}.md`, markdown(), 'text/markdown')}>
        Download Markdown
      </button>
      <button type="button" className="kit-button" onClick={() => downloadText(`${stem}-${day()}.json`, `${JSON.stringify(json(), null, 2)}\n`, 'application/json')}>
        Download JSON
      </button>
    </>
  );
}
