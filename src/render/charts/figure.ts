/** A chart ready for the document: the SVG, its PNG fallback, its size in pixels and its numbered caption. */
export interface Figure {
  svg: Uint8Array;
  png: Uint8Array;
  width: number;
  height: number;
  /** `Biểu đồ 1. Tỷ lệ báo cáo đạt yêu cầu …` */
  caption: string;
}
