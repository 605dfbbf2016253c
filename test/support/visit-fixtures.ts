// A small district for the /visit tests, written straight into PostgreSQL: one team with one group,
// the dispatch room, three cadres with Slack accounts, a few enterprises (searchable by their grams)
// and two policies.
import { searchGrams } from '../../src/domain/directory/search-grams.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import type { FakeUser } from './fake-slack/index.ts';

export const WANG = 'U0WANGWEI1'; // cadre, zh-CN, owns 春城热力 and 南关食品
export const ANNA = 'U0ANNALI01'; // cadre, en, same group
export const ZHANG = 'U0ZHANGQ01'; // dispatch staff, zh-CN
export const STRANGER = 'U0STRANGE1'; // in Slack, not in the directory

export const CHUNCHENG_CODE = '91220101MA14XY2Q3K';

export const VISIT_USERS: FakeUser[] = [
  { id: WANG, name: 'wangwei', locale: 'zh-CN', tz: 'Asia/Shanghai' },
  { id: ANNA, name: 'anna', locale: 'en-US', tz: 'Asia/Shanghai' },
  { id: ZHANG, name: 'zhangqiang', locale: 'zh-CN', tz: 'Asia/Shanghai' },
  { id: STRANGER, name: 'stranger', locale: 'en-US', tz: 'Asia/Shanghai' },
];

export interface VisitDistrict {
  cadres: { wang: number; anna: number; zhang: number };
  units: { team: number; group: number; dispatch: number };
  enterprises: { chuncheng: number; food: number; heatEquipment: number; northHeat: number; bakery: number };
  policies: { heating: number; smallFirms: number };
}

export async function seedVisitDistrict(db: Db): Promise<VisitDistrict> {
  const cadre = (code: string, name: string, slackUserId: string, roles: Array<'dispatch'> = []) =>
    db.cadre.create({ data: { code, name, slackUserId, rank: 'staff', roles }, select: { id: true } });
  const wang = (await cadre('C001', '王伟', WANG)).id;
  const anna = (await cadre('C002', 'Anna Li', ANNA)).id;
  const zhang = (await cadre('C003', '张强', ZHANG, ['dispatch'])).id;

  const team = await db.unit.create({ data: { code: 'T01', name: '第一助企服务队', kind: 'team' } });
  const group = await db.unit.create({
    data: { code: 'T01-G1', name: '第一服务组', kind: 'group', parentId: team.id },
  });
  const dispatch = await db.unit.create({
    data: { code: 'DISPATCH', name: '区调度室', kind: 'dispatch', slackChannelId: 'C0DISPATCH' },
  });
  await db.membership.createMany({
    data: [
      { unitId: group.id, cadreId: wang },
      { unitId: group.id, cadreId: anna },
      { unitId: dispatch.id, cadreId: zhang },
    ],
  });

  const enterprise = async (name: string, cadreId: number | null, creditCode: string, shortName?: string) =>
    (
      await db.enterprise.create({
        data: {
          name,
          shortName,
          creditCode,
          cadreId,
          searchGrams: searchGrams([name, shortName, creditCode]),
        },
        select: { id: true },
      })
    ).id;
  const enterprises = {
    // Not Wang's: found by 热力 too, but listed after his own.
    heatEquipment: await enterprise('长春热力设备制造有限公司', anna, '91220101MA11AAAA1A'),
    northHeat: await enterprise('长春市北方热力集团有限公司', null, '91220102MA22BBBB2B', '北方热力'),
    chuncheng: await enterprise('长春市春城热力有限公司', wang, CHUNCHENG_CODE, '春城热力'),
    food: await enterprise('吉林省南关食品有限公司', wang, '91220102MA33CCCC3C'),
    bakery: await enterprise('Changchun Golden Bakery Co., Ltd.', null, '91220103MA44DDDD4D'),
  };

  const policy = async (code: string, title: string) =>
    (await db.policy.create({ data: { code, title, issuer: '长春市人民政府' }, select: { id: true } })).id;
  const policies = {
    heating: await policy('P001', '长春市供热企业运营补贴办法'),
    smallFirms: await policy('P002', '关于实施小微企业普惠性税收减免政策的通知'),
  };

  return {
    cadres: { wang, anna, zhang },
    units: { team: team.id, group: group.id, dispatch: dispatch.id },
    enterprises,
    policies,
  };
}
