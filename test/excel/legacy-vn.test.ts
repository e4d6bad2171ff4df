import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLegacy, isVietnameseSyllable, normaliseText } from '../../src/util/legacy-vn.js';

describe('legacy Vietnamese encodings', () => {
  // pairs from vn-format-and-domain.md §4 and text typed with the ABC and VNI keyboards
  const tcvn3: [string, string][] = [
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['Tr\u00adêng TiÓu häc B×nh Yªn', 'Trường Tiểu học Bình Yên'],
    ['Phßng Gi¸o dôc vµ §µo t¹o', 'Phòng Giáo dục và Đào tạo'],
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    ['Hµ Néi', 'Hà Nội'],
  ];
  const vni: [string, string][] = [
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tröôøng Tieåu hoïc', 'Trường Tiểu học'],
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
  ];

  it.each(tcvn3)('converts TCVN3 %j', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'tcvn3', text: unicode });
  });

  it.each(vni)('converts VNI-Windows %j', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'vni', text: unicode });
  });

  it('restores capitals for the .VnTimeH fonts', () => {
    expect(detectLegacy('HiÖu tr\u00adëng', '.VnTimeH')).toEqual({ encoding: 'tcvn3', text: 'HIỆU TRƯỞNG' });
    expect(detectLegacy('HiÖu tr\u00adëng', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Hiệu trưởng' });
  });

  it.each(['señor', 'Café Noël', 'Müller Straße', '«Website»', 'Lê Tú Ân', 'bóng đá', 'Tôi là', 'Ðinh', 'São Paulo', 'naïve façade'])(
    'leaves %j alone',
    (text) => {
      expect(detectLegacy(text)).toBeNull();
    },
  );

  it('never changes Vietnamese Unicode text, whatever its form (property)', () => {
    const syllables = ['Trường', 'tiểu', 'học', 'Bình', 'Yên', 'Đặng', 'thị', 'Hoa', 'phụ', 'huynh', 'năm', 'Ông', 'bà', 'Hà', 'Giang', 'Lê', 'Tú', 'Ân', 'ô', 'à', 'é', 'của', 'gì', 'ơi', 'ưu', 'khuyến'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 8 }), fc.boolean(), (words, decomposed) => {
        const text = words.join(' ');
        const input = decomposed ? text.normalize('NFD') : text;
        expect(normaliseText(input)).toEqual({ text: text.normalize('NFC'), legacy: null });
      }),
    );
  });

  it('tells Vietnamese syllables from other words', () => {
    for (const word of ['trường', 'nghiêng', 'khuya', 'gì', 'quốc', 'ươn', 'xoong']) expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['hoứa', 'seủor', 'cafộ', 'hoọi', 'mỹller']) expect(isVietnameseSyllable(word), word).toBe(false);
  });

  it('normalises to NFC and reads the eth Ð as Đ', () => {
    expect(normaliseText('Ðinh Thị Hoa'.normalize('NFD'))).toEqual({ text: 'Đinh Thị Hoa', legacy: null });
  });
});
