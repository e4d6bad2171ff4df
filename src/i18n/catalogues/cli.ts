/** The command line: general errors, output writing (its help texts are in src/i18n/help/). */
import type { Bilingual } from '../bilingual.js';

export const cliMessages = {
  // --- command line ---------------------------------------------------------------------------------------------
  'cli.error': { vi: 'Lỗi', en: 'Error' },
  'cli.try': { vi: 'Cách sửa', en: 'Try' },
  'cli.internal': {
    vi: 'Lỗi nội bộ của edu-comms: {message}. Đây là lỗi của chương trình, không phải của dữ liệu; xin báo cho nhóm phát triển.',
    en: 'Internal error in edu-comms: {message}. This is a bug, not a problem with your data; please report it.',
  },
  'cli.internal.debug': { vi: 'Chạy lại với --debug để xem chi tiết.', en: 'Run again with --debug for details.' },

  // --- writing outputs (src/util/output.ts): what happened, then what to do ---------------------------------------
  'output.no_space': { vi: 'Không ghi được {path}: ổ đĩa đã đầy.', en: 'Could not write {path}: the disk is full.' },
  'output.no_space.fix': {
    vi: 'Giải phóng chỗ trống trên ổ đĩa rồi chạy lại, hoặc chọn nơi khác bằng {option}. Không có tệp nào bị ghi dở.',
    en: 'Free some disk space and run again, or choose another place with {option}. Nothing was half written.',
  },
  'output.read_only': { vi: 'Không ghi được {path}: nơi này chỉ cho đọc (ổ đĩa hoặc thư mục chỉ đọc).', en: 'Could not write {path}: the place is read-only.' },
  'output.read_only.fix': { vi: 'Chọn một thư mục ghi được bằng {option} (ví dụ trong thư mục Tài liệu).', en: 'Choose a writable folder with {option} (e.g. in Documents).' },
  'output.no_permission': {
    vi: 'Không ghi được {path}: không có quyền ghi, hoặc tệp đang mở trong chương trình khác (Excel, Word).',
    en: 'Could not write {path}: no permission to write, or the file is open in another program (Excel, Word).',
  },
  'output.no_permission.fix': {
    vi: 'Đóng tệp nếu đang mở, kiểm tra quyền ghi của thư mục, hoặc chọn nơi khác bằng {option}.',
    en: 'Close the file if it is open, check the folder’s permissions, or choose another place with {option}.',
  },
  'output.busy': { vi: 'Không ghi được {path}: tệp đang được một chương trình khác dùng.', en: 'Could not write {path}: the file is in use by another program.' },
  'output.busy.fix': { vi: 'Đóng tệp trong Excel/Word (hoặc chương trình đang dùng nó) rồi chạy lại.', en: 'Close the file in Excel/Word (or whatever uses it) and run again.' },
  'output.io_error': { vi: 'Không ghi được {path}: lỗi đọc/ghi của ổ đĩa ({code}).', en: 'Could not write {path}: the disk reported an I/O error ({code}).' },
  'output.io_error.fix': {
    vi: 'Ổ đĩa (hoặc USB, ổ mạng) có thể bị lỗi hay đã bị rút ra: kiểm tra ổ đĩa, hoặc chọn nơi khác bằng {option}. Không có tệp nào bị ghi dở.',
    en: 'The disk (or USB stick, network drive) may be failing or gone: check it, or choose another place with {option}. Nothing was half written.',
  },
  'output.cross_device': { vi: 'Không ghi được {path}: thư mục này nằm trên một ổ đĩa khác với thư mục chứa nó.', en: 'Could not write {path}: the folder is on another drive than its parent.' },
  'output.cross_device.fix': { vi: 'Chọn bằng {option} một thư mục con bên trong ổ đĩa đó.', en: 'Choose, with {option}, a subfolder inside that drive.' },
  'output.no_parent': { vi: 'Không tạo được thư mục cho {path}: ổ đĩa hoặc thư mục cha không có.', en: 'Could not create the folder for {path}: the drive or parent folder does not exist.' },
  'output.no_parent.fix': { vi: 'Kiểm tra đường dẫn trong {option} (ổ đĩa, ổ mạng đã kết nối chưa).', en: 'Check the path given to {option} (is the drive or network share connected?).' },
  'output.parent_is_file': { vi: 'Không tạo được thư mục {path}: đã có một tệp cùng tên ở đó.', en: 'Could not create the folder {path}: a file of that name is in the way.' },
  'output.parent_is_file.fix': { vi: 'Chọn một đường dẫn khác bằng {option}, hoặc đổi tên tệp đó.', en: 'Choose another path with {option}, or rename that file.' },
  'output.name_too_long': { vi: 'Không ghi được {path}: tên hoặc đường dẫn quá dài.', en: 'Could not write {path}: the name or path is too long.' },
  'output.name_too_long.fix': { vi: 'Chọn một thư mục có đường dẫn ngắn hơn bằng {option}.', en: 'Choose a folder with a shorter path with {option}.' },
  'output.is_folder': { vi: '{path} là một thư mục; không thể ghi đè thư mục bằng một tệp.', en: '{path} is a folder; a file cannot replace it.' },
  'output.is_folder.fix': { vi: 'Cho {option} tên một tệp, hoặc xóa/đổi tên thư mục đó.', en: 'Give {option} a file name, or remove/rename that folder.' },
  'output.is_file': { vi: '{option} {path} là một tệp có sẵn, nhưng lệnh này ghi vào một thư mục.', en: '{option} {path} is an existing file, but this command writes into a folder.' },
  'output.is_file.fix': { vi: 'Cho {option} tên một thư mục (mới hoặc có sẵn), ví dụ {option} out/tong-hop.', en: 'Give {option} a folder name (new or existing), e.g. {option} out/summary.' },
  'output.is_input': { vi: '{option} {path} là (hoặc chứa) chính tệp đầu vào của lệnh; edu-comms không bao giờ ghi đè tệp đầu vào.', en: '{option} {path} is (or contains) one of the command’s inputs; edu-comms never writes over its inputs.' },
  'output.is_input.fix': { vi: 'Chọn một nơi ghi khác bằng {option}.', en: 'Choose another place with {option}.' },
  'output.holds_cwd': {
    vi: '{option} {path} chứa thư mục đang làm việc; lệnh này thay cả thư mục đầu ra một lần nên cần một thư mục riêng.',
    en: '{option} {path} contains the current folder; this command replaces its output folder as a whole, so it needs a folder of its own.',
  },
  'output.holds_cwd.fix': { vi: 'Chọn một thư mục con, ví dụ {option} out/tong-hop.', en: 'Choose a subfolder, e.g. {option} out/summary.' },
  'output.changed': {
    vi: 'Không ghi đè {path}: tệp đã được sửa sau khi edu-comms ghi (các chỉnh sửa sẽ mất).',
    en: 'Not overwriting {path}: the file was changed after edu-comms wrote it (the edits would be lost).',
  },
  'output.changed.fix': {
    vi: 'Ghi vào nơi khác bằng {option}, hoặc thêm --force nếu chắc chắn muốn thay tệp đó.',
    en: 'Write elsewhere with {option}, or add --force if you really want to replace it.',
  },
  'output.not_ours': { vi: 'Không ghi đè {path}: tệp này có sẵn và không do edu-comms ghi.', en: 'Not overwriting {path}: the file exists and was not written by edu-comms.' },
  'output.not_ours.fix': {
    vi: 'Ghi vào nơi khác bằng {option}, hoặc thêm --force nếu chắc chắn muốn thay tệp đó.',
    en: 'Write elsewhere with {option}, or add --force if you really want to replace it.',
  },
  'output.locked': {
    vi: '{path} đang được một lần chạy khác ghi ({who}); đã đợi mà chưa xong.',
    en: '{path} is being written by another run ({who}); waited, and it has not finished.',
  },
  'output.locked.who': { vi: '{command}, tiến trình {pid} trên máy {host}, bắt đầu lúc {started}', en: '{command}, process {pid} on {host}, started {started}' },
  'output.locked.unknown': { vi: 'không rõ lần chạy nào', en: 'unknown run' },
  'output.locked.fix': {
    vi: 'Đợi lần chạy kia xong rồi chạy lại. Nếu chắc chắn không còn lần chạy nào, xóa tệp khóa {lock}.',
    en: 'Wait for the other run to finish and run again. If you are sure none is running, delete the lock file {lock}.',
  },
  // help texts and commander's words: src/i18n/help/vi.ts and en.ts (one language loaded by --help), paired in help.ts
} satisfies Record<string, Bilingual>;
