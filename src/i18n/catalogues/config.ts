/** Loading edu-comms.yaml. */
import type { Bilingual } from '../bilingual.js';

export const configMessages = {
  // --- config and roster ------------------------------------------------------------------------------------------
  'config.not_found': { vi: 'Không tìm thấy tệp cấu hình {file}.', en: 'Config file {file} not found.' },
  'config.unreadable': { vi: 'Không đọc được tệp cấu hình {file}: {detail}', en: 'Cannot read config file {file}: {detail}' },
  'config.too_large': {
    vi: 'Tệp cấu hình quá lớn ({size}); giới hạn cho tệp cấu hình (kể cả danh sách đơn vị ghi trong đó) là {limit}.',
    en: 'The configuration file is too large ({size}); the limit for a configuration (units listed in it included) is {limit}.',
  },
  'config.too_large.hint': {
    vi: 'Để danh sách đơn vị trong một tệp CSV riêng (units_file: don-vi.csv), giới hạn 64 MB.',
    en: 'Keep the units in a CSV file of their own (units_file: units.csv), limit 64 MB.',
  },
  'config.invalid': { vi: 'Tệp cấu hình {file} có lỗi:', en: 'The config file {file} has errors:' },
  'config.units_or_file': {
    vi: 'Cần đúng một trong hai mục: units (danh sách đơn vị) hoặc units_file (tệp danh sách).',
    en: 'Give exactly one of units (the roster) or units_file (a roster file).',
  },
  'config.rule_unknown': {
    vi: 'Không có quy tắc nào tên «{id}» (trong rules.{section}): mục này sẽ không có tác dụng.',
    en: 'There is no rule named “{id}” (in rules.{section}): the setting would have no effect.',
  },
  'config.rule_unknown.near': { vi: 'Có phải ý bạn là {near}? Sửa lại cho đúng tên.', en: 'Did you mean {near}? Correct the name.' },
  'config.rule_unknown.list': {
    vi: 'Kiểm tra lỗi chính tả; các quy tắc: {ids} (xem docs/rules.md).',
    en: 'Check the spelling; the rules are: {ids} (see docs/rules.md).',
  },
  'config.rule_option_unknown': {
    vi: 'Quy tắc {id} không có tham số «{option}»: tham số này sẽ không có tác dụng.',
    en: 'Rule {id} has no option “{option}”: the setting would have no effect.',
  },
  'config.rule_option_unknown.list': {
    vi: 'Kiểm tra lỗi chính tả; tham số của quy tắc {id}: {allowed} (xem docs/rules.md).',
    en: 'Check the spelling; the options of rule {id} are: {allowed} (see docs/rules.md).',
  },
  'config.rule_no_options': {
    vi: 'Quy tắc {id} không có tham số nào; xóa mục rules.options.{id} (mức độ đổi ở rules.severity.{id}).',
    en: 'Rule {id} takes no options; remove rules.options.{id} (its severity is set in rules.severity.{id}).',
  },
  'config.roster_invalid': { vi: 'Danh sách đơn vị trong {file} có lỗi:', en: 'The roster in {file} has errors:' },
  'config.embedded': {
    vi: 'Không có edu-comms.yaml trong thư mục hiện tại: dùng cấu hình mẫu kèm theo ({file}).',
    en: 'No edu-comms.yaml in the current folder: using the bundled example config ({file}).',
  },
  'config.required': {
    vi: 'Không có edu-comms.yaml trong thư mục {folder}. Tổng hợp và lập văn bản chỉ làm theo cấu hình của chính cơ quan (tên cơ quan, danh sách đơn vị, hạn nộp, người ký), không bao giờ theo cấu hình mẫu kèm theo.',
    en: 'No edu-comms.yaml in {folder}. Summaries and official documents are made only from the office\'s own configuration (its name, roster, deadlines, signer), never from the bundled sample.',
  },
  'config.required.fix': {
    vi: 'edu-comms init (tạo edu-comms.yaml của cơ quan trong thư mục này), hoặc thêm --config <đường dẫn tới edu-comms.yaml>',
    en: 'edu-comms init (creates the office\'s edu-comms.yaml in this folder), or add --config <path to edu-comms.yaml>',
  },
  'check_config.by_year': {
    vi: 'Danh sách đơn vị thay đổi theo năm học (valid_from, valid_until): {years}.',
    en: 'The roster changes by school year (valid_from, valid_until): {years}.',
  },
  'check_config.year_units': { vi: 'năm học {year}: {units} đơn vị', en: '{year}: {units} units' },
  'check_config.ok': {
    vi: '{file}: cấu hình hợp lệ ({units} đơn vị; lịch năm học: {years}).',
    en: '{file}: the configuration is valid ({units} units; calendar school years: {years}).',
  },
  'check_config.count': {
    vi: 'Có {count} lỗi trong cấu hình; sửa tất cả rồi chạy lại edu-comms check-config.',
    en: '{count} problems in the configuration; fix them all, then run edu-comms check-config again.',
  },
} satisfies Record<string, Bilingual>;
