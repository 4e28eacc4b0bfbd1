// Abbreviations and "teen code" people type in Zalo chats, mapped to the full Vietnamese words.
// Data, not code: content may extend it (`{ ...ABBREVIATIONS, ...fromContent }`).
// Keys are lower-case NFC tokens exactly as typed; values may hold several words.
// Ambiguous short forms (e.g. "bt" = biết / bình thường) are left out on purpose.
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // không
  k: 'không',
  ko: 'không',
  kh: 'không',
  kg: 'không',
  khg: 'không',
  hok: 'không',
  khong: 'không',
  // được
  dc: 'được',
  đc: 'được',
  dk: 'đăng ký',
  đk: 'đăng ký',
  duoc: 'được',
  // questions
  ntn: 'như thế nào',
  bn: 'bao nhiêu',
  bnhieu: 'bao nhiêu',
  bh: 'bao giờ',
  bjo: 'bao giờ',
  j: 'gì',
  // people
  vk: 'vợ',
  ck: 'chồng',
  e: 'em',
  a: 'anh',
  c: 'chị',
  mk: 'mình',
  mik: 'mình',
  // everyday words
  r: 'rồi',
  vs: 'với',
  lm: 'làm',
  ms: 'mới',
  trc: 'trước',
  // papers and offices
  cccd: 'căn cước công dân',
  cmnd: 'chứng minh nhân dân',
  gks: 'giấy khai sinh',
  gplx: 'giấy phép lái xe',
  sdt: 'số điện thoại',
  sđt: 'số điện thoại',
  bhyt: 'bảo hiểm y tế',
  bhxh: 'bảo hiểm xã hội',
  bhtn: 'bảo hiểm thất nghiệp',
  tthc: 'thủ tục hành chính',
  dvc: 'dịch vụ công',
  ubnd: 'ủy ban nhân dân',
  hs: 'hồ sơ',
  cty: 'công ty',
  tp: 'thành phố',
};
