import type { Random } from './prng.ts';

// 城市 + 字号 + 行业 + 有限公司, as Chinese company names are built.
const PLACES = ['长春市', '长春市', '长春市', '长春', '吉林省', '吉林'] as const;

const TRADE_NAME_CHARS = [
  ...'春城华泰鑫源盛达恒通宏远金鼎瑞丰隆昌兴旺新亚东方北辰长白松江吉祥安康永利广汇嘉禾博远天成中信万象德润顺和锦程星海明珠富强卓越龙腾凯旋正大鸿运启航',
];

/** Trade word of the name → the industry (national classification) it suggests. */
const INDUSTRIES: ReadonlyArray<readonly [string, string]> = [
  ['热力', '电力、热力、燃气及水生产和供应业'],
  ['燃气', '电力、热力、燃气及水生产和供应业'],
  ['科技', '科学研究和技术服务业'],
  ['环保科技', '科学研究和技术服务业'],
  ['信息技术', '信息传输、软件和信息技术服务业'],
  ['软件', '信息传输、软件和信息技术服务业'],
  ['网络科技', '信息传输、软件和信息技术服务业'],
  ['商贸', '批发和零售业'],
  ['贸易', '批发和零售业'],
  ['电子商务', '批发和零售业'],
  ['医药连锁', '批发和零售业'],
  ['建筑工程', '建筑业'],
  ['装饰工程', '建筑业'],
  ['市政工程', '建筑业'],
  ['汽车零部件', '制造业'],
  ['机械制造', '制造业'],
  ['食品', '制造业'],
  ['光电', '制造业'],
  ['新材料', '制造业'],
  ['生物制药', '制造业'],
  ['物流', '交通运输、仓储和邮政业'],
  ['运输', '交通运输、仓储和邮政业'],
  ['餐饮管理', '住宿和餐饮业'],
  ['酒店管理', '住宿和餐饮业'],
  ['房地产开发', '房地产业'],
  ['物业服务', '房地产业'],
  ['广告传媒', '租赁和商务服务业'],
  ['企业管理咨询', '租赁和商务服务业'],
  ['人力资源', '租赁和商务服务业'],
  ['文化传播', '文化、体育和娱乐业'],
  ['教育咨询', '教育'],
  ['健康管理', '卫生和社会工作'],
  ['农业发展', '农、林、牧、渔业'],
];

const SUFFIXES = ['有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '有限责任公司', '股份有限公司'];

const STREETS = [
  ...['人民大街', '亚泰大街', '自由大路', '南湖大路', '解放大路', '幸福街', '全安街', '东岭南街', '大马路'],
  ...['东天街', '永吉街', '民康路', '南岭大街', '净月大街', '吉林大路', '繁荣路', '曙光路', '南环城路'],
];

export interface DemoCompany {
  name: string;
  shortName: string;
  industry: string;
  address: string;
}

export function company(random: Random): DemoCompany {
  const tradeName = random.pick(TRADE_NAME_CHARS) + random.pick(TRADE_NAME_CHARS);
  const [trade, industry] = random.pick(INDUSTRIES);
  return {
    name: `${random.pick(PLACES)}${tradeName}${trade}${random.pick(SUFFIXES)}`,
    shortName: `${tradeName}${trade}`,
    industry,
    address: `长春市南关区${random.pick(STREETS)}${random.int(1, 3999)}号`,
  };
}

/** The first is the firm the search examples look for (热力 in 春城热力); all are distinct by name. */
export function distinctCompanies(random: Random, count: number): DemoCompany[] {
  const first: DemoCompany = {
    name: '长春市春城热力有限公司',
    shortName: '春城热力',
    industry: '电力、热力、燃气及水生产和供应业',
    address: '长春市南关区人民大街2288号',
  };
  const byName = new Map([[first.name, first]]);
  while (byName.size < count) {
    const next = company(random);
    if (!byName.has(next.name)) byName.set(next.name, next);
  }
  return [...byName.values()].slice(0, count);
}
