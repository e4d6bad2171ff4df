/**
 * The submission contract, version 1 (`shared/spec/submission.md`).
 *
 * This file is the single source of truth: the TypeScript types, the published JSON Schema, the Excel form, the YAML
 * skeleton and the field docs are all derived from these schemas. Every object is strict, because an unknown key in a
 * clerk's file is almost always a typo of a real one.
 */
import { z } from 'zod';
import { labelled as L } from './meta.js';
import { bool, count, isoDate, kindOf, oneOf, text } from './primitives.js';
import { LEVEL_NAMES, LEVELS, MONTH_RE, QUARTER_RE, SCHOOL_YEAR_RE, TERMS } from './constants.js';

export * from './constants.js';




export const CHANNEL_TYPES = ['website', 'fanpage', 'zalo', 'youtube', 'tiktok', 'loudspeaker', 'other'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
/** Channel types that live at an address and so need a URL (rule `channel-url`). */
export const CHANNELS_WITH_URL: readonly ChannelType[] = ['website', 'fanpage', 'zalo', 'youtube', 'tiktok'];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high'] as const;
export const INCIDENT_STATUSES = ['handling', 'resolved'] as const;

/** What each choice is called in the form (its dropdown, and what a clerk may type); the code is accepted too. */
export const CHANNEL_TYPE_NAMES: Record<ChannelType, { vi: string; en: string }> = {
  website: { vi: 'Trang thông tin điện tử', en: 'Website' },
  fanpage: { vi: 'Fanpage Facebook', en: 'Facebook fanpage' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
  youtube: { vi: 'YouTube', en: 'YouTube' },
  tiktok: { vi: 'TikTok', en: 'TikTok' },
  loudspeaker: { vi: 'Loa truyền thanh', en: 'Loudspeaker' },
  other: { vi: 'Kênh khác', en: 'Other' },
};
export const INCIDENT_SEVERITY_NAMES: Record<(typeof INCIDENT_SEVERITIES)[number], { vi: string; en: string }> = {
  low: { vi: 'Thấp', en: 'Low' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  high: { vi: 'Cao', en: 'High' },
};
export const INCIDENT_STATUS_NAMES: Record<(typeof INCIDENT_STATUSES)[number], { vi: string; en: string }> = {
  handling: { vi: 'Đang xử lý', en: 'Being handled' },
  resolved: { vi: 'Đã xử lý', en: 'Resolved' },
};
export const TERM_NAMES: Record<(typeof TERMS)[number], { vi: string; en: string }> = {
  HK1: { vi: 'Học kỳ I', en: 'Term I' },
  HK2: { vi: 'Học kỳ II', en: 'Term II' },
  CN: { vi: 'Cả năm học', en: 'Whole school year' },
};


const optionalText = () => text().optional();

/** The keys of an object schema, in contract order: every key list of the tool is one of these, never typed again. */
export function keysOf<S extends z.ZodObject>(schema: S): ReadonlyArray<keyof z.output<S> & string> {
  return Object.keys(schema.shape) as Array<keyof z.output<S> & string>;
}

type CountKey<S extends z.ZodObject> = { [K in keyof z.output<S>]-?: z.output<S>[K] extends number ? K : never }[keyof z.output<S>] & string;

/** The keys of an object schema's required whole-number fields (`count()`), in contract order: what a summary adds up. */
export function countKeysOf<S extends z.ZodObject>(schema: S): ReadonlyArray<CountKey<S>> {
  return Object.entries(schema.shape)
    .filter(([, field]) => kindOf(field as z.ZodType)?.kind === 'int')
    .map(([key]) => key as CountKey<S>);
}

/**
 * A person's name is "given" when it has at least one letter: "—", "...", "0" typed to get past a required cell are
 * not names. Anything with a letter is accepted: a rule cannot tell a short real name from a placeholder. The one name
 * check of the tool: the rules report an unnamed person with it, and the summary's rates count named people with it.
 */
export function hasName(name: string | undefined | null): boolean {
  return typeof name === 'string' && /\p{L}/u.test(name);
}

const person = () =>
  z.strictObject({
    // The name is optional in the schema so that rule `leader-and-officer` (not a bare schema error) reports it.
    name: L(optionalText(), 'Họ và tên', 'Full name'),
    position: L(text(), 'Chức vụ', 'Position'),
    phone: L(optionalText(), 'Số điện thoại', 'Phone'),
    email: L(optionalText(), 'Thư điện tử', 'E-mail'),
  });

export const UnitRefSchema = z.strictObject({
  code: L(text(), 'Mã đơn vị', 'Unit code', {
    vi: 'Mã đơn vị trong danh sách đơn vị của cơ quan quản lý',
    en: "The unit's code in the roster",
  }),
  name: L(text(), 'Tên đơn vị', 'Unit name'),
  level: L(oneOf(LEVELS, LEVEL_NAMES), 'Cấp học', 'Level'),
  parent: L(optionalText(), 'Mã đơn vị quản lý', 'Parent unit code'),
});

export const PeriodSchema = z
  .strictObject({
    school_year: L(
      z.string({ error: 'expected_text' }).regex(SCHOOL_YEAR_RE, { error: 'bad_school_year' }).optional(),
      'Năm học',
      'School year',
    ),
    term: L(oneOf(TERMS, TERM_NAMES).optional(), 'Học kỳ', 'Term'),
    month: L(z.string({ error: 'expected_text' }).regex(MONTH_RE, { error: 'bad_month' }).optional(), 'Tháng', 'Month'),
    quarter: L(
      z.string({ error: 'expected_text' }).regex(QUARTER_RE, { error: 'bad_quarter' }).optional(),
      'Quý',
      'Quarter',
    ),
  })
  .superRefine((p, ctx) => {
    const forms = [p.school_year !== undefined || p.term !== undefined, p.month !== undefined, p.quarter !== undefined];
    if (forms.filter(Boolean).length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'period_one_form', path: [] });
      return;
    }
    if (forms[0]) {
      if (p.school_year === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: ['school_year'] });
      if (p.term === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: ['term'] });
      const m = p.school_year ? SCHOOL_YEAR_RE.exec(p.school_year) : null;
      if (m && Number(m[2]) !== Number(m[1]) + 1) {
        ctx.addIssue({ code: 'custom', message: 'bad_school_year', path: ['school_year'] });
      }
    }
  });

