// The chatbot's vocabulary: how people ask for a detail, greet, thank, choose, correct, and
// the everyday situations behind procedures. Everything is folded (no diacritics, đ→d, lower
// case) because people type both ways; phrases are matched on whole words.
import type { Detail, HotlineTopic } from './types.js';

/** Chat shorthand beyond the shared search abbreviations (text/abbreviations.ts). */
export const CHAT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Regional words (Southern, older speakers): "giấy khai sanh", "tui", "ổng", "chữ lót", "bìa đỏ".
  sanh: 'sinh',
  // (Southern "dìa" is "về": "chưa dìa" is not home yet — round 49's tryout read a man missing on the river as out of scope.)
  dìa: 'về',
  tui: 'tôi',
  ổng: 'ông ấy',
  bả: 'bà ấy',
  lót: 'đệm',
  bìa: 'sổ',
  nhiu: 'nhiêu',
  bnh: 'bao nhiêu',
  bnhiu: 'bao nhiêu',
  mún: 'muốn',
  mun: 'muốn',
  hk: 'không',
  hong: 'không',
  hông: 'không',
  kô: 'không',
  kp: 'không phải',
  ng: 'người',
  cmt: 'chứng minh thư',
  gđ: 'gia đình',
  gd: 'gia đình',
  tks: 'cảm ơn',
  thanks: 'cảm ơn',
  thank: 'cảm ơn',
  thx: 'cảm ơn',
  camon: 'cảm ơn',
  gplx: 'giấy phép lái xe',
  // English for a travel paper, as young people and returning workers write it ("passport cho bé").
  passport: 'hộ chiếu',
  onl: 'online',
  ol: 'online',
  ad: 'quản trị viên',
  gpxd: 'giấy phép xây dựng',
  hkd: 'hộ kinh doanh',
  đkkd: 'đăng ký kinh doanh',
  dkkd: 'đăng ký kinh doanh',
  đkkh: 'đăng ký kết hôn',
  ks: 'khai sinh',
  khaisinh: 'khai sinh',
  khaitu: 'khai tử',
  kethon: 'kết hôn',
  tamtru: 'tạm trú',
  thuongtru: 'thường trú',
  tamvang: 'tạm vắng',
  cancuoc: 'căn cước',
  gcn: 'giấy chứng nhận',
  qsdđ: 'quyền sử dụng đất',
  qsdd: 'quyền sử dụng đất',
  gpkd: 'giấy phép kinh doanh',
  tthn: 'tình trạng hôn nhân',
  xn: 'xác nhận',
  dvcqg: 'dịch vụ công quốc gia',
  nx: 'nữa',
  oy: 'rồi',
  roy: 'rồi',
  khum: 'không',
  hem: 'không',
  pít: 'biết',
  pit: 'biết',
  ik: 'đi',
  zậy: 'vậy',
  dzậy: 'vậy',
  dkkh: 'đăng ký kết hôn',
  đkks: 'đăng ký khai sinh',
  dkks: 'đăng ký khai sinh',
  tt: 'thủ tục',
  ttuc: 'thủ tục',
  bít: 'biết',
  bik: 'biết',
  wa: 'qua',
  ak: 'à',
  ah: 'à',
  z: 'vậy',
  v: 'vậy',
  vay: 'vậy',
  // Initials of papers and programmes, as the training sets' writers type them (round 31: each at
  // least 12 times there, none expanded before; "LLTP" alone sent five of blind 266's turns to "I
  // don't know"). Initials with two readings are left out (hn: Hà Nội or hôn nhân).
  lltp: 'lý lịch tư pháp',
  xklđ: 'xuất khẩu lao động',
  xkld: 'xuất khẩu lao động',
  nvqs: 'nghĩa vụ quân sự',
  tncn: 'thu nhập cá nhân',
  htx: 'hợp tác xã',
  kcn: 'khu công nghiệp',
  ktx: 'ký túc xá',
  xnhn: 'xác nhận tình trạng hôn nhân',
};

/** How people ask for each detail. Longer phrases are tried first. */
export const DETAIL_CUES: Readonly<Record<Detail, readonly string[]>> = {
  fee: [
    'mat bao nhieu tien',
    'het bao nhieu tien',
    'co mat phi',
    'co mat tien',
    'le phi',
    'phi',
    'bao nhieu tien',
    'het bao nhieu',
    'ton bao nhieu',
    'mat bao nhieu',
    'mat tien',
    'mat phi',
    'chi phi',
    'tien',
    'mien phi',
    'gia bao nhieu',
    'phai tra',
    'dong tien',
    'nop tien',
    'ton tien',
    'lephi',
  ],
  time: [
    'bao lau',
    'may ngay',
    'bao nhieu ngay',
    'thoi gian',
    'thoi han',
    'bao gio co',
    'khi nao co',
    'bao gio lay',
    'khi nao lay',
    'may hom',
    'mat bao lau',
    'mat may ngay',
    'mat bao nhieu ngay',
    'mat may hom',
    'mat may tuan',
    'het may ngay',
    'mat may thang',
    'lau khong',
    'lau ko',
    'bao nhieu lau',
    'may tuan',
    'nhanh khong',
    'lau',
    'bao gio xong',
    'khi nao xong',
    'bao gio nhan',
    'khi nao nhan',
    'trong ngay',
  ],
  where: [
    'o dau',
    'noi nao',
    'cho nao',
    'nop o',
    'di dau',
    'dia chi',
    'lam o dau',
    'den dau',
    'co quan nao',
    'ai giai quyet',
    'noi nop',
    'nop tai',
    'tai dau',
    'o cho nao',
    'mot cua',
    'ra xa',
    'len xa',
    'ra phuong',
    'o xa nao',
    'o xa',
    'tai xa',
    'o phuong',
    'noi lam',
    // (Round 52's tryout: "có làm ở xã được ko hay phải lên tỉnh" after a birth's answer was read as a passport.)
    'len tinh',
    'len huyen',
  ],
  online: [
    'online',
    'truc tuyen',
    'qua mang',
    'tren mang',
    'dich vu cong',
    'vneid',
    'tai nha',
    'khong can den',
    'khong can di',
    'nop mang',
    'tren dien thoai',
    'qua dien thoai',
    'qua app',
    'tren app',
    'muc do 4',
    'muc do 3',
    'toan trinh',
    'mot phan',
    'buu dien',
    'buu chinh',
  ],
  papers: [
    'giay to',
    'ho so',
    'can gi',
    'can nhung gi',
    'mang gi',
    'mang theo',
    'chuan bi',
    'thanh phan',
    'giay gi',
    'nhung gi',
    'can giay',
    'mang nhung gi',
    'nop gi',
    'nop nhung gi',
    'can mang',
    'giay to gi',
    'chuan bi gi',
  ],
  who: [
    'ai duoc',
    'ai co the',
    'ai lam',
    'doi tuong',
    'lam thay',
    'lam ho duoc',
    'lam ho dc',
    'nho lam ho',
    'lam ho cho',
    'uy quyen',
    'ai di',
    'di thay',
    'nho nguoi',
    'nguoi khac',
    'ai phai',
    'ai dung ten',
    'ai dang ky',
  ],
  steps: ['cac buoc', 'trinh tu', 'quy trinh', 'cach lam', 'buoc nao', 'tung buoc', 'lam tu dau', 'bat dau tu dau', 'trinh tu thuc hien'],
  forms: ['mau don', 'to khai', 'mau to khai', 'bieu mau', 'tai mau', 'don mau', 'mau', 'form', 'file mau'],
  result: ['nhan duoc gi', 'ket qua', 'duoc cap gi', 'cap giay gi'],
  conditions: ['dieu kien', 'yeu cau', 'co can dieu kien'],
};

/** Detail shown first when several are asked; also the order of the overview. */
export const DETAIL_ORDER: readonly Detail[] = [
  'fee',
  'time',
  'papers',
  'where',
  'online',
  'who',
  'forms',
  'steps',
  'result',
  'conditions',
];

/** Folded words that carry no topic: dropped before looking a procedure up. */
export const STOP_WORDS = new Set(
  [
    'toi',
    'minh',
    'em',
    'anh',
    'chi',
    'ban',
    'ad',
    'quan',
    'tri',
    'vien',
    'oi',
    'a',
    'ah',
    'nhe',
    'nha',
    'nhi',
    'vay',
    'the',
    'thi',
    'la',
    'co',
    'khong',
    'duoc',
    'cho',
    'hoi',
    'xin',
    'muon',
    'can',
    'lam',
    'gi',
    'nao',
    'sao',
    'bao',
    'nhieu',
    'o',
    'dau',
    'may',
    'con',
    'ma',
    'phai',
    'nhu',
    'roi',
    'voi',
    've',
    'giup',
    'giup do',
    'nay',
    'kia',
    'do',
    'day',
    'di',
    'den',
    'cua',
    'va',
    'hay',
    'hoac',
    'de',
    'thu',
    'tuc',
    'hanh',
    'chinh',
    'viec',
    'can',
    'gio',
    'bay',
    'nen',
    'se',
    'da',
    'dang',
    'vua',
    'moi',
    'qua',
    'hom',
    'nay',
    'mai',
    'luon',
    'chua',
    'ak',
    'u',
    'uh',
    'ok',
    'oke',
    'vang',
    'dung',
    'nguoi',
    'nhung',
    'cac',
    'mot',
    'hai',
    'tren',
    'duoi',
    'tai',
    'trong',
    'ngoai',
    'sau',
    'truoc',
    'biet',
    'hieu',
    'noi',
    'chi',
    'dum',
    'ho',
    'voi',
    'ca',
    'nhe',
    'that',
    'khi',
    'neu',
    'bi',
    'boi',
    'vi',
    'nen',
    'thay',
    'xa',
    'phuong',
    'ubnd',
    'nop',
    'xong',
    'lan',
    'ntn',
    'bn',
    'vk',
    'ck',
    'k',
    'ko',
    'dc',
    'e',
    'c',
    'r',
    'j',
    'giay',
    'to',
    'be',
    'con',
    'nha',
    'minh',
    'sorry',
    'sr',
    'pls',
    'plz',
    'please',
    'oi',
    'nhe',
  ].map((w) => w),
);
/** Folded words that are stop words only when typed with these accents (unaccented they may be topic words). */
export const AMBIGUOUS_UNACCENTED = new Set([
  'vang',
  'can',
  'the',
  'ban',
  'con',
  'to',
  'giay',
  'nha',
  'be',
  'hai',
  'mot',
  'ho',
  'bao',
  'thu',
  'tuc',
  'ma',
]);
/** Accented forms of the ambiguous words that really are filler. */
export const ACCENTED_STOPS = new Set([
  'vâng',
  'cần',
  'thế',
  'bạn',
  'còn',
  'giấy',
  'tờ',
  'nhà',
  'bé',
  'hai',
  'một',
  'họ',
  'bao',
  'thủ',
  'tục',
  'mà',
]);

export const GREETING = [
  'co ai truc',
  'co ai khong',
  'cho minh hoi',
  'cho hoi voi',
  'giup duoc gi',
  'giup gi',
  'ho tro gi',
  'ban la ai',
  'ban ten gi',
  'lam duoc gi',
  'giup toi voi',
  'giup em voi',
  'hoi xiu',
  'cho em hoi',
  'cho toi hoi',
  'cho chau hoi',
  'co ai o do',
  'cho hoi chut',
  'hoi chut',
  'cho hoi',
  'oi',
  'co ai',
  'chuc mung',
  'robot',
  'nguoi that',
  'may viec',
  'hoi may',
  'xin chao',
  'chao',
  'hello',
  'hi',
  'alo',
  'a lo',
  'hey',
  'chao ban',
  'chao buoi sang',
  'kinh chao',
  'helo',
  'xin chao ad',
];
export const THANKS = [
  'ok',
  'oke',
  'okie',
  'vang',
  'da vang',
  'hieu roi',
  'ro roi',
  'duoc roi',
  'cam on',
  'cam ong',
  'thank you',
  'thanks',
  'thank',
  'tks',
  'thks',
  'cmon',
  'camon',
  'ok cam on',
  'da cam on',
  'cam on nhieu',
  'hay qua',
  'tot qua',
];
export const GOODBYE = ['tam biet', 'bye', 'bai bai', 'hen gap lai'];
export const HOTLINE = [
  'hotline',
  'duong day nong',
  'tong dai',
  'so dien thoai',
  'so dt',
  'goi cho ai',
  'lien he',
  'so hotline',
  'goi dien',
  'so lien he',
  'goi so nao',
  'so nao',
  'goi ai',
  'bao cho ai',
  'so khan cap',
  'goi khan cap',
];
export const FEEDBACK_NEW = ['phan anh', 'kien nghi', 'gop y', 'gui phan anh', 'bao cao su co', 'to giac'];
/**
 * A feedback already sent, asked about ("gửi phản ánh rồi mà chưa thấy trả lời"), or said to be sent
 * ("hôm bữa tui có gửi kiến nghị về cầu khỉ", "quên mã rồi", "tiến độ phản ánh").
 */
export const FEEDBACK_SENT =
  /\b(?:gui|nop) (?:phan anh|kien nghi|gop y|don)\b.{0,30}\b(?:roi|lau roi|tu hom|hom truoc|tuan truoc|thang truoc)\b.{0,40}\b(?:chua|khong thay|chang thay|van chua|chua thay|kiem tra|xem giup|bao gio|den dau)\b|\b(?:phan anh|kien nghi|gop y)\b.{0,20}\b(?:gui|nop)\b.{0,20}\b(?:roi|tuan truoc|thang truoc|hom truoc)\b.{0,40}\b(?:chua|khong thay|kiem tra|xem giup|bao gio|den dau)\b|\b(?:phan anh|kien nghi)\b.{0,30}\b(?:chua (?:duoc )?(?:tra loi|giai quyet|xu ly|phan hoi)|den dau roi|the nao roi|sao roi)\b|\b(?:kiem tra|tra cuu|tra|xem)(?: giup| gium| dum| lai)? (?:phan anh|kien nghi)\b|\b(?:phan anh|kien nghi)\b.{0,60}\b(?:co ket qua chua|(?:da )?(?:duoc )?(?:tiep nhan|xu ly|tra loi|giai quyet) chua)\b|\b(?:kiem tra|tra cuu|xem)(?: giup| gium| dum| lai)? cai (?:phan anh|kien nghi)\b|^(?=.*\b(?:gui|nop) (?:phan anh|kien nghi|gop y)\b)(?=.*\b(?:roi|hom truoc|hom bua|bua truoc|tuan truoc|thang truoc|nam ngoai|tu hom|lau roi|da gui|co gui)\b)(?=.*\b(?:chua|den dau|toi dau|the nao roi|sao roi|ai (?:dang )?xu ly|bo sung|kiem tra|bao gio)\b)|\b(?:da|co|hom (?:bua|truoc|trc|qua)|tuan truoc|thang truoc) (?:co )?gui (?:don )?(?:phan anh|kien nghi)\b|\bgui (?:don )?(?:phan anh|kien nghi)\b.{0,60}\b(?:roi|lau roi)\b|\b(?:tien do|tinh trang) (?:cua )?(?:cai )?(?:don )?(?:phan anh|kien nghi)\b|\b(?:phan anh|kien nghi)\b.{0,50}\b(?:quen ma|khong nho ma|ko nho ma|co ma)\b/;

/**
 * "bot này hỏi được gì", "ad giúp được những gì" ("ad" is spelled out "quản trị viên" first): what the assistant does (the greeting says it).
 * (Not "bán" the verb: "muốn ngừng bán thì làm gì" had the greeting, round 53's tryout.)
 */
export const WHAT_CAN_YOU_DO =
  /(?<!\b(?:ngung|thoi|nghi|muon|dang|se|de|di|ra|mua|cho) )\b(?:bot|ad|quan tri vien|app|trang|tro ly|ban|may)\b.{0,25}\b(?:hoi|tra loi|giup|ho tro|lam) (?:duoc )?(?:gi|nhung gi|cai gi|viec gi|nhung viec gi)(?: vay| the| a| nhi)?$|\b(?:hoi|tra loi|giup|ho tro) duoc (?:nhung )?(?:gi|cai gi|viec gi)\b/;

/**
 * Someone saying they want to die or to harm themselves (round 37: "em bị trầm cảm muốn uống thuốc
 * ngủ cho xong" was declined and "toi muon chet" asked which death registration). Read first among
 * the hotline topics, always as urgent, and no model reading overrules it: the reply gives the
 * emergency line from content. (Not "mệt muốn chết", "đói muốn chết": everyday speech; nor "từ từ",
 * which folds as "tu tu" too — hence "tự tử" only after a word that says someone intends it.)
 */
export const SELF_HARM =
  /\b(?:thuoc (?:diet co|sau|tru sau|chuot|ngu|diet chuot|ray|tru co)|la ngon)\b.{0,30}\bdoa (?:se )?uong\b|\bdoa (?:se )?(?:nhay (?:lau|cau|song|xuong)|tu tu|tu sat|uong thuoc (?:sau|chuot|ngu)|cat tay)\b|(?<!\b(?:met|doi|nong|lanh|cuoi|so|dau|ngu|nhuc|chan|ghet|buon cuoi|buon ngu|tuc|them|thich) )\b(?:muon|dinh|tinh|se|chi muon|chi con muon|nghi den|nghi toi|co y dinh|co y) (?:chet|tu tu|tu sat|ket thuc (?:cuoc doi|cuoc song|tat ca|ban than|doi minh|moi thu)|roi bo (?:the gioi|cuoc doi)|lam hai ban than)\b|\b(?:khong|hong|ko|k|cha) (?:muon|thiet|con muon) song\b|\bchang (?:con )?(?:thiet|muon) song\b|\bchet (?:di )?cho (?:xong|roi|yen|nhe)\b|(?<!\b(?:hai|ca|mot|2|bai|liet|gay|dut|cut|tay|bi) )\bchan song\b|\bchet quach (?:di )?(?:cho )?(?:xong|roi|yen)\b|\b(?:om|bong|dat|dan|keo) (?:\w+ ){0,3}(?:di theo|di luon|cung di|theo luon)\b.{0,40}\b(?:cho (?:no |ca hai |ca nha )?(?:khoi kho|het kho|xong)|chet roi ai lo)\b|\b(?:muon|chi muon|tinh|dinh) (?:di )?theo (?:ong ay|ba ay|anh ay|chi ay|ong nha (?:toi|tui)|ba nha (?:toi|tui)|chong (?:toi|tui|em)|vo (?:toi|tui|em)|ong|ba|bo|me|con)\b.{0,12}\b(?:cho xong|cho roi|luon cho|cho nhe|cho yen)\b|\bsong (?:lam gi|de lam gi) nua\b|\bsong (?:chang|khong|ko|k|cha) (?:de )?lam gi\b|\b(?:uong|nuot) (?:het )?(?:(?:ca )?(?:vi|lo|hop) )?(?:thuoc ngu|thuoc chuot|thuoc sau|thuoc tru sau|la ngon|thuoc ray|thuoc diet co|thuoc diet chuot)\b.{0,20}\b(?:cho xong|cho roi|de chet|tu tu|cho het|cho nhe)\b|\b(?:muon|(?:toi|tui|em|minh|t|tao|con|chau) (?:dinh|tinh|se|sap)) (?:nhay cau|nhay song|nhay lau)\b|\b(?:muon|doi|noi muon|dinh|sap) (?:om|bong|dat|dan|keo) (?:\w+ ){0,2}(?:nhay cau|nhay song|nhay lau|tu tu|cung chet|chet chung)\b|\btu lam hai (?:ban than|minh)\b|\b(?:cuoc song|cuoc doi|song) (?:chang|khong|ko|k) (?:con )?(?:y nghia|gi de (?:song|thiet))\b|\b(?:moi nguoi|ca nha|gia dinh|bo me|vo con|chong con|ai cung) (?:se )?(?:tot|nhe nhang|vui|sung suong|nhe no) hon (?:neu|khi) (?:khong (?:con )?co|vang|thieu|mat) (?:toi|tui|em|minh|con|tao)\b|\b(?:ngu|nhac mat) mot giac (?:(?:ma|roi|va) )?(?:khong|ko|k|chang) (?:bao gio )?(?:day|tinh|thuc day)\b|\bngu (?:(?:ma|roi|va) )?(?:khong|ko|k|chang) bao gio (?:day|tinh|thuc day)\b|\bkhong (?:muon|con muon) (?:thuc day|tinh day) nua\b|\b(?:la|thanh) ganh nang (?:cua|cho) (?:ca nha|gia dinh|moi nguoi|bo me|vo con|chong con|con chau|cac con)\b|\bbien mat (?:thi|cho|la) (?:tot|xong|hon)\b|\bdi xa mai mai\b|\b(?:khong|ko|k|chang) con (?:ly do|li do|gi) (?:gi )?de (?:song|o lai|tiep tuc)\b|\btam biet (?:moi nguoi|tat ca|ca nha|cac con|the gioi)\b|\bganh nang\b.{0,30}\btam biet\b|\bxin loi (?:moi nguoi|ca nha|tat ca|bo me|cac con|vo con|chong con)\b.{0,40}\b(?:ganh nang|tam biet|di day|ra di)\b|\bviet thu (?:cho|de lai cho) (?:cac con|con|ca nha|moi nguoi|vo|chong|bo me)\b.{0,40}\b(?:di|ra di|mai mai)\b|\b(?:da )?chuan bi (?:san )?(?:thuoc|day|dao)\b.{0,20}\b(?:roi|xong)\b/;
/**
 * Poison or pills swallowed ("uống nhầm thuốc diệt cỏ", "uống cả vỉ thuốc ngủ", "quá liều"): the ambulance's.
 * (Round 42's tryout: "ăn nhầm nấm độc, cả nhà nôn ra máu, ở xa bệnh viện" fell back; a poisoning told with its signs too.)
 */
export const SWALLOWED =
  /\b(?:uong|nuot|an|liem) (?:nham|phai) (?:\w+ ){0,2}(?:nuoc tay|tay bon cau|thuoc tay|javen|nuoc rua chen|nuoc giat|xut|xang|dau hoa|dau nhot|axit|a xit|thuoc diet|nuoc lau san)\b|\b(?:thuoc (?:chuot|sau|diet co|tru sau|diet chuot)|thuoc doc)\b.{0,40}\b(?:gieng|nuoc|bon nuoc|lu nuoc|thuc an|noi com)\b.{0,60}\b(?:uong|an)\b.{0,30}\b(?:oi|non|co giat|kho tho|ngat|xiu)\b|\bqua lieu\b|\ban\b.{0,40}\b(?:xong|xong roi|vao)\b.{0,15}\b(?:bi )?(?:non oi|non mua|oi mua|non thoc)\b.{0,40}\b(?:dau bung du|mat tai|xanh tai|kho tho|li bi|bat tinh|ngat|co giat|non ra mau)\b|\b(?:an|uong) (?:nham|phai) (?:nam (?:doc|la|rung|dai)|ca noc|coc|hat ca doc|la ngon)\b|\bngo doc\b(?: \w+){0,6} (?:non|oi|tieu chay|kho tho|co giat|bat tinh|li bi|lo mo|ngat)\b|\b(?:uong|nuot|an) (?:nham |phai |lon )?(?:het |nguyen |ca |nhieu |qua nhieu |rat nhieu )?(?:(?:mot |1 )?(?:vi|lo|hop|nam|nhum|goi|chai|ngum) )?(?:thuoc ngu|thuoc chuot|thuoc sau|thuoc tru sau|la ngon|thuoc diet co|thuoc ray|thuoc diet chuot|thuoc co|thuoc tru co)\b|\b(?:uong|nuot)\b.{0,25}\b(?:ca|het|nguyen|may) (?:vi|lo|hop)\b/;
/**
 * A life in danger now, said of someone else ("uống thuốc ngủ quá liều", "có người định nhảy cầu", "bạn tui vừa
 * uống thuốc chuột"): no model reading overrules it either. (Not "mua thuốc chuột ở đâu": nothing swallowed.)
 */
export const LIFE_AT_RISK = new RegExp(`\\b(?:dinh|dang|sap|muon) (?:nhay cau|nhay song|nhay lau|tu tu|tu sat)\\b|${SWALLOWED.source}`);

/** Either: the emergency line whatever the model reads, and remembered for the conversation's later turns. */
export const atRiskSaid = (joined: string): boolean => SELF_HARM.test(joined) || LIFE_AT_RISK.test(joined);

/**
 * A scam going on now (round 38's tryout: "nó bắt tôi đọc mã OTP ngân hàng, có nên đọc không" was
 * declined): someone asking for an OTP, a transfer "to a safe account" or "for the investigation", a
 * link or an app to install, a caller posing as the police or a bank. Not a fraud told as over and
 * done ("bị lừa qua mạng lấy lại tiền sao": the writers call that not ours), nor entering one's own
 * OTP in VNeID ("nhập mã OTP", "không nhận được OTP").
 */
export const SCAM_NOW =
  /\b(?:tin nhan|sms|nhan tin)\b.{0,80}\b(?:bam|nhan|click|an) (?:vao )?(?:link|duong link|duong dan)\b.{0,60}\b(?:co dung|dung (?:khong|ko|k)|that (?:khong|ko|k)|co that|co nen)\b|\b(?:chuyen|nop|gui) (?:khoan |tien )?(?:\w+ ){0,3}(?:vao )?(?:so )?tai khoan (?:cua )?(?:can bo|ca nhan cua can bo|ong can bo|ba can bo)\b|\b(?:lenh bat|lenh truy na|no thue|bi khoa|se (?:bi )?khoa|nop phat|phat nguoi)\b.{0,80}\b(?:link|duong link|duong dan|truy cap|bam vao|vn|com|net)\b|\b(?:link|duong link|duong dan)\b.{0,60}\b(?:no thue|lenh bat|bi khoa|se (?:bi )?khoa|nop (?:ngay|phat))\b|\b(?:goi dien|goi|nhan tin|zalo)\b.{0,60}\b(?:doc|cung cap|gui|noi|chup) (?:\w+ ){0,2}(?:so can cuoc|so cccd|cccd|ngay sinh|mat khau|so tai khoan|anh can cuoc)\b.{0,60}\b(?:co nen|co duoc|dung khong|co phai|that khong)\b|\b(?:gui|nhan) (?:cai |cho (?:\w+ )?)?link\b.{0,30}\b(?:cai|cap nhat|tai)\b|\b(?:cai|tai) (?:app|ung dung)\b.{0,40}\b(?:theo link|qua link|gui link|link)\b|\blink\b.{0,30}\b(?:cai|tai) (?:app|ung dung)\b|\bquyen tro nang\b|\b(?:nop|chuyen|dong) (?:\w+ ){0,4}(?:phi|le phi)\b.{0,30}\btai khoan ca nhan\b|\btai khoan ca nhan\b.{0,30}\b(?:nop|chuyen|dong) (?:\w+ ){0,2}(?:phi|le phi)\b|\bchuyen (?:khoan |tien )?truoc\b.{0,40}\b(?:giu cho|giu suat|dat coc|coc)\b|\bnhan (?:tien|kieu hoi)\b.{0,50}\b(?:dong|nop) (?:thue|phi)\b.{0,30}\btruoc\b|\bchuyen\b.{0,40}\btai khoan (?:cua )?(?:nguoi la|mot nguoi la|nguoi khac)\b|\b(?:cong an|canh sat|toa an|vien kiem sat)\b.{0,80}\b(?:qua zalo|qua dien thoai|qua mang)\b.{0,60}\b(?:chuyen (?:tien|khoan)|dat coc|nop tien|chuyen \d+)\b|(?!.*\bmoi (?:nhap|lam|cap|dang ky|giai quyet|xong|duoc)\b)\b(?:cong an|canh sat|toa an|vien kiem sat)\b.{0,60}\b(?:yeu cau|bat|bao|doi) (?:\w+ ){0,3}(?:chuyen|dat coc|nop)\b.{0,40}\b(?:tai khoan|trieu|tr|xac minh|dat coc)\b|\b(?:nop phat|phat nguoi|phat giao thong)\b.{0,40}\b(?:link|duong link|duong dan)\b|\b(?:vua|moi|lo) (?:bi lua )?chuyen\b.{0,40}\blua(?: dao)?\b|\b(?:doc|dua|cung cap|noi|doc lai|chup) (?:cho (?:\w+ ){0,2})?(?:cai )?(?:ma )?otp\b|\b(?:bat|bao|doi|xin|hoi|nho) (?:toi|tui|em|minh|me|ba|bo|ong|chau|con)? ?(?:doc|dua|gui|cung cap|noi) (?:cai )?(?:ma )?otp\b|\b(?:tu xung|gia danh|mao danh|gia lam|xung la|xung(?! quanh| dot| dang))\b.{0,20}\b(?:cong an|canh sat|toa an|vien kiem sat|ngan hang|buu dien|dien luc|nha mang|bao hiem|thue|can bo)\b|\btai khoan an toan\b|\b(?:dinh|lien quan)(?: (?:den|toi|vao))? (?:vu an|duong day|rua tien|ma tuy)\b.{0,60}\b(?:chuyen|tien|tai khoan)\b|\b(?:chuyen|tien)\b.{0,60}\b(?:dinh|lien quan)(?: (?:den|toi|vao))? (?:vu an|duong day|rua tien|ma tuy)\b|\b(?:tin nhan|sms)\b.{0,30}\b(?:gia mao|gia danh|mao danh)\b|\b(?:gia mao|gia danh|mao danh) (?:ngan hang|ngan hang nha nuoc|bank)\b.{0,60}\b(?:link|duong link|tin nhan|sms)\b|\bchuyen (?:tien|khoan|\d+ ?(?:trieu|tr|k|nghin))\b.{0,40}\b(?:de (?:dieu tra|xac minh|phong toa|chung minh)|phuc vu dieu tra|nhan thuong|trung thuong|nhan qua|giai ngan|de duoc vay)\b|\b(?:bam|click|nhan|an) (?:vao )?(?:cai )?(?:link|duong link|duong dan)\b.{0,40}\b(?:la|nguoi la|ho gui|no gui|tin nhan|mat tien|tru tien|het han)\b|\b(?:bat|bao|doi) (?:toi|tui|em|minh|me|ba|bo) (?:cai|tai) (?:app|ung dung)\b|\b(?:goi|nhan tin|goi dien)\b.{0,60}\b(?:tai nan|cap cuu|bi bat|tam giu|nhap vien|mo gap)\b.{0,60}\bchuyen (?:tien|khoan|gap|ngay|\d+)|\b(?:link|duong link|duong dan)\b.{0,80}\b(?:co (?:nen )?bam|bam (?:vao )?(?:duoc )?(?:khong|ko|k|hong))\b|^(?=.*\b(?:cong tac vien|ctv|viec nhe|like|tha tim|nhiem vu|lam online|kiem tien online|don hang)\b).*\b(?:nap|dong|chuyen|dat coc) (?:tien )?truoc\b|\b(?:lo|trot|bi lua|da lo) chuyen (?:tien|khoan|\d+)|\b(?:bam|nhan|an) (?:vao )?(?:link|duong link)\b.{0,40}\b(?:cap nhat|xac thuc|mo khoa|khoa)\b|\b(?:tai khoan|tk)\b.{0,20}\bbi khoa\b.{0,40}\b(?:link|bam)\b|\b(?:da|lo) (?:nhap|gui|doc|dua) (?:ma )?otp\b|\b(?:bat|bao|doi|yeu cau) (?:toi|tui|em|minh|me|ba|bo) (?:phai )?(?:cai|tai) (?:app|ung dung)\b|\b(?:gui|nhan) (?:link|duong link)\b.{0,30}\b(?:zalo|tin nhan|sms)\b.{0,40}\b(?:cai|cap nhat|dinh danh)\b|\b(?:trung thuong|trung giai|trung xe|nhan qua)\b.{0,90}\b(?:nop|chuyen|dong)\b|\b(?:nap|nop|chuyen) them\b.{0,40}\b(?:moi|de|thi moi|la|thi) (?:rut|nhan|lay lai)\b|\b(?:tu xung|gia danh|mao danh|xung la)\b.{0,20}\b(?:bac si|benh vien|y ta)\b|\b(?:stk|so tai khoan|tai khoan|tk) ca nhan\b.{0,40}\b(?:chuyen|tam ung|nop)\b|\bchuyen\b.{0,40}\b(?:stk|so tai khoan|tai khoan|tk) ca nhan\b|\b(?:bat|yeu cau|bao|doi|huong dan) (?:\w+ ){0,3}quet (?:ma )?qr\b|\bquet (?:ma )?qr\b.{0,40}\b(?:xac thuc|xac minh|cap nhat|vneid|dinh danh)\b|\b(?:ho tro|tro cap|chuong trinh)\b.{0,60}\b\d+ ?(?:trieu|tr)\b.{0,80}\b(?:nop|dong|chuyen) (?:\d+ ?(?:nghin|k|trieu|tr) )?(?:phi|tien)\b|\b(?:buu kien|don hang|kien hang)\b.{0,100}\b(?:vui long cap nhat|cap nhat (?:dia chi|thong tin) tai|bam (?:vao )?link|nhap (?:so the|thong tin))\b|\b(?:phat nguoi|nop phat)\b.{0,60}\b(?:chuyen khoan|goi lai (?:so|sdt)|goi vao so)\b|\b(?:zalo|facebook|fb|nick|messenger)\b.{0,40}\b(?:muon|vay|chuyen)\b.{0,10}\b\d+ ?(?:tr|trieu|k|nghin)\b|\b(?:giay moi|giay trieu tap|lenh bat|quyet dinh (?:bat|phat|khoi to)|thong bao phat)\b.{0,40}\bqua (?:zalo|tin nhan|mang|facebook|fb|email|dien thoai)\b|^(?=.*\b(?:cong an|canh sat|toa an|vien kiem sat|don)\b).*\b(?:lay loi khai|lam viec|hoi cung|trieu tap|len don)\b.{0,40}\bqua (?:zalo|video|cuoc goi video|goi video|dien thoai|mang)\b|\bmo camera\b.{0,40}\b(?:doc|xac minh|quay|nhin)\b|^(?=.*\b(?:cong an|canh sat|can bo|ngan hang|bhxh|bao hiem xa hoi|thue|xa)\b).*\bco (?:goi|goi dien|nhan tin|gui link|gui tin nhan)\b.{0,60}\b(?:bat|yeu cau|doi|de)\b.{0,40}\b(?:chuyen|tien|otp|ma|cap nhat|cai|link|thong tin|tai khoan)\b.{0,40}\b(?:khong|ko|k|hong)\s*\??$|\bchuyen tien (?:cho|vao) (?:\w+ ){0,2}(?:cong an|canh sat|vien kiem sat|toa an)\b|\b(?:bao|bat|huong dan|doi|yeu cau) (?:\w+ ){0,2}nhap (?:ma )?otp\b|\b(?:doc|dua|cho) (?:\w+ ){0,3}ma (?:gui ve|ve may|ve dien thoai|xac nhan|xac thuc|otp)\b|\bdoc (?:cho (?:ho|no|nguoi ta|ong ay|ba ay) )(?:\d+ )?(?:cai )?ma\b|\bdoc (?:\d+|hai|ba) (?:cai )?ma\b|\bdoc (?:\w+ ){0,2}(?:so tai khoan|stk)\b|\b(?:link|duong link|duong dan)\b.{0,80}\b(?:that hay gia|that khong|gia khong|co that|lua dao (?:khong|ko|k)|co phai lua)\b|\b(?:bam|nhan|an|vao) (?:vao )?(?:link|duong link|duong dan)\b.{0,30}\bnhap (?:so tai khoan|stk|ma|otp|mat khau|thong tin)\b|\bbi (?:cong an |canh sat )?bat(?: giu)?\b.{0,60}\b(?:\d+ ?(?:trieu|tr)|tien)\b.{0,30}\b(?:bao lanh|chuoc|lo lot)\b|\b(?:\d+ ?(?:trieu|tr)|tien) (?:de )?(?:bao lanh|chuoc)\b|\bgoi video\b.{0,40}\b(?:xin|vay|muon|chuyen|doi) (?:\w+ )?tien\b|\b(?:gia giong|gia mat|giong giong)\b.{0,40}\b(?:tien|chuyen|gui)\b|\b(?:bi )?hack (?:fb|facebook|zalo|nick|tai khoan)\b.{0,60}\b(?:muon|vay|xin|chuyen) tien\b|\b(?:nhat duoc|nhat dc|luom duoc)\b.{0,60}\b(?:doi|chuyen|chuyen khoan|phi ship|phi gui|\d+ ?(?:k|tr|trieu|nghin))\b|\b(?:cap cuu|mo gap|nhap vien|benh vien)\b.{0,60}\b(?:chuyen|tam ung)\b.{0,40}\b(?:tai khoan|stk|\d+ ?(?:trieu|tr))\b|\btai khoan (?:cua )?bac si\b|\bnap\b.{0,40}\b(?:moi|la|thi) (?:rut|nhan|lay)\b|\b(?:cai|tai) (?:\w+ ){0,4}(?:ung dung|app)\b.{0,40}\b(?:qua|theo|bang) (?:duong )?link\b|\b(?:dien thoai|may)\b.{0,20}\b(?:tu bat tat|tu tat bat|bi dieu khien|tu dong bat)\b|\bnhap (?:\w+ ){0,4}(?:ma )?otp\b.{0,10}\broi\b|\bbam (?:vao )?(?:link|duong link)\b.{0,40}\bnhap (?:so the|ma|otp|mat khau|stk)\b|\b(?:toa an|cong an|vien kiem sat)\b.{0,80}\b(?:bam|nhan|an|vao) (?:vao )?(?:link|duong link|duong dan)\b|\b(?:dien luc|evn|cong ty dien)\b.{0,60}\b(?:ket ban zalo|cai app|cai ung dung|bam link|bam vao link|chuyen khoan)\b|\blai (?:suat )?\d+ ?%? ?(?:\/|mot|moi|1)? ?(?:thang|ngay|tuan)\b.{0,80}\b(?:dau tu|gop von|bao lanh)\b|\b(?:dau tu|gop von)\b.{0,80}\blai \d+ ?%|\b(?:gui|chup) (?:\w+ ){0,3}(?:anh|hinh) (?:2|hai) mat (?:can cuoc|cccd|cmnd)\b.{0,60}\b(?:tuyen|viec|an toan|nguoi la|lam ho so)\b|\b(?:chuyen|nop|dong) (?:(?:tien )?\d+ ?(?:trieu|tr|k|nghin) |tien |phi )?de (?:duoc )?(?:nhan|lanh|rut|giai ngan) (?:tien|tro cap|luong|bao hiem|thuong|qua|ho tro)\b|\blay lai tien\b.{0,80}\b(?:phi|dong|nop|chuyen)\b|\b(?:phi|dong|nop|chuyen)\b.{0,60}\blay lai (?:tien|\d+)|\b(?:bhxh|bao hiem xa hoi|bao hiem|luong huu|so do|so hong|dien luc|thue|ngan hang)\b.{0,80}\b(?:chuyen|nop|dong) (?:\d+ ?(?:trieu|tr|k|nghin) |tien |phi )?(?:de |moi )?(?:cap nhat|khong thi|neu khong|de khong bi|moi (?:duoc|mo))\b|\b(?:goi|goi dien|goi dt|dien thoai|nhan tin|tin nhan)\b.{0,60}\b(?:bi khoa|bi phong toa|bi dinh chi|bi cat|bi thu hoi)\b.{0,40}\b(?:nop|chuyen|dong) (?:tien|phi|\d+)|\bnhap (?:ca |luon |het )?(?:mat khau|pass|ma pin|so the|otp) (?:ngan hang|the|tai khoan|app)\b|\b(?:cai|tai) (?:\w+ ){0,2}(?:vneid|vssid|etax|app|ung dung) (?:\w+ ){0,2}(?:qua|theo|bang|tu) (?:duong )?link\b/;

