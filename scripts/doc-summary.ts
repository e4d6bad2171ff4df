/**
 * docs/summary-format.md, the summary file (`summary.json`, `summary.yaml`): every object of the zod `SummarySchema`
 * gets a section with a row per key (type and whether it is always there come from the schema). What a key means is
 * taken from the contract where it already says it (the submission's labels for totals and lists, the aggregate's
 * definitions for the completeness block, the rate labels), else from DESCRIPTIONS below; a key with no description
 * stops the generator, so a new key cannot go undocumented.
 */
import type { z } from 'zod';
import { SubmissionSchema } from '../src/contract/submission.js';
import { SummarySchema } from '../src/contract/summary.js';
import { arrayElement, fieldAt, isOptional, objectShape, unwrap } from '../src/contract/walk.js';
import { catalogue } from '../src/i18n/index.js';
import { slug } from './slug.js';

const GENERATED = '<!-- Tệp này được tạo tự động bởi scripts/gen-docs.ts (scripts/doc-summary.ts) từ lược đồ zod SummarySchema; đừng sửa tay. -->';

type Def = { type: string; values?: unknown[]; entries?: Record<string, unknown>; innerType?: z.ZodType; keyType?: z.ZodType; valueType?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const isNullable = (s: z.ZodType): boolean => {
  const d = defOf(s);
  if (d.type === 'nullable') return true;
  return d.innerType ? isNullable(d.innerType) : false;
};

/** What a key means, by section path (`lists.incidents[]`) and key. */
const DESCRIPTIONS: Record<string, string> = {
  '.schema_version': 'Phiên bản định dạng tệp tổng hợp: `aggregate` ghi phiên bản 2; tệp phiên bản 1 (chưa có `comparison`, `by_group`, `roster`) vẫn đọc được, coi như `by_group` rỗng và `roster` là `null`; tệp của phiên bản khác bị từ chối có thông báo.',
  '.kind': 'Loại tệp: luôn là `edu-comms-summary` (để phân biệt với báo cáo, cấu hình, tệp thông tin văn bản).',
  '.generated_at': 'Thời điểm lập (ISO 8601), theo `--date` hoặc `SOURCE_DATE_EPOCH` khi có, nên lặp lại được.',
  '.generator': 'Chương trình và phiên bản đã lập tệp, ví dụ `edu-comms 0.1.0`.',
  '.node': 'Đơn vị tổng hợp (đơn vị trong danh sách mà tệp này là tổng hợp của nó).',
  '.period': 'Kỳ tổng hợp.',
  '.deadline_set': '`false` khi lịch không đặt hạn nộp cho kỳ: khi đó mọi báo cáo hợp lệ đều tính là đúng hạn.',
  '.roster': 'Danh sách đơn vị đã dùng để tổng hợp; `null` khi tệp được đọc từ phiên bản 1.',
  'roster.school_year': 'Năm học của kỳ tổng hợp (danh sách đơn vị của năm học đó), ví dụ `2026-2027`.',
  'roster.units': 'Số đơn vị trong danh sách.',
  'roster.sha256': 'Mã băm SHA-256 của danh sách đơn vị có hiệu lực trong năm học đó (mã, tên, cấp học, đơn vị quản lý, `reports`, `moet_code`, thuộc tính của từng đơn vị, theo thứ tự danh sách; không tính `valid_from`, `valid_until`, `replaces`): hai tệp tổng hợp cùng mã băm được tính trên cùng một danh sách.',
  '.by_group': 'Tổng hợp theo thuộc tính của đơn vị (`attributes:`), một mục cho mỗi thuộc tính trong `aggregate --by` hoặc `aggregate: by:` của `edu-comms.yaml`; rỗng khi không yêu cầu. Các nhóm của một thuộc tính cộng lại bằng số liệu của đơn vị tổng hợp.',
  'by_group[].attribute': 'Tên thuộc tính, như danh sách đơn vị ghi (ví dụ `địa bàn`).',
  'by_group[].groups': 'Một dòng cho mỗi giá trị của thuộc tính, theo thứ tự xuất hiện trong danh sách đơn vị; các đơn vị không ghi thuộc tính này ở dòng cuối (`value` là `null`).',
  'by_group[].groups[].value': 'Giá trị của thuộc tính (ví dụ `xã Định Hóa`), `null` cho các đơn vị không ghi thuộc tính này.',
  'by_group[].groups[].units': 'Mã các đơn vị phải báo cáo thuộc nhóm, theo thứ tự danh sách đơn vị.',
  '.completeness': 'Tình hình nộp báo cáo của mọi đơn vị phải báo cáo thuộc đơn vị tổng hợp.',
  '.totals': 'Số liệu cộng dồn trên các báo cáo hợp lệ (kể cả nộp muộn).',
  '.rates': 'Các tỷ lệ tính trên các báo cáo hợp lệ.',
  '.by_child': 'Một dòng cho mỗi đơn vị trực thuộc đơn vị tổng hợp (ví dụ mỗi xã, phường của Sở), với các số liệu của riêng nhánh đó.',
  '.by_level': 'Một dòng cho mỗi cấp học có đơn vị phải báo cáo.',
  '.units': 'Một dòng cho mỗi đơn vị phải báo cáo, theo thứ tự danh sách đơn vị.',
  '.lists': 'Các danh sách chi tiết (sự cố, gương điển hình, khen thưởng, ý kiến đánh giá, đơn vị chưa nộp, bị từ chối, nộp muộn).',
  '.inputs': 'Mọi tệp đã được tính vào tổng hợp, kèm mã băm, để đối chiếu.',
  '.rules': 'Bộ quy tắc kiểm tra đã dùng.',




  '.definitions': 'Định nghĩa các chỉ số (khóa → câu định nghĩa, theo ngôn ngữ của lần chạy): `expected`, `accepted`, …, và `period_parts` khi kỳ gồm nhiều kỳ nhỏ.',
  'node.code': 'Mã đơn vị.',
  'node.name': 'Tên đơn vị.',
  'node.level': 'Cấp học (`OFFICE` cho cơ quan quản lý).',
  'node.parent': 'Mã đơn vị quản lý, `null` cho đơn vị đứng đầu danh sách.',
  'period.school_year': 'Năm học, ví dụ `2026-2027` (báo cáo học kỳ, cả năm).',
  'period.term': '`HK1`, `HK2` hoặc `CN` (cả năm).',
  'period.month': 'Tháng `YYYY-MM` (báo cáo tháng).',
  'period.quarter': 'Quý `YYYY-Qn` (báo cáo quý).',
  'period.start': 'Ngày đầu kỳ `YYYY-MM-DD`.',
  'period.end': 'Ngày cuối kỳ `YYYY-MM-DD`.',
  'period.deadline': 'Hạn nộp `YYYY-MM-DD` theo lịch, `null` khi lịch không đặt hạn.',
  'rates.<khóa>.num': 'Số báo cáo hợp lệ đạt (tử số).',
  'rates.<khóa>.den': 'Số báo cáo hợp lệ được xét (mẫu số); với `feedback_resolution`: số phản ánh đã xử lý / đã tiếp nhận.',
  'rates.<khóa>.pct': 'Tỷ lệ phần trăm, một chữ số thập phân; `null` khi mẫu số bằng 0. Cấp trên cộng `num`, `den` rồi tính lại.',
  'totals.activities': 'Hoạt động truyền thông, theo mục `activities` của báo cáo.',
  'totals.topics': 'Tin, bài theo chủ đề, theo mục `topics` của báo cáo.',
  'totals.feedback': 'Tiếp nhận, xử lý phản ánh, kiến nghị, theo mục `feedback` của báo cáo.',
  'totals.social_media': 'Vi phạm trên mạng xã hội, theo mục `social_media` của báo cáo.',
  'totals.channel_posts': 'Số tin, bài trong kỳ theo loại kênh.',
  'totals.incidents': 'Sự cố truyền thông.',
  'totals.incidents.by_severity': 'Số sự cố theo mức độ.',
  'totals.incidents.by_status': 'Số sự cố theo tình trạng.',
  'totals.incidents.total': 'Tổng số sự cố truyền thông.',
  'totals.exemplary_models': 'Số gương điển hình, mô hình hay.',
  'totals.commendations': 'Số khen thưởng.',
  'totals.collaborators': 'Số cộng tác viên truyền thông (`governance.collaborators`), cộng dồn.',
  'by_child[].code': 'Mã đơn vị trực thuộc.',
  'by_child[].name': 'Tên đơn vị trực thuộc.',
  'by_child[].level': 'Cấp học của đơn vị trực thuộc (một trường trực thuộc thẳng cũng là một dòng).',
  'by_level[].level': 'Cấp học.',
  'units[].code': 'Mã đơn vị.',
  'units[].name': 'Tên đơn vị.',
  'units[].level': 'Cấp học.',
  'units[].parent': 'Mã đơn vị quản lý.',
  'units[].status': '`accepted` (hợp lệ, đúng hạn), `late` (hợp lệ, nộp muộn), `rejected` (mọi báo cáo có lỗi), `missing` (chưa nộp). Kỳ nhiều kỳ nhỏ: tình trạng kém nhất.',
  'units[].reported_at': 'Ngày lập báo cáo được tính, `null` khi chưa nộp.',
  'units[].errors': 'Số lỗi trong các báo cáo của đơn vị.',
  'units[].warnings': 'Số cảnh báo trong các báo cáo của đơn vị.',
  'units[].files': 'Các tệp báo cáo của đơn vị (đường dẫn như khi chạy lệnh).',
  'units[].counts': 'Các số liệu chính của đơn vị cho bảng phụ lục, `null` khi không có báo cáo hợp lệ.',
  'units[].counts.incidents': 'Số sự cố.',
  'units[].counts.exemplary_models': 'Số gương điển hình, mô hình hay.',
  'lists.incidents': 'Mọi sự cố, mỗi sự cố một mục, kèm đơn vị.',
  'lists.exemplary_models': 'Mọi gương điển hình, mô hình hay, kèm đơn vị.',
  'lists.commendations': 'Mọi khen thưởng, kèm đơn vị.',
  'lists.assessment': 'Ý kiến đánh giá của các đơn vị, theo mục.',
  'lists.missing': 'Các đơn vị chưa nộp.',
  'lists.rejected': 'Các đơn vị có báo cáo bị từ chối.',
  'lists.late': 'Các đơn vị nộp muộn.',
  '*.completeness': 'Tình hình nộp báo cáo, chỉ tính các đơn vị của dòng này.',
  '*.totals': 'Số liệu cộng dồn, chỉ tính các đơn vị của dòng này.',
  '*.rates': 'Các tỷ lệ, chỉ tính các đơn vị của dòng này.',
  '*.unit': 'Mã đơn vị nêu mục này.',
  '*.unit_name': 'Tên đơn vị nêu mục này.',
  '*.featured': 'Không bắt buộc: `true` khi văn thư đơn vị quản lý chọn mục này làm tiêu biểu (sửa tay trong `summary.json` trước khi gửi lên); văn bản của cấp trên nêu các mục này trước.',
  'lists.assessment.*[].text': 'Nguyên văn ý kiến.',
  'lists.missing[].code': 'Mã đơn vị.',
  'lists.missing[].name': 'Tên đơn vị.',
  'lists.missing[].parent': 'Mã đơn vị quản lý.',
  'lists.late[].reported_at': 'Ngày lập báo cáo (sau hạn nộp).',
  'inputs[].file': 'Đường dẫn tệp.',
  'inputs[].unit': 'Mã đơn vị của tệp.',
  'inputs[].sha256': 'Mã băm SHA-256 của nội dung tệp.',
  'inputs[].kind': '`submission` (báo cáo của đơn vị) hoặc `summary` (tệp tổng hợp của đơn vị cấp dưới).',
  'rules.preset': '`recommended` hoặc `strict`.',
  '.comparison': 'Phiên bản 2, không bắt buộc: so sánh với các kỳ trước (`aggregate --compare`), mỗi kỳ so sánh một mục, kỳ gần nhất trước. Không có khi không so sánh.',
  'comparison[].reference': 'Kỳ được so sánh: tệp, mã băm, đơn vị, kỳ, quan hệ với kỳ này.',
  'comparison[].warnings': 'Những điều làm so sánh không hoàn toàn tương đương (đơn vị khác, loại kỳ khác, đơn vị chỉ có ở một kỳ, …), mỗi điều một mục; rỗng khi so sánh cùng đơn vị, cùng loại kỳ.',
  'comparison[].completeness': 'Tình hình nộp báo cáo: mỗi số đếm và hai tỷ lệ, kỳ này và kỳ trước.',
  'comparison[].totals': 'Mọi số liệu cộng dồn, theo đường dẫn trong `totals` (`activities.portal_posts`, `incidents.by_severity.high`, …).',
  'comparison[].rates': 'Mọi tỷ lệ (phần trăm), kỳ này và kỳ trước.',
  'comparison[].by_child': 'Một dòng cho mỗi đơn vị trực thuộc của kỳ này, rồi một dòng cho mỗi đơn vị chỉ có ở kỳ trước (không bỏ sót đơn vị nào).',
  'comparison[].by_level': 'Một dòng cho mỗi cấp học có ở một trong hai kỳ.',
  'comparison[].reference.file': 'Tệp tổng hợp của kỳ trước (đường dẫn như khi chạy lệnh).',
  'comparison[].reference.sha256': 'Mã băm SHA-256 của tệp đó.',
  'comparison[].reference.generated_at': 'Thời điểm lập tệp đó.',
  'comparison[].reference.node': 'Đơn vị của tệp đó (thường là chính đơn vị này; khác thì có cảnh báo).',
  'comparison[].reference.period': 'Kỳ của tệp đó.',
  'comparison[].reference.relation': '`previous_period` (kỳ liền trước cùng loại), `same_period_last_year` (cùng kỳ năm học trước) hoặc `other`.',
  'comparison[].reference.node.code': 'Mã đơn vị.',
  'comparison[].reference.node.name': 'Tên đơn vị.',
  'comparison[].reference.node.level': 'Cấp học (`OFFICE` cho cơ quan quản lý).',
  'comparison[].warnings[].code': 'Mã cảnh báo: `other_node` (tệp của đơn vị khác), `replaced_node` (của đơn vị mà đơn vị này thay thế), `other_kind` (loại kỳ khác), `not_earlier` (không phải kỳ trước), `deadline_differs` (một kỳ không có hạn nộp), `units_differ` (có đơn vị chỉ ở một kỳ).',
  'comparison[].warnings[].message': 'Câu cảnh báo, theo ngôn ngữ của lần chạy.',
  'comparison[].by_child[].code': 'Mã đơn vị (của kỳ này; của kỳ trước với dòng `only_earlier`).',
  'comparison[].by_child[].name': 'Tên đơn vị.',
  'comparison[].by_child[].presence': '`both` (có ở cả hai kỳ), `only_current` (chỉ kỳ này), `only_earlier` (chỉ kỳ trước).',
  'comparison[].by_child[].earlier_units': 'Các đơn vị của kỳ trước được so với dòng này: chính mã đó, hoặc các đơn vị mà nó thay thế (sáp nhập, đổi tên; số liệu được cộng lại).',
  'comparison[].by_child[].indicators': 'Các chỉ số chính: tỷ lệ nộp, tỷ lệ đúng hạn và các số liệu của bảng phụ lục.',
  'comparison[].by_child[].earlier_units[].code': 'Mã đơn vị ở kỳ trước.',
  'comparison[].by_child[].earlier_units[].name': 'Tên đơn vị ở kỳ trước.',
  'comparison[].by_unit': 'Một dòng gọn cho mỗi đơn vị của `units` (phụ lục theo từng trường đọc để có cột so với kỳ trước), rồi một dòng cho mỗi đơn vị chỉ có ở kỳ trước; không có trong tệp lập trước khi có mục này.',
  'comparison[].by_unit[].code': 'Mã đơn vị (của kỳ này; của kỳ trước với dòng `only_earlier`).',
  'comparison[].by_unit[].name': 'Tên đơn vị, chỉ với dòng `only_earlier` (các đơn vị khác có tên trong `units`).',
  'comparison[].by_unit[].presence': '`both` (có ở cả hai kỳ), `only_current` (chỉ kỳ này), `only_earlier` (chỉ kỳ trước).',
  'comparison[].by_unit[].earlier': 'Mã các đơn vị của kỳ trước được so với đơn vị này: chính mã đó, hoặc các đơn vị mà nó thay thế (`replaces:`); rỗng với dòng `only_current`.',
  'comparison[].by_unit[].earlier_status': 'Tình trạng kỳ trước (`accepted`, `late`, `rejected`, `missing`); so với nhiều đơn vị thì lấy tình trạng kém nhất; `null` với dòng `only_current`.',
  'comparison[].by_unit[].earlier_counts': 'Các số liệu chính kỳ trước (như `units[].counts`; nhiều đơn vị thì cộng lại); `null` khi kỳ trước không có báo cáo hợp lệ. Thay đổi = `units[].counts` − `earlier_counts`.',
  'comparison[].by_level[].level': 'Cấp học.',
  'comparison[].by_level[].presence': '`both`, `only_current` hoặc `only_earlier`, như với đơn vị.',
  'comparison[].by_level[].indicators': 'Các chỉ số chính, như với đơn vị.',
  'comparison[].totals.*.current': 'Giá trị kỳ này (`null` khi không tính được, ví dụ tỷ lệ khi mẫu số bằng 0, hay đơn vị chỉ có ở kỳ trước).',
  'comparison[].totals.*.earlier': 'Giá trị kỳ trước (`null` khi không tính được).',
  'comparison[].totals.*.change': 'Thay đổi = kỳ này − kỳ trước (với tỷ lệ: số điểm phần trăm), một chữ số thập phân; `null` khi thiếu một trong hai giá trị.',
  'comparison[].totals.*.relative_pct': 'Thay đổi tính theo phần trăm của giá trị kỳ trước, một chữ số thập phân; `null` khi giá trị kỳ trước bằng 0 hoặc thiếu.',
  'rules.severity': 'Mức độ đã đổi trong `edu-comms.yaml` (mã quy tắc → `error`, `warning`, `info`, `off`).',
};

const vi = (key: string): string | undefined => (catalogue as Record<string, { vi: string } | undefined>)[key]?.vi;
const label = (path: Array<string | number>): string | undefined => fieldAt(SubmissionSchema, path).meta?.label.vi;

/** Where the contract itself says what a key means. */
function derived(section: string, key: string): string | undefined {
  const top = section.split('.')[0]!;
  if (['completeness', 'by_child[].completeness', 'by_level[].completeness', 'by_group[].groups[].completeness'].includes(section)) return vi(`aggregate.definition.${key}`);
  if (section === 'rates' || section === 'comparison[].rates') return vi(`aggregate.rate.${key}`);
  if (section === 'comparison[].completeness') return vi(`aggregate.definition.${key}`);
  if (section === 'comparison[].by_child[].indicators') {
    if (key === 'completeness_pct' || key === 'timeliness_pct') return vi(`aggregate.definition.${key}`);
    return derived('units[].counts', key) ?? DESCRIPTIONS[`units[].counts.${key}`];
  }
  const m = /^totals\.(activities|topics|feedback|social_media)$/.exec(section);
  if (m) {
    const l = label([m[1]!, key]);
    return l ? `${l} (tổng của \`${m[1]}.${key}\` trong các báo cáo).` : undefined;
  }
  if (section === 'totals.channel_posts') return `Số tin, bài trong kỳ trên các kênh loại \`${key}\` (tổng của \`channels[].posts\`).`;
  if (section === 'totals.incidents.by_severity') return `Số sự cố mức \`${key}\`.`;
  if (section === 'totals.incidents.by_status') return `Số sự cố ở tình trạng \`${key}\`.`;
  if (section === 'comparison[].by_unit[].earlier_counts') return derived('units[].counts', key);
  if (section === 'units[].counts') {
    for (const group of ['activities', 'feedback']) {
      const k = group === 'feedback' ? key.replace(/^feedback_/, '') : key;
      const l = label([group, k]);
      if (l) return `${l}.`;
    }
  }
  const list = /^lists\.(incidents|exemplary_models|commendations)\[\]$/.exec(section);
  if (list) {
    const l = label([list[1]!, 0, key]);
    if (l) return `${l}.`;
  }
  if (section === 'lists.assessment') {
    const l = label(['assessment', key]);
    if (l) return `Ý kiến mục «${l}» (\`assessment.${key}\`) của các đơn vị.`;
  }
  if (section === 'lists.rejected[]' || section === 'lists.late[]') return DESCRIPTIONS[`lists.missing[].${key}`];
  if (top === 'lists' && /^lists\.assessment\.[a-z_]+\[\]$/.test(section)) return DESCRIPTIONS[`lists.assessment.*[].${key}`];
  return undefined;
}

function describe(section: string, key: string): string {
  const text = DESCRIPTIONS[`${section}.${key}`] ?? derived(section, key) ?? DESCRIPTIONS[`*.${key}`];
  if (!text) throw new Error(`docs/summary-format.md: no description for ${section ? `${section}.` : ''}${key} (scripts/doc-summary.ts)`);
  return text;
}

interface Section {
  path: string;
  schema: z.ZodType;
}

const heading = (path: string) => `\`${path}\``;
const anchor = (path: string) => `#${slug(heading(path))}`;

function typeText(schema: z.ZodType, childPath: string, sections: Section[], seen: Map<z.ZodType, string>): string {
  const inner = unwrap(schema);
  const nullable = isNullable(schema) ? ' hoặc `null`' : '';
  const d = defOf(inner);
  const link = (s: z.ZodType, path: string) => {
    const known = seen.get(s);
    if (known) return known;
    seen.set(s, path);
    sections.push({ path, schema: s });
    return path;
  };
  if (objectShape(inner)) {
    const at = link(inner, childPath);
    return `bảng, xem [${heading(at)}](${anchor(at)})${nullable}`;
  }
  const element = arrayElement(inner);
  if (element) {
    const e = unwrap(element);
    if (objectShape(e)) {
      const at = link(e, `${childPath}[]`);
      return `danh sách, mỗi mục xem [${heading(at)}](${anchor(at)})`;
    }
    return `danh sách ${typeText(e, `${childPath}[]`, sections, seen)}`;
  }
  switch (d.type) {
    case 'literal':
      return (d.values ?? []).length > 1
        ? `một trong: ${(d.values ?? []).map((v) => `\`${JSON.stringify(v)}\``).join(', ')}`
        : `đúng giá trị \`${JSON.stringify(d.values?.[0])}\``;
    case 'enum':
      return `một trong: ${Object.values(d.entries ?? {}).map((v) => `\`${String(v)}\``).join(', ')}${nullable}`;
    case 'string':
      return `chữ${nullable}`;
    case 'number':
      return `${(d as Def & { format?: string }).format === 'safeint' ? 'số nguyên ≥ 0' : 'số (có thể có phần thập phân)'}${nullable}`;
    case 'int':
      return `số nguyên ≥ 0${nullable}`;
    case 'boolean':
      return '`true` / `false`';
    case 'record': {
      const value = d.valueType ? unwrap(d.valueType) : undefined;
      if (value && objectShape(value)) {
        const at = link(value, `${childPath}.*`);
        return `bảng (khóa → [${heading(at)}](${anchor(at)}))`;
      }
      return 'bảng (khóa → chữ)';
    }
  }
  return d.type;
}

/** docs/summary-format.md */
export function summaryFormatDoc(): string {
  const sections: Section[] = [{ path: '', schema: SummarySchema }];
  const seen = new Map<z.ZodType, string>([[SummarySchema, '']]);
  const body: string[] = [];
  for (let i = 0; i < sections.length; i++) {
    const { path, schema } = sections[i]!;
    const shape = objectShape(schema)!;
    body.push(path === '' ? '## Mức đầu của tệp · Top level' : `### ${heading(path)}`, '');
    const bare = path.replace(/\[\]$/, '');
    const intro = DESCRIPTIONS[bare.includes('.') ? bare : `.${bare}`];
    if (path !== '' && intro) body.push(intro, '');
    body.push('| Khóa | Kiểu | Luôn có | Ý nghĩa |', '|---|---|---|---|');
    // an object whose keys all hold the same object (rates: key → rate) documents that object once, as `rates.<khóa>`
    const values = Object.values(shape).map(unwrap);
    const same = values.length > 1 && values.every((v) => v === values[0] && objectShape(v));
    for (const [key, child] of Object.entries(shape)) {
      const childPath = same ? `${path}.<khóa>` : path === '' ? key : `${path}.${key}`;
      const type = typeText(child, childPath, sections, seen);
      const description = describe(path, key);
      body.push(`| \`${key}\` | ${type} | ${isOptional(child) ? 'không' : 'có'} | ${description.replace(/\|/g, '\\|')} |`);
    }
    body.push('');
  }
  return `${[
    GENERATED,
    '',
    '# Tệp tổng hợp summary.json · The summary format',
    '',
    '`edu-comms aggregate` ghi ba tệp cho mỗi lần tổng hợp: `summary.json` và `summary.yaml` chứa **cùng một tài liệu** (JSON',
    'để gửi lên cấp trên và để chương trình đọc, YAML để đọc bằng mắt), `summary.xlsx` là các bảng để in. Tài liệu dưới đây',
    'là định dạng của `summary.json`/`summary.yaml`, **phiên bản 2** (`schema_version: 2`, `kind: edu-comms-summary`). Cấp trên',
    'đọc lại tệp này (`aggregate --in …/summary.json`) để tổng hợp tiếp, và `render --summary` lập văn bản từ nó; tệp được',
    'kiểm tra theo đúng lược đồ này khi ghi và khi đọc (khóa lạ, thiếu khóa, sai kiểu đều bị từ chối kèm dòng).',
    '',
    '*`aggregate` writes summary.json and summary.yaml (the same document) and summary.xlsx. This page is the format of',
    'that document, version 2 (version 1 files, without `comparison`, still read), generated from the zod schema the tool checks it against when writing and reading it.*',
    '',
    '- Khóa viết `snake_case` như báo cáo của đơn vị ([fields.md](fields.md)); ngày dạng `YYYY-MM-DD`.',
    '- “Luôn có: có” nghĩa là khóa luôn được ghi (có thể là `null` khi kiểu ghi “hoặc `null`”).',
    '- Tỷ lệ phần trăm làm tròn một chữ số thập phân; mỗi tỷ lệ giữ tử số và mẫu số để cấp trên cộng lại đúng.',
    '- Tổng hợp của cấp trên từ các tệp của cấp dưới cho đúng kết quả như tổng hợp thẳng từ báo cáo của các trường.',
    '- Cùng đầu vào và cùng `--date` thì tệp giống hệt từng byte.',
    '',
    ...body,
  ]
    .join('\n')
    .trimEnd()}\n`;
}