export const ChannelSchema = z.strictObject({
  type: L(oneOf(CHANNEL_TYPES, CHANNEL_TYPE_NAMES), 'Loại kênh', 'Channel type'),
  name: L(optionalText(), 'Tên kênh', 'Channel name'),
  url: L(optionalText(), 'Địa chỉ (URL)', 'Address (URL)'),
  managed_by_leader: L(bool(), 'Do lãnh đạo đơn vị quản lý', 'Managed by the head of the unit'),
  connected_to_parent: L(bool(), 'Kết nối với trang của cấp trên', "Connected to the parent's page"),
  followers: L(count().optional(), 'Số người theo dõi', 'Followers'),
  posts: L(count(), 'Số tin, bài đăng trong kỳ', 'Posts in the period'),
});

export const ActivitiesSchema = z.strictObject({
  portal_posts: L(count(), 'Tin, bài đăng trên cổng/trang thông tin điện tử', 'Posts on the web portal'),
  social_posts: L(count(), 'Tin, bài đăng trên fanpage/Zalo/mạng xã hội', 'Posts on fanpage/Zalo/social networks'),
  official_shares: L(count(), 'Chia sẻ thông tin từ nguồn báo chí chính thống', 'Shares from official press sources'),
  press_articles_sent: L(count(), 'Tin, bài gửi cơ quan báo chí', 'Articles sent to the press'),
  press_articles_published: L(count(), 'Tin, bài được báo chí đăng tải', 'Articles published by the press'),
  press_releases: L(count(), 'Thông cáo báo chí', 'Press releases'),
  press_answers: L(count(), 'Trả lời, cung cấp thông tin cho báo chí', 'Answers to the press'),
  broadcasts: L(count(), 'Phát thanh, truyền hình, loa truyền thanh cơ sở', 'Radio, TV and loudspeaker broadcasts'),
  events: L(count(), 'Hội nghị, hội thảo, tọa đàm, tập huấn, cuộc thi về truyền thông', 'Communication events'),
  community_meetings: L(
    count(),
    'Tuyên truyền trực tiếp tại họp thôn, bản, tổ dân phố, họp phụ huynh',
    'Talks at village and parent meetings',
  ),
});
export const ACTIVITY_KEYS = keysOf(ActivitiesSchema);