/**
 * Someone missing now, not at sea, on a river or in the hills (those are the rescue line: "bố tôi đi rừng 2
 * ngày chưa về, nghi bị lạc"; "sống" folds as "song" too, hence the river only after a verb): a child run
 * away or gone with a stranger, an old person with dementia lost since the morning, "có cần đợi 24 giờ
 * mới báo không" (round 38's tryout: declined, or the search-and-rescue line).
 */
export const MISSING_NOW =
  /^(?!.*\b(?:rung|nui|bien|suoi|thac|cuu ho|cuu nan|(?:ra|xuong|di|tam|bo|ven|qua) song)\b)(?!.*\b(?:tim thay roi|da tim thay|tim duoc roi|da tim duoc|bao (?:la )?(?:da )?tim thay|da ve nha roi|di lac (?:may|nhieu|vai|hai|ba|\d+) lan|phong (?:khi )?(?:di )?lac|vua tim thay|tim thay (?:ba|ong|me|bo|chau|con|em|roi)|on roi|an toan roi|hay di lac|neu (?:\w+ ){0,2}di lac|(?:da|roi) (?:bao|trinh bao) (?:cong an|ca|xa)|bao (?:cong an|ca|xa) roi|da bao roi)\b)(?!.*\b(?:trau|con bo|dan bo|bo nha|heo|con lon|de nha|ngua|con cho|cho nha|con meo|dan ga|dan vit)\b.{0,20}\b(?:bi lac|di lac|lac)\b).*(?:\bchua (?:thay )?ve\b.{0,30}\b(?:\d+ ?(?:gio|h) (?:toi|dem)|toi roi|dem roi|khuya roi)\b|\b(?:mang|dem|dua|bat) (?:theo )?(?:con|chau|be)(?: \w+){0,2} di (?:dau )?mat\b.{0,40}\b(?:khong lien lac|tat may|khong nghe may|khong biet o dau)\b|\bmat tich\b.{0,30}\b(?:tu (?:sang|chieu|toi|trua|hom qua|dem qua|qua|\d+)|\d+ (?:tieng|gio|phut) (?:truoc|nay|roi)|(?:o|tai) (?:cho|truong|cong vien|sieu thi|ben xe|le hoi))\b|\b(?:khong|chua) ve (?:nha )?(?:tu|suot) (?:toi|dem|sang|chieu|trua) ?(?:qua|hom qua|den gio|nay)?\b|\blen (?:xe )?(?:o ?to |oto |may |xe may )?(?:cua )?(?:nguoi la|xe la|oto la|o to la)\b|\b(?:nguoi la|ke la|nguoi khong quen)\b(?: \w+){0,2} (?:dan|dat|bat|bong|dua|cho|keo) (?:\w+ ){0,2}di\b|\b(?:chua ve|khong ve|khong thay dau|khong lien lac duoc|goi (?:dt |dien thoai )?(?:khong|ko|k) nghe)\b.{0,60}\b(?:bi lan|lan lon|lu lan|hay lan|mat tri nho|alzheimer|dang tri)\b|\b(?:di lac|bi lac|lac mat|lac dau mat)\b|\b(?:ba cu|ong cu|ba gia|ong gia|nguoi gia|cu ba|cu ong|dua be|dua nho|em be)\b.{0,30}\blang thang\b.{0,60}\b(?:khong biet|khong nho|dua (?:di )?(?:dau|ve dau)|giao cho ai|bao ai|lam sao)\b|\bbo nha (?:ra )?di\b|\b(?:di )?theo (?:nguoi la|thang la|dua la|ban quen (?:tren|qua) mang|nguoi quen (?:tren|qua) mang)\b|\b(?:lan|lu lan|mat tri nho|alzheimer|dang tri)\b.{0,60}\b(?:chua ve|khong ve|khong biet duong ve|khong thay dau|di dau mat)\b|\b(?:doi|cho) (?:du |qua )?24 ?(?:h|gio|tieng)\b|\b(?:bao|trinh bao) (?:nguoi )?mat tich\b|\b(?:con|be|chau|thang be|con be|dua nho)\b.{0,50}\b(?:chua ve|khong ve|chua thay ve)\b.{0,50}\b(?:tim (?:khong|ko|k|chua|mai khong|mai ko) (?:thay|ra)|khong thay dau|di tim|tim khap)\b|^(?=.*\b(?:con|be|chau|chong|vo|bo|me|ong|ba|thang|no)\b).*\b(?:tu|suot) (?:toi |dem |sang |chieu |trua )?(?:hom qua|toi qua|dem qua|hom kia|may hom|\d+ ngay)\b.{0,30}\b(?:chua|khong|ko|k) (?:ve|thay ve)\b.{0,60}\b(?:goi|lien lac) (?:dien )?(?:khong|hong|ko|k) (?:duoc|dc|nghe|bat may)\b|^(?=.*\b(?:con|be|chau|chong|vo|bo|me|ong|ba|thang|no|em)\b).*\b(?:tu|suot) (?:toi |dem |sang |chieu |trua )?(?:hom qua|toi qua|dem qua|hom kia)\b.{0,20}\b(?:toi gio|den gio|den nay|toi nay)\b.{0,10}\b(?:chua|khong|ko|k) (?:ve|thay ve|thay dau|lien lac duoc)\b|\b(?:con|be|chau|thang be|con be|dua nho)\b.{0,30}\b(?:chua thay (?:ve|dau)?|chua ve|khong thay (?:ve|dau))\b.{0,40}\b(?:(?:goi|lien lac) (?:dien )?(?:khong|ko|k|hong) (?:duoc|dc|nghe)|(?:da )?(?:\d+|hai|ba|bon|may) (?:tieng|gio) (?:roi|nay))\b)/;

/** An old person said of ("bà cụ hàng xóm", "ông cụ"): violence against them is the police's, not the child line's. */
const ELDER = 'ba cu|ong cu|ba gia|ong gia|nguoi gia|cu ba|cu ong|ba lao|ong lao|me gia|bo gia';
const ELDER_SAID = new RegExp(`\\b(?:${ELDER}|nguoi cao tuoi)\\b`);
/**
 * Beaten at home, told by the one beaten or of one's own (round 38's tryout: "chồng tôi say rượu về đánh
 * tôi suốt, tôi phải làm sao" was declined: the model's "not ours" overruled the rules' police line). Not
 * advice asked on a divorce, a talk or a settlement ("khuyên tui nên ly dị không", "xã xử nó giùm"),
 * nor a feedback or legal aid asked: those are read as before.
 * (Round 41's tryout: an old person starved, shut in or thrown out by the family, "con cháu nó bỏ đói tui
 * mấy ngày nay, lấy hết tiền lương hưu", had the pension office.)
 * (Round 42's: "ck danh e, e muon lam don to cao ra xa" had the FAQ on denouncing officials — a letter
 * asked no longer hides the beating, unless it is for a divorce or for support.)
 */
export const VIOLENCE_AT_HOME = new RegExp(
  String.raw`^(?!.*\b(?:ly hon|ly di|khuyen|noi chuyen|hoa giai|toa|don (?:ly hon|xin)|xu|boi thuong|phan anh|kien nghi|tro giup phap ly|tgpl|tam lanh|cam (?:\w+ ){0,3}tiep xuc|lenh cam)\b).*(?:\bbao luc gia dinh\b|\b(?:dang|lai dang) (?:danh|dap|bop co|hanh hung) (?:vo|chong|con|me|ba|bo)\b|\b(?:${ELDER})\b.{0,40}\b(?:bo doi|bo mac|khong cho (?:an|uong)|bi nhot|nhot (?:trong|o|lai|ba|ong|cu)|xich|danh dap|bi danh|hanh ha|nguoc dai|duoi ra khoi nha)\b|\b(?:chong|vo|bo|cha|bo duong|con re|nguoi yeu|con trai|thang con|ong|ong noi|ong ngoai|chu|cau|duong)\b(?: \w+){0,6} (?:danh|dap|bao hanh|hanh hung) (?:tui|toi|em|minh|vo|me|chi|ba|bac|con|chau)\b|\bbi (?:chong|vo|bo|cha|bo duong|nguoi yeu|nha chong) (?:say (?:ruou )?)?(?:danh|bao hanh|hanh hung|dap)\b|\b(?:bo doi|khong cho (?:an|di kham|di vien)) (?:me|bo|ba|ong|ba noi|ba ngoai|ong noi|ong ngoai|me gia|bo gia)\b|\bbi (?:chong|vo|nha chong|bo|cha|me|bo duong|me ke) (?:\w+ ){0,2}duoi (?:\w+ ){0,3}(?:ra khoi nha|ra duong|ra ngoai)\b.{0,60}\b(?:dem|khuya|mua|con nho|khong co cho|khong biet di dau)\b|\bbi (?:chong|vo|nguoi yeu|nha chong|han|anh ta|ong ta) (?:\w+ ){0,2}(?:nhot|khoa trai|xich)\b|\b(?:e|em|toi|tui|minh|t) bi (?:bo me|ba me|cha me|bo|me|cha|bo duong|me ke|di ghe|chu|thim|cau|mo) (?:\w+ ){0,2}(?:nhot|khoa trai|xich)\b|\b(?:khoa cua|nhot)\b.{0,30}\b(?:khong|ko|k) cho (?:em|toi|tui|minh|chi|me|con|chau) (?:ra|an|di|ve)\b|\b(?:chong|no|han|bo|anh ta|ong ta|thang con)\b(?: \w+){0,4} (?:dap pha|dap do|dap het do|dap tan|nem do)\b|\b(?:chong|bo duong|nguoi yeu) (?:hay |thuong |lai |cu )?(?:bao hanh|bao luc|hanh ha)\b|\b(?:chong|bo|cha|bo duong|nguoi yeu|con trai|thang con|anh (?:trai|ruot))\b(?: \w+){0,4} cam (?:dao|rua|bua|keo|gay|ma tau)\b.{0,30}\b(?:doa|duoi|chem|dam|danh)\b|\b(?:chong|bo duong|nguoi yeu)\b(?: (?:lai|hay|say|say ruou|ve|cu|toan|lien tuc|no|em|toi|tui))* danh\b(?! (?:bai|bac|co|game|ca|de|lo|dan|dau|dien|may|xe|giay|thue|golf|bong|nhau|roi|sau))(?=.{0,40}\b(?:mat tim|tim|bam|sung|chay mau|dau|trinh bao|so|bao cong an|nua|tiep|hoai|suot)\b)|\b(?:con|chau|con chau|con trai|con gai|con dau|con re|no|tui no|chung no|nguoi nha)\b(?: \w+){0,4} (?:(?:bo doi|nhot|xich) (?:tui|toi|ba|ong|me|bo|ba ay|ong ay|nguoi gia|ca (?:ngay|tuan))|khong cho (?:tui|toi|ba|ong|me|bo) an|duoi (?:tui|toi|ba|ong|me|bo)(?: \w+){0,3} ra khoi nha)\b)`,
);

/**
 * A sign of danger happening now, told with a remedy asked (round 38's tryout: "tôi bị đau ngực khó thở
 * từ sáng, uống thuốc gì" was declined as health advice): the ambulance line first, no remedy. Not a
 * sickness past, or asked with a paper ("bị đột quỵ năm ngoái, giờ làm căn cước tại nhà được không").
 */
/**
 * A small child ill in a way that cannot wait (round 40's tryouts: "con em 8 tháng sốt 39.5 độ co giật,
 * 2h sáng rồi", "con tôi 3 tuổi nuốt đồng xu, đang ho sặc", "tiêu chảy 10 lần, li bì, môi khô" were
 * declined): the ambulance first. (Round 42's: a baby of 3 months or less with a fever, "bé nhà e 2 tháng bị
 * sốt 39 độ, bú kém", was declined.)
 */
const CHILD_ILL =
  '\\b(?:be|con|chau|em be|thang be|con be)\\b(?: \\w+){0,3} (?:[1-3] thang|\\d{1,2} (?:ngay|tuan))(?: tuoi)?(?: [\\w.,]+){0,4} (?:bi )?sot\\b|\\b(?:be|con|chau|em be|thang be|con be)\\b(?: [\\w.,]+){0,8} (?:co giat|li bi|lo mo|tim tai|kho tho|tho kho|nuot (?:phai )?(?:dong xu|pin|di vat|hat|cuc|do choi|vien)|hoc (?:xuong|di vat|hat)|ho sac|sac (?:sua|nuoc)|tieu chay (?:\\d+|nhieu|lien tuc)|non (?:ra )?mau|bi bong|bong (?:nang|nuoc|dau|lua|dien|hoa chat|axit|tay|chan|mat|het)|phong rop|bi (?:nuoc soi|dau soi|canh soi|noi canh|noi nuoc|chao dau)(?: \\w+){0,2} (?:do|tat|bong|hat))';
/** Signs of danger in the body (folded words): the cap_cuu entry's remedy exception gives way to them too. */
const DANGER_SIGN =
  '(?:chay mau (?:o |tren |tu )?(?:dau|mat|mieng|tai|mui)|tho yeu|nam li (?:trong|tren|duoi|mot cho)|kho tho|(?:tuc|dau) (?:that |nhoi |buot )?nguc|(?:dap|dam|va|te|nga) (?:\\w+ ){0,4}dau\\b.{0,40}\\b(?:chong mat|buon non|non oi|non|lo mo|dau dau du doi)|bat tinh|ngat xiu|bi ngat(?! (?:dien|ket noi|nuoc|mang|song|may|lien lac))|tho khong noi|nam bat dong|co giat|dot quy|meo mieng|meo mom|(?:liet|yeu) nua nguoi|sui bot mep|ngung tho|tim tai|chay mau (?:nhieu|khong cam|xoi xa|lenh lang)|chay (?:nhieu|rat nhieu|qua nhieu) mau|mat mau nhieu|mat nhieu mau|mau (?:chay )?(?:nhieu|rat nhieu|qua nhieu|lenh lang|xoi xa|khong cam|be bet)|cat (?:dut|cut|lia) (?:\\w+ ){0,2}(?:ngon|tay|chan)|(?:dam|chem) (?:trung |vao |ngay )?(?:bung|nguc|co|lung|dau|mat|tay|chan|dui)|may cuon|lo mo|li bi|(?:uong|nuot) (?:\\w+ ){0,4}(?:ca|het|nguyen) (?:vi|lo|hop))';
// (Round 40's tryouts: "bé nhà e 2 tháng sốt cao co giật, làm sao bây giờ" was declined — a sign with
// "what do I do" asked needs no time word; "con chó nhà bên thả rông cắn con tôi chảy máu" got the
// feedback form — an animal's bite told with blood or asked what to do.)
export const DANGER_NOW = new RegExp(
  `^(?!.*\\b(?:nam ngoai|nam truoc|truoc day|hoi truoc|da lau|di chung|liet|can cuoc|cccd|giay|ho so|thu tuc|dang ky|tro cap|bao hiem|che do|khai tu|khai sinh|nam (?:o )?nha|ra vien|da di vien|so do|so hong|lam lai|cap lai|cap doi)\\b).*(?:\\b(?:khong|ko|k|ngung|ngat) tho nua\\b|\\b(?:be|em be|dua be|dua nho|chau|tre|con)\\b.{0,40}\\b(?:khong|ko|k) tho\\b|\\b(?:dau|tuc) (?:that |nhoi |buot )?nguc\\b.{0,40}\\b(?:va mo hoi|vo mo hoi|kho tho|benh tim|tim mach|lan ra tay)\\b|\\b(?:dang|bi|vua|tu sang|tu toi|tu chieu|tu nay|tu qua|dot nhien|dot ngot|tu nhien|bong dung|bong nhien|tu dung|moi|gio|bay gio|hien gio|roi|nam)\\b(?: \\w+){0,3} ${DANGER_SIGN}\\b|\\b(?:dau|tuc) (?:that |nhoi |buot )?nguc\\b.{0,30}\\blan (?:ra |xuong |sang |len )?(?:tay|vai|ham|lung|co)\\b|\\b(?:sot cao (?:\\w+ )?)?${DANGER_SIGN}\\b.{0,30}\\b(?:lam sao|lam gi|phai lam|the nao|giup|cuu|goi)\\b|\\b(?:cho|cho dai|meo|khi|ran) (?:\\w+ ){0,5}can (?:\\w+ ){0,3}(?:chay mau|mat mau|sau|lam sao|phai lam)\\b|${CHILD_ILL}\\b|\\b(?:tai nan|nga|te|dam xe|bi xe|va cham|lat xe|dam nhau|tong nhau|tong xe)\\b.{0,50}${DANGER_SIGN}\\b|\\b(?:nga|te)\\b.{0,40}\\b(?:(?:khong|ko|k) (?:dung|ngoi) (?:day|len) (?:duoc|dc|noi)|nam im)\\b|\\bbi bong (?:nang|nuoc soi|dau soi|lua|dien|hoa chat|axit)\\b|\\bbi xe (?:\\w+ ){0,2}(?:quet|tong|dam|can)\\b.{0,60}\\b(?:dau|khong (?:dung|di|dung day) (?:duoc|noi)|chay mau|gay|bat tinh)\\b)|^.*\\b(?:bat tinh|khong tho|ngung tho|ngat xiu|tim tai|co giat)\\b.{0,30}\\b(?:lam sao|lam gi|phai lam|cuu|giup|goi)\\b|\\b(?:nam (?:day|liet|mot cho)|khong (?:ngoi|dung) day duoc)\\b.{0,40}\\b(?:\\d+|vai|may|hai|ba) ngay\\b.{0,30}\\b(?:an (?:khong|ko|k) (?:vo|duoc)|khong an|bo an|khong uong)\\b|\\b(?:tieu duong|dai thao duong)\\b.{0,60}\\b(?:run|va mo hoi|lo mo|xiu|choang)\\b|\\b(?:bi ngat|ngat xiu|bat tinh|xiu)\\b.{0,80}\\b(?:tho khong noi|khong tho|ngung tho|tim tai|tho doc)\\b`,
);

/**
 * A crime against the person to report (round 38's tryout, both declined: "em bị người yêu cũ tung ảnh
 * nóng lên mạng", "mình bị lừa sang campuchia làm việc, bị giữ không cho về"): intimate images spread or
 * threatened, someone trafficked or held. (Not "bán trâu sang Lào Cai", "ghe bán sang Campuchia".)
 */
export const CRIME_TO_REPORT =
  /\b(?:to cao|to giac)\b.{0,40}\b(?:dot|phong hoa) (?:\w+ ){0,2}(?:nha|xe|kho|chuong|rom|vuon)\b|\b(?:cam|vac|xach) (?:\w+ ){0,2}(?:gay|dao|rua|ma tau|bua|kiem|gach|xa beng|thanh sat|tuyp sat|ong tuyp|cuoc|xeng|kiem) (?:\w+ ){0,3}(?:dap|dap pha|pha|chem|danh|dam|xong vao|lao vao)\b|\b(?:tong|dung|can|quet) (?:xe )?(?:vao |phai )?(?:\w+ ){0,2}(?:xong |roi )?bo chay\b|^(?!.*\bkien\b).*\b(?:cam|om|lay|cuom) (?:\w+ ){0,4}(?:tien|\d+ ?(?:trieu|tr|ty))\b.{0,30}\b(?:bo tron|tron mat|bien mat|chay tron)\b|\bbi (?:\w+ )?(?:giat|cuop|giut|cap|trom cap) (?:mat )?(?:dien thoai|dt|tui|tui xach|toi xach|vi|bop|day chuyen|xe)\b|^(?!.*\b(?:con gai|con trai|con be|chau|be gai|hoc sinh|(?:[1-9]|1[0-7]) ?(?:tuoi|t))\b).*\b(?:sam so|so soang|ga gam|quay roi tinh duc)\b|\b(?:dap|pha|dap pha|go|dam|dang dap|dang pha) (?:cua|cong) (?:nha )?(?:em|toi|tui|minh|chi|nha em|nha toi|nha tui)\b|\b(?:giu|nhot|giam) (?:lai )?(?:\w+ )?(?:khong|ko|k) cho (?:ve|di|ra)\b|\bbi (?:\w+ ){0,2}(?:hiep dam|cuong hiep|xam hai tinh duc)\b|\b(?:tien |doi tien |thu tien )?bao ke\b|\bcuong doat\b|\b(?:cam|vac|xach) (?:dao|rua|sung|ma tau|kiem|bua)\b.{0,40}\b(?:dung|dang|toi|den|quay lai|truoc|ngoai|doa|doi)\b|\b(?:tat|nem|hat) (?:son|mam tom|chat ban|axit)\b|\bkhong (?:dua|chuyen|tra) (?:tien )?thi (?:tung|dang|dap|giet|chem|dot)\b|\b(?:tung|phat tan|dang|doa tung|doa dang|doa phat tan) (?:anh|clip|video|hinh)(?: \w+){0,3} (?:nong|nhay cam|khoa than|rieng tu|nude)\b|\b(?:bi|nguoi ta|ho) (?:lua )?(?:ban|dua) sang (?:campuchia|trung quoc|lao|myanmar|thai lan)\b|\bbi lua (?:sang|qua) (?:campuchia|trung quoc|lao|myanmar|thai lan)\b|\bbi (?:giu|nhot|giam) (?:lai )?(?:\w+ )?khong cho (?:ve|di|ra)\b|\b(?:doa|de doa|nhan tin doa|doa se) (?:giet|chem|dam|tat axit|dot(?: nha)?|bat coc|danh)\b|\bdoa (?:se )?(?:tung|dang|phat tan|gui) (?:\w+ ){0,2}(?:anh|clip|video|hinh)\b|\b(?:bao|noi|doa|nhan) (?:la )?se (?:giet|chem|dam|dot nha|tat axit)\b|\bse (?:giet|chem|dam) (?:chet )?(?:e|em|toi|tui|minh|chi|me|con)\b|\bthi\b(?: \w+){0,3} (?:dot|chay) (?:nha|chet|ca nha)\b|\b(?:nguoi la|trom|ke gian|ke trom|may thang|tui no|co nguoi)\b.{0,20}\b(?:dot nhap|dang (?:cay|pha|trem|leo|go) (?:cua|khoa|rao|tuong)|cu go cua|pha cua)\b|\bdot nhap (?:vao )?nha\b|\b(?:gay tai nan|tong nguoi|dam nguoi)\b.{0,30}\b(?:bo chay|bo tron|tron mat)\b|^(?!.*\b(?:con|be|chau|tre|thang be|con be)\b).*\bbi bat coc\b|\bbi (?:\w+ ){0,3}(?:chan duong|bam theo|vay danh|vay lai)\b|\b(?:mat lien lac|bat lien lac)\b.{0,60}\bbi (?:lua |bat |dem )?ban\b|\bbi (?:lua |bat |dem )?ban (?:sang|qua|o) (?:trung quoc|campuchia|cam pu chia|lao|myanmar|thai lan)\b|\b(?:dang giu|bat giu|bat|giu) (?:con|chau|vo|chong|be|em|bo|me|anh|chi) (?:gai |trai )?(?:toi|tui|em|minh|ba|ong)\b.{0,60}\b(?:doi|chuoc|\d+ ?(?:trieu|tr|ty))\b|\bkhong duoc bao (?:cong an|canh sat|ai)\b|\btong tien\b|\b(?:to giac|to cao)\b.{0,30}\b(?:lua dao|ke lua|nguoi lua)\b|\b(?:doi|doi chuoc) (?:\d+ ?(?:trieu|tr|ty|nghin do|do|usd)|tien) (?:moi |thi moi |de )?(?:tha|cho ve)\b|\bbi giu lai\b.{0,60}\b(?:doi (?:tien|\d+)|danh|moi tha)\b|\b(?:doa|de doa) (?:se )?(?:den|toi|tim den|tim toi) (?:tan )?nha\b|\b(?:doa|de doa|nhan tin doa)\b.{0,30}\b(?:xu ly|xu|tra thu)\b|\b(?:cu|hay|thuong|lien tuc|ngay nao cung|toi nao cung|dao nay|may hom nay|may tuan nay|mai) (?:\w+ ){0,2}(?:di theo|bam theo|theo doi|rinh) (?:e|em|toi|tui|minh|chi|con|chau)\b(?! (?:di (?:hoc|lam|cho)|ho so))|\b(?:theo doi|di theo|bam theo|rinh rap) (?:e|em|toi|tui|minh|chi|con|chau) (?:\w+ ){0,3}(?:ve|moi toi|moi ngay|suot|tu truong|tu cho)\b|\b(?:nam|keo|giat|om) (?:tay|ao|toc|nguoi) (?:e|em|toi|tui|minh|chi|con|chau)\b|\b(?:nguoi la|ng la|ke la|ong la|thang la|dan ong la|ai do)\b.{0,60}\b(?:chup anh|chup hinh|quay phim|quay clip|rinh|nhin (?:vo|vao|trom)|dung (?:truoc|ngoai) (?:cong|cua))\b|\bdung (?:o )?(?:truoc|ngoai) (?:cong|cua)\b.{0,40}\b(?:nhin (?:vo|vao)|rinh|chup|quay)\b|\bdang (?:go|dap|dap pha|pha) cua (?:phong |nha )?(?:e|em|toi|tui|minh|chi|con)\b|^(?=.*\b(?:kien|to cao|trinh bao|bao cong an|lam don|hom qua|hum qua|hom truoc|tuan truoc|toi qua)\b).*\b(?:dam|tat|danh(?! (?:sach|hieu|gia|ba|muc|tinh|nghia|ngon|bai|bac|co|game|dau|so|thiep|lua|rang))|dap|hanh hung|chem) (?:\w+ ){0,3}(?:chay mau|mat sung|sung (?:mat|mom|moi|dau|vu|len|het|tay|chan)|rach (?:moi|mom|mat|dau|tay|da)|gay (?:tay|chan|rang|mui|xuong|co)|bam tim|tim mat|toe dau|u dau)\b|\bbi (?:\w+ ){0,3}(?:tat|dam|hanh hung)\b.{0,60}\b(?:to cao|trinh bao|kien|bao cong an|mat sung)\b|\b(?:moc tui|bi trom|mat trom|bi cuop|bi giut|quyt (?:tien|no|cuoc)|an quyt|lay trom|cam (?:xe|do) (?:cua )?(?:e|em|toi|tui|minh))\b.{0,80}\b(?:bao|trinh bao|to giac) (?:voi |cho )?(?:cong an|ca)\b|\b(?:bao|trinh bao) (?:cong an|ca)\b.{0,60}\b(?:moc tui|bi trom|mat trom|bi cuop|bi giut|quyt)\b|^(?!.*\bmat (?:ho chieu|giay|can cuoc|cccd|cmnd|bang|the|so)\b).*\b(?:(?:lam|viet) don trinh bao|(?:bao|trinh bao|to giac) (?:voi )?cong an (?:xa|phuong)\b.{0,20}\b(?:thi lam|lam thu tuc gi|viet (?:sao|the nao)|lam don|can gi|the nao|ntn))\b|\b(?:doi|bat|xin|doi hoi|du|hua|ep) (?:\w+ ){0,4}gui (?:\w+ ){0,3}(?:anh|hinh|clip|video) (?:khong mac (?:do|quan ao)|nong|khoa than|nude|sex|nhay cam|ho hang)\b|\bghep (?:\w+ ){0,2}(?:anh|hinh|mat|clip)\b.{0,40}\b(?:bay|nong|khoa than|nude|sex|dang (?:len )?(?:fb|facebook|mang|nhom|group))\b|\b(?:doa|de doa)\b.{0,40}\b(?:dang|tung|phat tan|gui)\b.{0,30}\b(?:anh|hinh|clip|video)\b|\b(?:doa|de doa|bi doa)\b.{0,40}\b(?:quay pha|dap pha|pha (?:nha|tiem|quan)|cho nguoi (?:toi|den)|tra thu)\b|\b(?:doi|dinh|hua|thach) (?:giet|chem|dam|dot nha)\b|\b(?:doa|de doa) (?:\w+ ){1,3}(?:giet|chem|dam|tat axit)\b|\b(?:dang|van dang|con dang|van con|dang dung|dang ngoi) (?:\w+ ){0,3}cam (?:dao|rua|ma tau|kiem|sung|mac|bua|lien)\b|\bgiat (?:dao|rua|sung|ma tau)\b|\bbi (?:\w+ ){0,5}(?:tat|dam|danh|hanh hung)\b.{0,40}\b(?:danh lai|co quyen|tra dua|tra thu)\b|\b(?:dao|rua|ma tau) (?:ke|ghe|dat|chia) (?:vao )?co\b|\bdoa (?:\w+ ){0,7}(?:giet|chem|dot nha)\b|\bbiet nha\b.{0,40}\b(?:se den|se toi|toi nay|dem nay|se qua)\b|\b(?:bat|ep|doi) (?:\w+ ){0,2}gui (?:them )?(?:anh|hinh|clip|video)\b|\bdoa (?:se )?(?:gui|dang|tung|phat tan|cho xem)\b.{0,30}\b(?:bo me|gia dinh|ca lop|len mang|nha truong|ban be|nguoi than)\b|\bco (?:anh|hinh|clip|video) (?:cua )?(?:e|em|toi|tui|minh|chau)\b.{0,30}\b(?:doi|doa)\b|\bbi (?:de )?doa (?:tren|qua) (?:mang|facebook|fb|zalo|tiktok|game|dien thoai)\b/;

/**
 * A threat to burn a house with the fuel or the lighter in hand (round 44's tryouts: "ông anh tôi đang đổ xăng ra
 * nhà dọa đốt", "ong anh cam bat lua doi dot nha" were read as a neighbourhood dispute or declined): everyone
 * out first, then the police's line and the fire line.
 */
export const ARSON_NOW =
  /\b(?:giet|dot|doa)\b.{0,60}\b(?:cam|xach|mang) (?:can |chai |binh )?xang\b|\b(?:cam|xach|mang|do|tuoi|te|hat) (?:can |chai |binh )?xang\b.{0,40}\b(?:dot|doa|ngoai san|truoc nha|trong nha|ra nha|vao nha)\b|\b(?:dang|vua) (?:do|tuoi|te|hat) xang\b|\b(?:cam|cam san|bat) (?:bat lua|hop quet|diem|mo let)\b.{0,40}\b(?:doi|doa|dot|chay)\b|\b(?:doi|doa|se|dinh|bao|dang) (?:\w+ )?dot (?:nha|chet|ca nha)\b.{0,60}\b(?:xang|bat lua|dang cam|con nho|tre con)\b/;
