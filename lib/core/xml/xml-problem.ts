/**
 * A problem found while reading an exchange file. `code` is stable and meant for
 * programs (the UI translates it); `message` is English detail for logs and developers.
 * Locations are 1-based; `path` is an element path such as `/xliff/file[1]/unit[3]`.
 */
export type XmlProblem = {
  code: string;
  message: string;
  line?: number;
  column?: number;
  path?: string;
  /** The rule of the format's specification that the file breaks, e.g. `xliff2:unit.oneSource`. */
  rule?: string;
};
