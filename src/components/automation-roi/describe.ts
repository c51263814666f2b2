/** Words for the automation ROI results: ratios, payback and why a figure is missing (from the tool's messages module). */
export { paybackText, roiNoteText, roiText } from '../../lib/automation-roi/messages';