/**
 * Strangers at the door said to be the police or officials, asking to come in (round 44's tryout: "có 2 người
 * đứng trước cửa nhà bà, xưng là công an, đòi vào nhà kiểm tra, không mặc sắc phục" had the OTP warning).
 */
export const IMPOSTOR_AT_DOOR =
  /\b(?:dung|o|go|dap|dang) (?:o )?(?:truoc|ngoai) (?:cua|cong)\b.{0,80}\b(?:xung|tu xung|noi la|bao la)\b.{0,10}\b(?:cong an|canh sat|can bo|dien luc|nhan vien)\b|\b(?:xung|tu xung|noi la)\b(?: la)? (?:cong an|canh sat|can bo)\b.{0,60}\b(?:doi|muon|bat|xin) (?:vao|mo cua)\b/;
/**
 * Money already taken by a fraud, what now asked (round 44's tryout: "mẹ em bị lừa mất 80 triệu rồi, có lấy lại
 * được không" was declined, "bố tôi bị lừa mất 150 triệu … trình báo ở đâu" had the line alone): the bank
 * first, then a report to the police with the evidence. Read after SCAM_NOW (a scam still going on).
 */
export const SCAM_DONE =
  /\b(?:cai|tai) (?:\w+ ){0,2}(?:app|ung dung)\b.{0,40}\b(?:gia mao|gia|la)\b.{0,60}\b(?:tru|mat|rut|bay)\b|\b(?:tru|mat|rut) (?:het )?\d+ ?(?:trieu|tr)\b.{0,60}\b(?:app|ung dung) (?:gia|la|gia mao)\b|\b(?:bi|da bi|vua bi|moi bi) lua (?:dao )?(?:mat|het|chuyen|lay|\d+ ?(?:trieu|tr|k|nghin|ty)?)\b|\blua (?:mat|lay mat|lay) (?:het )?(?:\d+|tien)\b|\b(?:mat|bi rut|bi lay|bay) (?:het )?(?:sach )?(?:\d+ ?(?:trieu|tr|k) )?(?:tien )?(?:luong huu )?(?:trong|khoi|o) (?:the|tai khoan|tk)\b|\bai (?:rut|lay) mat\b|\b(?:chuyen|coc)\b.{0,50}\broi (?:no |ho )?(?:chan|block|khoa|mat lien lac|tat may|bien mat)\b|\bchuyen (?:\w+ ){0,2}roi\b.{0,40}\b(?:khong (?:ai )?nghe may|goi khong (?:ai )?nghe|thue bao)\b|\blua\b.{0,60}\b(?:lay lai|doi lai) (?:duoc )?(?:tien|khong|ko)\b|\bbi lua (?:dao )?roi\b|\btrinh bao\b.{0,40}\b(?:bi lua|lua dao)\b|\b(?:bi lua|lua dao)\b.{0,40}\btrinh bao\b/;

/**
 * A fishing boat out of contact, missing or burning at sea (round 44's tryout: "chong em di bien 3 ngay roi khong
 * lien lac duoc, bao dang vao" was declined; "tàu cá bị cháy ngoài biển" had 114 alone): the rescue line first.
 */
export const AT_SEA =
  /^(?!.*\b(?:khai sinh|khai tu|dang ky|xoa|giay|thu tuc|ho tro|tro cap|tuyen bo|ho so|can cuoc)\b).*\b(?:di bien(?! biet)|ra khoi|danh ca|danh bat|di ghe|tau ca|ghe|thuyen|tau)\b.{0,40}\b(?:khong lien lac duoc|mat lien lac|khong goi duoc|mat tich|bi chim|dang chim|bi lat|bi chay|dang chay|chua (?:ve|dia)\b.{0,40}\b(?:bao|song to|gio to|lo qua|\d+ ngay|(?:goi|lien lac) (?:dien )?(?:khong|hong|ko|k) (?:duoc|dc)))\b|^(?=.*\b(?:bao|ap thap|song to|gio to|gio giat)\b).*\b(?:tau|ghe|thuyen|di bien)\b.{0,60}\b(?:goi|lien lac|bat may) (?:dien )?(?:khong|hong|ko|k) (?:duoc|dc)\b|^(?!.*\b(?:the|can cuoc|cccd|giay|dien thoai|ho chieu|so|vi|tui|xe|hang|do)\b).*\b(?:rot|roi|nga|te|bi song cuon|song cuon|cuon) (?:\w+ ){0,2}(?:xuong )?(?:bien|song|nuoc|suoi)\b.{0,40}\b(?:chua tim thay|khong thay|chua thay|mat tich|troi mat|chua noi len|khong noi len)\b|\b(?:xuong|ghe|thuyen|tau)\b(?: \w+){0,3} (?:troi|lat|up)\b.{0,40}\b(?:khong (?:co )?ai|khong thay (?:nguoi|ai))\b|\b(?:giang luoi|keo luoi|tha luoi|danh ca|di bien|ra song|di song)\b.{0,40}\btu (?:chieu|sang|toi|trua|hom qua|dem qua|qua)\b.{0,40}\b(?:chua|khong) ve\b/;
/**
 * Someone pulled from water not breathing (round 44's tryout: "thang chau 4 tuoi nga xuong ao vua vot len, no khong
 * tho" had 115 with nothing to do).
 */
export const DROWNED =
  /\b(?:vot|keo|bong|lay) (?:\w+ ){0,2}(?:len|ra|vao bo)\b.{0,40}\b(?:khong tho|ngung tho|tim tai|bat tinh|khong cu dong|li bi)\b|\b(?:duoi nuoc|nga xuong (?:ao|ho|song|suoi|gieng|muong)|chet duoi)\b.{0,40}\b(?:khong tho|ngung tho|tim tai|bat tinh)\b/;
/**
 * Someone in the water now, not yet out ("có đứa bé rơi xuống ao sau nhà trọ, đang chìm"; round 52's tryout had the
 * rescue line alone, nothing to do first).
 */
export const DROWNING =
  /^(?!.*\b(?:keo len|vot len|dua len|cuu len|bong len|lay len|vao bo|khong tinh|bat tinh|khong tho|ngung tho|tim tai)\b).*(?:\b(?:roi|nga|te|lot|truot|bi cuon|nhay) (?:\w+ ){0,2}(?:xuong )?(?:ao|ho|song|suoi|gieng|muong|kenh|rach|dam|be boi|ho boi)\b.{0,40}\b(?:dang (?:chim|duoi|choi voi|troi|vung vay)|chim (?:roi|mat)|choi voi|khong (?:len|boi) duoc|khong biet boi|keu cuu)\b|\b(?:dang|bi) duoi nuoc\b|\b(?:roi|nga|te|lot|truot|bi cuon|nhay) (?:\w+ ){0,2}(?:xuong )?(?:ao|ho|song|suoi|gieng|muong|kenh|rach|dam|be boi|ho boi)\b.{0,60}\b(?:chua (?:thay )?(?:len|noi len|troi len)|khong (?:thay )?(?:len|noi len))\b)/;
/**
 * A child run away and alone now, writing themself (round 44's tryout: "e bo nha di 2 hom r, gio dang o ngoai ben
 * xe, het tien, e so" was given the text for reporting someone else missing).
 */
export const RUNAWAY_SELF =
  /^(?!.*\b(?:con|chau|be|thang be|con be) (?:toi|tui|em|minh|nha|e)\b).*\b(?:e|em|minh|t)\b (?:\w+ ){0,2}(?:bo nha (?:ra )?di|tron nha|tron (?:khoi|ra khoi) nha|bo di bui)\b/;
/**
 * A job far away with high pay offered to the young ("co ng tren mang hua cho viec luong 20tr o campuchia"): a known
 * trafficking lure (round 44's tryouts: declined, or the missing-person text).
 */
export const LURED_ABROAD =
  /^(?!.*\b(?:bi giu|khong cho (?:ve|di|ra)|bi nhot|bi ban|bi danh|bi bat|dang o|mat lien lac|mac ket|ket lai|dang ky|ket hon|khai sinh|ghi vao so|ve nuoc|da ve|ve day)\b)(?=.*\b(?:campuchia|cam pu chia|myanmar|lao(?! dong)|trung quoc|dubai)\b)(?=.*\b(?:luong (?:cao|\d+)|\d+ ?(?:tr|trieu) ?(?:mot |moi |1 )?thang|hua|tuyen|bao an o|phi ho so|viec nhe|tren mang|qua mang|facebook|zalo|tiktok|moi gioi)\b).*\b(?:viec|tuyen|luong|lam viec|di lam|di)\b/;

/**
 * A landlord or an employer keeping one's ID card, or putting one out, locking the room or cutting the power to
 * press for money (round 45's tryouts: "chủ trọ vừa đuổi mẹ con em ra ngoài lúc 11 giờ đêm … đứng ngoài trời
 * mưa" had the weather's decline; "chủ trọ giữ căn cước của chồng em, không trả" and "chủ trọ cắt điện nước
 * phòng em" were declined): the commune police's line, then the emergency one.
 */
export const LANDLORD_NOW =
  /\b(?:chu tro|chu nha tro|chu nha|chu phong|chu cho thue)\b.{0,60}\bduoi\b.{0,60}\b(?:dem|toi nay|khuya|ra duong|ngoai duong|mua|vut|nem|quang|con nho|bau)\b|\b(?:chu tro|chu nha tro|chu nha|chu phong|chu cho thue|cong ty|chu (?:xuong|quan|tiem|cua hang)|quan ly)\b.{0,60}\b(?:khoa (?:cua|phong)(?! xe)|khong cho (?:\w+ ){0,3}vao (?:phong|nha)|vut (?:het )?do|nem (?:het )?do|quang (?:het )?do|cat (?:ca )?(?:dien|nuoc)|(?:giu|doi giu|cam|doi cam|thu) (?:\w+ ){0,3}(?:can cuoc|cccd|cmnd|ho chieu))\b/;
/** A crime told beside "tố cáo" (a house set on fire, a theft, a beating, poison). */
const CRIME_DENOUNCED =
  /\b(?:dot|phong hoa) (?:\w+ ){0,2}(?:nha|xe|kho|chuong|rom|ray|vuon)\b|\b(?:trom|cuop|an cap|giat) (?:\w+ ){0,2}(?:xe|tien|do|trau|bo|lon|ga|cho|dien thoai|vang)\b|\b(?:danh|chem|dam) (?:\w+ ){0,2}(?:toi|tui|em|nguoi|con toi|bo toi|me toi)\b|\b(?:bo thuoc|dau doc|thuoc chuot)\b/;
/** A neighbour building or fencing onto one's land ("xây tường lấn sang đất nhà tôi", "lấn ranh"). */
const LAND_ENCROACHED =
  /\b(?:lan|xay lan|lan chiem|chiem) (?:\w+ ){0,2}(?:sang |qua )?(?:dat|ranh|ranh gioi|moc gioi|bo rao|loi di)\b|\btranh chap (?:dat|ranh|ranh gioi|loi di)\b/;
/** A country or "abroad" as said after "ở", "bên", "tại" (folded: "Hàn" is "han"). */
const ABROAD =
  '(?:han|han quoc|nhat|nhat ban|dai loan|duc|my|uc|phap|nga|sec|ba lan|anh|canada|malaysia|singapore|nuoc ngoai|ben tay|hai ngoai)';
/** Someone said to live or work abroad now ("e đang làm ở Hàn Quốc", "tôi ở Đài Loan"). */
const LIVES_ABROAD = String.raw`\b(?:e|em|toi|tui|minh|con|chau|anh|chi|no)\b(?: (?:trai|gai|re|dau))?(?: (?:toi|tui|em|bac|minh|ba|ong|co|chu))? (?:dang |van |hien )?(?:o ben|o|ben|lam o|song o|dang lam (?:viec )?o|di lam o|lam viec o|tai) ${ABROAD}\b`;
/** Abroad said after what is asked ("… ký giấy từ chối ở Hàn được ko", "hộ chiếu e hết hạn, e ở Hàn"). */
const SAID_ABROAD = String.raw`\b(?:e|em|toi|tui|minh|con|chau|anh|chi|no)? ?(?:dang )?(?:o|ben|tai) ${ABROAD}\b`;
/**
 * A paper to sign by someone living abroad (round 45's tryout: "e đang làm ở Hàn Quốc, có phải về VN để ký giấy thừa
 * kế đất không", "e ký giấy từ chối ở Hàn được ko" had the commune's certification alone, which is signed before its
 * officer): the embassy's part said first, from the FAQ.
 */
export const ABROAD_SIGNING = new RegExp(
  String.raw`${LIVES_ABROAD}.{0,100}\b(?:ky (?:giay|van ban|hop dong|ten)|uy quyen|tu choi (?:nhan )?(?:phan )?(?:di san|thua ke)|chung thuc chu ky|ve (?:vn|viet nam|nuoc|que) (?:de )?(?:ky|lam))\b|\b(?:ky (?:giay|van ban|hop dong)|uy quyen|tu choi (?:nhan )?(?:phan )?(?:di san|thua ke))\b.{0,60}${SAID_ABROAD}`,
);
/** A fire now, in the words the fire line is read from (the line's own pattern decides; this gives its lead). */
/**
 * A fire next door told by its spread or its smoke ("chập điện cháy", "lửa đang lan sang", "khói mù mịt bên nhà hàng
 * xóm"; not smoke from burning rubbish): read by the fire line's pattern and by FIRE_NOW alike (round 46's tryouts).
 */
const FIRE_SPREAD = String.raw`\bchap dien (?:gay )?chay\b|\blua (?:dang )?(?:lan|bung|boc) (?:sang|qua|len|to|ra|xuong|toi|den|vao)\b|\b(?:khu tro|day tro|nha tro|xuong|kho|cho|quan|tiem) (?:\w+ ){0,2}chay (?:roi|lon|to)\b|^(?!.*\b(?:dot rac|dot rom|dot ra|dot la|dot nhua|dot co|khoi bep|hut thuoc|khoi thuoc|nuong|xong nha|hun)\b).*\bkhoi (?:mu mit|nghi ngut|cuon cuon|day dac|bu mit)\b.{0,40}\b(?:nha|phong|ben|xuong|kho)\b|\bnha (?:ben kia|ben do|ben nay|doi dien|sat vach|sat ben|ke ben|hang xom)(?: \w+){0,2} (?:bi |dang )?chay\b(?! (?:mau|tron|di|ra|vao|theo|xe|mat|bo|nhanh|qua|ve|tien|thoat|ngay|het))`;
const FIRE_NOW = new RegExp(
  String.raw`^(?!.*\b(?:so do|so hong|so bo|ban goc|giay|mat (?:het|trang|sach)|chay mat|ho tro|tro cap|ho ngheo|lam lai|cap lai|thu tuc|boi thuong|bao hiem|giam thue|thue|tam ngung|nghi ban|kinh doanh|(?:mat|chet) trong (?:dam|vu) chay|khong ai nuoi|chay het roi)\b).*(?:\b(?:day tro|phong tro|nha tro|chung cu|nha|xuong|kho) (?:\w+ )?dang chay\b(?! (?:mau|tron|di|ra|vao|theo|xe|mat|bo|nhanh|qua|ve|tien|thoat|ngay|het))|\b(?:nha|ben canh|xuong|cho|day tro|phong|hang xom|kho) (?:\w+ ){0,2}co chay\b(?! (?:khong|ko|k|mau|nuoc|ho|duoc|chuong trinh|may|xe|bo|di|ra|ve|tron|theo|qua)\b)|\bco chay\b.{0,20}\bkhoi\b|\bchay o (?:day tro|phong tro|nha tro|nha|phong|xuong|cho)\b|\bkhoi (?:den|mu|day|bay|nhieu)\b.{0,40}\b(?:khong|ko|k) (?:xuong|ra|thoat) (?:duoc|dc)\b|\b(?:chay (?:to|lon|lan|du doi|ngun ngut|nha roi|kho|tiem|quan|xuong)|boc chay|hoa hoan|dam chay)\b(?! mau)|(?<!\b(?:e|em|toi|tui|minh|t|tao|chau|con|no|ho|anh|chi) )\bdang (?:bi )?chay\b(?! (?:mau|tron|di|ra|vao|theo|xe|mat|bo|nhanh|qua|ve|tien|thoat|ngay))|\bboc khoi (?:den|mu mit|nghi ngut|day dac)\b|\b(?:nha|phong|bep) (?:\w+ ){0,2}chay roi\b.{0,20}\bkhoi\b|\bnha (?:\w+ ){0,2}bi chay\b.{0,30}\bkhoi\b|\bkhoi den\b.{0,30}\b(?:boc|bay|tuon|phut|cuon) (?:ra|len)\b|${FIRE_SPREAD})`,
);
/** A thief running off now ("có thằng lấy xe máy của tôi đang chạy trốn" had the fire line, round 41's tryout). */
export const THIEF_RUNNING =
  /\b(?:lay|dat|dap|giut|cuop|trom|chom)\b(?: \w+){0,5} (?:dang )?(?:chay tron|bo chay|tron mat|phong xe chay|chay mat)\b|\bdang chay tron\b/;

/**
 * A live wire or a transformer sparking (round 39's tryout: "cây đổ chắn ngang đường, dây điện đang tóe
 * lửa" was read as a feedback on the road): keep away, the fire-and-rescue line. Not a power cut
 * ("mất điện", "đứt dây điện nhà bên, 2 ngày chưa sửa"): sparks, fire or a wire down on the road.
 */
/** A chemical or a toxic gas leaking or breathed (round 49's tryout: a leak in a factory had 115 and nothing to do). */
export const CHEMICAL_LEAK =
  /\b(?:ro ri|bi ro|xi ra|bi xi) (?:\w+ ){0,2}(?:hoa chat|khi doc|amoniac|axit|clo)\b|\bhit (?:phai )?(?:khi doc|hoa chat)\b/;
export const HAZARD_NOW =
  /\b(?:o cam|o dien|day dien|cau dao|dien)\b(?: \w+){0,2} (?:bi |dang )?(?:ngap|ngam nuoc)\b.{0,60}\b(?:te te|te rat|bi giat|giat te|te (?:o )?(?:chan|tay))\b|\b(?:o cam|o dien|day dien|cau dao|cong to|dien)\b(?: \w+){0,2} (?:bi |dang )?(?:ngap|ngam nuoc|chim trong nuoc|ngap nuoc)\b.{0,60}\b(?:dung|loi|nam|choi|ngoi) (?:\w+ ){0,2}(?:trong|duoi|giua) nuoc\b|\bdien van con\b.{0,40}\bngap\b|\bngap\b.{0,60}\bdien van con\b|\b(?:day dien|cot dien|tram bien ap|may bien ap)\b(?: \w+){0,9} (?:toe lua|phat lua|chap chay|bi chap)\b|\bday dien (?:bi )?(?:dut )?(?:roi|rot|dut|nam|do) (?:xuong|ngang|tren) (?:duong|dat|nuoc|mai|san)\b/;
/**
 * Someone trapped now (round 39's tryout: "nhà ông hàng xóm bị cây đổ đè lên, ông ấy đang bị kẹt bên
 * trong", a follow-up, was declined): the rescue line, whatever was asked before. (Round 43: a driver
 * "kẹt trong cabin" is read here, not only by the model — relearned, it was no longer sure.)
 */
// (Round 45: someone in the water now — "đứa bé rơi xuống hố nước công trình, đang chìm" had the feedback form; not a
// well, whose line is the fire-and-rescue police's.)
export const TRAPPED_NOW =
  /^(?!.*\b(?:giay|so do|so hong|ho so|thu tuc|ho tro|tro cap|boi thuong|nam ngoai|nam truoc|hom truoc|xac nhan|thiet hai|khoanh no|ngan hang)\b).*\b(?:lu|nuoc lu|lu quet|nuoc|dong nuoc|song|suoi) (?:\w+ ){0,1}cuon (?:\w+ ){0,5}(?:dua (?:em|be|nho|con|chau|tre)|em (?:toi|tui|trai|gai|be)|con (?:toi|tui|trai|gai|nho)|chau|nguoi|ong (?:toi|tui|noi|ngoai)|me|anh|chi|vo|chong|be)\b|\b(?:roi|nga|te|truot chan(?: nga)?|lot) xuong (?:ho|ao|song|suoi|muong|kenh|ho nuoc|ho dao|ho cong trinh|dap)\b.{0,60}\b(?:dang chim|choi voi|bi chim|khong len duoc|keu cuu|duoi nuoc|ngup)\b|\bdang (?:choi voi|chim) (?:duoi|o|giua) (?:nuoc|ho|ao|song|suoi)\b|\b(?:dang|ngoi|tro|leo|tren) (?:tren |len )?(?:noc|mai) nha\b.{0,40}\b(?:nguoi|ca nha|be|con|nuoc|ngap|lu)\b|\b(?:nuoc|lu|ngap)\b.{0,40}\b(?:dang|ngoi|tro|leo) (?:tren|len) (?:noc|mai) nha\b|\b(?:tam|boi|ra|xuong|di tam) (?:song|suoi|ho|ao|bien|dap)\b.{0,30}\b(?:chua ve|chua len|mat tich|khong thay|chim)\b|\b(?:dep|quan ao|xe)\b.{0,15}\b(?:de |bo )?(?:tren|o) bo (?:song|suoi|ho|ao)\b|\b(?:nuoc ngap|nuoc lu|lu (?:ve|dang len|len)|nuoc (?:dang )?(?:dang|len|ngap)|ngap (?:den|ngang|qua) (?:goi|bung|nguc|co|mai|nha))\b.{0,60}\b(?:khong (?:di|ra|chay|thoat|so tan) (?:duoc|dc|noi)|(?:dang )?mac ket|cuu (?:voi|toi|em|gium|giup|nguoi|nha))\b|\b(?:dang|con|van) bi (?:ket|mac ket|vui|de) (?:ben )?(?:trong|duoi|lai|len)\b|\bbi vui (?:lap )?(?:duoi|trong)\b|\b(?:bi )?(?:ket|mac ket) (?:lai )?(?:trong|ben trong|duoi) (?:cabin|ca bin|buong lai|xe|o to|oto|gam xe)\b|\b(?:cay|tuong|nha|mai|cot dien|da|dat) (?:do|sap|lo) (?:de|vui) (?:len|trung|vao) (?:nguoi|ong|ba|anh|chi|em|chau|con|be|no)\b/;

/**
 * Ground giving way by the house now (round 40's tryout: "đất sạt sau nhà, nứt tường kêu răng rắc" then
 * "có nên ở lại dọn đồ k" were declined): leave now, the rescue line. Not support asked after it.
 */
export const LANDSLIDE_NOW =
  /^(?!.*\b(?:ho tro|tro cap|boi thuong|giay|thu tuc|ho so)\b).*(?:\b(?:dat|nui|doi|ta luy|bo ke) (?:dang |bi )?(?:sat|lo|nut|sut)\b.{0,60}\b(?:sau nha|truoc nha|canh nha|sat nha|nut tuong|keu|rang rac|mua to|dang mua)\b|\bsat lo\b.{0,40}\b(?:sau nha|sat nha|canh nha|nut tuong|nut nha|dang mua|mua to)\b|\bdat\b.{0,20}\b(?:dang |bat dau )?nut (?:ra|toac|lon)\b.{0,60}\b(?:mua|ram ram|rang rac|keu|sat)\b|\b(?:sau|truoc|canh|sat) nha\b.{0,20}\b(?:dat|dat da|da|nui|doi|ta luy)\b (?:dang |bi |bat dau |da )?(?:sat|lo|sut|do|lan)\b|\b(?:dat|doi|nui|ta luy)\b.{0,40}\b(?:dang |bat dau )?(?:truot|sut|nut toac|nut to|nut ra)\b.{0,40}\b(?:xuong|sau bep|vao nha|dang o trong|so sat|so qua|tuong nha)\b|\b(?:o )?chan (?:doi|nui)\b.{0,60}\b(?:dat|da)\b.{0,10}\b(?:dang )?(?:sut|truot|sat|lo)\b)/;
/**
 * A house cracked open and feared to fall ("nhà bị nứt toác sau trận động đất nhỏ tối qua, sợ sập": round 47's tuning
 * set had the feedback form): everyone out, the rescue line. Not a repair or a permit asked.
 */
export const HOUSE_CRACKED =
  /^(?!.*\b(?:xin phep|giay phep|sua chua|ho tro|tro cap|boi thuong|thu tuc|ho so|cot dien|day dien|cay)\b).*(?<!\b(?:truoc|sau|canh|gan|ben) )\b(?:nha|tuong|mai|tran)\b (?:\w+ ){0,2}(?:nut toac|nut lon|nut doi|nghieng|lun|sut)\b.{0,60}\b(?:so sap|sap sap|sap do|co nen o|so do)\b/;
/**
 * A child pushed into a marriage or lured to meet a stranger (round 39's tryouts: "con gái 15 tuổi có
 * bầu, nhà trai bắt về làm vợ" was declined — the model's "not ours" overruled the child line).
 * (Round 43: or a child said kidnapped — "con tôi mất tích, chắc bị bắt cóc" — read here, not only by the model.)
 */
export const CHILD_AT_RISK =
  /\b(?:thay|nhat|luom|mo) (?:\w+ ){0,5}(?:thung|hop|bao tai|gio|bao)\b.{0,30}\b(?:dua nho|dua be|em be|be so sinh|tre so sinh|dua tre)\b|\b(?:be|dua be|em be|dua nho|tre|dua tre|chau be|tre so sinh|be so sinh|dua be so sinh)\b(?: \w+){0,4} (?:bi bo|ai bo|bi de lai|bo lai) (?:o|truoc|ngoai|ben|tai|canh|giua|trong|tren|duoi)\b|\b(?:nhat|luom|thay) (?:duoc )?(?:\w+ ){0,2}(?:em be|dua be|be so sinh|tre so sinh|dua tre|dua be so sinh)\b(?!.{0,60}\b(?:khai sinh|nhan nuoi|con nuoi|giay|thu tuc|tro cap|bao hiem|the)\b)|\btao hon\b.{0,60}\b(?:bao ai|bao o dau|bao dau|to giac|trinh bao|lam sao|goi ai|can thiep)\b|^(?=.*\b(?:(?:[1-9]|1[0-7]) ?(?:tuoi|t)|lop [1-9]|con gai|chau gai|con be|be gai|hoc sinh)\b).*\b(?:hen (?:\w+ ){0,2}(?:di choi|gap|di|ra ngoai) rieng|nhan tin (?:\w+ ){0,4}(?:kho nghe|tuc tiu|nhay cam|gan gam|ga gam)|ga gam)\b|\bdanh (?:con|be|chau|dua nho|thang be|con be|thang nho)(?: \w+){0,2} (?:du lam|du qua|du man|tan nhan|bam tim|tim nguoi|khoc thet|la khoc|gao khoc|ngat|chay mau)\b|\b(?:ngay nao cung|dem nao cung|toi nao cung|suot ngay|thuong xuyen) (?:\w+ ){0,2}danh (?:con|be|chau|dua nho|thang be|con be|thang nho|dua be|dua tre)\b|\bkeo vo\b.{0,60}\b(?:1[0-7]|[1-9]) ?(?:tuoi|t)\b|\b(?:1[0-7]|[1-9]) ?(?:tuoi|t)\b.{0,60}\bkeo vo\b|\b(?:ca lop|ban (?:cung )?lop|ban be (?:trong|cung) lop|may dua (?:trong|cung) lop|hoc sinh)\b.{0,60}\b(?:chui bay|che cuoi|bat nat|co lap|tay chay|danh hoi dong|lap (?:group|nhom) (?:de )?(?:chui|che|noi xau|boi nho))\b|\bbi (?:ca lop|ban be|ban cung lop) (?:\w+ ){0,3}(?:bat nat|chui|danh|che cuoi|co lap|tay chay)\b|^(?=.*\b(?:con (?:gai|trai)|chau (?:gai|be)|be gai|con be|(?:[1-9]|1[0-7]) ?(?:tuoi|t)|(?:moi|chi|nam nay|e|em|chau) 1[0-7]|tre em|hoc sinh)\b).*\b(?:tao hon|(?:bat|ep|cuong ep|ga ep) (?:\w+ ){0,4}(?:lam vo|lay chong|lay vo|cuoi)|(?:du|ru) (?:ra |di )?gap|(?:doi|hen|ru|du|bat) (?:\w+ ){0,2}gap (?:mat|rieng)|(?:khong|k|ko) (?:duoc|dc) (?:ke|noi) (?:voi|vs|cho) ai|(?:viec|tuyen|luong)\b.{0,40}\b(?:o|sang|qua) (?:campuchia|cam pu chia|myanmar|lao(?! dong)|trung quoc))\b|\b(?:con|be|chau|thang be|con be|dua nho|tre|tre em)\b(?: \w+){0,4} (?:bi )?bat coc\b|^(?=.*\b(?:(?:[1-9]|1[0-7]) ?(?:tuoi|t)|(?:moi|chi|nam nay|e|em) 1[0-7])\b).*\bbi (?:bo|me|cha|ba|ma|tia|bo duong|cha duong|ba duong|duong|me ke|di ghe|chu|thim|cau|mo) (?:\w+ ){0,2}(?:danh|dap|bao hanh|hanh ha)\b|\b(?:be|tre|dua be|em be|chau be|tre so sinh|dua tre)\b(?: \w+){0,3} bi bo roi\b|\b(?:con be|thang be|be|chau|dua (?:nho|be|tre)|con (?:nha|cua) (?:ben|hang xom))\b(?: \w+){0,4} bi (?:troi|xich|nhot|khoa trai)\b|^(?=.*\b(?:(?:[1-9]|1[0-7]) ?(?:tuoi|t)|(?:moi|chi|nam nay|e|em) 1[0-7]|lop [1-9]|con gai|chau gai|con be|be gai)\b).*\b(?:so soang|sam so|sam sua|so mo|xam hai|hiep dam|cuong hiep|lam bay(?! gio)|lam co thai)\b|^(?!.*\b(?:khai sinh|nhan con|nhan cha|(?:bo me|cha me|ba me) (?:\w+ )?(?:chua|khong) (?:dang ky )?ket hon)\b)(?!.*\b(?<!(?:khong|chua|ko|k) )(?:dang ky|dk)\b)(?=.*\b(?:(?:[1-9]|1[0-7]) ?(?:tuoi|t)|(?:moi|chi|nam nay) 1[0-7])\b)(?=.*\b(?:con gai|chau gai|con trai|chau trai|em gai|be gai|con be|nha trai|nha gai|phong tuc|an hoi|bat|ep|ga (?:con|chau|cho)|truong ban|truong thon)\b).*\b(?<!\b(?:chua|khong|ko|k|chua dang ky|khong dang ky|chua duoc) )(?:co (?:bau|thai|mang)|mang thai|dam cuoi|an hoi|cuoi (?:vo|chong)|ket hon|lay chong|ve nha chong|bat ve lam vo|muon cuoi|cuoi (?:\w+ ){0,3}(?:1[0-7]|[1-9]) ?(?:tuoi|t)|theo phong tuc)\b|\b(?:bo duong|cha duong|ong|chu|cau|thay|nguoi)\b(?: \w+){0,3} (?:hay |thuong )?(?:vao phong|dat vao nha|dan vao nha|keo vao nha)\b.{0,40}\b(?:ban dem|dong cua|dem)\b|\b(?:cho|mua)\b.{0,40}\b(?:keo|banh|qua|dien thoai)\b.{0,30}\b(?:dat|dan|keo|ru) (?:\w+ ){0,2}vao (?:nha|phong)\b|^(?=.*\b(?:(?:[1-9]|1[0-7]) ?(?:tuoi|t)|(?:moi|chi|nam nay|e|em) 1[0-7])\b).*\b(?:hen gap|ru (?:di|gap)|cho (?:\w+ ){0,2}tien)\b.{0,60}\b(?:dung (?:noi|ke) (?:voi |cho )?(?:ai|bo me)|giu bi mat|khong (?:duoc )?(?:noi|ke) (?:voi |cho )?(?:ai|bo me))\b|^(?=.*\b(?:(?:[1-9]|1[0-7]) ?(?:tuoi|t)|(?:moi|chi|nam nay|e|em) 1[0-7])\b).*\b(?:di lam|viec|luong)\b.{0,60}\b(?:dung|khong duoc) (?:noi|ke) (?:voi |cho )?(?:ai|bo me)\b|\bbat coc (?:tre|con|be|chau)\b|\b(?:chau|con|be|thang be|con be|dua nho)\b.{0,50}\bbi (?:nguoi ta |nguoi la |ho |no |chung no )?(?:danh dap|danh|bao hanh|nguoc dai)\b(?!.{0,30}\b(?:giay|ho so|thu tuc|dang ky|khai sinh)\b)|^(?=.*\b(?:con|chau|be|(?:[1-9]|1[0-7]) tuoi|hoc sinh)\b).*\b(?:du|ru|lua|dan)\b(?: \w+){0,3} (?:di lam|sang|qua|ra|di) (?:\w+ ){0,3}(?:nuoc ngoai|trung quoc|campuchia|cam pu chia|bien gioi|lao|malaysia)\b|^(?=.*\b(?:(?:[1-9]|1[0-7]) tuoi|mo coi)\b).*\b(?:duoi (?:\w+ ){0,2}ra (?:duong|khoi nha)|bo (?:\w+ ){0,2}ra duong|(?:danh|dap|bao hanh|hanh ha) (?:no|chau)\b(?! (?:rang|giay|dan|dau)))|^(?=.*\b(?:con|chau|be|(?:[1-9]|1[0-7]) ?tuoi|hoc sinh|truong|lop)\b).*\bdanh hoi dong\b|^(?=.*\b(?:con|chau|be|(?:[1-9]|1[0-7]) tuoi|hoc sinh)\b).*\b(?:bi (?:nguoi ta |nguoi la |ho )?(?:dua|bat|dan) (?:di )?(?:sang|qua) (?:ben kia )?(?:bien gioi|trung quoc|campuchia|lao))\b/;

/**
 * A plea for help and nothing else ("cứu tôi với", "giúp em với, em sợ quá"): every emergency line, and
 * what is happening asked (round 40's tryout: "cứu tôi với" was offered birth and marriage registration).
 * (Round 43's tryout: "giup em", "ko an toan", "can giup gap" alone were asked which procedure or declined.)
 */
