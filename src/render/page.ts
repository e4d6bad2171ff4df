/**
 * Page geometry of Nghị định 30/2020/NĐ-CP, Phụ lục I (`shared/spec/document-format.md` → Page), in twips
 * (1/20 pt; 1 mm ≈ 56.7). Kept apart from `layout.ts` so that pure modules can use it without loading `docx`.
 */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** Font sizes in half-points, as `docx` wants them. */
export const pt = (v: number) => v * 2;

export const A4 = { width: 11906, height: 16838 } as const;
/** Margins inside the Decree's ranges (top and bottom 20–25, left 30–35, right 15–20 mm), at their defaults. */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
export const TEXT_WIDTH_TWIPS = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH_TWIPS = A4.height - MARGIN.left - MARGIN.right;