export const TopicsSchema = z.strictObject({
  policy: L(count(), 'Chủ trương, chính sách, pháp luật về giáo dục', 'Education policy and law'),
  direction: L(count(), 'Hoạt động chỉ đạo, điều hành của ngành', "The sector's direction and management"),
  exams: L(count(), 'Tuyển sinh, thi cử, thi tốt nghiệp THPT', 'Admissions and exams'),
  textbooks: L(count(), 'Chương trình, sách giáo khoa', 'Curriculum and textbooks'),
  exemplary: L(count(), 'Gương điển hình, mô hình hay, cách làm sáng tạo', 'Exemplary people and models'),
  counter_misinformation: L(
    count(),
    'Định hướng dư luận, đấu tranh với thông tin sai trái',
    'Countering misinformation',
  ),
  other: L(count(), 'Chủ đề khác', 'Other topics'),
});
export const TOPIC_KEYS = keysOf(TopicsSchema);

export const FeedbackSchema = z.strictObject({
  received: L(count(), 'Số phản ánh, kiến nghị tiếp nhận', 'Feedback received'),
  resolved: L(count(), 'Số phản ánh, kiến nghị đã xử lý', 'Feedback resolved'),
  results_published: L(count(), 'Số kết quả xử lý đã công khai', 'Results published'),
});
export const FEEDBACK_KEYS = countKeysOf(FeedbackSchema);

export const IncidentSchema = z.strictObject({
  date: L(isoDate(), 'Ngày phát hiện', 'Date detected'),
  summary: L(text(), 'Tóm tắt sự cố', 'Summary'),
  channel: L(optionalText(), 'Nơi phát sinh', 'Where it arose'),
  severity: L(oneOf(INCIDENT_SEVERITIES, INCIDENT_SEVERITY_NAMES), 'Mức độ', 'Severity'),
  reported_to_parent_at: L(isoDate().optional(), 'Ngày báo cáo nhanh cấp trên', 'Date reported to the parent'),
  status: L(oneOf(INCIDENT_STATUSES, INCIDENT_STATUS_NAMES), 'Tình trạng', 'Status'),
  resolution: L(optionalText(), 'Kết quả xử lý', 'Resolution'),
  result_published: L(bool().optional(), 'Đã công khai kết quả xử lý', 'Result published'),
});

export const ExemplaryModelSchema = z.strictObject({
  title: L(text(), 'Tên gương điển hình, mô hình', 'Title'),
  description: L(optionalText(), 'Mô tả', 'Description'),
  url: L(optionalText(), 'Đường dẫn bài viết', 'Link'),
});

export const SocialMediaSchema = z.strictObject({
  staff_briefed: L(bool(), 'Đã quán triệt Bộ quy tắc ứng xử trên mạng xã hội', 'Staff briefed on the social-media code'),
  violations_detected: L(count(), 'Số vi phạm phát hiện', 'Violations detected'),
  violations_handled: L(count(), 'Số vi phạm đã xử lý', 'Violations handled'),
});
/** The counts of the social-media block (`staff_briefed` is a rate, not a count). */
export const SOCIAL_MEDIA_COUNT_KEYS = countKeysOf(SocialMediaSchema);

