// The words of a generated province, shared by the scale tests (test/helpers/province.ts) and the benchmark
// (bench/render.mjs): a seeded generator and the sentences, model titles and incidents schools write. Plain JavaScript
// so that the benchmark runs with node alone; its types are in province-words.d.mts.

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COMMON = {
  strengths: [
    'Thông tin về hoạt động của nhà trường được cập nhật thường xuyên trên trang thông tin điện tử.',
    'Phối hợp tốt với cha mẹ học sinh qua các nhóm Zalo lớp.',
    'Cán bộ, giáo viên chấp hành tốt Bộ quy tắc ứng xử trên mạng xã hội.',
    'Lãnh đạo nhà trường quan tâm, chỉ đạo sát sao công tác truyền thông.',
  ],
  limitations: [
    'Chất lượng hình ảnh, video chưa cao do thiếu thiết bị.',
    'Cán bộ phụ trách truyền thông kiêm nhiệm nhiều việc.',
    'Số tin, bài gửi cơ quan báo chí còn ít.',
  ],
  next_steps: ['Tổ chức tập huấn kỹ năng viết tin, bài cho cộng tác viên.', 'Đẩy mạnh truyền thông về công tác tuyển sinh.'],
  proposals: ['Đề nghị hỗ trợ kinh phí nâng cấp trang thông tin điện tử.', 'Đề nghị tổ chức tập huấn kỹ năng truyền thông.'],
};
export const MODEL_KINDS = ['Mô hình', 'Câu lạc bộ', 'Phong trào', 'Gương sáng', 'Cách làm hay'];
export const MODEL_TOPICS = ['Thư viện xanh', 'Cổng trường an toàn giao thông', 'Em yêu tiếng Việt', 'Mỗi tuần một cuốn sách', 'Bữa ăn bán trú', 'Lớp học hạnh phúc', 'Trường học không khói thuốc', 'Sân chơi sáng tạo'];
export const INCIDENTS = ['Bài đăng sai sự thật về khoản thu đầu năm', 'Clip học sinh xô xát lan truyền trên mạng xã hội', 'Phụ huynh phản ánh bữa ăn bán trú trên nhóm Facebook', 'Ảnh cắt ghép về giáo viên'];
