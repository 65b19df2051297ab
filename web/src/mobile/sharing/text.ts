/** The words of the worker's 共享用工 consent page, Chinese first (the page is light: no i18next resources). */
export type Lang = 'zh' | 'en';

export const TEXT = {
  zh: {
    title: '共享用工确认',
    intro: '单位想安排您到另一家单位临时工作（共享用工）。去不去由您自己决定，单位和工作人员都不能替您同意。',
    none: '目前没有需要您确认的共享用工安排。',
    from: '原单位（出借单位）',
    to: '去哪里工作（借入单位）',
    place: '工作地点',
    period: '时间',
    pay: '每月工资',
    payer: '工资由谁发',
    insurer: '工伤保险由谁交',
    parties: { lender: '原单位', borrower: '借入单位' },
    consent: '我同意去',
    decline: '我不同意',
    sending: '正在提交…',
    mine: {
      pending: '请您确认是否同意',
      consented: '您已同意',
      declined: '您已拒绝，已从这份安排中移出',
    },
    statuses: { draft: '草稿', awaiting_consent: '等待职工确认', active: '正在履行', ended: '已结束', cancelled: '已取消' },
  },
  en: {
    title: 'Labour sharing',
    intro:
      'Your employer proposes that you work for a while at another firm (labour sharing). Whether you go is your own decision: neither the firm nor an officer can agree for you.',
    none: 'Nothing is waiting for your answer.',
    from: 'Your employer (lender)',
    to: 'Where you would work (borrower)',
    place: 'Work place',
    period: 'Period',
    pay: 'Pay per month',
    payer: 'Wages paid by',
    insurer: 'Work-injury insurance by',
    parties: { lender: 'your employer', borrower: 'the borrowing firm' },
    consent: 'I agree to go',
    decline: 'I do not agree',
    sending: 'Sending…',
    mine: {
      pending: 'Please answer',
      consented: 'You agreed',
      declined: 'You declined and were removed',
    },
    statuses: { draft: 'Draft', awaiting_consent: 'Awaiting consent', active: 'Active', ended: 'Ended', cancelled: 'Cancelled' },
  },
} as const;