export const CommendationSchema = z.strictObject({
  recipient: L(text(), 'Tập thể, cá nhân được khen', 'Recipient'),
  form: L(text(), 'Hình thức khen thưởng', 'Form of commendation'),
  date: L(isoDate().optional(), 'Ngày khen thưởng', 'Date'),
});

export const AssessmentSchema = z.strictObject({
  strengths: L(optionalText(), 'Ưu điểm', 'Strengths'),
  limitations: L(optionalText(), 'Hạn chế, nguyên nhân', 'Limitations and causes'),
  next_steps: L(optionalText(), 'Phương hướng kỳ tới', 'Next steps'),
  proposals: L(optionalText(), 'Đề xuất, kiến nghị', 'Proposals'),
});
export const ASSESSMENT_KEYS = keysOf(AssessmentSchema);

export const SubmissionSchema = z.strictObject({
  schema_version: L(z.literal(1, { error: 'bad_schema_version' }), 'Phiên bản mẫu', 'Schema version'),
  unit: L(UnitRefSchema, 'Đơn vị báo cáo', 'Reporting unit'),
  period: L(PeriodSchema, 'Kỳ báo cáo', 'Reporting period'),
  reported_at: L(isoDate(), 'Ngày lập báo cáo', 'Report date'),
  contacts: L(
    z.strictObject({
      leader: L(person().optional(), 'Lãnh đạo phụ trách truyền thông', 'Leader in charge of communication'),
      officer: L(person().optional(), 'Cán bộ làm công tác truyền thông', 'Communication officer'),
      spokesperson: L(person().optional(), 'Người phát ngôn', 'Spokesperson'),
    }),
    'Người phụ trách',
    'Contacts',
  ),
  governance: L(
    z.strictObject({
      comms_plan: L(bool(), 'Có kế hoạch truyền thông của đơn vị', 'Has a communication plan'),
      spokesperson_regulation: L(
        bool(),
        'Có quy chế phát ngôn, cung cấp thông tin cho báo chí',
        'Has a spokesperson regulation',
      ),
      collaborators: L(count(), 'Số cộng tác viên truyền thông', 'Communication collaborators'),
    }),
    'Công tác chỉ đạo',
    'Governance',
  ),
  channels: L(z.array(ChannelSchema).default([]), 'Kênh truyền thông của đơn vị', 'Channels'),
  activities: L(ActivitiesSchema, 'Hoạt động trong kỳ', 'Activities in the period'),
  topics: L(TopicsSchema, 'Số tin, bài theo chủ đề', 'Posts by topic'),
  feedback: L(FeedbackSchema, 'Tiếp nhận, xử lý phản ánh, kiến nghị', 'Feedback handling'),
  incidents: L(z.array(IncidentSchema).default([]), 'Sự cố truyền thông trong kỳ', 'Communication incidents'),
  exemplary_models: L(
    z.array(ExemplaryModelSchema).default([]),
    'Gương điển hình, mô hình hay đã tuyên truyền',
    'Exemplary models',
  ),
  social_media: L(SocialMediaSchema, 'Quản lý việc sử dụng mạng xã hội', 'Social-media conduct'),
  commendations: L(z.array(CommendationSchema).default([]), 'Khen thưởng, biểu dương về truyền thông', 'Commendations'),
  assessment: L(AssessmentSchema.default({}), 'Đánh giá chung', 'Overall assessment'),
  signed_by: L(
    z
      .strictObject({
        name: L(optionalText(), 'Họ và tên người ký', "Signer's name"),
        title: L(text(), 'Chức vụ người ký', "Signer's title"),
      })
      .optional(),
    'Thủ trưởng đơn vị ký báo cáo',
    'Signed by',
  ),
});

export type Submission = z.output<typeof SubmissionSchema>;
export type SubmissionInput = z.input<typeof SubmissionSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type Channel = z.output<typeof ChannelSchema>;
export type Incident = z.output<typeof IncidentSchema>;
export type SubmissionSection = keyof typeof SubmissionSchema.shape;
export const SUBMISSION_SECTIONS = Object.keys(SubmissionSchema.shape) as SubmissionSection[];
