import type { Random } from './prng.ts';

// The commonest surnames, weighted by repetition (王 李 张 刘 陈 lead in every census).
const SURNAMES = [
  ...'王王王李李李张张张刘刘陈陈杨杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志强文海波宁斌浩宇晨欣怡佳琪子轩梓涵雨桐俊杰思远博文立新永福德成嘉宏春雪梅冬梅树林振东长青晓东晓丽亚楠海燕丹丹宏伟凤琴',
];

/** A plausible full name: a surname and one or two given-name characters. */
export function personName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

/** `count` distinct names (a directory with two 王伟 confuses everyone reading a digest). */
export function distinctPersonNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(personName(random));
  return [...names];
}

const SLACK_ID_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];

/** Slack-style user ids: U0 and eight capitals or digits, all distinct. */
export function distinctSlackUserIds(random: Random, count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) {
    let id = 'U0';
    for (let i = 0; i < 8; i++) id += random.pick(SLACK_ID_CHARS);
    ids.add(id);
  }
  return [...ids];
}
