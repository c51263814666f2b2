/** The former name of the tool shell: code written against `ToolFrame` keeps working unchanged. */
export { ToolShell as ToolFrame, type ToolShellProps as ToolFrameProps } from './ToolShell';