export const HELP_PLEA =
  /^(?:(?:chi|anh|co|chu|bac|ad|admin|ong|ba|cau|di|mo|thim|em) oi )?(?:(?:oi|ai|lam on|xin|lam on|lam on ai) )*(?:cuu|cuu voi|cuu toi|cuu em|cuu tui|cuu chau|cuu con|cuu minh|cuu nguoi|giup (?:toi|em|tui|chau|minh) voi|giup (?:toi|em|tui|chau|minh)|can (?:giup|giup do|cuu|ho tro) (?:gap|ngay|khan cap)|(?:(?:toi|em|tui|minh|chau) )?(?:dang |thay )?(?:khong|ko|k) (?:duoc )?an toan|nguy hiem qua|help)(?: (?:voi|oi|toi|em|tui|chau|con|minh|nguoi|ai|gium|giup|di|nhanh|len|so qua|em so qua|toi so qua|ai do|nguoi oi|lam|roi|qua))*$/;
/** A death with no will left, and what is left asked about (the heirs divide it by agreement). */
export const NO_WILL_ESTATE =
  /^(?!.*\b(?:muon|dinh|sap|nen|cach) (?:lap|viet|lam) di chuc\b)(?=.*\b(?:mat|chet|qua doi|tu tran)\b)(?=.*\b(?:so tiet kiem|tien gui|tai khoan|ngan hang|rut tien|rut)\b).*\b(?:khong|ko|k|chua) (?:de lai|lap|viet|co|lam) (?:\w+ )?di chuc\b/;
/** A land dispute with a letter or mediation asked of the commune (see the synonym 'hòa giải tranh chấp đất đai'). */
export const LAND_DISPUTE_ASKED =
  /\btranh chap (?:ve )?(?:dat|dat dai|nha dat|thua ke|di san)\b.{0,80}\b(?:don|ra xa|len xa|hoa giai|lam (?:sao|the nao|gi)|giai quyet)\b|\b(?:anh em|chi em|con chau)\b.{0,30}\b(?:tranh chap|gianh|chiem|khong chiu chia)\b.{0,30}\bdat\b.{0,60}\b(?:don|ra xa|len xa|hoa giai)\b|^(?!.*\b(?:hoa giai (?:roi|xong|khong thanh|ko thanh|that bai)|da hoa giai)\b).*\b(?:lan|lan chiem|chiem|doi|xe dich|nho|rao lan|xay lan) (?:sang |qua )?(?:ranh|ranh gioi|moc|moc gioi|dat|tuong rao|hang rao)\b.{0,80}\b(?:lam (?:sao|the nao|gi)|phai lam|don|ra xa|len xa|hoa giai|giai quyet|bao xa|kien|dap bo|pha bo|(?:co )?duoc (?:dap|pha|do))\b/;
/** Said of what: a few plain words before the line, and the rules' reading kept against the model's. */
export type HotlineSituation =
  | 'self_harm'
  | 'danger'
  | 'hazard'
  | 'trapped'
  | 'landslide'
  | 'collapse'
  | 'choking'
  | 'bleeding'
  | 'stroke'
  | 'burn'
  | 'snake'
  | 'fall'
  | 'seizure'
  | 'flood'
  | 'held'
  | 'intruder'
  | 'breach'
  | 'cry'
  | 'child'
  | 'scam'
  | 'missing'
  | 'violence'
  | 'crime'
  | 'storm'
  | 'found'
  | 'body'
  | 'ordnance'
  | 'bite'
  | 'gas'
  | 'shock'
  | 'arson'
  | 'door'
  | 'scammed'
  | 'sea'
  | 'drowned'
  | 'drowning'
  | 'runaway'
  | 'lure'
  | 'landlord'
  | 'fire';
/**
 * A storm or a flood coming or tearing at the house now, where to shelter asked ("bão đang vào, mái tôn nhà
 * em bị tốc rồi, cần sơ tán đi đâu" fell back, round 41's tryout). Not support asked after it.
 */
export const STORM_NOW =
  /^(?!.*\b(?:ho tro|tro cap|boi thuong|giay|thu tuc|ho so|hom qua|vua roi|vua qua|tuan truoc|nam ngoai|nam roi)\b).*(?:\b(?:bao|lu|nuoc lu|loc)\b.{0,20}\b(?:dang (?:vao|to|manh|den|len|dap)|sap (?:vao|den|toi|do bo))\b.{0,80}\b(?:so tan|di dau|tru o dau|tranh o dau|toc mai|sap|bay|ngap|lam sao|cuu)\b|\b(?:toc mai|bay mai|bay het mai|sap nha)\b.{0,40}\b(?:dang|bay gio|so tan|di dau|lam sao|cuu)\b|\bso tan\b.{0,20}\b(?:di dau|o dau|cho nao|den dau)\b)/;
/**
 * Someone found dead or hanged, or having taken their life, just now (round 42's tryout: "người thuê trọ
 * nhà tôi tự tử trong phòng, tôi mới phát hiện" fell back; "… chết trong phòng trọ, giờ làm sao" was
 * offered temporary residence): the ambulance first — the person may still be saved — then the police.
 * Not a death told with its paper asked ("… tự tử, làm giấy khai tử ở đâu").
 */
export const FOUND_DEAD =
  /^(?!.*\b(?:khai tu|giay|thu tuc|ho so|dang ky|mai tang|tro cap|nam ngoai|nam truoc|thang truoc|hoi truoc)\b).*(?:\b(?:nga|roi|te|rot|dien giat|tai nan)\b.{0,40}\bchet (?:roi|ngay|tai cho)\b.{0,30}\b(?:bao ai|bao o dau|goi ai|lam gi|lam sao|phai lam)\b|\b(?:\d+|hai|ba|may|bon|nam) (?:ngay|hom) (?:nay |roi )?(?:khong|ko|k|chua) (?:thay|nghe)\b.{0,40}\b(?:co mui|boc mui|mui hoi|mui thoi|cua khoa|khoa cua)\b|\b(?:tu tu|tu sat|treo co|that co)\b(?: \w+){0,4} (?:trong|o|tai|ngoai|sau) (?:phong|nha|vuon|ruong|kho|cau thang|nha tam|nha ve sinh)\b|\b(?:phat hien|thay|gap)\b(?: \w+){0,6} (?:da )?(?:tu tu|tu sat|treo co|nam bat dong|bat dong|khong con tho|tat tho)\b|\b(?:song|o) (?:mot minh|1 minh|neo don)\b.{0,80}\b(?:khong (?:thay|ai) (?:ra|mo|thua|tra loi)|goi (?:khong|ko|k) (?:thua|nghe|tra loi)|go cua (?:khong|ko|k) (?:ai )?(?:mo|thua)|(?:may|\d+|hai|ba) (?:ngay|hom) (?:nay )?(?:khong|ko|k|chua) (?:thay|ra|an|mo))\b|\b(?:khong (?:thay|ai) (?:ra|mo|thua)|goi (?:khong|ko|k) (?:thua|nghe)|go cua (?:khong|ko|k) (?:ai )?(?:mo|thua)|(?:may|\d+|hai|ba) (?:ngay|hom) (?:nay )?(?:khong|ko|k|chua) (?:thay|ra khoi nha|mo cua))\b.{0,60}\b(?:song|o) (?:mot minh|1 minh|neo don)\b)/;
/**
 * A body found ("thấy người chết trôi sông", "ông cụ chết trong nhà trọ, chủ trọ báo ai"): the police
 * first — the writers of the training sets label it so — then the ambulance if it is not sure.
 */
export const BODY_FOUND =
  /^(?!.*\b(?:khai tu|giay|thu tuc|ho so|dang ky|mai tang|tro cap|nam ngoai|nam truoc|thang truoc|hoi truoc)\b).*(?:\b(?:phat hien|thay|gap)\b(?: \w+){0,6} (?:da )?chet\b|\bchet (?:\w+ ){0,2}(?:trong|o|tai) (?:phong|nha tro|phong tro|ao|muong|vuon|ruong|kho)\b|\bchet troi\b|\b(?:co nguoi|mot nguoi|ai do|nguoi nao do) (?:bi )?chet (?:o|tai|ngoai|ben|ven|giua)\b)/;
/**
 * A bomb, a shell or a mine left from the war, found (round 42's tryout: "đào vườn thấy quả bom còn
 * nguyên, báo ai" was declined): touch nothing, keep away, the police. (Not "hôm qua dặn", folded "qua dan".)
 */
export const ORDNANCE_FOUND =
  /\b(?:qua bom|bom (?:bi|chua no|con sot|thoi chien|mi)|dan phao|qua dan (?:phao|chua no|con sot|con nguyen|thoi chien)|vat lieu no|qua min|min (?:con sot|chua no|thoi chien)|luu dan|dan (?:chua no|con sot|thoi chien))\b/;
/**
 * Bitten by a dog, a cat or another animal, a rabies shot asked (round 43's tryout: "chó cắn rồi, có phải
 * tiêm phòng dại không, tiêm ở đâu" was declined): wash the bite, a health station today. Not a snake.
 * ("cho can" alone may be "chờ cán bộ": a bite word or rabies said too; a rat's bite is papers chewed.)
 */
export const ANIMAL_BITE =
  /^(?=.*\b(?:tiem (?:phong )?dai|vac ?xin dai|chich ngua dai|tiem ngua dai|benh dai|bi dai|vet can|chay mau)\b).*\b(?:cho|meo|khi|doi)\b(?: \w+){0,4} can\b|\bbi (?:cho|meo) (?:\w+ ){0,2}can\b(?!.{0,30}\b(?:giay|so|the|ho so|can cuoc|bang)\b)/;
/**
 * Gas smelt or leaking (round 43's tryout: "khi ga ro ri" was offered birth registration, and "có nên bật
 * đèn lên xem không" after a gas smell was declined): no switch, no flame, air, out, then the fire line.
 */
export const GAS_LEAK =
  /\b(?:xi|ro ri|ri) (?:binh )?gas?\b|\b(?:khi |binh )?gas? (?:bi |dang )?(?:ro ri|ri ri|ri|xi)\b|\bmui (?:khi )?gas?\b/;
/**
 * Someone shocked by electricity (round 43's tryout: "có người bị điện giật ngất rồi" had the ambulance's line
 * with nothing said): the power cut before anyone touches them, then the line. Not a paper asked after it.
 */
export const ELECTRIC_SHOCK =
  /^(?!.*\b(?:giay|thu tuc|ho so|boi thuong|tro cap|bao hiem|khai tu|nam ngoai|nam truoc|hoi truoc)\b).*(?:\b(?:dien giat|giat dien(?! thoai))\b|^(?=.*\bdien\b).*\bbi giat\b.{0,20}\b(?:te|nga|xiu|bat tinh|ngat|chet)\b)/;
/** A birth coming now ("vợ sắp đẻ, đường sạt lở, gọi ai"): the ambulance's line first (round 41's tryout had 112 alone). */
export const LABOUR_NOW =
  /\b(?:sap de|sap sinh|chuyen da|dau de|dau bung de|de kho|vo bau|ba bau)\b.{0,60}\b(?:goi|cuu|lam sao|phai lam|sat lo|lu|ngap|khong (?:ra|di|qua) duoc|xe cuu thuong|so nao|gap|khong co xe|khong co ai|(?:chong|vo) (?:\w+ ){0,2}(?:di )?(?:lam )?xa|mot minh)\b/;
/** Not a paper, a benefit or a compensation asked after the fact (the emergencies below are happening now). */
const NO_PAPER_ASKED = String.raw`^(?!.*\b(?:giay|thu tuc|ho so|dang ky|tro cap|che do|boi thuong|bao hiem|khai tu|khai sinh|nam ngoai|nam truoc|hoi truoc|thang truoc|tuan truoc|cong ty (?:khong|ko|k) chiu)\b)`;
/**
 * Heatstroke's signs in the sun ("làm giữa trưa nắng tự nhiên lả đi, nói lắp bắp, người nóng ran" was declined, round 53's
 * tryout; "say nắng ngất xỉu" was not): the ambulance's.
 */
const HEATSTROKE = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*(?:\b(?:nang|troi nong|oi buc)\b.{0,50}\b(?:la di|lu di|nga ra|ngat|xiu|noi lap bap|noi ngong|lo mo|co giat|bat tinh)\b|\b(?:la di|noi lap bap)\b.{0,40}\bnong ran\b|\bsoc nhiet\b)`,
);
/** Bleeding or sharp pain in pregnancy ("e bau 7 thang, tu nhien dau bung du doi ra mau nhieu"; round 49's tryout had it declined). */
export const PREGNANCY_BLEEDING = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*\b(?:bau|mang thai|co thai|co bau|thai (?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin) (?:thang|tuan))\b.{0,60}\b(?:ra mau|chay mau|ra huyet|vo oi|dau bung du doi)\b|${NO_PAPER_ASKED}.*\b(?:ra mau|chay mau|ra huyet)\b.{0,40}\b(?:dang |vi )?(?:bau|mang thai|co thai|co bau)\b`,
);
/**
 * Emergencies of the body with something to do before help comes (round 47's tryouts: a child choking "mặt tím tái"
 * had the police's line; a mother bleeding after a home birth, the birth registration; a stroke, an eye splashed
 * with chemicals, a scald at work, a finger cut off were declined or told "đừng tự chữa"): the ambulance's line,
 * with the first thing to do said before it. Not a paper or a benefit asked after the fact.
 */
export const CHOKING_NOW = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*\b(?:mac (?:o |hot |hat |xuong )?co|hoc (?:xuong|hat|hot|di vat|keo|do)|nghen|sac (?:sua|nuoc|bot)|bi sac|nuot (?:\w+ ){0,3}(?:mac|ket))\b.{0,60}\b(?:tim|tim tai|tim het|khong tho|ko tho|k tho|hong tho|tho khong (?:duoc|noi)|tho ko duoc|khong khoc|tho rit)\b`,
);
export const BLEEDING_NOW = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*(?:\b(?:bang huyet|bang huet)\b|\b(?:moi|vua) (?:sanh|sinh|de)\b.{0,60}\b(?:ra mau|chay mau|mau)\b.{0,25}\b(?:nhieu|khong cam|hong cam|ko cam|k cam|qua)\b|\b(?:kep|dap|cuon|cat|cua) (?:\w+ ){0,2}dut (?:\w+ ){0,2}(?:ngon|tay|chan)\b|\bdut (?:\d+ |hai |ba |mot )?(?:ngon tay|ngon|ban tay)\b|\b(?:cat|cua|dam|chem|may)\b.{0,30}\b(?:mau chay nhieu|chay mau nhieu|mau ra nhieu|mau nhieu lam|chay nhieu mau)\b)`,
);
export const STROKE_NOW = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*(?:\b(?:mot ben|nua) (?:mat|mieng|nguoi) (?:\w+ ){0,1}(?:xe|xe xuong|lech|meo|te|liet)\b|\b(?:tay chan|tay|chan) (?:ben )?(?:phai|trai) (?:\w+ ){0,2}(?:te liet|te|liet|yeu|khong nhac)\b|\btu nhien (?:\w+ ){0,5}(?:te liet|bi liet)\b|\broi dua\b.{0,80}\b(?:mat|mieng|noi)\b)`,
);
export const BURN_NOW = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*(?:\bhoa chat\b.{0,25}\b(?:ban|vang|dinh|vao|bay) (?:vao )?mat\b|\b(?:bong|phong) (?:hoi|hoi nuoc|nang|nuoc soi|dau)\b|\b(?:bong|phong) rop\b|\bphong rop\b|\bnuoc soi\b.{0,30}\bbong\b)`,
);
export const SNAKE_BITE = new RegExp(String.raw`${NO_PAPER_ASKED}.*\b(?:bi )?ran (?:ho |luc |doc |cap nong |ho mang )?(?:\w+ )?can\b`);
/**
 * A fit happening now ("con tôi đang co giật sùi bọt mép, xe cấp cứu không vào được ngõ" had the generic danger lead,
 * round 47's tryout): what to do during it — on the side, nothing in the mouth, not held down — then the line.
 */
