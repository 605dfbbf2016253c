// The layering rule of ../shared/design/architecture.md, checked on every `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds the rules: no Slack, Prisma, Redis, BullMQ or any other layer.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        path: [
          '^src/(slack|persistence|cli|jobs|ops|process|generated|sandbox)',
          '^workers',
          '@slack/',
          '@prisma/',
          'bullmq',
          'ioredis',
          '(^|/)pg($|/)',
        ],
      },
    },
    {
      name: 'domain-no-io-builtins',
      comment: 'Domain code gets time and data as parameters, not from the network or disk.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|net|http|https|child_process|dgram|dns)' },
    },
    {
      name: 'slack-not-imported-by-persistence',
      severity: 'error',
      from: { path: '^src/persistence' },
      to: { path: ['^src/slack', '@slack/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
