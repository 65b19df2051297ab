/** Chinese texts of the API token pages (merged into zh.ts as `tokens`). */
export const tokensZh = {
  mine: '我的 API 令牌', ofAccount: 'API 令牌', create: '创建令牌', none: '暂无令牌', name: '名称', nameHint: '用途，例如“县数据平台对接”',
  scope: '管辖范围', scopeHint: '区划代码前缀，不能超出本人的管辖范围', lastDay: '有效期至', lastDayHint: '留空则按系统规定的最长期限（默认90天）',
  lastUsed: '最近使用', neverUsed: '从未使用', expires: '到期时间', revoke: '吊销', revokeConfirm: '确定吊销该令牌吗？使用它的程序将立即无法访问。',
  revoked: '令牌已吊销', tokens: '令牌',
  hint: '令牌供其他系统调用接口使用，权限不超过本人账户且只限所选管辖范围。修改密码、被重置密码或停用账户时，全部令牌即被吊销。',
  secretTitle: '新令牌', secretHint: '令牌只显示这一次，请立即复制并妥善保存；遗失后只能吊销并重新创建。',
  statuses: { active: '有效', expired: '已过期', revoked: '已吊销' },
  reasons: { owner: '本人吊销', administrator: '管理员吊销', password_changed: '因修改密码', password_reset: '因重置密码', disabled: '因停用账户', other: '其他原因' },
};
