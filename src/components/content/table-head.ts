/** A column header of a content table: a label with an optional second line. */
export interface HeadCell {
  label: string;
  /** A second, smaller line under the label. */
  sub?: string;
  /** The column holds figures (class `num`). */
  num?: boolean;
}