export const SEIZURE_NOW = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*(?:\b(?:dang|bi|len con|lai) co giat\b|\bco giat\b.{0,40}\b(?:sui bot|tro mat|cung (?:nguoi|ham)|mat tinh|khong tinh|bat tinh|lien tuc|phut|sot cao|cuu|goi|lam sao|lam gi)\b|\bsot (?:cao |nong )?(?:roi |bi |lai )?co giat\b|\bsot\b.{0,20}\bco giat\b|\bsui bot mep\b|\blen con dong kinh\b)`,
);
/**
 * Flood water rising in the house now ("nước lên nhanh quá nhà ngập tới ngực rồi, có ông bà già", "nuoc lu dang len nhanh,
 * nha toi o ven suoi" had the rescue line with nothing to do, round 48's tryouts). Not support asked after it.
 */
export const FLOOD_RISING =
  /^(?!.*\b(?:ho tro|tro cap|boi thuong|giay|thu tuc|ho so|so do|so hong|nam ngoai|nam truoc|thang truoc|hom qua|ban tin|du bao|kien nghi|phan anh|nao vet|cong|mot tran|moi lan|xin phep)\b).*\b(?:nuoc (?:lu |song |suoi )?(?:dang )?(?:len nhanh|len cao|dang len|len toi nguc|len ngang nguc)|ngap (?:toi|den|ngang|qua) (?:nguc|bung|co|noc|mai|cua so|giuong)|lu (?:dang len|dang ve|ve toi)|ngap (?:vo |vao )?(?:nha|trong nha) roi|nha (?:bi )?ngap (?:nuoc )?roi|nuoc (?:van |cu |dang )?len (?:hoai|mai|nua)(?: roi)?|nuoc (?:tran|ngap|vo|vao) (?:vo |vao )?nha\b.{0,40}\b(?:lam sao|cuu|goi ai|goi dau|toi dau goi|chay|con nho|ba gia|ong gia))\b/;
/** A fall, a collapse or a fit where moving or holding the person does harm. */
export const FALL_NOW = new RegExp(
  String.raw`${NO_PAPER_ASKED}.*(?:\b(?:nga|te)\b.{0,40}\b(?:dau (?:chay mau|bi chay mau)|chay mau (?:o )?dau|goi (?:\w+ ){0,2}(?:khong|ko|k) (?:tra loi|thua|tinh)|bat tinh|khong (?:cu dong|tinh))\b|\b(?:nga|te) (?:\w+ ){0,4}(?:gay (?:chan|tay|xuong)|(?:khong|ko|k|hong) (?:dung|ngoi) (?:day|len) (?:duoc|dc|noi)|nam bat dong|nam im)\b|\bgay (?:chan|tay|xuong)\b.{0,40}\b(?:nam (?:mot cho|im|bat dong)|khong (?:di|dung) (?:duoc|noi)|\d+ ngay)\b|\b(?:guc xuong|nga guc|lan ra|nga ra|do guc)\b.{0,40}\b(?:goi (?:khong|ko|k|hong) (?:tra loi|thua|tinh)|tho (?:kho|kho khe|khoc khe|yeu)|bat tinh|khong tinh)\b|\b(?:ngat|xiu|say nang|cam nang|soc nhiet)\b.{0,30}\bco giat\b)`,
);
/** Someone locked in or held at home now ("chồng tôi khóa cửa nhốt tôi trong phòng", "t bi nhot trong nha"). */
export const LOCKED_IN =
  /^(?!.*\b(?:xe|giay|so do|can cuoc|cccd|tien)\b.{0,10}\bnhot\b)(?:.*\b(?:chong|vo|bo|cha|me|con trai|anh|no|han|bo duong|me ke|chu|nguoi yeu|con|chau)\b(?: \w+){0,3} (?:khoa cua )?(?:nhot|xich|khoa trai) (?:\w+ ){0,2}(?:toi|em|tui|minh|me|ba|ong|chau|con|vo|t|e)\b|.*\b(?:t|toi|em|tui|minh|e|me toi|ba toi|ba noi|ba ngoai)\b (?:\w+ ){0,2}(?:dang )?bi (?:\w+ ){0,3}(?:nhot|xich|khoa trai)\b|.*\bbi (?:\w+ ){0,3}nhot (?:\w+ ){0,3}(?:trong|ngoai|o) (?:phong|nha|kho|chuong|buong)\b)/;
/** Strangers breaking in now ("mấy người lạ bịt mặt đang cạy cửa nhà tui"). */
export const INTRUDER_NOW =
  /\b(?:dang|van dang) (?:cay|pha|be|danh vo|treo vao|leo vao|dot nhap)\b.{0,20}\b(?:cua|nha|cong)\b|\b(?:trom|cuop|nguoi la|bit mat)\b.{0,40}\b(?:dang|vua) (?:o trong nha|vao nha|leo vao|cay cua|pha cua)\b/;
/** A dyke or an embankment broken, water coming in now ("bờ bao bể rồi nước tràn vô ruộng với nhà"). */
export const DYKE_BREACH =
  /^(?!.*\b(?:ho tro|tro cap|boi thuong|giay|thu tuc|ho so|nam ngoai|nam truoc)\b).*\b(?:bo bao|bo de|de|bo kenh|bo ao|dap)\b (?:\w+ ){0,2}(?:be|vo|sat|sap|lo)\b.{0,60}\b(?:nuoc|tran|ngap)\b/;
/** Heard crying for help nearby ("hàng xóm la hét cứu tôi với rồi im bặt"). */
/** A beating or a scream heard next door, who to tell asked. */
const CRY_HEARD_NEXT = /\b(?:tieng|nghe)\b.{0,20}\b(?:danh|dap|khoc thet|la het)\b.{0,60}\b(?:bao ai|bao dau|goi ai|bao o dau)\b/;
export const CRY_HEARD =
  /^(?!.*\b(?:song|suoi|ho|ao|bien|kenh|muong|dap)\b)(?:.*\b(?:nghe|la het|keu|het)\b.{0,30}\b(?:cuu (?:toi|em|voi|tui|con)|keu cuu)\b|\b(?:la het|keu cuu|tieng het)\b.{0,40}\b(?:im bat|im luon|tat lim|roi im)\b)/;
/** An ambulance that cannot get through to someone ("xe cứu thương ko vào được, có bà bầu sắp sinh"). */
const AMBULANCE_BLOCKED = /\bxe cuu thuong\b.{0,30}\b(?:khong|ko|k|chua) (?:vao|toi|den|qua|len) (?:duoc|dc)\b/;
/** A wall, a house or scaffolding fallen on someone now ("đang sửa nhà thì bị sập tường, có người bị đè ở dưới"; round 50's tryout had 112 alone). */
/** Someone fallen into a well, a pit or a hole (read with COLLAPSED_ON; the fire-and-rescue police first, see service.ts). */
export const PIT_FALLEN = /\b(?:roi|nga|te|rot) xuong (?:ho|ho mong|gieng|ham|vuc|mo|ho sau)\b/;
export const COLLAPSED_ON = new RegExp(
  String.raw`^(?!.*\b(?:chay mau|mat mau|bi thuong|cay (?:\w+ )?(?:do|gay))\b)(?:.*\b(?:may|may tron|may xay|bang tai|truc|may cat)\b.{0,30}\b(?:cuon|kep|nghien) (?:\w+ ){0,2}(?:tay|chan|nguoi|ao|toc)\b|.*\b(?:sap|do sap)\b.{0,60}\b(?:tieng nguoi|nguoi keu|nghe keu|keu cuu|nghe tieng)\b|.*${PIT_FALLEN.source}.{0,40}\b(?:khong (?:leo |len |ra |treo )+(?:duoc|dc|noi)|mac ket|bat tinh|khong tinh)\b|.*\b(?:sap|do|do sap) (?:\w+ ){0,2}(?:tuong|nha|mai|tran|gian giao|cot|cong trinh)\b.{0,40}\b(?:nguoi|ai|ong|ba|chau|con|tho) (?:\w+ ){0,2}(?:bi )?(?:de|vui|ket|mac ket)\b|.*\b(?:tuong|nha|mai|tran|gian giao) (?:\w+ ){0,2}(?:sap|do) (?:\w+ ){0,2}(?:de|vui) (?:\w+ ){0,2}(?:nguoi|ai|ong|ba|chau|con|tho)\b|.*\b(?:sat lo|dat sat|dat lo|dat da)\b.{0,60}\b(?:nguoi|ai|ong|ba|chau|con|ca nha)\b.{0,20}\b(?:mac ket|ket lai|bi vui|bi chon|khong ra duoc)\b)`,
);
/** Someone old or ill living alone who does not answer, the door locked ("mạ 88 tuổi ở một mình, gọi mãi không bắt máy, cửa khóa trong"). */
const ALONE_NO_ANSWER =
  /\b(?:o|song) (?:mot minh|1 minh)\b.{0,80}\b(?:(?:goi|dien thoai)(?: \w+){0,3} (?:khong|ko|k|hong) (?:bat may|nghe|tra loi|ai nghe)|khong (?:bat may|nghe may|mo cua))\b.{0,60}\b(?:cua (?:khoa|dong)|khoa (?:cua|trong)|khong (?:ai )?mo cua|go cua)\b/;
/** Something the writer found, to hand in — not someone who found one's things and asks money for them. */
const FOUND_TO_HAND_IN = /^(?!.*\b(?:doi|moi tra|chuoc|chuyen (?:khoan|tien)|co nen chuyen)\b).*\b(?:nhat duoc|luom duoc)\b/;
export function situationOf(joined: string): HotlineSituation | null {
  // (A chemical leak before the danger signs it causes — "khó thở, mắt cay" — so its own line and lead.)
  if (CHEMICAL_LEAK.test(joined)) return 'hazard';
  if (SELF_HARM.test(joined)) return 'self_harm';
  if (DROWNED.test(joined)) return 'drowned';
  if (DROWNING.test(joined)) return 'drowning';
  if (FOUND_DEAD.test(joined)) return 'found';
  if (BODY_FOUND.test(joined)) return 'body';
  if (ORDNANCE_FOUND.test(joined)) return 'ordnance';
  if (GAS_LEAK.test(joined)) return 'gas';
  if (ELECTRIC_SHOCK.test(joined)) return 'shock';
  if (ANIMAL_BITE.test(joined)) return 'bite';
  if (CHOKING_NOW.test(joined)) return 'choking';
  if (BLEEDING_NOW.test(joined)) return 'bleeding';
  if (STROKE_NOW.test(joined)) return 'stroke';
  if (BURN_NOW.test(joined)) return 'burn';
  if (SNAKE_BITE.test(joined)) return 'snake';
  if (SEIZURE_NOW.test(joined)) return 'seizure';
  if (FALL_NOW.test(joined)) return 'fall';
  // (Round 41's tryout: poison swallowed, "ổng nhà tui uống nhầm thuốc diệt cỏ rồi … tui phải làm sao", was declined.)
  if (
    DANGER_NOW.test(joined) ||
    AMBULANCE_BLOCKED.test(joined) ||
    SWALLOWED.test(joined) ||
    LABOUR_NOW.test(joined) ||
    PREGNANCY_BLEEDING.test(joined) ||
    HEATSTROKE.test(joined) ||
    ALONE_NO_ANSWER.test(joined)
  )
    return 'danger';
  if (TRAPPED_NOW.test(joined) || COLLAPSED_ON.test(joined)) return 'trapped';
  if (AT_SEA.test(joined)) return 'sea';
  if (LANDSLIDE_NOW.test(joined)) return 'landslide';
  if (HOUSE_CRACKED.test(joined)) return 'collapse';
  if (LURED_ABROAD.test(joined)) return 'lure';
  if (RUNAWAY_SELF.test(joined)) return 'runaway';
  if (CHILD_AT_RISK.test(joined)) return 'child';
  if (HAZARD_NOW.test(joined)) return 'hazard';
  if (ARSON_NOW.test(joined)) return 'arson';
  if (IMPOSTOR_AT_DOOR.test(joined)) return 'door';
  if (INTRUDER_NOW.test(joined)) return 'intruder';
  if (LOCKED_IN.test(joined)) return 'held';
  if (CRY_HEARD.test(joined) || CRY_HEARD_NEXT.test(joined)) return 'cry';
  // (Not something found to hand in, "nhặt được cái ví có căn cước với 2 triệu, nộp ở đâu": round 53's tryout had a scam warning.)
  if (SCAM_NOW.test(joined) && !FOUND_TO_HAND_IN.test(joined)) return 'scam';
  if (SCAM_DONE.test(joined)) return 'scammed';
  if (MISSING_NOW.test(joined)) return 'missing';
  if (VIOLENCE_AT_HOME.test(joined)) return 'violence';
  if (CRIME_TO_REPORT.test(joined)) return 'crime';
  if (LANDLORD_NOW.test(joined)) return 'landlord';
  if (FLOOD_RISING.test(joined)) return 'flood';
  if (STORM_NOW.test(joined)) return 'storm';
  if (DYKE_BREACH.test(joined)) return 'breach';
  if (FIRE_NOW.test(joined)) return 'fire';
  return null;
}
/** The line each situation is read as (another topic read first — a paper asked after it — wins). */
export const SITUATION_TOPIC: Readonly<Record<HotlineSituation, HotlineTopic>> = {
  self_harm: 'cap_cuu',
  danger: 'cap_cuu',
  hazard: 'chay_no',
  trapped: 'cuu_nan',
  landslide: 'cuu_nan',
  collapse: 'cuu_nan',
  choking: 'cap_cuu',
  bleeding: 'cap_cuu',
  stroke: 'cap_cuu',
  burn: 'cap_cuu',
  snake: 'cap_cuu',
  fall: 'cap_cuu',
  seizure: 'cap_cuu',
  flood: 'cuu_nan',
  held: 'an_ninh',
  intruder: 'an_ninh',
  breach: 'cuu_nan',
  cry: 'an_ninh',
  child: 'tre_em',
  scam: 'an_ninh',
  missing: 'an_ninh',
  violence: 'an_ninh',
  crime: 'an_ninh',
  storm: 'cuu_nan',
  found: 'cap_cuu',
  body: 'an_ninh',
  ordnance: 'an_ninh',
  gas: 'chay_no',
  shock: 'cap_cuu',
  bite: 'cap_cuu',
  arson: 'an_ninh',
  door: 'an_ninh',
  scammed: 'an_ninh',
  sea: 'cuu_nan',
  drowned: 'cap_cuu',
  drowning: 'cuu_nan',
  runaway: 'tre_em',
  lure: 'an_ninh',
  landlord: 'cu_tru',
  fire: 'chay_no',
};
/** The situation said, when the line read (the rules' or the model's) is its own; else null. */
export function situationWithLine(joined: string, topic: string | null | undefined): HotlineSituation | null {
  const situation = situationOf(joined);
  return situation !== null && topic === SITUATION_TOPIC[situation] ? situation : null;
}

/** One's work on the road after "chạy" ("chạy xe ôm", folded as "cháy"; "bố chạy xe ôm" as "bỏ chạy"): no fire, no one fleeing. */
const RIDING = 'om|grab|be|khach|tai|dich vu|cong nghe|thue|hop dong|bus|buyt';
/**
 * Hotline questions by what happened: the number comes from content by topic. The words that say
 * what happened are read first, in this order; a number said ("113 hay 114") only where none are.
 */
export const HOTLINE_TOPICS: readonly { topic: HotlineTopic; pattern: RegExp; unless?: RegExp; number?: RegExp }[] = [
  {
    topic: 'cap_cuu',
    pattern: SELF_HARM,
    // A death already registered or to register ("nhà tôi có người tự tử, … thủ tục khai tử") is a paper.
    // (Round 39's tryout: not papers said in despair — "chẳng thiết sống nữa, … làm giấy tờ cũng chẳng để làm gì"
    // was declined: a paper is asked only with a death told or registered.)
    unless:
      /^(?!.*\b(?:goi|so nao|so may|cuu|bao ai)\b)(?=.*\b(?:khai tu|mai tang|tu tu (?:chet|roi|mat)|da (?:tu tu|tu sat|mat|chet)|co nguoi (?:tu tu|tu sat)|nguoi nha (?:tu tu|tu sat)|(?:bo|me|chong|vo|con|anh|chi|em|ong|ba) (?:toi |tui |em )?(?:tu tu|tu sat))\b).*\b(?:khai tu|dang ky|thu tuc|giay|ho so|tro cap)\b/,
  },
  {
    // A scam in progress, someone missing now, a crime to report: the police line (SCAM_NOW, MISSING_NOW,
    // CRIME_TO_REPORT) — not a paper asked after it ("tuyên bố mất tích", "làm lại căn cước bị kẻ gian lấy").
    topic: 'an_ninh',
    pattern: new RegExp(
      `${SCAM_NOW.source}|${MISSING_NOW.source}|${CRIME_TO_REPORT.source}|${THIEF_RUNNING.source}|${ARSON_NOW.source}|${IMPOSTOR_AT_DOOR.source}|${SCAM_DONE.source}|${LURED_ABROAD.source}`,
    ),
    // (Not when an impostor collects money for it: "tự xưng cán bộ xã đến tận nhà thu tiền làm lại sổ đỏ", round 44.)
    unless:
      /^(?!.*\b(?:goi|so nao|so may|bao ai|bao cong an|cuu|tu xung|xung la|gia danh|mao danh|lua dao)\b).*\b(?:lam lai|cap lai|xin lai|tuyen bo|khai tu)\b/,
  },
  {
    topic: 'tre_em',
    pattern:
      /\b(?:tre em|tre nho|tre con|tre|be|chau be|chau|con|con nit|con nho|hoc sinh|em nho|dua nho|dua be|dua tre|thang be|con be|be gai|be trai)\b.{0,40}\b(?:bao hanh|bao luc|xam hai|danh dap|bi bo roi|bi danh|bi (?:nguoi ta|nguoi la|ho|no|chung no|nguoi lon) danh|nguoc dai|lam dung|bat coc|bi bo doi|bi nhot|bat nat|de doa|doa tung|ep cuoi|ep lay chong|bat di lay chong|bat (?:ve )?lam vo|ep (?:ve )?lam vo|tao hon|du do|du di|du ra|du gap|ru ra|ru di|lua ban|boc lot|an xin|so soang|sam so|sam sua|so mo|dam o|hiep dam|cuong hiep|quay roi)\b|\b(?:bao hanh|bao luc|xam hai|nguoc dai|lam dung|danh dap|du|bat coc|ep cuoi|bo roi|so soang|sam so|sam sua|so mo|dam o|hiep dam|cuong hiep|quay roi) (?:tre|be|chau|con|hoc sinh|con nit|dua be|dua nho)\b|\bbao ve tre em\b|\btong dai 111\b|\b(?:tre|tre con|be|con|chau|con nit)\b.{0,30}\b(?:khoc thet|khoc ret|khoc la|gao khoc|la khoc)\b.{0,40}\b(?:danh|dap|chui|bao luc)\b|\bnghe tieng (?:danh|dap) (?:tre|con|chau|be)\b|\b(?:so soang|sam so|sam sua|so mo|dam o|hiep dam|cuong hiep|xam hai|quay roi)\b.{0,40}\b(?:[1-9]|1[0-7]) tuoi\b|\b(?:[1-9]|1[0-7]) tuoi\b.{0,40}\b(?:so soang|sam so|sam sua|so mo|dam o|hiep dam|cuong hiep|xam hai|quay roi)\b/,
    // (Round 42's tryout: a child heard screaming and beaten next door, "nghe tiếng trẻ con khóc thét và tiếng
    // đánh, em nên báo ai", was declined.)
    // ("Bỏ rơi" folds as "bỏ rồi": abandoned only when said of a child — "sổ hộ khẩu còn dùng không? bỏ
    // rồi" had the child line, round 33's tryout.)
    // A procedure for a child ("đăng ký khai sinh cho trẻ bị bỏ rơi", "nhận con nuôi") is no call to make.
    unless:
      /^(?!.*\b(?:goi|so nao|so may|bao ai|bao o dau)\b).*\b(?:khai sinh|dang ky|nhan (?:con )?nuoi|giam ho|thu tuc|ho so|cham soc thay the|tro cap)\b/,
    number: /\b111\b/,
  },
  {
    topic: 'cu_tru',
    // The commune police's own line, asked for ("số công an xã", "báo công an xã ở đâu … số nào").
    pattern:
      /\b(?:so|sdt|so dien thoai|so cua|so dt) (?:cho |cua )?(?:truong )?cong an xa\b|\bgoi (?:cho )?cong an xa\b|\bcong an xa\b.{0,40}\b(?:so nao|so may|so dien thoai|sdt|cho (?:xin|toi) so)\b/,
  },
  {
    topic: 'chay_no',
    pattern: new RegExp(
      String.raw`\b(?:nga|te|roi|rot|lot|bi nga|bi te|bi roi) xuong (?:gieng|ho sau|ham|be phot|ho voi)\b|\bket (?:trong|duoi) (?:gieng|ham)\b|\bran (?:ho mang|doc|to|lon|hau) (?:bo |chui |bo vo |chui vo )?(?:vao|vo) (?:nha|phong|bep)\b|\bbat duoc (?:con )?ran (?:ho mang|doc|to)\b|(?<!\b(?:dam|tong|can|quet|no|han|thang|ke|tai xe|nguoi do|lai xe|bo) )\bchay (?!xe (?:${RIDING}|cho (?:khach|hang|thue))\b)(?:nha|rung|cho|xe|to|lon|roi|ro|lan|cua hang|tiem|kho|xuong)\b|\b(?:bi|(?<!\b(?:e|em|toi|tui|minh|t|tao|chau|con|no|ho|anh|chi) )dang|boc) chay\b(?! (?:tron|di|ra|vao|theo|xe|mat|bo|nhanh|qua|ve|tien|thoat|ngay|mau))|\bbao chay\b|\bdam chay\b(?! mau)|\b(?:nha|phong tro|xuong|kho|quan)(?: (?:hang xom|ben canh|ke ben|doi dien|ong|ba|anh|chi|toi|em))? (?:bi |dang )?chay\b(?! (?:mau|tron|di|ra|vao|theo|xe|mat|bo|nhanh|qua|ve|tien|thoat|ngay|het|roi))|\bhoa hoan\b|\bno (?:binh ga|bom)\b|\bchua chay\b|\bcuu hoa\b|\b(?:so|sdt|duong day nong|goi|hotline)\b.{0,20}\b(?:pccc|phong chay)\b|\b(?:khi|neu) (?:lo )?co chay\b|\bneu lo chay\b|\bkhoi (?:den|boc len|nghi ngut|mu mit)\b|\b(?:xi|ro ri|ri) ga\b|\b(?:khi |binh )?gas? (?:bi |dang )?(?:ro ri|ri ri|ri|xi)\b|\bmui (?:khi )?gas?\b(?: \w+){0,3} (?:nong|nong nac|nang|nhieu|qua|lam)\b|\bchay (?:tu dien|day dien|o dien|bep|rom ra)\b|\bno (?:tung|to|lon|ra lua)\b|\b(?:may bien ap|tram bien ap|binh ga|binh gas|cot dien|o dien|day dien) (?:bi |vua |dang )?(?:no|chay|toe lua|phat lua|chap)\b|\bday dien (?:bi )?(?:dut )?(?:roi|dut) xuong (?:duong|dat|nuoc|mai)\b|${FIRE_SPREAD}`,
    ),
    // (Round 24: a fire or a blast told by what burns or blew up, "cháy tủ điện", "máy biến áp nổ".)
    // (Not one's work, "chạy xe ôm" folded as "chay xe om": round 53's tryout had the fire line in a birth registration.)
    // (Round 37: someone fallen into a well or a pit — "có người té xuống giếng" — or a cobra in the house: the
    // rescue line, as four writers of five label it; not "rơi xuống sông", the search-and-rescue one.)
    // A paper that burned, asked to be made again ("sổ gốc bị cháy, đăng ký lại"), is no fire to call about;
    // nor a fire that is over, told with the paper or the support it leaves to ask for ("nhà tôi bị
    // cháy mất sổ đỏ", "giấy khai sinh mất trong lúc cháy nhà", "nhà vừa bị cháy, xin xét hộ nghèo", "sổ bị cháy rồi thì sao") —
    // unless the message calls for help now ("đang cháy", "gọi", "số nào", "cứu", "khói").
    unless:
      /^(?!.*\b(?:dang chay|goi|cuu|114)\b)(?=.*\b(?:dang ky lai|lam lai|cap lai|xin lai|trich luc|ban sao)\b).*\b(?:so|giay|giay to|ban goc|so goc|ho so|the)\b(?: \w+){0,4} (?:bi |da )?chay\b|^(?!.*\b(?:dang chay|goi|so nao|so may|cuu|114|bao ai|chay lan|khoi)\b).*\b(?:giay|giay to|so do|so hong|so ho khau|so goc|so ho tich|ho so|can cuoc|cccd|khai sinh|khai tu|ket hon|dang ky|thu tuc|ho ngheo|can ngheo|thue|lam lai|cap lai|xin lai|ho tro|tro cap|bang lai|giay phep|tam ngung|nghi ban|kinh doanh)\b|^(?!.*\b(?:dang chay|goi|so nao|so may|cuu|114|bao ai|chay lan|khoi)\b).*\b(?:so|giay|ban goc|the|bang)\b (?:\w+ ){0,3}(?:bi |da )?chay (?:roi|mat|het)\b/,
    number: /\b114\b/,
  },
  {
    // Someone pulled out of the water and not breathing or not awake: the ambulance first, not the
    // search-and-rescue line (round 38's tryout: "bị đuối nước ở sông, kéo lên rồi mà không tỉnh" → 112).
    topic: 'cap_cuu',
    pattern:
      /\b(?:duoi nuoc|chet duoi|bi duoi)\b.{0,60}\b(?:keo len|vot len|dua len|cuu len|bat tinh|khong tinh|ngung tho|khong tho|tim tai)\b|\b(?:keo|vot|cuu) (?:duoc )?len\b.{0,40}\b(?:bat tinh|khong tinh|ngung tho|khong tho)\b/,
  },
  {
    topic: 'cuu_nan',
    pattern:
      /\bcuu nan\b|(?<!tra )\bcuu ho\b|\bco nguoi (?:bi )?(?:ket|mac ket|vui|chon vui|ket lai)\b|\bco nguoi bi (?:de|da de|cay de|tuong de)\b|\blu lut\b|\bngap lut\b|\bsat lo\b|\bduoi nuoc\b|\bmac ket\b|\bthien tai\b|\blu quet\b|\bbao lu\b|\bgap nan\b|\b(?:thuyen|ghe|tau|xuong) (?:bi )?(?:chim|lat|mat tich)\b|\b(?:bi )?chim (?:thuyen|ghe|tau|xuong)\b|\blac (?:trong|tren|vao) (?:rung|nui)\b|\b(?:nuoc lu|lu) (?:dang )?len\b|\bnuoc (?:dang )?len\b.{0,30}\b(?:ngap|ket|cuu)\b|\bket (?:tren mai|lai trong|trong nha)\b|\bnguoi bi ket\b|\b(?:dang|con|van) bi ket (?:ben )?(?:trong|duoi|lai)\b|\b(?:bi|da|dang) chim\b|\bmat tich\b.{0,30}\b(?:nui|rung|bien|song|suoi)\b|\b(?:ra|di) (?:bien|song|suoi|ho|dam)\b.{0,40}\bchua (?:thay )?ve\b|\bchua (?:thay )?ve\b.{0,40}\b(?:bao|bien|song)\b/,
    // (Round 24: someone gone under or not back from the water or a storm, "có đứa bị chìm rồi", "ra
    // biển tắm chưa thấy về", "đi đánh cá chưa về, bão to". Round 36: someone trapped or buried, "bão
    // làm đổ nhà, có người kẹt", "có người bị đá đè" — not "có người để xe", hence "bị" before "đè".)
    // A paper or a support after the disaster ("xóa đăng ký vì tàu chìm", "mới gặp nạn, xin vào hộ cận nghèo").
    // (Nor a husband at sea at work, a paper asked without him — "chồng e đi biển chưa về, e đi làm 1 mình đc ko" after the
    // birth's answer had the rescue line, round 52's tryout.)
    unless:
      /^(?!.*\b(?:goi|so nao|so may|cuu|bao ai)\b).*\b(?:dang ky|xoa|thu tuc|ho so|giay|ho ngheo|can ngheo|khai tu|tro cap|ho tro)\b|^(?!.*\b(?:goi|so nao|so may|cuu|bao ai|bao|song to|gio to|mat lien lac|khong lien lac|mat tich)\b).*\b(?:(?:1|mot) minh (?:duoc|dc) (?:khong|ko|k)|di (?:lam|ky) thay|ky thay|uy quyen)\b/,
    number: /\b112\b/,
  },
  {
    topic: 'cap_cuu',
    pattern:
      /\bcap cuu\b|\btai nan\b|(?<!tra )\bcuu voi\b|\bbi (?:dam|chem)\b(?: \w+){0,3} (?:chay mau|mat mau|bi thuong)\b|\bbenh nang\b.{0,40}\b(?:nhap vien|cap cuu|gap)\b|\bnhap vien gap\b|\bcuu thuong\b|\bngat xiu\b|\bdot quy\b|\bbi thuong nang\b|\bngo doc\b|\bom nang\b|\bbat tinh\b|\bkho tho\b|\b(?:tuc|dau) nguc\b|\bdau tim\b|\bco giat\b|\bsui bot mep\b|\b(?:nga|te) (?:khong day|cau thang|xuong|xe)\b|\bran (?:doc )?can\b|\bong dot\b|\buong nham\b|\bsot (?:cao|40|41)\b|\bqua lieu\b|\bthuoc (?:ngu|chuot|sau)\b|\bnon mua\b|\bcho dai\b|\bbi cho can\b|\bcho can (?:nguoi|chet|tre|be|chau)\b|\bdien giat\b|\bbong nang\b|\btho (?:may|oxy)\b|\b(?:uong|nuot)\b.{0,25}\b(?:ca|het|nguyen|may) (?:vi|lo|hop)\b/,
    // (Round 24: a sickness or an injury told by what is happening, "sốt cao 40 độ", "uống thuốc ngủ
    // quá liều", "nôn mửa", "chó dại cắn"; not "cho cán bộ", "tặng cho căn nhà".)
    // Asked what to give ("sốt cao co giật, cho uống lá gì") with no call to make: health advice, not ours.
    // (Nor a death to register, "ngã xuống vực mất rồi, khai tử cho chồng".)
    // (Round 38's tryout: unless a sign of danger is told — "đau ngực khó thở từ sáng, uống thuốc gì" was
    // declined: the line first, no remedy.)
    unless: new RegExp(
      `^(?!.*\\b(?:goi|so nao|so may|cuu|bao ai|${DANGER_SIGN})\\b).*\\b(?:(?:uong|dap) (?:thuoc|la) gi|cho uong|thuoc gi|dap la|chua (?:the nao|sao)|khai tu|dang ky|thu tuc|giay|bao hiem tai nan|boi thuong|(?:doi|lanh|nhan|rut|huong) (?:tien )?bao hiem|nhap ngu|nghia vu quan su|lenh goi|giay goi|tam hoan)\\b|\\b(?:dua|cho|chuyen) (?:xac|thi the|di hai)\\b`,
    ),
    number: /\b115\b/,
  },
  {
    topic: 'an_ninh',
    pattern: new RegExp(
      String.raw`\bbao luc gia dinh\b|\b(?:chong|vo|bo|cha|anh|no|han|ong ay|hang xom)\b.{0,30}\bdanh (?:tui|toi|em|minh|vo|me|chi|ba|bac|dap vo)\b|\b(?:danh bac|co bac(?! si)|sat phat|ga an tien)\b|\b(?:trom|cuop|an trom|bi trom|danh nhau|gay roi|an ninh(?! trat tu)|toi pham|bi lua|lua dao|ma tuy|dua xe|cam dao|chom|giut|cuop giat|quay pha|chan duong (?:doi|cuop|xin) tien|bo chay(?! xe (?:${RIDING})\b)|doa giet|doa chem)\b|\btu tu (?:o|tai|tren)\b|\b(?:dinh|muon|doa|dang) tu tu\b|\b(?:dinh|dang|sap) nhay (?:cau|song|lau)\b|\bgoi (?:cho )?(?:cong an|canh sat)\b|\b(?:goi|so nao|so may)\b.{0,20}\bbao (?:cong an|canh sat)\b|\bbao (?:cong an|canh sat)\b.{0,20}\b(?:so nao|so may|goi)\b|\bduong day nong cong an\b|\b(?:chong|no|bo|con re) (?:say |nhau |uong ruou )?(?:ve )?(?:danh|bao hanh|dap pha)\b.{0,60}\b(?:goi|so nao|so may|bao ai|bao cong an)\b|\bbao luc gia dinh\b|\b(?:toi|em|minh|chau|me|vo|chi) (?:hay |thuong |lai )?bi (?:chong|vo|bo|cha|bo duong|nguoi yeu|no|ho|nguoi ta|nha chong) (?:say (?:ruou )?)?(?:danh|bao hanh|hanh hung|dap|de doa)\b|\bmat (?:xe|trom)\b|\bdap pha\b|\bde doa\b|\bkhung bo\b|\btin dung den\b|\bmat tich (?:tu (?:sang|chieu|toi|dem|hom qua|qua)|(?:1|2|3|mot|hai|ba) (?:ngay|hom)|hom qua)\b|\bchua (?:thay )?ve\b.{0,60}\b(?:khong lien lac|mat lien lac)\b|\btrung thuong\b.{0,60}\b(?:nop|chuyen) (?:phi|tien)\b`,
    ),
    // (Round 24: a threat, a break-in, a loan shark, someone missing since hours or days, a prize that
    // asks for a fee first. Not "mất tích" alone: a court's declaration of a missing person is a paper.
    // Round 36: violence at home, said as such or as who beats whom — "chồng tui đi nhậu về đánh tui
    // hoài", declined before — and gambling reported, "tổ chức đá gà ăn tiền".)
    // A paper to make again after a theft ("mất xe máy rồi giờ làm lại cà vẹt") is a procedure.
    unless: /^(?!.*\b(?:goi|so nao|so may|bao ai|bao cong an|cuu)\b).*\b(?:lam lai|cap lai|xin lai|dang ky|ca vet|thu tuc|ho so|giay to)\b/,
    number: /\b113\b/,
  },
  {
    topic: 'dich_vu_cong',
    pattern:
      /\b(?:cong )?dich vu cong\b.{0,40}\b(?:loi|khong vao|ho tro)\b|\b(?:bi tru tien|tien bi tru|tru tien)\b.{0,60}\b(?:chua thanh toan|lien he)\b|\b(?:ho tro|tong dai) (?:cong )?dich vu cong\b|\bdich vu cong (?:quoc gia )?(?:loi|khong vao duoc|bi loi)\b|\bloi (?:cong )?dich vu cong\b|\b(?:duong day nong|hotline|so dien thoai|sdt|tong dai|so nao|so may)\b.{0,20}\b(?:cong )?dich vu cong\b|\bphien lam viec het han\b/,
  },
  {
    topic: 'phan_anh',
    // (Round 35's tryout: "tôi muốn khiếu nại thì gọi số nào" had the emergency numbers.)
    pattern:
      /\bduong day nong (?:phan anh|tinh)\b|\b(?:so|sdt|so dien thoai|so dt|hotline|duong day nong) (?:de |tiep nhan |nhan )?(?:phan anh|khieu nai|kien nghi)\b|\b(?:phan anh|khieu nai|kien nghi)\b.{0,50}\b(?:goi so|so nao|qua dien thoai|goi dien|sdt|so dien thoai|hotline|duong day nong)\b/,
    // (Not one's own number asked about, whether it is published: round 45's tryout.)
    unless: /\b(?:cong khai|bi lo|an danh|dang len|doi (?:so dien thoai|sdt))\b/,
  },
];

/**
 * Situations whose own line is the one, whatever else the message's words read (SITUATION_TOPIC): a life in
 * danger or someone found, trapped or under a landslide, a bomb or a body found; round 44's tryouts: a boat out
 * of contact at sea, someone pulled from the water not breathing, a child run away and alone, a job abroad
 * offered as a lure.
 */
const LINE_FIRST: ReadonlySet<HotlineSituation> = new Set<HotlineSituation>([
  'danger',
  'found',
  'trapped',
  'landslide',
  'sea',
  'drowned',
  'drowning',
  'runaway',
  'lure',
  'ordnance',
  'body',
  // (Round 47's tryouts: a child choking "mặt tím tái" and a stroke's signs had the police's line, read from other words.)
  'choking',
  'bleeding',
  'stroke',
  'burn',
  'snake',
  'fall',
  'seizure',
  'flood',
  'held',
  'intruder',
  'breach',
  'collapse',
]);
/** Someone hurt said (bleeding, unconscious, a broken bone): the ambulance's line is theirs. */
const HURT_SAID = /\b(?:chay mau|mat mau|bat tinh|ngat|xiu|gay (?:tay|chan|xuong)|bi thuong|vo dau|toac dau|nguy kich)\b/;
/** The topic of a hotline question: what happened, said in words, first; else a number said. */
export function hotlineTopicOf(joined: string): HotlineTopic | null {
  const said = (h: (typeof HOTLINE_TOPICS)[number], re: RegExp | undefined) =>
    re !== undefined && re.test(joined) && !(h.unless?.test(joined) ?? false);
  // A life in danger now (bleeding, a stroke's signs) is the ambulance's first, whatever else is told
  // ("bị máy cuốn tay, đang chảy máu nhiều" had the rescue line alone, round 39's tryout).
  const situation = situationOf(joined);
  // Someone trapped is the rescue line's, whatever else is told ("nước ngập ngang gối, người già không
  // đi được, cứu với" had the ambulance's alone, round 40's tryout); so are the situations in LINE_FIRST.
  if (situation !== null && LINE_FIRST.has(situation)) return SITUATION_TOPIC[situation];
  // (A chemical leak, whatever harm it does: the fire and rescue police's line, the ambulance's after it — round 49's tryout.)
  if (situation === 'hazard' && CHEMICAL_LEAK.test(joined)) return 'chay_no';
  // (An old person starved or beaten by the family is the police's first: "bà cụ hàng xóm bị con bỏ đói, nhốt trong nhà"
  // had the child line alone, round 42's tryout — "con" is her child.)
  if (situation === 'violence' && ELDER_SAID.test(joined)) return 'an_ninh';
  // (A beating going on, no hurt said — "chong em dang danh em cuu voi" had the ambulance's line alone, round 48's tryout:
  // "cứu" is read as the ambulance's.)
  // (A young child beaten now likewise: "cứu với vợ cũ tôi đang đánh con tôi, cháu 5 tuổi đang khóc thét" had 115 alone,
  // round 53's tryout; the reply adds the child line after the police's.)
  if (situation === 'violence' && /\b(?:dang|cuu|vua|lai dang)\b/.test(joined) && !HURT_SAID.test(joined)) return 'an_ninh';
  const found = (HOTLINE_TOPICS.find((h) => said(h, h.pattern)) ?? HOTLINE_TOPICS.find((h) => said(h, h.number)))?.topic;
  if (found) return found;
  // A situation read in words no entry holds ("tự nhiên nói ngọng, méo miệng": a stroke's signs): its line.
  // (Not when its line's entry holds the words and its exception says why not: "nạn nhân bạo lực gia
  // đình có được trợ cấp gì, thủ tục thế nào", "bỏ nhà đi 5 năm, muốn tuyên bố mất tích".)
  if (situation === null) return null;
  const topic = SITUATION_TOPIC[situation];
  return HOTLINE_TOPICS.some((h) => h.topic === topic && h.pattern.test(joined)) ? null : topic;
}

/** Questions a FAQ entry answers best (content/faq.yaml id): e.g. the paper household book, no longer valid. */
export const FAQ_TOPICS: readonly {
  faq: string;
  pattern: RegExp;
  /** When this is said too (and `unlessLink` is not), the FAQ's first procedure is answered after it. */
  link?: RegExp;
  unlessLink?: RegExp;
}[] = [
  {
    // (Not a copy of it certified: "chứng thực bản sao sổ hộ khẩu" is that procedure. Round 23: pooled,
    // 11 such questions got this FAQ.)
    faq: 'so-ho-khau',
    pattern:
      /^(?!.*\b(?:chung thuc|sao y|ban sao)\b).*(?:\bso ho khau\b.{0,30}\b(?:mat|lam lai|cap lai|con dung|con gia tri|con can|bi thu hoi|thu hoi|rach|hong)\b|\b(?:mat|lam lai|cap lai|xin lai) (?:cai |quyen )?so ho khau\b)/,
    // The book lost or taken back, or what proves one's residence instead ("mất sổ hộ khẩu", "sổ hộ
    // khẩu bị thu hồi thì chứng minh nơi ở bằng gì"): the confirmation of residence after it. (Round 23:
    // pooled, 23 such turns got the FAQ's "no longer valid" alone where the writer wanted that
    // procedure as well; 3 wanted no procedure.) Not when another paper is the question.
    link: /\b(?:(?:bi )?mat (?:cai |quyen )?so|so ho khau(?: \w+){0,3} (?:bi )?mat\b(?! (?:gia tri|hieu luc))|thu hoi|chung minh (?:noi o|cho o|cu tru)|thay the|thay bang|(?:can|lay|xin|lam) (?:giay )?gi thay|giay (?:gi|to gi) thay)\b/,
    unlessLink: /\b(?:khai sinh|can cuoc|cccd|khai tu|xoa ten|qua doi)\b/,
  },
];

/** Questions about the office, paying, online levels, VNeID and dossiers: answered from content. */
export const INFO_TOPICS: readonly {
  topic: 'office_hours' | 'office_address' | 'payment' | 'online_levels' | 'vneid' | 'dossier_tracking';
  pattern: RegExp;
  /** Wins over procedure words in the message ("đăng ký kết hôn thứ 7 có làm không" is about hours). */
  strong?: boolean;
}[] = [
  {
    topic: 'dossier_tracking',
    strong: true,
    // (… or a one-stop receipt number, "000.00.12.H33-250901-0088": a dossier already filed.)
    // (Round 36: or said to be slow, "hồ sơ của tôi chậm quá": asked which procedure before.)
    // (Round 43: or filed some days ago and not back, "hồ sơ kết hôn … nộp 5 hôm rồi chưa có": the model alone read it.)
    // (Round 46: the paper named without "hồ sơ" — "nộp lý lịch tư pháp 15 ngày chưa có" — or paid and
    // not come, "đóng bảo hiểm y tế hộ gia đình rồi mà chưa có thẻ": the procedure's card before.)
    pattern:
      /\bnop\b(?: \w+){1,6} (?:\d+|mot|hai|ba|may|vai|nua) (?:hom|ngay|tuan|thang)(?: roi| nay)? (?:ma )?(?:van )?(?:chua co|chua xong|chua thay|chua nhan|chua duoc)\b|\bnop\b(?: \w+){1,8} (?:\d+|mot|hai|ba|may|vai|nua) (?:tuan|thang|nam) roi\b.{0,40}\b(?:cu bao cho|bao cho|van chua|chua co|chua xong|hen mai)\b|\b(?:nop|dong|lam|dang ky)\b.{0,50}\broi ma (?:van )?chua (?:co|thay|nhan duoc|duoc cap|nhan) (?:the|giay|ket qua|so)\b|\b(?:tra cuu|theo doi|kiem tra|xem) (?:lai )?(?:tinh trang |trang thai |tien do |ket qua )?(?:cua )?ho so\b|\bho so\b.{0,30}\b(?:lau (?:vay|the|qua)|sao lau|bi tra lai|bi tra|tra lai|qua hen)\b|\b(?:qua|tre) hen\b|\bho so\b.{0,60}\b(?:tre hen|qua han|cham tra|cham qua|cham the|cham vay|lau qua|lau the|chua tra|chua co ket qua|chua xong|da xong|xong chua|bi tu choi|bi loai|bi huy|dang xu ly|cho duyet|den buoc nao|o buoc nao|tien do|trang thai)\b|\b(?:tre hen|qua hen|qua ngay hen|chua tra ket qua|giay hen)\b.{0,40}\b(?:chua|sao|lam gi|the nao|khong)\b|\bma (?:so )?ho so\b|\bho so\b.{0,70}\b(?:den dau|toi dau|xong chua|bao gio (?:giai quyet )?xong|yeu cau bo sung|bi tra ve|tra ve|in xong|chua thay gi|duoc tiep nhan|tiep nhan chua|the nao roi|dang o dau|da duyet chua)\b|\bnop\b.{0,40}\b(?:den gio|lau roi) (?:van )?chua thay\b|\bho so\b.{0,40}\bnop (?:duoc )?(?:\d+|mot|hai|ba|bon|nam|may|vai) (?:hom|ngay|tuan|thang) (?:roi|nay) (?:ma )?(?:van )?(?:chua co|chua xong|chua thay|chua nhan|chua duoc)\b|\bbien nhan co ma\b|\btra (?:lai )?ho so (?:o dau|the nao|bang|cach nao|tren)\b|\btien do (?:cua )?(?:cai )?ho so\b|^(?!.*\b(?:phan anh|kien nghi)\b)(?=.*\b(?:ho so|nop)\b).*\b(?:(?:sao|lam sao de) biet (?:da )?(?:co ket qua|xong)|xem ket qua o dau)\b|\b\d{3}\.\d{2}\.\d{2} [a-z]\d{2}\b|\bho so\b.{0,60}\bnop\b.{0,30}\b(?:tuan truoc|thang truoc|hom (?:qua|truoc|bua|thu \w+)|(?:\d+|may|hai|ba) (?:hom|ngay|tuan|bua) (?:roi|nay)|tu thang \d+)$|\bnop\b.{0,60}\b(?:roi|tuan truoc|hom \w+|(?:\d+|may|hai|ba) (?:hom|ngay|tuan) (?:roi|nay))\b.{0,40}\b(?:tra|xem|theo doi|coi|kiem tra)\b.{0,25}\b(?:o dau|the nao|bang cach nao|cho nao|ra sao)\b|\bnop\b.{0,80}\b(?:chua thay|khong thay|chua co|van chua co|chua duoc) (?:tra )?(?:ket qua|trang thai)\b|\bho so\b.{0,60}\b(?:bao|yeu cau|doi) bo sung\b|\bnop (?:tu|hom) (?:hom )?\w+(?: \w+)?\b.{0,20}\b(?:chua co|van chua|chua thay|chua xong)\b|\bhen\b.{0,15}\b(?:\d+|may|hai|ba) (?:hom|ngay|bua)\b.{0,10}\b(?:van chua|chua co|chua thay|chua tra)\b/,
  },
  {
    topic: 'payment',
    strong: true,
    pattern:
      /\b(?:thanh toan|tra|dong|nop) (?:le phi|phi|tien)\b.{0,50}\b(?:online|onlien|truc tuyen|chuyen khoan|qua mang|the atm|atm|quet the|the ngan hang|vi dien tu|momo|zalopay|qr|qua app|bang cach nao|kieu gi|kieu j|the nao|nhu the nao|tien mat|buu dien|cho can bo|cho nao|o dau|bien nhan|bien lai|tren vneid|tren dich vu cong)\b|\bthanh toan\b.{0,40}\b(?:momo|zalopay|vi dien tu|the atm|atm|ngan hang|kieu gi|kieu j|bang cach nao)\b|\bthanh toan (?:truc tuyen|online)\b|\bphi chuyen khoan\b|\bchuyen khoan\b.{0,30}\b(?:le phi|phi)\b|\b(?:tien mat|the atm|atm)\b.{0,40}\b(?:phi|le phi)\b|\bnop tien tren vneid\b|\b(?:tra|nop|dong) (?:phi|le phi|tien)\b.{0,30}\b(?:bang the|qua ngan hang|ngan hang)\b|\b(?:nhan|thu) tien mat\b/,
  },
  {
    topic: 'office_hours',
    strong: true,
    pattern:
      /\b(?:xa|phuong|ubnd|uy ban|mot cua|cong an xa|co quan)\b.{0,20}\b(?:mo cua|lam viec|nghi|dong cua)\b.{0,20}\b(?:luc nao|khi nao|may gio|khong|chua|ko|k|gio nao)\b|\b(?:khi nao|luc nao|may gio)\b.{0,20}\b(?:xa|phuong|ubnd|mot cua)\b.{0,15}\b(?:lam viec|mo cua)\b|\b(?:sang|chieu|trua|toi) (?:mai|nay|thu \w+)\b.{0,30}\b(?:lam viec|mo cua|nhan ho so)\b|\b(?:gio|lich) (?:lam viec|hanh chinh|tiep dan|mo cua)\b|\bnghi trua\b|\bmay gio\b.{0,30}\b(?:xa|phuong|ubnd|uy ban|mot cua|cong an|mo|dong|nghi|lam|tiep)\b|\b(?:xa|phuong|ubnd|uy ban|mot cua|cong an xa)\b.{0,30}\bmay gio\b|\blam viec (?:may gio|tu may gio|den may gio|gio nao|ngay nao)\b|\bmay gio (?:mo cua|dong cua|lam viec|nghi|thi nghi)\b|\b(?:nghi|lam viec) (?:le|tet)\b|\b(?:le|tet)(?: \d+){0,2}\b.{0,30}\b(?:nghi may|nghi den|nghi tu|lam viec lai)\b|\b(?:(?<!\b(?:lan|cai|con|dua|nguoi|muc|so|buoc) )thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|cuoi tuan|ngay le|le tet|tet|mung \d+|le \d+ \d+)\b.{0,40}\b(?:co )?(?:lam|lam viec|mo cua|nhan ho so|tiep dan|nghi|da lam viec)\b|\b(?:sang|chieu|trua) thu \w+\b.{0,30}\b(?:may gio|nghi|lam)\b|\b\d{1,2} ?h ?\d{0,2}\b.{0,30}\b(?:con kip|kip|con lam|mo cua)\b|\bcon kip nop\b|\b(?:con mo cua|dang mo cua|mo cua khong|dong cua chua|con lam khong|con lam viec khong)\b|\bt[2-7]\b.{0,30}\b(?:ub|ubnd|xa|uy ban|mot cua)?\b.{0,10}\b(?:co )?(?:mo|lam|lam viec|nhan)\b.{0,20}\b(?:khong|ko|k|kg|hong|hk)\b|\b(?:mai|ngay mai|hom nay|chieu nay|sang mai)\b.{0,15}\b(?:xa|ub|ubnd|uy ban|mot cua)\b.{0,10}\bco (?:lam|mo|lam viec)\b|\b(?:lam|nhan ho so|chung thuc|mo cua|tiep dan)\b(?! phien| them).{0,25}(?<!nam )\b(?:ngoai gio|buoi toi)\b.{0,20}\b(?:khong|ko|k|kg|hong|duoc|dc)\b|\b(?:ub|ubnd)\b.{0,10}\bco mo\b/,
  },
  {
    // (Round 36: papers done from home, asked in general, "làm giấy tờ qua điện thoại được không",
    // "bác muốn nộp hồ sơ trên điện thoại": what the online levels mean, not "which procedure?".)
    topic: 'online_levels',
    pattern:
      /\btoan trinh\b.{0,20}\b(?:la gi|nghia la|khac|la sao|the nao)\b|\bmot phan\b.{0,20}\b(?:la gi|nghia la|khac)\b|\bmuc do (?:3|4|ba|bon)\b.{0,20}\b(?:la gi|nghia la|khac)\b|\b(?:la gi|nghia la gi)\b.{0,20}\btoan trinh\b|\bnop (?:online|onl|truc tuyen|tren mang|qua mang)\b.{0,10}\b(?:xong|roi)\b.{0,50}\b(?:nhan ket qua|ket qua|len xa|phai len|phai den|lay ket qua|gui ve)\b|\bcach nop ho so (?:tren|qua) (?:cong )?dich vu cong\b|\b(?:nop|lam) (?:online|truc tuyen|tren mang|qua mang)\b.{0,30}\b(?:phai den|phai len|co phai (?:den|len)|den nua|len nua)\b|\bnop ho so (?:tren|qua) (?:cong )?dich vu cong (?:the nao|nhu the nao|ra sao)\b|\b(?:lam|nop) (?:giay to|ho so|thu tuc)(?: (?:gi|nao))? (?:online|onl|truc tuyen|qua mang|tren mang|(?:qua|tren|bang) (?:dien thoai|dt|may tinh))\b/,
  },
  {
    topic: 'vneid',
    strong: true,
    pattern:
      /\b(?:vneid|dinh danh (?:dien tu )?muc (?:2|hai))\b|\bdinh danh dien tu\b|\btai khoan dinh danh\b|\bdinh danh muc\b|\b(?:doi|cap nhat|thay) so dien thoai(?: dang ky)? (?:vneid|dinh danh)\b|\b(?:quen|lay lai|doi) mat khau\b/,
  },
  {
    topic: 'office_address',
    pattern:
      /\b(?:dia chi|tru so|ban do|duong di|duong den|vi tri|duong len) (?:cua )?(?:ubnd|uy ban|xa|phuong|bo phan mot cua|mot cua|trung tam phuc vu hanh chinh cong|cho nop)\b|\b(?:ubnd|uy ban(?: nhan dan)?|tru so|bo phan mot cua|mot cua) (?:xa |phuong )?(?:o dau|nam o dau|cho nao|o cho nao|duong nao)\b|\b(?:xa|phuong) (?:o dau|nam o dau)\b|\bdia chi cho nop\b|\bxin dia chi\b|\b(?:ubnd|ub|uy ban(?: nhan dan)?|tru so|bo phan mot cua|mot cua)\b(?: (?:xa|phuong|cua xa|xa minh|minh))?(?: (?:o|nam))? (?:dau|cho nao|cho mo|o mo|duong nao|di duong nao)\b|^dia chi$/,
  },
];
export const FEEDBACK_STATUS = [
  'tra cuu phan anh',
  'trang thai phan anh',
  'ket qua phan anh',
  'phan anh cua toi',
  'phan anh cua em',
  'phan anh cua minh',
  'ma phan anh',
  'ma theo doi',
  'ma tra cuu',
  'ho so phan anh',
  'phan anh da gui',
  'phan anh toi gui',
  'phan anh em gui',
  'phan anh minh gui',
  'kien nghi toi gui',
  'da gui phan anh',
];

/** Ordinals for choosing among the last options. */
export const ORDINALS: Readonly<Record<string, number>> = {
  mot: 0,
  nhat: 0,
  dau: 0,
  'dau tien': 0,
  '1': 0,
  hai: 1,
  nhi: 1,
  '2': 1,
  ba: 2,
  '3': 2,
  bon: 3,
  tu: 3,
  '4': 3,
  nam: 4,
  '5': 4,
  sau: 5,
  '6': 5,
  cuoi: -1,
  'cuoi cung': -1,
};

/** Markers of a correction: the rest of the message names what was meant. */
export const CORRECTION = [
  'khong y toi la',
  'khong y em la',
  'khong y minh la',
  'khong phai',
  'y toi la',
  'y em la',
  'y minh la',
  'toi hoi',
  'em hoi',
  'nham roi',
  'nham',
  'sai roi',
  'khong dung',
  'khong phai cai do',
  'y la',
  'ma la',
  'khong ma la',
  'khong ma',
];

/** Money the family receives after a death (survivor allowance, funeral grant): not the death registration. */
export const DEATH_BENEFIT =
  /\b(?:tu tuat|mai tang|tro cap|che do|linh tien|nhan tien|tien (?:bao hiem|bh|tuat)|huong (?:che do|tien|luong))\b/;

/** A card said to be damaged (broken, faded, chip peeling), and not lost. */
export const DAMAGED_CARD_ONLY =
  /^(?!.*\bmat (?:the|can cuoc|cccd|roi|luon|tieu)\b)(?!.*\bbi mat\b)(?=.*\b(?:can cuoc|cccd|the can|chung minh)\b).*\b(?:bi )?(?:hong|hu|hu hong|gay|gay doi|mo chu|mo het|mo anh|bong chip|bong lop|bong|nut|rach|cong venh|be cong|bi cong|tray|nhau|phai mau|phai chu|ho chip|loi chip|chay xem|can nat|nat)\b/;

/** A land certificate said to be damaged, and not lost ("sổ hồng" folds to "so hong": not "hỏng"). */
const DAMAGED_LAND_ONLY =
  /^(?!.*\b(?:bi mat|mat (?:so|giay|cuon)|danh mat|that lac|danh roi)\b)(?=.*\b(?:so do|so hong|giay chung nhan quyen su dung dat|giay chung nhan dat|gcn (?:quyen su dung )?dat|gcn qsdd)\b).*\b(?:hu|hu hong|bi hong|(?<!so )hong (?:het|roi|nat)|rach|nat|nhoe|bi o|mo chu|mo het|bi mo|uot|chuot can|moi an)\b/;

export interface SituationRule {
  /** Regular expression on the folded, space-joined text. */
  pattern: RegExp;
  /** Not when this matches too (another rule explains the words better). */
  unless?: RegExp;
  /** Words added to the lookup (what the procedures call it). */
  means: string;
}

const PERSON =
  '(?:bo|ba|me|ong|ong noi|ong ngoai|ba noi|ba ngoai|chong|vo|con|anh|chi|cu|nguoi nha|nguoi than|bac|chu|thim|mo|ba xa|ong xa|bo toi|me toi|bo em|me em)';
/** After "mất": a thing lost, or a cost / a time ("mất lệ phí", "mất mấy ngày"), not a death. */
const LOST_THING =
  '(?:vi|ca|giay|the|so|ban|bang|can cuoc|chung minh|ho chieu|bao|may|nhieu|tien|phi|le phi|thoi|het|bao lau|lau|cong|khoang|gan|tam|mot|hai|ba|nua|it|dien thoai|xe|do|cai|ho so|ket qua|co|khong|ko|k|gi|lien lac|song|ngu|dien|nuoc|quyen|suc)';

/** An ethnicity changed or corrected ("con lấy dân tộc mông theo mẹ", "đứa nào cũng dân tộc sai"). */
export const ETHNICITY_CHANGE =
  /\b(?:doi|chuyen|xac dinh lai|sua|cai chinh) (?:lai )?dan toc\b|\b(?:lay|theo|ghi) dan toc (?:\w+ ){0,2}(?:theo )?(?:me|bo|cha)\b|\bdan toc (?:\w+ ){0,2}(?:bi )?(?:sai|nham|ghi sai|ghi nham)\b|\bsai dan toc\b/;
/** A baby just born or not yet registered: its ethnicity is chosen in the birth registration itself. */
export const NEWBORN_SAID = /\b(?:moi sinh|moi de|sap sinh|sap de|vua sinh|vua de|chua (?:lam |dang ky )?khai sinh|dang lam khai sinh)\b/;
/** The ID card said wrong, no civil-status paper named: the card's own correction. */
export const CARD_ONLY =
  /^(?=.*\b(?:can cuoc|cccd|cmnd|chung minh thu)\b)(?!.*\b(?:khai sinh|ho tich|trich luc|giay khai|ket hon|so bao hiem|so bhxh|bhxh|bang|ho chieu|so do|so hong|hoc ba|vneid)\b)/;
/** The population record (VNeID, the ID card) differing from the birth paper. */
export const RECORD_DIFFERS =
  /\b(?:vneid|can cuoc|cccd|co so du lieu|du lieu dan cu)\b.{0,40}\b(?:khac|sai|khong giong|khong khop|lech)\b.{0,30}\b(?:giay )?khai sinh\b/;
/**
 * A civil-status record to correct, in everyday words (the situations below read them as the correction's or the
 * population record's name): the rules' answer for it stands against a model reading a birth registration.
 */
export const RECORD_CORRECTION = new RegExp(
  String.raw`^(?!.*${NEWBORN_SAID.source}).*(?:${ETHNICITY_CHANGE.source}|${RECORD_DIFFERS.source}|\b(?:sua|cai chinh|ghi sai|ghi nham|bi sai) (?:\w+ ){0,2}(?:ten|ngay sinh|nam sinh|ho ten|que quan|gioi tinh|ten dem)\b|\bsai (?:ten|ngay sinh|ho|que|thong tin)\b|\b(?:ten|ngay sinh|nam sinh|que quan|gioi tinh|ten dem)\b (?:\w+ ){0,2}(?:bi )?(?:sai|ghi sai|ghi nham)\b)`,
);
/** The original held, certified copies of it wanted (not a copy from the civil-status book). */
export const ORIGINAL_KEPT_COPIES =
  /\b(?:con|co|giu|van con|van giu) (?:ban )?(?:goc|chinh)\b.{0,60}\b(?:chung thuc|dong dau|co dau|sao y)\b|\bban (?:goc|chinh) (?:van |thi )?con\b.{0,60}\b(?:chung thuc|dong dau|co dau|sao y)\b|\b(?:chung thuc|dong dau|co dau|sao y)\b.{0,60}\b(?:con|co|giu|van con) (?:ban )?(?:goc|chinh)\b/;
/** Everyday situations → the procedure words (content situations and aliases are searched too). */
export const SITUATIONS: readonly SituationRule[] = [
  {
    // A birth where the father is recognised at the same time (parents not married).
    pattern:
      /\bnhan con\b.{0,60}\bkhai sinh\b|\bkhai sinh\b.{0,60}\b(?:ten (?:bo|cha)|nhan con)\b|\bchua (?:dang ky )?ket hon\b.{0,60}\bkhai sinh\b|\bkhai sinh\b.{0,60}\bchua (?:dang ky )?ket hon\b/,
    // (Not when the father's name is not wanted on it — "chưa đăng ký kết hôn, anh ta hay đánh tôi, khai sinh cho con có
    // phải ghi tên anh ta không": the plain birth registration, the father's part left out. Round 47's tryout.)
    unless:
      /\b(?:khong|ko|k|hong) (?:muon |can |phai |cho )?ghi ten (?:bo|cha|anh ta|no|ong ta|han)\b|\bco (?:phai|bat buoc) ghi ten (?:bo|cha|anh ta|no)\b/,
    means: 'đăng ký khai sinh kết hợp nhận cha mẹ con',
  },
  {
    pattern:
      /\b(?:moi|vua|sap|da|cho) (?:de|sinh)\b|\bde (?:con|em be|be|xong|hom|duoc|roi)\b|\bsinh (?:con|em be|be)\b|\bchao doi\b|\bem be moi\b|\bco em be\b|\bbe moi (?:de|sinh)\b/,
    means: 'đăng ký khai sinh',
  },
  {
    pattern: new RegExp(
      `\\b(?:moi|vua|da) mat\\b(?! ${LOST_THING}\\b)|\\b${PERSON}(?: \\w+){0,2} (?:moi |vua |da )?mat\\b(?! ${LOST_THING}\\b)(?<!\\bbi mat)|\\bqua doi\\b|\\btu tran\\b|\\bchet\\b|\\bbao tu\\b|\\bgiay chung tu\\b|\\bma chay\\b`,
    ),
    means: 'đăng ký khai tử',
  },
  { pattern: /\b(?:o|thue) tro\b|\bphong tro\b|\bthue nha\b|\bo nho\b|\bo ghep\b|\bnha tro\b|\bo tam\b/, means: 'đăng ký tạm trú' },
  {
    pattern:
      /\bmo (?:quan|tiem|cua hang|shop|sap|hang|cua hieu|tap hoa|quan an|quan nuoc)\b|\bbuon ban\b|\bban hang\b|\bkinh doanh nho\b|\bban tap hoa\b|\bban online\b/,
    means: 'đăng ký thành lập hộ kinh doanh',
  },
  { pattern: /\b(?:lay|cuoi) (?:vo|chong)\b|\bcuoi nhau\b|\bdam cuoi\b|\bdang ky ket hon\b|\bthanh vo chong\b/, means: 'đăng ký kết hôn' },
  {
    // (Round 51's tryout: lost said after the paper, "giấy khai sinh mà bà làm mất rồi", had the first registration.)
    pattern:
      /\bmat (?:giay )?khai sinh\b|\bgiay khai sinh bi mat\b|\bban sao (?:giay )?khai sinh\b|\bxin lai giay khai sinh\b|^(?!.*\b(?:so ho tich|so goc|so luu|ban luu|luu tru)\b).*\bgiay khai sinh\b.{0,30}\b(?:lam mat|danh mat|bi mat|mat roi|mat dau|mat het|that lac|danh roi|lam roi|khong tim thay)\b|\b(?:lam|danh) mat (?:\w+ ){0,2}(?:giay )?khai sinh\b/,
    means: 'cấp bản sao trích lục hộ tịch bản sao giấy khai sinh',
  },
  {
    pattern: /\bmat (?:the )?(?:can cuoc|cccd|chung minh)\b|\b(?:can cuoc|cccd) bi mat\b|\blam lai (?:the )?can cuoc\b/,
    means: 'cấp lại thẻ căn cước',
  },
  // Damaged so it cannot be used: re-issued like a lost one, not exchanged (Luật Căn cước 2023, Điều 24 khoản 2
  // điểm a; the national record 1.014064's steps name "bị mất thẻ căn cước hoặc thẻ căn cước bị hư hỏng không sử
  // dụng được"). Until round 50 this read the exchange, citing the same article wrongly — blind 454's writer read the record.
  { pattern: DAMAGED_CARD_ONLY, means: 'cấp lại thẻ căn cước' },
  // A land certificate damaged (torn, worn, eaten, soaked), not lost: the exchange (cấp đổi), not the
  // re-issue whose name says "do bị mất" — as 130 turns of the training sets are labelled. Round 34's
  // tryout: "bị hư hỏng muốn xin cấp lại" had the re-issue for a lost one.
  { pattern: DAMAGED_LAND_ONLY, means: 'cấp đổi giấy chứng nhận quyền sử dụng đất' },
  { pattern: /\bxay nha\b|\bxay moi\b|\bdung nha\b|\bcat nha\b/, means: 'cấp giấy phép xây dựng' },
  { pattern: /\bbang lai(?: xe)?\b|\bbang xe\b/, means: 'giấy phép lái xe' },
  {
    pattern: /\bsua (?:lai )?nha\b|\bcai tao nha\b/,
    unless: /\bde sua\b|\bnghi ban\b|\bnghi kinh doanh\b/,
    means: 'giấy phép xây dựng sửa chữa cải tạo',
  },
  { pattern: /\b(?:chuyen|nhap) (?:ho )?khau\b|\bve o han\b|\bnhap ho khau\b/, means: 'đăng ký thường trú' },
  // ("tam vang" unaccented: both its words are also small talk — "tạm biệt", "vâng" — and it was thanked, round 37.)
  { pattern: /\bdi (?:lam an|xa) (?:xa|lau)\b|\bvang nha (?:lau|dai ngay)\b|\bdi vang\b|\btam vang\b/, means: 'khai báo tạm vắng' },
  {
    pattern:
      /\bsai (?:ten|ngay sinh|ho|que|thong tin)\b|\bsua (?:ten|ngay sinh|ho ten|thong tin) (?:trong|tren)? ?(?:giay )?khai sinh\b|\bdoi ten\b|\bdoi ho\b/,
    means: 'thay đổi cải chính bổ sung thông tin hộ tịch',
  },
  // (Round 46's tryout: "chồng tôi người kinh. con lấy dân tộc mông theo mẹ được không", "đứa nào cũng dân tộc
  // sai" had the birth registration — a child registered already changes or corrects the ethnicity.)
  // (Round 47's tuning set: "căn cước ghi sai dân tộc", the birth paper unnamed, is the card's to correct.)
  {
    pattern: ETHNICITY_CHANGE,
    unless: new RegExp(`${NEWBORN_SAID.source}|${CARD_ONLY.source}`),
    means: 'thay đổi cải chính bổ sung thông tin hộ tịch xác định lại dân tộc',
  },
  // ("trên vneid tên con tôi khác giấy khai sinh": the population record corrected, the birth paper being right.)
  {
    pattern: RECORD_DIFFERS,
    means: 'điều chỉnh thông tin trong cơ sở dữ liệu quốc gia về dân cư',
  },
  { pattern: /\bdoc than\b|\bchua vo\b|\bchua chong\b|\bchua ket hon\b/, means: 'xác nhận tình trạng hôn nhân' },
  { pattern: /\bho ngheo\b|\bcan ngheo\b|\bngheo\b/, means: 'công nhận hộ nghèo hộ cận nghèo' },
  { pattern: /\bphoto cong chung\b|\bcong chung\b|\bsao y\b/, means: 'chứng thực bản sao từ bản chính' },
  // (The original kept, copies to certify — "giấy khai sinh bản gốc còn, muốn chứng thực thêm mấy bản": round 47's
  // tuning sets had the copy from the civil-status book.)
  { pattern: ORIGINAL_KEPT_COPIES, means: 'chứng thực bản sao từ bản chính' },
  { pattern: /\bdi chuc\b/, means: 'chứng thực di chúc' },
  {
    pattern: /\bchia (?:tai san|dat|nha|di san|thua ke)\b|\bthua ke\b/,
    unless: /\bdi chuc\b/,
    means: 'chứng thực văn bản phân chia di sản',
  },
  {
    pattern:
      /\bmua ban (?:dat|nha|xe)\b|\bban (?:dat|nha)\b|\bmua (?:dat|nha)\b|\btang cho\b|\bcho tang\b|\bhop dong (?:mua ban|tang cho|chuyen nhuong)\b/,
    means: 'chứng thực giao dịch liên quan đến tài sản quyền sử dụng đất nhà ở',
  },
  { pattern: /\bnhan con\b(?! nuoi)|\bnhan cha\b|\bnhan me\b|\bcon rieng\b/, means: 'đăng ký nhận cha mẹ con' },
  {
    pattern: /\bkhong ban nua\b|\bthoi (?:ban|kinh doanh)\b|\bnghi (?:ban|kinh doanh) han\b|\bdep (?:quan|tiem)\b/,
    means: 'chấm dứt hoạt động hộ kinh doanh',
  },
  {
    pattern: /\bnghi ban\b|\bdong cua (?:quan|tiem|hang)\b|\bnghi kinh doanh\b|\btam nghi ban\b/,
    unless: /\bkhong ban nua\b|\bthoi ban\b|\bnghi han\b/,
    means: 'tạm ngừng kinh doanh hộ kinh doanh',
  },
  { pattern: /\bgiam ho\b|\bnguoi giam ho\b|\bnuoi chau\b|\bcham soc chau mo coi\b/, means: 'đăng ký giám hộ' },
  {
    // Land taken over the boundary by a neighbour ("đất nhà tôi bị hàng xóm lấn sang xây tường": declined,
    // round 38's tryout): the land dispute the commune must mediate first. ("lan" unmarked is also "lần":
    // not "lần sang tên"; not public land or a pavement, which is feedback.)
    pattern:
      /^(?=.*\b(?:dat|ranh|tuong|hang rao|bo rao|moc gioi|thua|manh|vuon|loi di|mat bang)\b)(?!.*\b(?:via he|long duong|le duong|dat cong|cong cong|dat cua xa|hanh lang)\b)(?:.*\blan (?:chiem|sang|ranh|dat)\b(?! ten)|.*\b(?:bi|no|ho|hang xom|nha ben|nha ke ben|ong|ba) (?:xay |rao |trong |cam moc )?lan\b(?! (?:dau|nay|truoc|sau|thu|nua|nao|cuoi))|.*\btranh chap (?:ranh gioi|ranh dat|moc gioi|loi di)\b)/,
    means: 'hòa giải tranh chấp đất đai',
  },
  {
    // Heirs quarrelling over a parent's land, a letter to the commune asked (round 44's tryout: "3 anh em tranh chấp
    // đất bố mẹ để lại, … em muốn làm đơn ra xã" was declined): the mediation the commune must hold first.
    pattern: LAND_DISPUTE_ASKED,
    means: 'hòa giải tranh chấp đất đai',
  },
  {
    // A death with no will, its estate asked (round 44's tryout: "chồng mất ko để lại di chúc, sổ tiết kiệm tên ông
    // ấy thì tôi rút được không" had the will's certification, then was declined): the heirs' division of it.
    pattern: NO_WILL_ESTATE,
    means: 'chứng thực văn bản phân chia di sản',
  },
];

export interface OutOfScopeRule {
  id: string;
  /** decline = not government business; fallback = government, but not answered here ("hỏi …"). */
  kind: 'decline' | 'fallback';
  pattern: RegExp;
  /** Unless this matches (then it is a commune procedure after all). */
  unless?: RegExp;
  /** The FAQ entry (content/faq.yaml) whose answer is the reply: facts live in content. */
  faq?: string;
  /** A reply without facts (no agency, fee or number), when no FAQ entry fits. */
  text?: string;
  /**
   * The learned model does not overrule it. (Its neighbours read "bưu điện làm việc tới mấy giờ" as
   * the commune's hours and "đóng tiền mạng qua zalo" as paying fees: they know the topic's words,
   * not whose hours or bill they are.)
   */
  firm?: boolean;
  /**
   * Read before the lines to call: a protection asked after the harm ("xin xã cấm chồng tiếp xúc") is its answer, the
   * police's line said beside it (VIOLENCE_BESIDE), not the line alone.
   */
  beforeLines?: boolean;
}

/**
 * Words of public administration. A message with none of them that names no procedure is not
 * a government matter (a sick pig, homework, a joke): declined rather than "not sure".
 */
export const ADMIN_CUE =
  /\b(?:thu hoi|boi thuong|giai phong mat bang|xin phep|khai bao|thue|doi ten|sua (?:ten|lai|ngay sinh|nam sinh)|chu lot|ten dem|cang cuoc|thong hanh|chung chi|ma so|tam chu|thuong chu|ban sao|trich luc|sao y|ho tro|thu tuc|giay|ho so|dang ky|cap lai|cap doi|lam lai|gia han|xac nhan|chung thuc|cong chung|le phi|phi|phuong|ubnd|uy ban|chinh quyen|can bo|cong an|mot cua|dich vu cong|vneid|dinh danh|khai sinh|khai tu|ket hon|so do|so hong|dat dai|thua dat|manh dat|mua dat|ban dat|ho khau|tam tru|thuong tru|tam vang|can cuoc|cccd|cmnd|bang lai|giay phep|kinh doanh|tro cap|che do|bao hiem|bhyt|phan anh|kien nghi|khieu nai|to cao|nop don|viet don|don (?:xin|de nghi)|quy dinh|luat|bi phat|xu phat|nop|tra ket qua|nhan ket qua|to khai|mau don|bieu mau|ho ngheo|can ngheo|chinh sach|hoc phi|nghia vu|thue dat|nop thue|khai thue|xay dung|xay nha|sang ten|thua ke|di chuc|ho chieu|nha nuoc|ubnd tinh|huyen|thon|to dan pho|truong thon|luong huu|mai tang|ho tich|quoc tich|con nuoi|giam ho|khuyet tat|thuong binh|liet si|nguoi co cong|len xa|ra xa|cua xa|xa minh|xa toi|xa em|xa nay|can bo xa|cong an xa|o xa (?:nao|minh|toi)|dien chinh sach|ly lich|tu phap|phieu|dang ky xe|bien so|quan su|giay to|chung minh|xac nhan|chung nhan|cap phep|dang kiem)\b/;

/** Words that turn a topic into a procedure question ("mở quán karaoke cần giấy phép gì"). */
const PROCEDURE_CUE =
  /\b(?:thu tuc|giay phep|bien so|dang ky xe|bam bien|xin phep|khai bao|khai sinh|khai tu|dang ky|cap phep|xin phep|ho so|le phi|mo (?:quan|tiem|cua hang)|kinh doanh|chung thuc|cong chung|sang ten|hop dong)\b/;
/**
 * … and words of a paper or a procedure said beside an everyday word: "bên mua ở đâu" (the buyer),
 * "bằng tốt nghiệp tiếng Anh" (a copy certified), "bị câm, làm căn cước" (folded, "câm" is "cảm"),
 * "hộ chiếu mất lúc đi du lịch". (Round 20: such messages were declined as buying, health or travel.)
 */
const PAPER_CUE = new RegExp(
  `${PROCEDURE_CUE.source}|\\b(?:ban sao|chu ky|can cuoc|cccd|lam so (?:do|hong)|bao hiem y te|bhyt|ben mua|ho ngheo|ho can ngheo|nop don|thong hanh|ho chieu|qua doi|tam tru|luu tru|khach du lich|homestay)\\b`,
);

/** Buying, selling, lending and prizes: not ours (and a prize asking a fee first is a scam). */
const NOT_TRADE =
  'Tôi chỉ trả lời về thủ tục hành chính và dịch vụ công, không tư vấn mua bán, vay tiền, giá cả hay xổ số. Cẩn thận với tin nhắn báo trúng thưởng đòi chuyển tiền trước: đó thường là lừa đảo; khi bị lừa hãy báo công an.';

/** Out of scope: declined with a short honest reply and the right channel (no procedure named). */
/**
 * A complaint or a denunciation of the police ("tố cáo công an xã nhận hối lộ", "khiếu nại quyết định
 * xử phạt của công an xã", "công an viên đánh người, tôi muốn tố cáo") — not one sent to the police
 * about someone else ("gửi đơn tố cáo lên công an", "báo công an").
 */
const POLICE_COMPLAINED =
  /\b(?:to cao|khieu nai)\b(?! (?:\w+ ){0,3}(?:len|den|toi|cho|voi|o|tai) (?:ben )?cong an)(?: \w+){0,6}? (?:can bo |chien si |luc luong |truong |pho truong |ong |anh )?cong an\b|\bcong an (?:vien|xa|ban|thon|phuong)\b.{0,80}\b(?:to cao|khieu nai)\b/;
/** What the assistant keeps of a conversation (chat/conversations.ts, usage/counter.ts), said plainly. */
const CHAT_MEMORY_TEXT =
  'Trợ lý không giữ cuộc trò chuyện gắn với bạn: nó chỉ nhớ câu hỏi vừa rồi trong một thời gian ngắn để hiểu câu tiếp theo, rồi quên. Câu hỏi trợ lý chưa trả lời được thì được giữ lại, không kèm tên hay thiết bị của bạn và đã che số điện thoại, email, số giấy tờ, để cán bộ bổ sung nội dung. Bạn đừng gửi số căn cước, số điện thoại qua đây; khi cần cán bộ liên hệ lại, hãy dùng mục “Gửi phản ánh”, nơi bạn đồng ý cho xã dùng thông tin đó.';

export const OUT_OF_SCOPE: readonly OutOfScopeRule[] = [
  // Government matters we do not answer here: "not sure, ask …" (fallback), with the FAQ's door.
  // "Ghi chú ly hôn" asked of a divorce a Vietnamese court decided (round 41's tryout: "tòa xử ly hôn rồi,
  // giờ có phải về xã ghi chú ly hôn ko" had the procedure for divorces decided abroad, its 18 papers).
  {
    id: 'ghi-chu-ly-hon',
    kind: 'fallback',
    // (A court said: "ghi chú ly hôn" alone, or a divorce abroad, is that procedure.)
    pattern: /^(?=.*\btoa\b).*\bghi (?:chu )?(?:\w+ ){0,5}ly hon\b/,
    unless:
      /\bnuoc ngoai\b|\b(?:han quoc|dai loan|trung quoc|nhat|my|uc|duc|phap|canada|anh quoc|singapore|malaysia|lao|campuchia|thai lan|nga|sec|ba lan)\b|\b(?:o|tai|ben) (?:ben )?(?:tay|tau)\b/,
    firm: true,
    faq: 'ghi-chu-ly-hon',
  },
  // A shelter asked ("bị chồng đuổi ra khỏi nhà lúc nửa đêm, có chỗ nào tạm lánh không" was declined, round 47's
  // tryout): not known here — who knows, and the police's line now. (The training sets label it "not known", 9 of 9.)
  // An evacuation notice asked ("mưa to quá, có thông báo sơ tán chưa" was declined, round 48's tryout): not known here
  // — the hamlet head and the commune know — with what to do at the foot of a hill now (FAQ so-tan).
  // A bank account or card to lock, asked (round 48's tryout: "bọn nó vẫn gọi, tôi khoá tài khoản ngân hàng thế nào" had the
  // public-services line): the bank's own line, as a decline — it is the bank's business.
  {
    id: 'khoa-tai-khoan',
    kind: 'decline',
    pattern:
      /\bkhoa (?:tai khoan|the)(?: \w+){0,2} (?:ngan hang|atm|visa)\b|\bkhoa (?:tai khoan|the) (?:\w+ ){0,3}(?:the nao|sao|o dau|gap)\b.{0,40}\b(?:ngan hang|atm|lua)\b/,
    firm: true,
    text: 'Khóa tài khoản, thẻ ngân hàng: gọi ngay tổng đài của ngân hàng bạn (số in sau thẻ hoặc trong ứng dụng ngân hàng), hoặc tự khóa ngay trong ứng dụng. Nếu đang bị lừa: đừng nghe máy số lạ, đừng đọc mã OTP, rồi báo công an.',
  },
  {
    id: 'so-tan',
    kind: 'fallback',
    pattern:
      /\b(?:thong bao|lenh|co phai|phai|da|chua|khi nao|bao gio|co) (?:\w+ ){0,2}so tan\b|\bso tan (?:chua|khong|ko|k|chua vay|chua a)\b/,
    firm: true,
    faq: 'so-tan',
  },
  {
    id: 'tam-lanh',
    kind: 'fallback',
    pattern:
      /\b(?:nha tam lanh|noi tam lanh|cho tam lanh|dia chi tin cay|cho (?:nao|de|o dau) (?:\w+ )?(?:tam )?lanh|(?:co )?cho (?:nao )?(?:de )?(?:o|ngu) tam (?:qua dem|dem nay|toi nay|vai hom|may hom))\b|\btam lanh\b/,
    firm: true,
    faq: 'tam-lanh',
  },
  // A child's custody, support or visits after a divorce (round 53's tryouts: "chồng cũ ko đóng tiền cấp dưỡng 6 tháng",
  // "giành quyền nuôi con", "vợ cũ ko cho con gặp tôi, muốn nhờ xã hòa giải" were declined with no door): the court, the
  // judgment enforcement office, the village mediators, from the FAQ.
  {
    id: 'con-sau-ly-hon',
    kind: 'fallback',
    pattern:
      /\b(?:cap duong|tien nuoi con|quyen nuoi con|gianh (?:quyen )?nuoi con|doi (?:nguoi |quyen )?nuoi con|nguoi (?:truc tiep )?nuoi con|tham nom con|quyen tham con)\b|\b(?:khong|ko|k) cho (?:toi |tui |em |anh |chi )?(?:gap|tham|nhin|thay) (?:mat )?(?:con|be|chau)\b|\b(?:khong|ko|k) cho (?:con|be|chau)(?: \w+)? (?:gap|tham|nhin|thay) (?:mat )?(?:toi|tui|em|anh|chi|bo|me|cha)\b/,
    unless: /\bkhai sinh\b|\bnuoi con nuoi\b|\bcon nuoi\b/,
    faq: 'con-sau-ly-hon',
  },
  {
    id: 'ly-hon',
    kind: 'fallback',
    // ("Bỏ vợ", "bỏ chồng" with who leaves or wants to said before it: "bố chồng", "bố vợ" — the father-in-law — fold
    // the same, and are said far more often: "bố chồng cầm hết giấy tờ của tôi" was told of the divorce court.)
    pattern:
      /\bly (?:hon|di)\b|\b(?:muon|dinh|nen|se|da|phai|quyet dinh|no|han|toi|tui|em|minh|t|e|anh ay|chi ay|ma|roi) bo (?:vo|chong)\b|\bchia tay vo\b|\bdon ly\b/,
    // (Nor a marriage after a divorce — "ảnh từng ly hôn rồi, có cần giấy xác nhận tình trạng hôn nhân ko"
    // got "Không. Ly hôn do Tòa án…", round 38's tryout; such turns are labelled the marital-status
    // certificate or the marriage 9 times in 10 in the training sets. Round 39's: nor a couple back
    // together — "ly hôn rồi giờ muốn quay lại với nhau thì có phải đăng ký lại không" — a marriage again.)
    unless:
      /\bghi (?:vao )?so\b|\bnuoc ngoai\b|\bket hon\b|\btinh trang hon nhan\b|\btro cap\b|\bdoc than\b|\blay (?:vo|chong) (?:khac|moi)\b|\bcuoi (?:vo |chong )?(?:khac|moi|lai)\b|\btai (?:hon|hop)\b|\b(?:quay (?:lai|ve)|ve lai|song lai|hop lai) voi nhau\b/,
    faq: 'ly-hon',
  },
  // Wages owed, a dismissal, a labour contract (round 39's tryout: "cty nó ko trả lương 2 tháng r, e phải
  // lm sao" was declined with the neighbourhood-mediation and land-dispute text): declined, as the writers
  // label it (36 of 48), with where such a dispute goes, from the FAQ.
  {
    id: 'lao-dong',
    kind: 'decline',
    pattern:
      /\b(?:no luong|khong tra luong|chua tra luong|quyt luong|giu luong|cham luong|tru luong|bi sa thai|duoi viec|bi cho nghi viec|khong ky hop dong lao dong|cham dut hop dong lao dong)\b|\b(?:cong ty|cty|xuong|chu|giam doc)\b.{0,30}\b(?:khong|ko|k|chua|chang) (?:chiu )?(?:tra|dong) (?:luong|tien luong|bao hiem xa hoi|bhxh)\b|\bno (?:\d+|hai|ba|may|mot) thang luong\b|\btai nan lao dong\b|\btai nan (?:o|tai) (?:cty|cong ty|xuong|cong truong)\b|\b(?:cty|cong ty)\b.{0,30}\bbao tu lo\b|\b(?:mang thai|co bau|mang bau)\b.{0,40}\b(?:cho nghi viec|duoi viec|sa thai|bat nghi viec|cat hop dong|cho nghi)\b|\bquay roi\b.{0,40}\b(?:cat hop dong|duoi viec|doa)\b|\b(?:to truong|quan ly|sep|giam doc|chu xuong)\b.{0,40}\b(?:quay roi|so mo|sam so|om ep|dung cham co the)\b|\bgiu (?:\w+ ){0,2}bang (?:tot nghiep|goc|dai hoc|cap 3)\b|\bnghi (?:de|thai san)\b.{0,40}\b(?:cty|cong ty)\b.{0,20}\b(?:chi cho|bao chi|chi duoc)\b/,
    unless: /\b(?:vo chong|tien nong|luong huu|tro cap that nghiep|that nghiep|khai tu|giay bao tu|mai tang|khuyet tat)\b/,
    faq: 'tranh-chap-lao-dong',
  },
  // A food-safety certificate asked for an eatery (round 46's tryout: "mở quán phở có cần giấy chứng nhận … an toàn
  // thực phẩm không" had the certificate for farm, forest and fishery food, its forms and its agency): not
  // that one, and the eatery's own not held — said so, with the door.
  {
    id: 'attp-quan-an',
    kind: 'fallback',
    pattern:
      /^(?=.*\b(?:an toan thuc pham|attp|vsattp|atvstp|ve sinh an toan thuc pham)\b).*\b(?:quan (?:an|pho|bun|com|nhau|chao|hu tieu|banh|lau|nuong|oc|che|cafe|ca phe|nuoc)|ban (?:do an|pho|bun|com|chao|banh mi|hu tieu|do an sang)|nha hang|dich vu an uong|bep an|xe day|hang an|tiem an|an uong)\b/,
    // (Nor the opening's papers asked with it, "mở quán nhậu thì giấy tờ cần những gì, có phải giấy an toàn thực phẩm ko":
    // the household business first, as the writers label it.)
    unless:
      /\b(?:nong san|thuy san|lam san|rau|trai cay|thit|ca tuoi|gao|cho dau moi|so che|san xuat|giay to (?:\w+ ){0,2}gi|thu tuc gi|can (?:nhung )?gi|dang ky kinh doanh|ho kinh doanh)\b/,
    firm: true,
    faq: 'an-toan-thuc-pham-quan-an',
  },
  {
    id: 'toa-an',
    kind: 'fallback',
    pattern:
      /\bkhoi kien\b|\bkien (?:ra toa|tung|doi)\b|\btoa an\b|(?<!dieu |su |y )\bkien\b(?! (?:nghi|thuc|truc|tao|nhan|quyet|hang|tri))|\bxu an\b/,
    faq: 'tranh-chap-hoa-giai',
  },
  // (Not one against the commune police — "tố cáo công an xã nhận hối lộ", "khiếu nại công an xã thu giữ
  // giấy tờ": the police's own procedures at the commune, 1.004327 and 1.004335, answer it; the training
  // sets label such turns so 91 times in 102. Round 40: 29 such turns of blind 354 fell back.)
  // Money asked by an officer beyond the fee — "bồi dưỡng", "phí làm nhanh", or the dossier "cancelled"
  // unless paid (round 41's tryout: "bị cán bộ gọi điện đòi tiền, nói nếu không đưa thì hồ sơ bị hủy"
  // had how to follow a dossier; "ông cán bộ nói phải đưa 500k phí dịch vụ thì chứng thực mới nhanh"
  // was told to ask the officer): not to pay, how to denounce it, and a caller only posing as one.
  // A fine asked in cash on the spot with no receipt, or money "to let it go" (round 44's tryouts: a market
  // inspector's "nộp tiền mặt 2 triệu tại chỗ thì bỏ qua" was declined, "công an phường phạt 500 nghìn không
  // có biên lai" had how to pay fees online): not to pay so, how to denounce it.
  {
    id: 'phat-tien-mat',
    kind: 'fallback',
    pattern:
      /\b(?:dua|nop|giao) (?:\w+ ){0,2}tien mat (?:\w+ ){0,3}(?:nop (?:giup|gium|ho|dum)|cho (?:ong|ba|anh|chi) (?:ay|ta|ong|ba))\b|^(?=.*\b(?:phat|xu phat|kiem tra|quan ly thi truong|thanh tra)\b).*\b(?:phat|thu|nop|dong)\b(?: \w+){0,4} (?:tien mat|\d+ ?(?:k|nghin|ngan|trieu|tr))\b.{0,40}\bkhong (?:co |dua |cho |ghi |lap )?(?:bien lai|hoa don|quyet dinh|bien ban)\b|\b(?:nop|dua|chi|dong)\b.{0,40}\b(?:thi|de|la) (?:bo qua|cho qua|khoi lap bien ban|khong lap bien ban)\b|^(?=.*\b(?:phat|bien ban|kiem tra)\b).*\b(?:nop|dua|chi)\b.{0,40}\b(?:la xong|khong can (?:ra |lap )?(?:quyet dinh|bien ban|bien lai))\b/,
    firm: true,
    faq: 'phat-tien-mat-khong-bien-lai',
  },
  {
    // (Round 50: a broker's "đưa 5tr là làm xong bhtn nhanh", a hamlet officer's "thu 500 nghìn mới làm giấy hộ nghèo" —
    // round 49's tryouts had a decline and the feedback form.)
    id: 'doi-tien',
    kind: 'fallback',
    pattern:
      /\b(?:dua|dong|nop|chi) (?:\w+ ){0,2}\d+ ?(?:k|nghin|ngan|trieu|tr)\b.{0,10}\b(?:la|thi|de) (?:lam )?(?:xong (?:\w+ ){0,4}nhanh|nhanh|lo|chay)\b|\b(?:thu|doi|lay) (?:tien )?\d+ ?(?:k|nghin|ngan|trieu|tr)\b.{0,10}\bmoi (?:lam|cap|ky|xac nhan|duoc)\b|\b(?:dong|nop|dua|chi|chung) (?:\w+ ){0,2}(?:\d+ ?(?:trieu|tr|k|nghin|ngan)|tien) (?:cho (?:\w+ ){0,3})?(?:thi |de |moi )?(?:(?:duoc|dc) )?(?:vo|vao|co ten trong|len|lo cho|chay cho|xin cho|tra lai|tra)\b.{0,30}\b(?:danh sach|mien|hoan|so ho khau|giay|ho so|nghia vu)\b|\b(?:phai|bat) (?:nop|dong|dua) (?:\d+ ?(?:trieu|tr|k|nghin|ngan)|tien) (?:moi|thi moi) (?:tra|cap|ky|lam|duoc)\b|\b(?:can bo|ong can bo|ba can bo|cong chuc|dia chinh|nguoi o xa|nguoi cua xa|nhan vien mot cua)\b.{0,40}\b(?:doi|bat|xin|doi hoi|ra gia|doi them|doi bo|noi phai dua|bao phai dua|doi dua)\b(?: \w+){0,3} (?:tien|\d+ ?(?:k|trieu|tr|nghin|ngan|cu|lit)|phi dich vu|boi duong|phi lam nhanh|tien lam nhanh|tien che|phong bi)\b|\b(?:phi|tien) (?:boi duong|lam nhanh|dich vu lam nhanh|boi duong can bo)\b|\b(?:phai|co phai|co can) (?:boi duong|bo phong bi|dua phong bi|dua tien) (?:can bo|cho can bo)\b|\b(?:khong|ko|k) (?:dua|dong|chuyen) (?:tien )?thi (?:ho so )?(?:bi huy|khong (?:duoc )?giai quyet|khong lam)\b|\b(?:can bo|cong an|canh sat|cong chuc|dia chinh|nhan vien|nguoi o xa)\b.{0,60}\b(?:muon|de|thi|moi|cho) (?:\w+ ){0,2}nhanh\b.{0,40}\b(?:gui|chuyen|nop|dua|dong) (?:\w+ )?\d+ ?(?:k|trieu|tr|nghin|ngan|cu)\b|\b(?:can bo|cong an|canh sat|cong chuc|dia chinh|nhan vien)\b.{0,40}\b(?:bao|noi|hua|doi|bat)\b.{0,30}\b(?:nop|dua|gui|chuyen|dong) (?:them )?\d+ ?(?:k|trieu|tr|nghin|ngan|cu)\b.{0,40}\b(?:moi|thi|de)\b/,
    // (A denunciation said so, "muốn tố cáo cán bộ địa chính đòi tiền": how to send one, from its own FAQ.)
    // (Nor a feedback about it sent before and asked after, "phản ánh của tôi về cán bộ địa chính đòi tiền đã
    // xử lý chưa": its status — round 46's tuning sets.)
    unless:
      /\b(?:co nguoi|nguoi la|ai do|mot nguoi) (?:goi|nhan tin|nhan)\b|\b(?:to cao|khieu nai|to giac)\b|\b(?:phan anh|kien nghi|don)\b.{0,60}\b(?:(?:da )?xu ly chua|toi dau roi|den dau roi|tra loi chua|co ket qua chua|sao chua (?:tra loi|xu ly))\b/,
    firm: true,
    faq: 'doi-tien-ngoai-quy-dinh',
  },
  // A denunciation sent without a name (round 49's tryout: "gửi đơn tố cáo nặc danh thì xã có giải quyết không" had the
  // police's denunciation procedure, its internal file listed as papers to submit): who sees a name, kept secret.
  {
    id: 'to-cao-an-danh',
    kind: 'fallback',
    pattern:
      /\b(?:to cao|to giac)\b.{0,40}\b(?:nac danh|an danh|giau ten|khong (?:ghi|de|can) ten)\b|\b(?:nac danh|an danh|giau ten)\b.{0,40}\b(?:to cao|to giac)\b/,
    firm: true,
    faq: 'phan-anh-bao-mat',
  },
  // A swindler to denounce (chosen over "khieu-nai" by the service, the scam told now or just before; never matched here).
  { id: 'to-giac-lua-dao', kind: 'fallback', pattern: /(?!)/, faq: 'to-giac-lua-dao' },
  {
    id: 'khieu-nai',
    kind: 'fallback',
    pattern: /\bkhieu nai\b|\bto cao\b/,
    // (Nor a neighbour's wall or fence on one's land, "muốn khiếu nại" — a land dispute the commune mediates, round 52's
    // tryout had the rules for complaining against a decision.)
    // (Nor a crime denounced — "tố cáo thằng hàng xóm nó đốt nhà tôi": the police's, round 52's tryout.)
    unless: new RegExp(`${POLICE_COMPLAINED.source}|${LAND_ENCROACHED.source}|${CRIME_DENOUNCED.source}`),
    faq: 'khieu-nai-to-cao',
  },
  // Someone living abroad asking about their passport (round 45's tryout: "hộ chiếu e hết hạn tháng 3 năm sau, e ở Hàn
  // thì gia hạn ở đâu" had the extension of a temporary residence): the embassy, from the FAQ. (A paper to sign from
  // abroad is the commune's procedure, with the embassy's part said first: ABROAD_SIGNING.)
  {
    id: 'ho-chieu-o-nuoc-ngoai',
    kind: 'fallback',
    pattern: new RegExp(
      String.raw`${LIVES_ABROAD}.{0,100}\bho chieu\b|\bho chieu\b.{0,60}${SAID_ABROAD}|\b(?:dai su quan|lanh su quan|tong lanh su)\b.{0,60}\bho chieu\b`,
    ),
    // (Not a passport made at home to go and work there — "tôi muốn làm hộ chiếu đi làm ở Hàn Quốc, làm ở xã được không":
    // round 51's tryout had the embassy's answer.)
    unless: new RegExp(
      String.raw`^(?!.*${LIVES_ABROAD}).*\b(?:di|sang|qua|de di) (?:lam (?:viec )?|hoc |du lich |xuat khau lao dong |xkld )?(?:o |ben |tai )?${ABROAD}\b`,
    ),
    faq: 'ho-chieu-o-nuoc-ngoai',
    firm: true,
  },
  // The commune chairman's day for citizens asked (round 45's tryout: asked four ways, "not sure which procedure"
  // each time): the law's rhythm, the schedule at the office, from the FAQ.
  {
    id: 'tiep-cong-dan',
    kind: 'fallback',
    pattern:
      /\b(?:gap|tiep|lam viec voi) (?:truc tiep )?(?:ong |ba )?(?:chu tich|pho chu tich|lanh dao) (?:xa|phuong|ubnd|uy ban)\b|\blich tiep (?:cong )?dan\b|\btiep cong dan\b|\bngay tiep dan\b|\b(?:chu tich|lanh dao)\b.{0,20}\btiep dan\b/,
    unless: /\b(?:so dien thoai|sdt|so dt|so rieng|zalo)\b/,
    faq: 'tiep-cong-dan',
  },
  // A neighbour's karaoke or loudspeaker at night (round 45's tryouts: "nhà hàng xóm hát karaoke tới 12 giờ đêm, con
  // mình mới sinh cứ giật mình khóc" was read as a private dispute, then declined; "tối mô cũng nhậu hát karaoke" as a
  // karaoke licence — "mô" folds as "mở"): the commune police now, the feedback form if it goes on, from the FAQ.
  {
    id: 'tieng-on',
    kind: 'fallback',
    pattern:
      /\b(?:(?:hat|mo) )?karaoke\b.{0,80}\b(?:dem|khuya|gio sang|on|ngu (?:khong|ko) duoc|khong ngu|to qua|am am|ca ngay|ca buoi|suot|khoc)\b|\b(?:on ao|gay on|mo loa|loa keo|keo loa)\b.{0,60}\b(?:dem|khuya|gio sang|khong ngu|ngu (?:khong|ko) duoc|suot|khoc)\b|\b(?:dem|khuya)\b.{0,40}\b(?:on ao|hat karaoke|mo loa|loa keo|keo loa)\b|\b(?:mo |bat |vang )?(?:nhac|loa)\b (?:\w+ ){0,3}(?:to|lon|am am|inh oi|xap xinh)\b.{0,60}\b(?:dem|khuya|gio sang|khong ngu|ngu (?:khong|ko) duoc|suot)\b/,
    unless: /\b(?:kinh doanh|giay phep|mo quan|mo tiem|dang ky)\b/,
    faq: 'tieng-on',
  },
  // Work abroad under a contract, a fee or a deposit asked (round 45's tryout: "công ty báo phí 150 triệu … đóng tiền
  // trước rồi mới làm hợp đồng, vậy có sao không" was sent to the job centre, then declined): what to check before
  // paying, from the FAQ.
  {
    id: 'xuat-khau-lao-dong',
    kind: 'fallback',
    pattern:
      /\b(?:xuat khau lao dong|xkld|di lao dong (?:o )?nuoc ngoai|di lam (?:viec )?(?:o )?(?:nuoc ngoai|nhat|han quoc|han|dai loan|duc|uc)(?: theo hop dong)?)\b.{0,100}\b(?:phi|dong tien|nop tien|dat coc|coc|cong ty|hop dong|trung tam|lua|can (?:giay|gi)|lam giay|giay gi|thu tuc)\b|\b(?:dong|nop) (?:tien )?(?:truoc|coc)\b.{0,40}\b(?:roi |thi )?moi (?:lam|ky) hop dong\b/,
    unless:
      /\b(?:thuong tru|tam tru|ho khau|cu tru|can cuoc|cccd|khai sinh|ket hon|ho chieu|ly lich|dang ky lai|xac nhan|tu tuat|mai tang)\b/,
    faq: 'xuat-khau-lao-dong',
  },
  {
    id: 'viec-lam',
    kind: 'fallback',
    pattern: /\btim viec\b|\bxin viec\b|\btuyen dung\b|\bxuat khau lao dong\b|\bviec lam them\b|\bthat nghiep\b/,
    // (Not a paper asked by someone back from working abroad: "đi xklđ Nhật 5 năm về, bị xóa thường trú
    // rồi, giờ đăng ký lại thế nào" was sent to the job centre, round 40's tryout.)
    // (Nor a one-off social insurance payment told apart from unemployment, "k, ý e là rút bhxh 1 lần chứ k phải bh thất
    // nghiệp": round 53's tryout had the job centre.)
    unless:
      /\b(?:thuong tru|tam tru|ho khau|cu tru|can cuoc|cccd|khai sinh|ket hon|ho chieu|ly lich|dang ky lai|xac nhan)\b|\brut (?:tien )?(?:bao hiem|bhxh)\b|\b(?:bao hiem xa hoi|bhxh) (?:1|mot) lan\b/,
    faq: 'tim-viec-lam',
  },
  // Military service (round 43's tryout: fourteen questions — first registration, the health check, a
  // student's deferral — had "not sure which procedure"; the national file holds none of them, and the
  // writers label them "not known"): the commune's military command, from the FAQ. Not a residence
  // asked around it ("đi bộ đội thì có bị xóa thường trú không").
  {
    id: 'nghia-vu-quan-su',
    kind: 'fallback',
    pattern:
      /\bnghia vu quan su\b|\bnvqs\b|\bnhap ngu\b|\bkham (?:suc khoe )?(?:nghia vu|quan su|tuyen quan)\b|\b(?:giay|lenh) goi (?:kham|nhap ngu|di bo doi)\b|\bban chi huy quan su\b|\btam hoan (?:goi )?(?:nhap ngu|nghia vu)\b/,
    unless: /\b(?:tam vang|tam tru|thuong tru|ho khau|cu tru|khai sinh|ket hon|can cuoc|cccd|giay phep lai xe|bang lai)\b/,
    faq: 'nghia-vu-quan-su',
  },
  // A no-contact order asked after violence at home (round 50's tryouts: "chồng cũ cứ đến nhà đánh chửi tôi, tôi có thể xin xã
  // ra quyết định cấm anh ta tiếp xúc với tôi không" was declined): the commune chairman's power, from the FAQ; the police's
  // line is added beside it (VIOLENCE_BESIDE).
  {
    id: 'cam-tiep-xuc',
    kind: 'fallback',
    beforeLines: true,
    pattern:
      /\bcam (?:\w+ ){0,3}(?:tiep xuc|den gan|lai gan|lai gan nha)\b|\blenh cam\b|\b(?:bien phap|quyet dinh) (?:gi )?(?:de )?bao ve (?:toi|em|me con)\b/,
    firm: true,
    faq: 'cam-tiep-xuc',
  },
  // Abuse at home told, no beating now (round 52's tryout: "thằng rể tui nhậu say về chửi bới vợ nó, tôi làm gì được" was
  // declined): it is domestic violence, who to tell, from the FAQ. (Divorce asked is not ours: declined as before.)
  {
    id: 'bao-luc-gia-dinh',
    kind: 'fallback',
    pattern:
      /\b(?:chong|vo|con re|thang re|re|con trai|con dau|bo|cha|bo duong|nguoi nha|anh|em)\b.{0,30}\b(?:say|nhau|nhau say|say xin)\b.{0,30}\b(?:chui|chui boi|chui mang|dap pha|dap do|danh|do doa|de doa)\b|\b(?:chui boi|chui mang|nhuc ma|lang ma|xuc pham|hanh ha|nguoc dai) (?:\w+ ){0,2}(?:vo|chong|me|bo|con|ba|ong|chau)\b/,
    // (Nor a neighbour's insults — "hàng xóm nói xấu tôi, chửi bới con tôi": a quarrel between households, round 52's tryout.)
    unless: /\b(?:ly hon|ly di|toa|goi|so nao|so may|113|dang (?:danh|dap|chem)|hang xom|nha ben|nguoi ngoai|nguoi la)\b/,
    faq: 'bao-luc-gia-dinh',
  },
  // A voter who cannot come to the polling station (round 52's tryout: a man in a wheelchair was declined as politics):
  // the ballot box brought home, from the FAQ. Other election talk stays declined.
  {
    id: 'bau-cu-tai-nha',
    kind: 'fallback',
    pattern:
      /^(?=.*\b(?:bau cu|bo phieu|di bau|thung phieu|hom phieu)\b).*\b(?:xe lan|khuyet tat|liet|om|benh|gia yeu|nam vien|nam mot cho|khong di (?:duoc|noi)|(?:khong|ko|k) den (?:duoc|dc)|tan tat)\b/,
    faq: 'bau-cu-tai-nha',
  },
  // (Not "bán" before a card: it folds as "bản", a copy — "chứng thực 10 bản cccd".)
  // An ID card borrowed or lent, a VNeID account bought or sold (round 51's tryouts: "mượn căn cước của chị em đi làm được không"
  // was offered the card's procedures; "mua tài khoản vneid mức 2 ở đâu giá rẻ" had the account's registration).
  {
    id: 'muon-can-cuoc',
    kind: 'decline',
    pattern:
      /\b(?:muon|thue|mua) (?:the |cai |tam )?(?:can cuoc|cccd|cmnd)(?: (?:cua )?(?:chi|anh|em|ban|nguoi khac|nguoi ta|ba|me|bo|ong|co|chu|di))\b|\b(?:cho muon|cho thue|cam co) (?:the |cai |tam )?(?:can cuoc|cccd|cmnd)\b|\b(?:mua|ban|thue|cho thue|cho muon) (?:\w+ ){0,2}(?:tai khoan|tk|nick) (?:vneid|dinh danh|muc 2|dich vu cong|dvc)\b/,
    firm: true,
    text: 'Thẻ căn cước là của riêng từng người: dùng trái phép thẻ của người khác, thuê, cho thuê hay cầm cố thẻ đều bị cấm (Luật Căn cước 2023, Điều 7). Tài khoản định danh điện tử cũng gắn với riêng từng người; ai rao bán tài khoản là dấu hiệu lừa đảo. Bạn tự làm thẻ căn cước, tài khoản định danh của mình tại Công an xã.',
  },
  // A second marriage asked by someone still married (round 51's tryout: "tôi đã có vợ rồi, giờ muốn đăng ký kết hôn thêm
  // với vợ hai" had the marriage registration's papers): the law forbids it, from the FAQ. (Not after a divorce or a death.)
  {
    id: 'da-co-vo-chong',
    kind: 'fallback',
    pattern:
      /\b(?:dang|da|van|con) co (?:vo|chong)\b.{0,80}\b(?:them|nua|vo (?:hai|2|be)|chong (?:hai|2)|nguoi khac|hai vo|2 vo)\b.{0,40}\b(?:ket hon|dang ky|lay)\b|\b(?:dang|da|van|con) co (?:vo|chong)\b.{0,60}\b(?:ket hon|lay|cuoi|dang ky ket hon) (?:them|nua|voi nguoi khac|vo (?:hai|2|be))\b|\blay (?:them )?vo (?:hai|2|be)\b.{0,40}\b(?:dang ky|ket hon|duoc khong|co duoc)\b/,
    unless: /\b(?:ly hon|ly di|da mat|qua doi|chet|mat roi|mat (?:nam|tu))\b/,
    firm: true,
    faq: 'da-co-vo-chong',
  },
  // Farm animals sick or dying, nothing asked of support (round 49's tryouts: "lon nha em bi sot bo an, chet 3 con roi, lam sao"
  // was declined; "heo chet nhieu, chac bi dich, bao thu y xa o dau" fell back): report it to the commune's vet now, from the FAQ.
  {
    id: 'vat-nuoi-om-chet',
    kind: 'fallback',
    // (Round 51's tryout: read before the lines — "lợn nhà tôi chết 7 con, sốt cao, da đỏ tím" had the ambulance's — and
    // a carcass to bury, throw away or sell as meat, a pig with a fever.)
    beforeLines: true,
    pattern:
      /\bxac (?:con )?(?:heo|lon|ga|vit|trau|bo|de|gia suc|gia cam|vat nuoi)\b.{0,40}\b(?:chon|vut|ban|tieu huy|do xuong|thai)\b|\bthit (?:con )?(?:heo|lon|ga|vit|trau|bo|de) (?:chet|om|benh|dich)\b|\b(?:heo|lon|ga|vit|trau) (?:\w+ ){0,2}(?:chet|om|benh)\b.{0,40}\b(?:chon|vut|lam thit|mo thit|ban thit|tieu huy)\b|^(?!.*\b(?:thuoc gi|uong gi|tiem gi|chua (?:the nao|sao|bang gi))\b)(?=.*\b(?:heo|dan lon|dan heo|trau|con bo|dan bo|bo sua|con de|dan de|gia suc|gia cam|vat nuoi|dan ga|dan vit|con ga|con vit)\b.{0,30}\b(?:bi sot|sot cao|bo an|da do|tim tai|nghi (?:bi )?dich|dich ta|dich benh)\b)|\b(?:heo|lon|ga|vit|trau|con bo|dan bo|bo sua|con de|dan de|gia suc|gia cam|vat nuoi|dan ga|dan vit|dan heo|dan lon)\b.{0,40}\bchet (?:\d+|nhieu|hang loat|lien tuc|dan|may|ca dan|het)\b|\b(?:dich ta|dich cum|lo mom long mong|dich benh|bi dich)\b.{0,40}\b(?:bao ai|bao dau|bao o dau|lam sao|phai lam gi|thu y)\b|\bthu y (?:xa )?o dau\b/,
    // (Nor, read before the lines, a person in danger: "con lớn nhà tôi sốt cao co giật" — "lớn" folds as "lợn".)
    unless:
      /\b(?:ho tro|tro cap|boi thuong|lu|bao lu|con bao|mua bao|sau bao(?! nhieu)|do bao|vi bao|ngap|thien tai|co giat|bat tinh|khong tho|ngat xiu|cap cuu|115|nguoi|em be|chau (?:toi|tui|em|be|nho|noi|ngoai)|con (?:toi|tui|em|minh)|(?:me|vo|chong|ong|ba) (?:toi|tui|em))\b/,
    firm: true,
    faq: 'vat-nuoi-om-chet',
  },
  // (Round 50: "heo chết do lũ 20 con, xã có hỗ trợ ko" had the support for animals dead of an epidemic,
  // 1.013997: "do lũ", "ngập nước" name the flood too.)
  // Damage from a storm or a flood, support asked (round 39's tryouts: "nhà tôi bị cơn bão vừa rồi làm tốc
  // mái…, hỏi xã có hỗ trợ gì không, làm đơn ở đâu" got "not sure which procedure"; the writers label such
  // turns "not known", 661 of 733): where to report it, from the FAQ. (Someone trapped or in danger now
  // is read before, as a hotline; a planted forest's damage checked, 1.012922, is a procedure.)
  {
    id: 'ho-tro-thien-tai',
    kind: 'fallback',
    pattern:
      /\b(?:con bao|bao (?:so \d+|lu|lut|vua (?:qua|roi)|to|manh)|mua bao|sau bao|do bao|vi bao|bi bao|(?:do|vi|bi|sau|mua) lu|(?:bi |do |vi )?ngap nuoc|lu lut|lu quet|ngap lut|nuoc lu|thien tai|sat lo|loc xoay|mua da|toc mai|sap nha|nha (?:bi )?sap|nha (?:\w+ ){0,2}bi chay|chay nha|hoa hoan)\b.{0,80}\b(?:ho tro|tro cap|giup do|cuu tro)\b|\b(?:ho tro|tro cap|cuu tro)\b.{0,40}\b(?:bao lut|lu lut|thien tai|sat lo|toc mai|sap nha|sua nha|lam lai nha)\b|\b(?:xam nhap man|han man|nhiem man|han han)\b|\b(?:lua|ruong|hoa mau|cay trong|ngo|bap|mia|vu (?:lua|mua))\b.{0,20}\bmat mua\b|\b(?:lu|lut|bao|ngap|nuoc lu|lu quet)\b (?:\w+ ){0,3}(?:chet|cuon (?:troi|mat)|troi) (?:het |sach |may |nhieu )?(?:\w+ )?(?:ga|lon|heo|bo|trau|vit|de|gia suc|gia cam|vat nuoi)\b|\bbao (?:lam|danh|thoi) (?:sap|do|toc|bay|hu|hong|sat)\b.{0,80}\b(?:ho tro|tro cap|giup do|cuu tro)\b|\b(?:lua|ruong|cay trong|hoa mau|vuon|ao tom|tom|ca)\b.{0,30}\b(?:bi man|man an|chet kho|mat trang)\b|\b(?:lua|ruong|cay trong|hoa mau|vuon|ao tom|ao ca|ngo|bap|rau|mia|sau rieng)\b.{0,30}\b(?:bi ngap|ngap het|ngap ung|chet het|chet sach|thoi het|do ngap|bi lu|lu cuon)\b.{0,60}\b(?:ho tro|boi thuong|giup|cuu tro)\b|\b(?:tau|ghe|thuyen|xuong)\b.{0,40}\b(?:song danh|bao danh|bi lat|bi chim|bi dam|hu nang|hu hong|vo nat|bi vo)\b.{0,80}\b(?:ho tro|cuu tro|giup do|thiet hai)\b/,
    unless:
      /\brung (?:trong|keo|thong|tram|bach dan|cao su)\b|\bkiem tra (?:hien truong|thiet hai)\b|\bxung kich\b|\bho (?:can )?ngheo\b|\bbao hiem\b|\bthue\b|\b(?:thuong binh|benh binh|liet si|nguoi co cong)\b/,
    // (Nor a war invalid's house to repair — people with merit's own support, round 52's tryout.)
    // (The model reads an animal dead and support asked as the epidemic's support.)
    firm: true,
    faq: 'ho-tro-thien-tai',
  },
  // Someone dead or missing whose body is not found (round 40's tryout: "chồng tôi mất trong lũ tuần
  // trước, chưa tìm thấy xác", then "làm khai tử được không" got the plain death registration, which asks a
  // death notice no one can have): what the law asks first, from the FAQ.
  {
    id: 'chet-chua-tim-thay',
    kind: 'fallback',
    pattern:
      /\b(?:chua|khong|van chua|chang) (?:tim thay|tim duoc|thay|vot duoc|vot len duoc|tim ra) (?:xac(?! nhan| minh| dinh| thuc)|thi the|thi hai|nguoi|tung tich)\b|\bmat tich\b.{0,120}\b(?:khai tu|giay chung tu|giay bao tu|lam giay to|tuyen bo chet|xac nhan (?:\w+ )?chet)\b|\b(?:khai tu|giay bao tu)\b.{0,60}\bmat tich\b/,
    // (Round 44's tryout: "mất tích khi đi biển hơn 2 năm … xin xác nhận chồng chết để làm khai tử" had the death's
    // registration from the model: the court comes first, whatever the model reads.)
    firm: true,
    faq: 'chet-chua-tim-thay',
  },
  // (Round 32: "mẹ tôi già, không có lương hưu, xin trợ cấp xã hội hằng tháng" was told social
  // insurance is not the commune's — social assistance is filed at the commune.)
  {
    id: 'tro-giup-xa-hoi',
    kind: 'fallback',
    pattern:
      /\b(?:don than|nuoi con (?:mot|1) minh)\b.{0,60}\btro cap\b|\btro cap\b.{0,60}\b(?:don than|nuoi con (?:mot|1) minh)\b|\bco luong huu (?:roi )?(?:thi )?(?:co )?(?:duoc|dc) (?:nhan|huong|lanh) (?:nua|them)\b|\btro cap xa hoi\b|\bbao tro xa hoi\b|\btro giup xa hoi\b|\btro cap (?:hang thang )?(?:cho )?(?:nguoi (?:gia|cao tuoi|khuyet tat)|tre (?:em )?mo coi)\b|\b(?:khong|chua) co luong huu\b.{0,40}\btro cap\b|\b[6-9]\d tuoi\b.{0,40}\btro cap\b(?! (?:that nghiep|thai san|mai tang|tuat|om dau|huu tri|mot lan))|\b(?:khong|chua) co luong huu\b.{0,80}\b(?:tien hang thang|hang thang|duoc tien|cho tien|co tien|tien gi)\b|\b[6-9]\d tuoi\b.{0,60}\b(?:tien hang thang|tien gia|luong gia|duoc tien gi|co duoc tien|xa co cho tien|tien gi hang thang)\b|\bhuu tri xa hoi\b|\b[6-9]\d ?(?:tuoi|t)\b.{0,60}\b(?:khong|ko|chua) (?:co )?luong huu\b|\b(?:khong|ko|chua) (?:co )?luong huu\b.{0,40}\b(?:duoc (?:nhan|huong) gi|duoc gi|nhan gi|co duoc (?:gi|tien|tro cap|nhan))\b|\b[6-9]\d ?(?:tuoi|t)\b.{0,60}\b(?:ho ngheo|can ngheo)\b.{0,40}\btro cap\b/,
    // (Round 39's tryout: "81 tuổi, không có lương hưu gì cả, nghe nói già trên 75 tuổi được tiền hằng
    // tháng" was sent to the social insurance office. Not a pension already drawn, its collection
    // entrusted: "đang hưởng lương hưu, muốn ủy quyền cho con gái nhận tiền hằng tháng".)
    // (Round 40's tryout: "người già 80 tuổi không có lương hưu, xã có cho tiền không" and "bà 80 tuổi có
    // được tiền gì hằng tháng không" were sent to social insurance, or not known.)
    unless: /\buy quyen\b|\bdang (?:huong|lanh|nhan) luong huu\b/,
    faq: 'tro-giup-xa-hoi',
  },
  // Funeral support asked ("trợ cấp mai táng cho người cao tuổi", "nhà nghèo, bố mất không có tiền lo tang,
  // xã có hỗ trợ gì"): who pays it, from the FAQ (round 42's tryout: four such questions had "not sure
  // which procedure"). Not when social insurance, a survivor's pension or the death's registration is said:
  // that procedure answers.
  // (Said to have no pension — "bà không có lương hưu": not the social insurance's death benefit the model reads, round 52's
  // tryout; the FAQ's commune support.)
  {
    id: 'mai-tang-khong-luong-huu',
    kind: 'fallback',
    pattern: /^(?=.*\bmai tang\b)(?=.*\b(?:khong|ko|k|chua) (?:co |duoc |huong )?(?:luong huu|dong bao hiem|dong bhxh|bhxh)\b)/,
    firm: true,
    faq: 'tro-cap-mai-tang',
  },
  {
    id: 'mai-tang',
    kind: 'fallback',
    pattern:
      /\b(?:tro cap|ho tro|tien|chi phi|che do|phi) mai tang\b|\bmai tang phi\b|\bkhong (?:co )?tien (?:lo|de lo|lam) (?:tang|dam tang|ma)\b/,
    // (Round 45's tryout: a pension said, drawn or not — "ông mất không có lương hưu gì, xã có hỗ trợ tiền mai táng
    // không", "ông ấy là giáo viên về hưu có lương hưu, … tiền mai táng phí" — is no longer a reason to skip it: the
    // FAQ tells both cases, the commune's support and the social insurance's.)
    // (Nor a person with merit's, round 53's tryout: their own funeral allowance, the people-with-merit FAQ's.)
    unless: /\b(?:tu tuat|bhxh|bao hiem|so huu|khai tu|thuong binh|benh binh|liet si|nguoi co cong)\b/,
    faq: 'tro-cap-mai-tang',
  },
  // A disability certificate (round 39's tryout: nine such questions, "xác định mức độ khuyết tật" among
  // them, got "not sure which procedure"; the national file has none, and the writers label them "not
  // known", 467 of 608 turns that say "khuyết tật"): where it is made, from the FAQ.
  {
    id: 'khuyet-tat',
    kind: 'fallback',
    pattern:
      /\b(?:giay|the|so) (?:xac nhan |chung nhan )?(?:nguoi )?khuyet tat\b|\b(?:xac nhan|xac dinh|giam dinh|danh gia|cong nhan) (?:lai )?(?:muc do )?khuyet tat\b|\bmuc do khuyet tat\b|\bhoi dong (?:xac dinh )?(?:muc do )?khuyet tat\b|\b(?:khuyet tat|tu ky|hoi chung down|bi down|bai nao|bai liet|liet giuong|liet nua nguoi|liet (?:hai|2) chan|nam liet(?: giuong)?|thieu nang|tam than|cam diec|bi diec|diec bam sinh|khiem thinh|khiem thi|bi mu|mu (?:hai mat|2 mat|loa|bam sinh)|cut (?:tay|chan|mot|hai)|mat (?:mot|hai|1|2) (?:tay|chan))\b.{0,80}\b(?:tro cap|ho tro|duoc tien|tien hang thang|che do)\b|\b(?:me|nguoi|bo|vo|chong|con) cham (?:\w+ ){0,3}(?:cung )?(?:duoc )?tro cap\b/,
    // (Round 44's tryout: a child with autism, a mother bedridden, a carer's allowance asked had "not sure which
    // procedure": the certificate comes first, and the allowance and the carer's support are filed at the commune.)
    unless: /\b(?:can cuoc|cccd|chung thuc|ban sao|khai sinh|giam ho|ho ngheo|can ngheo|tam tru|thuong tru|bang lai|giay phep lai xe)\b/,
    faq: 'xac-dinh-khuyet-tat',
  },
  // People with merit and their families (round 52's tryout: a war invalid's widow unpaid since his death got five
  // unrelated procedures; the national file holds none of these): where to file, from the FAQ. A police officer's
  // is the provincial police's own procedure (1.004198), left to the models.
  {
    id: 'nguoi-co-cong',
    kind: 'fallback',
    pattern:
      /\b(?:thuong binh|benh binh|liet si|nguoi co cong|co cong (?:voi )?cach mang|me viet nam anh hung|to quoc ghi cong|chat doc da cam)\b/,
    unless:
      /\b(?:ban sao|sao y|sao (?:giay|the|bang|lai|ra)|muon sao|chung thuc|linh thay|chua linh|can cuoc|cccd|khai tu|ly lich|tinh trang hon nhan|doc than|cong an)\b/,
    faq: 'nguoi-co-cong',
  },
  // A policy-bank loan (round 53's tryouts: "muốn vay vốn ngân hàng chính sách để sửa thuyền", "… để nuôi bò" were declined
  // as a private loan): it goes through the village's savings-and-loan group and the commune, from the FAQ.
  // (Declined, as most writers label a loan's interest asked — "vay ngân hàng chính sách lãi bao nhiêu" —, with the FAQ's door;
  // not a paper asked for it: "làm hồ sơ hộ cận nghèo để con đi học được vay vốn", "xác nhận tình trạng hôn nhân để vay vốn".)
  {
    id: 'vay-von-chinh-sach',
    kind: 'decline',
    pattern:
      /\bngan hang chinh sach\b|\bnhcsxh\b|\bvay von (?:uu dai|chinh sach|ho ngheo|giai quyet viec lam)\b|\bho (?:can )?ngheo\b.{0,30}\bvay (?:von|tien)\b|\bto (?:tiet kiem (?:va )?)?vay von\b/,
    unless: /\b(?:thu tuc|ho so|lam giay|giay to|xac nhan|tinh trang hon nhan|doc than|cong nhan ho|nha o|sua nha|xay nha|lam nha)\b/,
    faq: 'vay-von-chinh-sach',
  },
  // Social insurance's own hotline asked (round 49's tryout: "tổng đài bảo hiểm xã hội số mấy" had the public-services
  // portal's number, read as theirs): not held here, said so.
  {
    id: 'bao-hiem-tong-dai',
    kind: 'fallback',
    pattern:
      /\b(?:tong dai|hotline|so dien thoai|sdt|so dt|duong day nong)\b.{0,30}\b(?:bao hiem xa hoi|bhxh)\b|\b(?:bao hiem xa hoi|bhxh)\b.{0,30}\b(?:tong dai|hotline|so may|so nao|so dien thoai|sdt)\b/,
    firm: true,
    text: 'Tôi không có số tổng đài của cơ quan Bảo hiểm xã hội, nên không đưa số nào khác thay vào. Bạn xem số trong ứng dụng VssID hoặc trên trang chính thức của Bảo hiểm xã hội Việt Nam, hoặc hỏi cán bộ Bộ phận Một cửa của xã.',
  },
  {
    id: 'bao-hiem',
    kind: 'fallback',
    pattern: /\bbao hiem xa hoi\b|\bbhxh\b|\bluong huu\b|\bsinh thai san\b|\bche do thai san\b|\brut bao hiem\b/,
    // (Nor a veteran saying he draws no pension, round 45's tryout: the commune's, not social insurance. Round 46's: nor an
    // authorisation to draw a pension to certify — "giấy ủy quyền cho con gái đi lĩnh lương hưu … chứng thực chữ ký".)
    unless:
      /\b(?:bao hiem xa hoi|bhxh) (?:1|mot) lan\b|\b(?:uy quyen|chung thuc)\b|\bduoi 6 tuoi\b|\btre em\b|\bkhai sinh\b|\bmat\b|\bqua doi\b|\bchet\b|\bmai tang\b|\b(?:cuu chien binh|chien dau|xuat ngu|khang chien|bo doi)\b.{0,120}\b(?:khong|chua) (?:huong |co )?luong huu\b|\b(?:khong|chua|ko|k|hong) (?:co |huong |duoc huong |lanh )?luong huu\b.{0,80}\b(?:ngheo|can ngheo|tuoi|mai tang|tro cap|ho tro)\b|^(?:\w+ ){0,4}(?:khong|chua|ko|k|hong) (?:co |huong |lanh )?luong huu(?: gi)?(?: het| ca)?$/,
    faq: 'bao-hiem-xa-hoi',
  },
  {
    id: 'kinh-doanh-co-dieu-kien',
    kind: 'fallback',
    pattern:
      /\b(?:karaoke|vu truong|quan bar)\b.{0,40}\b(?:giay phep|kinh doanh|mo (?:quan|tiem|phong|diem|co so|kinh doanh)|dang ky|xin)\b|\b(?:giay phep|kinh doanh|mo (?:quan|tiem|phong|diem|co so)|dang ky|xin)\b.{0,40}\b(?:karaoke|vu truong|quan bar)\b/,
    faq: 'kinh-doanh-karaoke',
  },
  // Not government business at all: declined, politely, with the channel.
  // "Bạn là người hay máy?" (round 32: asked in 80-odd conversations of the sets, answered with a
  // greeting or "out of scope", never with the truth): the assistant says what it is, that it can be
  // wrong, and how to reach a person. Not when a paper is asked in the same message.
  // A report made to the police, followed up here (round 47's tryout: "tôi đã báo công an về việc chồng bạo hành 2
  // tuần rồi, làm sao biết họ xử lý đến đâu" was asked for a feedback code, which such a report never has).
  // Something found that someone lost ("nhặt được cái ví có căn cước với 2 triệu, nộp ở đâu" had a scam warning, a passenger's
  // forgotten phone was declined; round 53's tryout): handed to the commune or its police, from the FAQ (Bộ luật Dân sự 2015,
  // Điều 230).
  {
    id: 'nhat-duoc-tai-san',
    kind: 'fallback',
    pattern:
      /\b(?:nhat duoc|luom duoc|bat duoc|vo duoc|thay (?:ai )?(?:danh )?roi)\b (?:\w+ ){0,3}(?:vi|bop|tui|dien thoai|dt|giay to|tien|xe|the|can cuoc|cccd|day chuyen|vang|nhan)\b|\b(?:khach|ai do|nguoi ta|ai) (?:de |bo |danh )?(?:quen|roi)\b (?:\w+ ){0,4}(?:vi|bop|tui|dien thoai|dt|giay to|tien)\b.{0,60}\b(?:tra|nop|giao|lam sao|o dau)\b/,
    unless: /\b(?:mat|bi mat|danh mat|lam mat|lam lai|cap lai)\b|\bbi (?:\w+ ){0,2}(?:nhat|luom) duoc\b/,
    firm: true,
    faq: 'nhat-duoc-tai-san',
  },
  {
    id: 'tin-bao-cong-an',
    kind: 'fallback',
    pattern:
      /\b(?:da |di )?(?:bao|trinh bao|to giac|to cao) (?:voi )?(?:cong an|ca)\b.{0,80}\b(?:xu ly (?:den dau|chua)|den dau roi|chua (?:thay|co) (?:gi|ket qua|ai)|khong ai (?:xu ly|giai quyet)|lam sao biet)\b/,
    firm: true,
    text: 'Tin báo, tố giác đã trình báo công an không nằm trong mục phản ánh của xã nên tôi không tra được. Bạn hỏi lại Công an xã nơi đã trình báo, mang theo giấy biên nhận hay biên bản nếu có. Quá lâu không được trả lời thì bạn có thể kiến nghị lên Chủ tịch Ủy ban nhân dân xã hoặc công an cấp trên. Nếu đang gặp nguy hiểm, gọi ngay số khẩn cấp của công an.',
  },
  {
    id: 'tro-ly-tu-dong',
    kind: 'decline',
    pattern:
      /\b(?:ban|bot|em|may|ad) (?:la )?(?:ai|tri tue nhan tao|robot|chatbot) (?:a|ha|ak|ah|ha)\b|\btra loi sai\b.{0,20}\bai chiu trach nhiem\b|\bnguoi (?:that )?hay (?:la )?(?:may|bot|robot|chatbot)\b|\bnguoi that (?:hay|hong|khong|ko|k|a|ha|day)\b|\b(?:bot|robot|chatbot|may) hay (?:la )?nguoi\b|\b(?:ban|ad|quan tri vien|bot|em|chatbot|may|m|mi) (?:co )?(?:phai )?(?:la )?(?:nguoi that|nguoi may|robot|chatbot|tri tue nhan tao)\b|\b(?:ad|quan tri vien|ban|em) (?:co )?(?:phai )?la (?:bot|may)\b|\bco phai (?:la )?(?:nguoi that|can bo that|may tra loi)\b|\b(?:la|phai) (?:may|bot) tra loi\b|\btra loi tu dong\b/,
    unless: PAPER_CUE,
    firm: true,
    text: 'Tôi là trợ lý tự động (một chương trình máy tính), không phải cán bộ. Tôi trả lời về thủ tục hành chính theo thông tin công khai của Cổng Dịch vụ công quốc gia và của xã; điều gì không chắc, tôi nói là không chắc, và tôi vẫn có thể nhầm. Muốn hỏi trực tiếp cán bộ, bạn dùng một trong các cách dưới đây.',
  },
  {
    id: 'hang-xom',
    kind: 'decline',
    pattern:
      /\b(?:cai|chui) nhau\b|\bmau thuan\b|\b(?:quyt|xu) no\b|\bno (?:tien )?khong tra\b|\bvay tien khong tra\b|\bdoi no\b|\bhang xom\b.{0,40}\b(?:on ao|cai|danh|chui|chat|do rac|nuoc thai|karaoke|den|boi thuong)\b|\bbat (?:ho|no|han) den\b|\b(?:choi|vo|be|giat|om) hui\b|\b(?:chu tro|chu nha)\b.{0,30}\b(?:giu|khong tra|ko tra|khong chiu tra) (?:\w+ ){0,2}(?:tien )?coc\b|\b(?:nha ben canh|nha ke ben|nha sat vach)\b.{0,60}\b(?:nut tuong|lam nut|khong chiu den|khong den bu)\b/,
    unless: /\bbao luc\b|\bbao hanh\b|\bxam hai\b|\btranh chap dat\b|\bchay\b|\blan (?:chiem|sang|ranh|dat)\b|\b(?:ranh gioi|moc gioi)\b/,
    faq: 'tranh-chap-hoa-giai',
  },
  // "Bạn có lưu thông tin của tôi không?" (round 32, a new user's tryout: answered "not sure"): what
  // the service keeps (chat/conversations.ts: memory with a time-to-live; usage/counter.ts: unanswered
  // questions, masked) said plainly.
  {
    id: 'du-lieu-ca-nhan',
    kind: 'decline',
    pattern:
      /\b(?:ban|bot|ad|quan tri vien|tro ly|em|may) (?:co |con )?nho (?:\w+ ){0,4}(?:khong|ko|k|chu|hong)\b|\b(?:luu|giu) (?:\w+ ){0,3}(?:tin nhan|du lieu|thong tin) (?:\w+ ){0,3}bao lau\b|\bxoa (?:het |sach |bo )?(?:du lieu|thong tin|tin nhan|lich su)(?: (?:cua )?(?:toi|em|tui|minh))?(?: di)?\b|\b(?:tin nhan|doan chat|noi dung)\b.{0,40}\b(?:can bo|xa|cong ty|cty|sep)\b.{0,20}\b(?:doc|xem|biet) (?:duoc )?|\btin nhan\b.{0,40}\b(?:bi |duoc )?(?:luu|ghi) lai\b|\b(?:tin nhan|noi dung)\b.{0,40}\bchuyen cho (?:cong an|ai|xa)\b|\b(?:ban|bot|em|tro ly|ad|may)\b.{0,20}\bco nho\b.{0,30}\b(?:lan truoc|hom truoc|hom qua|hoi gi|da hoi|noi gi)\b|\b(?:luu|ghi lai|thu thap|ban|chia se|giu|doc) (?:lai )?(?:duoc )?(?:thong tin|tin nhan|du lieu|so dien thoai|cuoc tro chuyen|noi dung chat)(?: (?:cua )?(?:toi|em|minh|chau|nguoi dan))?\b.{0,20}\b(?:khong|ko|k|a|ha|chua|the nao|o dau)\b|\bbao mat (?:thong tin|du lieu)\b|\bdu lieu ca nhan\b|\b(?:ad|quan tri vien|bot|ban|tro ly|em) (?:co )?(?:luu|giu|nho) (?:thong tin|gi|nhung gi)\b|\b(?:chat|tin nhan|doan chat) (?:nay )?co ai doc\b|\bgui (?:thong tin|tin nhan)\b.{0,30}\bcho (?:cong an|cong an xa)\b|\bxoa (?:het )?lich su (?:chat|tro chuyen|tin nhan)\b|\bco ai doc (?:duoc )?tin nhan\b|\btin nhan\b.{0,15}\bco ai (?:doc|xem)\b|\bthong tin (?:ca nhan|cua (?:toi|tui|em|minh))\b.{0,40}\b(?:co )?(?:an toan|bi lo|lo ra|bao mat|ai xem)\b/,
    // (Round 41's tryout: "thông tin cá nhân của tôi gửi qua app có an toàn ko" was declined as not ours.)
    unless: PAPER_CUE,
    firm: true,
    text: CHAT_MEMORY_TEXT,
  },
  // A paper's number sent before, asked whether the assistant remembers it (round 49's tryout: "bot có nhớ số cccd của
  // tôi không? lần trước tôi có gửi" had how to follow a feedback; the paper named keeps the rule above from it).
  {
    id: 'du-lieu-ca-nhan-da-gui',
    kind: 'decline',
    pattern:
      /\b(?:ban|bot|ad|tro ly|em|may) (?:co |con )?(?:nho|luu|giu) (?:\w+ ){0,8}(?:khong|ko|k|chu|hong)\b.{0,40}\b(?:lan truoc|hom truoc|hom qua|da gui|co gui|gui roi|nhan roi)\b/,
    firm: true,
    text: CHAT_MEMORY_TEXT,
  },
  // Someone else's file or papers asked to be looked at (round 38's tryout: "cho tôi xem hồ sơ khai sinh
  // của con hàng xóm" got how to follow one's own dossier, as if that were fine).
  {
    id: 'ho-so-nguoi-khac',
    kind: 'fallback',
    pattern:
      /\b(?:xem|tra cuu|kiem tra|tra|coi|doc)\b.{0,30}\b(?:ho so|giay to|thong tin|khai sinh|dia chi|so dien thoai|sdt|can cuoc)\b.{0,30}\bcua (?:nguoi khac|hang xom|nha ben|con nha|con hang xom|ong hang xom|ba hang xom|nguoi ta)\b|\bbiet\b.{0,40}\b(?:hang xom|nha (?:so \d+|ben canh|ke ben|doi dien)|nguoi khac)\b.{0,40}\b(?:ten gi|ten la gi|ai o|ai dung ten|dang ky thuong tru|so dien thoai|sdt|nam sinh|ngay sinh)\b|\b(?:nha so \d+|nha ben canh|nha hang xom|nha doi dien)\b.{0,20}\bai (?:dung ten|o do|o day|dang ky|la chu)\b/,
    // (Round 51's tryout: "cho tôi biết hàng xóm nhà số 12 tên gì, đăng ký thường trú ai ở đó" was offered the residence's
    // registration, three times.)
    firm: true,
    text: 'Tôi không xem, không tra cứu hồ sơ hay giấy tờ của người khác: đó là thông tin cá nhân của họ. Hồ sơ của chính bạn thì bạn tra bằng mã hồ sơ trên phiếu hẹn, hoặc hỏi bộ phận một cửa.',
  },
  // A citizen fed up with the assistant (round 32, a new user's tryout: "mày trả lời ngu thế, hỏi mãi
  // không được" got a bare "out of scope"): an apology, how to ask, and a person to ask.
  {
    id: 'chua-giup-duoc',
    kind: 'decline',
    pattern:
      /\bhoi cung nhu khong\b|\bthoi khoi\b.{0,20}\b(?:hoi|noi)\b|(?<!\b(?:trich luc|xem|tren|in|ve|tra|xin|cung cap) )\b(?:bot|ad|quan tri vien|may|ban|chatbot|tro ly) (?:ngu|dot|do(?! (?:dia chinh|quy hoach|dia hinh|hanh chinh|thua|dat|google|vi tri|duong|xa|huyen|tinh)\b)|kem|vo dung|lam an kem|tra loi (?:ngu|linh tinh|lung tung|sai|vo van))\b|\btra loi (?:ngu|linh tinh|lung tung|vo van)\b|\bngu (?:the|vay|qua)\b|\bhoi mai (?:khong|ko|chang) (?:duoc|hieu)\b/,
    unless: PAPER_CUE,
    text: 'Xin lỗi vì tôi chưa giúp được bạn. Tôi là trợ lý tự động nên có lúc hiểu chưa đúng; bạn thử nói ngắn việc cần làm (ví dụ “làm lại căn cước bị mất”), hoặc hỏi trực tiếp cán bộ theo các cách dưới đây.',
  },
  {
    id: 'y-kien',
    kind: 'decline',
    pattern:
      /\bnghi (?:sao|the nao|gi) ve\b|\b(?:ban|ad|bot|em|quan tri vien) nghi (?:sao|gi|the nao)\b|\b(?:ban|ad|bot|quan tri vien) nghi\b.{0,30}\bco nen\b|\by kien (?:cua )?(?:ban|ad|bot|quan tri vien)\b|\btheo (?:ban|ad|bot|quan tri vien)\b.{0,60}\b(?:hop ly|dung khong|nen|tot khong|the nao)\b|\by kien (?:ve|gi|xa|ad|ban|bot)\b|\b(?:ban|ad|bot|xa) (?:co |cho )?y kien\b|\bcho y kien\b|\bxin y kien (?:ve|chinh quyen|ad|ban)\b|\bchinh tri\b|\b(?:ban|ad|bot) thay\b.{0,40}\b(?:co dung|dung khong|the nao|hop ly)\b|\bquyet dinh sai lam\b|\bdang (?:cong san|phai)\b|\b(?:ung ho|phan doi) (?:viec|chu truong|chinh sach)\b|\bco nen (?:sap nhap|bo|giu)\b|\bbieu tinh\b|(?<!thoi |tu |sau |trong |vi |do |hoi |nam )\bchien tranh\b(?!.{0,40}\b(?:mat|chay|that lac|khong con|that truyen)\b)|\bchinh phu (?:te|kem|do)\b|\b(?:tham nhung|tieu cuc) (?:qua|the)\b/,
    text: 'Tôi là trợ lý hỏi đáp thủ tục hành chính, nên không nêu ý kiến riêng về chính sách, chính trị hay thời sự. Nếu bạn muốn góp ý với chính quyền, hãy gửi phản ánh, kiến nghị để cơ quan có thẩm quyền trả lời.',
  },
  {
    id: 'thoi-tiet',
    kind: 'decline',
    pattern:
      /\bthoi tiet\b|\bco mua khong\b|\btroi (?:co )?mua\b|\bmai (?:co )?mua\b|\bmua (?:bao|lon|to) (?:khong|chua)\b|\bnhiet do\b|(?<!thong )\bbao so (?:\d+|may|mo)\b|\bdu bao\b|\bnang nong\b/,
    text: 'Tôi không có thông tin thời tiết. Bạn xem bản tin dự báo trên truyền hình hoặc trang của cơ quan khí tượng thủy văn. Khi gặp thiên tai, cần cứu nạn, hãy gọi đường dây khẩn cấp.',
  },
  {
    // (Round 41: money asked of the commune itself, "cho vay ít tiền đóng phí hồ sơ được không", "cho
    // tôi vay tiền để nộp lệ phí sổ đỏ": declined whatever paper it is for — it was read as paying fees.)
    id: 'vay-tien',
    kind: 'decline',
    pattern:
      /\bcho (?:toi |tui |em |minh |chau |bac |co |chu |anh |chi )?(?:vay|muon) (?:it |mot it |tam |them )?(?:tien\b|(?:de|dong|nop|tra) )/,
    firm: true,
    text: NOT_TRADE,
  },
  {
    id: 'mua-ban',
    kind: 'decline',
    pattern:
      /\bmua\b.{0,40}\b(?:o dau|re|gia re|bao nhieu tien|gia bao nhieu|cho nao|shop|online)\b|\b(?:gia|ti gia) (?:vang|xang|dau|lua|gao|heo|lon|usd|do la|dien thoai|xe)\b|\bgiam gia\b|\bdat hang\b(?! (?:xom|nam|thang|ngay))|\bship hang\b|\bo dau (?:re|ngon|ban)\b(?! (?:trai|gai|oi|be))|\bchung khoan\b|\bco phieu\b|\btien ao\b|\bapp vay\b|\bvay (?:tien )?(?:nhanh|online|qua app)\b(?! thi)|\bxo so\b|\blo de\b(?! (?:lau|qua|lo|mat|bi|het|vay|tre))|\btrung thuong\b/,
    unless: PAPER_CUE,
    text: NOT_TRADE,
  },
  {
    id: 'giai-tri',
    kind: 'decline',
    pattern:
      /\bkaraoke\b|\bxem phim\b|\bphim (?:gi|hay|moi)\b|\bdu lich\b|\bdi choi\b|\bbong da\b|\bgame\b|\bnghe nhac\b|\bbai hat\b|\bca si\b|\bnau (?:pho|com|an|mon)\b|\bcach nau\b|\bmon an\b|\bquan (?:an|nhau|cafe|ca phe) (?:nao|ngon)\b|\bke chuyen\b|\bchuyen cuoi\b|\blam tho\b|\bbai van\b|\blam bai tap\b|\bgiai (?:bai|toan)\b|\bngay mai an gi\b|\bhen ho\b|\bco (?:ny|nguoi yeu|vo|chong) chua\b|\b(?:chuyen|tu van|van de) tinh cam\b|\bthat tinh\b|\bchia tay (?:nguoi yeu|ny|ban trai|ban gai)\b|\btu vi\b|\bboi (?:bai|toan)\b|\b(?:lon|heo|ga|vit|trau|con cho|cho nha|meo)\b.{0,30}\b(?:bi om|om|benh(?! vien)|chua sao|khong an)\b/,
    unless: PAPER_CUE,
    text: 'Việc này nằm ngoài phạm vi của tôi: tôi chỉ trả lời về thủ tục hành chính, dịch vụ công và cách liên hệ chính quyền xã.',
  },
  {
    id: 'suc-khoe-doi-song',
    kind: 'decline',
    pattern:
      /\b(?:uong|dung) thuoc\b|\bthuoc (?:gi|nao)\b|(?<!lan |bat )\bdau (?:bung|dau|rang|lung|hong|da day)\b|\bbi (?:sot|cam|cum|ho khan)\b|\bgiam can\b|\bwifi\b|\bmang (?:yeu|cham|lag)\b|\bdien thoai\b.{0,15}\b(?:hong|loi|treo|vo man hinh|sap nguon)\b|\b(?:day|huong dan) (?:toi |em |minh )?nau\b|\bgiau nhanh\b|\blam giau\b|(?<!muc )\bdich (?:sang|giup)\b|\btieng anh\b|\bxem tuoi\b|\bxem ngay (?:tot|dep)\b|\bphong thuy\b|\bty so\b|\btran dau\b|\b(?:ban|ad|bot) (?:bao nhieu tuoi|an com chua|o dau vay|co nguoi yeu|dep trai|xinh)\b|\ban gi (?:ngon|bay gio)\b|\bcong thuc nau\b|\blam banh\b|\btrong (?:rau|cay)\b.{0,20}\b(?:the nao|sao)\b/,
    unless: PAPER_CUE,
    text: 'Việc này nằm ngoài phạm vi của tôi: tôi chỉ trả lời về thủ tục hành chính, dịch vụ công và cách liên hệ chính quyền xã.',
  },
  // Everyday classes beyond the ones above (farming and animals, fortune telling, travel tickets,
  // sport results, illness, chit-chat about the bot): declined the same way.
  {
    id: 'doi-song-khac',
    kind: 'decline',
    pattern:
      /\b(?:lon|heo|ga|vit|trau|con cho|meo)\b.{0,20}\b(?:bi om|bi benh|bo an|khong an|ia chay|bi dich|chet dan)\b|\bphan bon\b|\bsau benh\b|\bthuoc tru sau\b|\bthuoc (?:thu y|bo|cho lon|cho ga)\b|\btrong (?:cay|lua|rau|ngo) (?:gi|nao|the nao|sao)\b|\btu vi\b|\bxem boi\b|\bboi bai\b|\bvan khan\b|\bcung (?:ram|sao|giai han)\b|\bve (?:tau|may bay|xe khach)\b|\blich (?:tau|xe khach|chuyen bay)\b|\bnha xe\b|\bty so\b|\bket qua (?:tran|bong)\b|\bdoi tuyen\b|\bchua (?:benh|tri)\b|\btrieu chung\b|\bhuyet ap\b|\btieu duong\b|\bban (?:bao nhieu tuoi|co buon khong|co vui khong)\b|\bhat (?:cho|mot bai|di)\b/,
    unless: PAPER_CUE,
    text: 'Việc này nằm ngoài phạm vi của tôi: tôi chỉ trả lời về thủ tục hành chính, dịch vụ công và cách liên hệ chính quyền xã.',
  },
  {
    id: 'tai-chinh-ca-nhan',
    kind: 'decline',
    pattern:
      /\bgia (?:dat|nha|can ho|thue nha)\b.{0,30}\b(?:bao nhieu|the nao|tang|giam|len|xuong)\b|(?<!bat |con |di )\b(?:dau tu|bitcoin|coin|forex|crypto)\b|\bbao hiem nhan tho\b|\blai suat (?:tiet kiem|ngan hang|vay)\b|\bgui tiet kiem\b/,
    unless: /\b(?:boi thuong|thu hoi|thue dat|le phi|truoc ba|thu tuc|giay phep|dang ky (?:dau tu|kinh doanh)|chu dau tu|ho tro dau tu)\b/,
    text: 'Tôi chỉ trả lời về thủ tục hành chính và dịch vụ công, không tư vấn giá nhà đất, đầu tư, tiết kiệm hay bảo hiểm thương mại.',
  },
  {
    id: 'dien-nuoc',
    kind: 'decline',
    pattern: /\b(?:mat|cat|cup) (?:dien|nuoc)\b|\bbao gio co (?:dien|nuoc)(?: lai)?\b|\bmat song (?:dien thoai|wifi)\b/,
    unless: PROCEDURE_CUE,
    text: 'Việc cấp điện, cấp nước do công ty điện lực, công ty cấp nước phụ trách, không phải thủ tục hành chính: bạn gọi tổng đài chăm sóc khách hàng in trên hóa đơn tiền điện, tiền nước. Nếu muốn chính quyền xã biết việc này, bạn gửi phản ánh.',
  },
  // Another business's or service's hours, bills and switchboard: "ngân hàng mấy giờ mở cửa", "xe buýt
  // mấy giờ chạy", "đóng tiền điện ở đâu", "app ngân hàng lỗi", "tổng đài Viettel". (Round 23: in the
  // training sets such turns were answered with the commune's hours, paying fees online or the
  // commune's lines; 19 of them, each declined by its writer.)
  {
    id: 'dich-vu-khac',
    kind: 'decline',
    firm: true,
    pattern:
      /\b(?:ngan hang|phong giao dich|xe (?:buyt|bus)|buu dien|cho phien|nha tho|nha sach|tiem (?:photo|tap hoa|thuoc|vang)|sieu thi|cay xang|nha thuoc)\b.{0,40}\b(?:may gio|gio nao|luc nao|nghi trua|(?:lam viec|mo cua|lam) (?:thu (?:7|bay)|chu nhat))\b|\b(?:may gio|gio le)\b.{0,30}\b(?:ngan hang|xe (?:buyt|bus)|buu dien|cho phien|nha tho|sieu thi)\b|\b(?:dong|tra|nop|thanh toan|chuyen khoan)\b.{0,10}\b(?:tien|hoa don|cuoc) (?:dien|nuoc|mang|internet|wifi|truyen hinh|dien thoai)\b|\bapp ngan hang\b.{0,30}\b(?:loi|khong chuyen|bi khoa|khong vao|khong dang nhap)\b|\b(?:tong dai|hotline|so dien thoai|sdt|so dt|cskh)\b.{0,20}\b(?:viettel|vinaphone|mobifone|vnpt|fpt|grab|shopee|lazada|tiki|dien may xanh|the gioi di dong|shop|cua hang)\b/,
    unless:
      /\b(?:mot cua|ubnd|uy ban|cong an|le phi|thue|thu tuc|ho so|giay to|chung thuc|khai sinh|can cuoc|tam tru|thuong tru|cu tru|dang ky kinh doanh|giay phep|vneid|dinh danh)\b|(?<!(?:buu dien|ngan hang|chi nhanh|phong giao dich) )\bxa (?:minh |ta )?(?:mo cua|lam viec|may gio)\b/,
    text: 'Tôi chỉ trả lời về thủ tục hành chính, dịch vụ công và cách liên hệ chính quyền xã. Giờ mở cửa, hóa đơn hay tổng đài của ngân hàng, nhà mạng, điện nước, cửa hàng hay nhà xe, bạn hỏi thẳng nơi đó: số chăm sóc khách hàng thường in trên hóa đơn, trang web hoặc ứng dụng của họ.',
  },
  {
    id: 'ca-nhan',
    kind: 'decline',
    pattern:
      /\b(?:so dien thoai|dia chi|sdt)\b.{0,30}\b(?:nha|cua) (?:ong|ba|anh|chi|co|chu(?! tich)|bac)\b(?! (?:chu tich|pho chu tich|bi thu|can bo|truong (?:thon|ap|ban|cong an)))/,
    text: 'Tôi không cung cấp số điện thoại hay địa chỉ của người khác: đó là thông tin cá nhân được pháp luật bảo vệ.',
  },
];

/** Words that only say "do it", with no topic: a message made of these and a detail is a follow-up. */
export const WEAK_TERMS = new Set([
  'mat',
  'het',
  'lay',
  'nhan',
  'xin',
  'tra',
  'ket',
  'qua',
  'giai',
  'quyet',
  'cai',
  'xem',
  'cap',
  'lam',
  'thoi',
  'gian',
  'tien',
  'tong',
  'cong',
  'thuc',
  'hien',
  'ngay',
  'lau',
  'nhanh',
  'cham',
  'xu',
  'ly',
  'dich',
  'vu',
  'ho',
  'so',
]);

/** "quay lại cái khai sinh": back to a procedure answered earlier. */
export const BACK = ['quay lai', 'quay ve', 'tro lai', 've lai', 'hoi lai', 'lai cai', 'cai luc nay', 'cai luc dau', 'cai ban dau'];

/** A death told as a story: the needs come in order (khai tử, then the interlinked steps). */
export const DEATH_STORY =
  /\b(?:cat khau|xoa (?:dang ky )?thuong tru|xoa ho khau|phai lam (?:nhung )?(?:giay to )?gi|lam nhung (?:giay to )?gi|can lam (?:giay )?gi|thu tuc gi|bat dau tu dau|lam tiep (?:cai |nhung |viec )?gi|tiep theo (?:lam|la|can) (?:\w+ )?gi|con (?:phai )?lam (?:\w+ )?gi nua)\b/;

/** Folded words saying the citizen wants to do something (apply, register): not just naming a family. */
export const ACTION_WORDS = new Set(['xin', 'lam', 'dang', 'cap', 'nop', 'muon']);

/** Words that make a procedure a special case; a question without them means the plain one. */
export const MODIFIERS = [
  'lại',
  'đổi',
  'gia hạn',
  'điều chỉnh',
  'chấm dứt',
  'xóa',
  'tạm ngừng',
  'hủy',
  'lưu động',
  'nước ngoài',
  'sửa đổi',
  'di dời',
  'sửa chữa',
  'hiệu đính',
  'dừng',
  'thoát',
  'giám sát',
  'biên giới',
];

/**
 * Asks no procedure page answers: whether being late or not doing it is fined (and how much), and
 * how long the paper is valid. (Round 33: blind 283, written on asks of one detail, put one of
 * these to about one procedure answer in eight; the answer gave the page's papers and fee and said
 * nothing of what was asked.) Also by when it must be done, which a curated page may hold as a
 * tip ("Trong 60 ngày kể từ ngày sinh …"). A fine is read on the message as typed when it has Vietnamese marks
 * ("phạt", not "phát": paid out), else on its folded words.
 */
export const PENALTY_MARKED = /phạt/iu;
/** A decision or record of a penalty, named as the matter ("khiếu nại quyết định xử phạt"): no fine asked. */
export const PENALTY_DECISION = /(?:quyết định|biên bản|khiếu nại|tố cáo)(?: về)?(?: việc)? (?:xử phạt|phạt)/giu;
export const PENALTY_DECISION_FOLDED = /\b(?:quyet dinh|bien ban|khieu nai|to cao)(?: ve)?(?: viec)? (?:xu phat|phat)\b/g;
export const PENALTY_FOLDED = /\b(?:bi|nop|xu|dong|chiu) phat\b|\bphat (?:bao nhieu|bn|khong|ko|k|hanh chinh)\b/;
/** By when it must be done ("trong bao lâu thì phải khai tử"), not how long the office takes. */
export const DEADLINE_ASK =
  /^(?!.*\b(?:nop|ho so|phieu hen|ngay hen|ket qua|tra)\b).*\b(?:qua han|tre han|lo han|de qua han|lam muon|lam tre|di muon|khai muon|khai tre) (?:roi )?(?:thi|co) (?:sao|lam sao|sao khong|duoc khong|sao ko|dc ko|duoc ko|bi gi)\b|\bbao lau (?:thi |la )?phai\b|\bphai (?:di )?(?:lam|khai|dang ky|bao|gia han|nhap)\b.{0,30}\btrong (?:vong )?(?:bao lau|may ngay|bao nhieu ngay|may thang)\b|\b(?:may|bao nhieu) ngay (?:thi |la )?phai\b|\bhan chot\b|\bcham nhat (?:la )?(?:bao lau|may ngay|bao nhieu ngay)\b|\b(?:gia han|lam|nop) truoc (?:may|bao nhieu) ngay\b|\btrong (?:vong )?may (?:tieng|tiep|gio|ngay)\b|\bthoi han phai (?:di )?(?:lam|khai|dang ky|bao)\b|\b(?:bao nhieu|may) ngay ke tu (?:khi|ngay) (?:mat|chet|sinh|de|qua doi|ve|den)\b/;
/** Whether it can be done somewhere else than home ("làm ở tỉnh khác được không", "phải về quê à"). */
export const ELSEWHERE_ASK =
  /\b(?:tinh|xa|huyen|phuong|noi|cho|thanh pho) khac\b.{0,30}\b(?:duoc|dc) (?:khong|ko|k|hong|chu|ha)\b|\b(?:lam|dang ky|nop|xin|doi|cap) (?:o|tai) (?:tinh|xa|phuong|noi) khac\b|\bphai ve (?:que|dia phuong|noi thuong tru)\b|\bo dau cung (?:duoc|lam duoc|dc)\b|\b(?:xa que|(?:o|tai) (?:cho|noi) (?:dang )?(?:lam|o))\b.{0,40}\b(?:duoc|dc) (?:khong|ko|k|hong)\b|\b(?:lam|dang ky|nop|xin|khai|doi|cap)\b(?: \w+){0,4} (?:o|tai) (?:day|trong nay|ngoai nay|noi (?:dang )?(?:o|lam|tam tru)|cho (?:dang )?(?:o|lam|tro))\b.{0,20}\b(?:duoc|dc) (?:khong|ko|k|hong|chu|ha)\b/;
export const VALIDITY_ASK =
  /\bgia tri (?:trong |su dung )?(?:bao lau|may thang|may nam|duoc bao lau|bao nhieu thang|bao nhieu nam)\b|\bco het han (?:khong|ko|k)\b|\bco (?:thoi )?han (?:khong|ko|k)\b|\bthoi han su dung\b|\bhieu luc (?:trong )?(?:bao lau|may thang|may nam)\b|\bdung duoc (?:trong )?(?:bao lau|may thang|may nam)\b|(?<!\b(?:tre|qua|tre hen|cham) )\b(?:co )?(?:thoi )?han (?:su dung )?(?:bao lau|may thang|may nam)\b(?! (?:thi |la )?phai)|\bduoc bao lau (?:thi )?het han\b/;
