// The demo's invented lenders: where `npm start` serves their pages inside its browser (Playwright
// routes, scripts/lib/demo-browsing.ts; nothing is served at these addresses anywhere else) and what
// the demo calls them. Pure data: wxt.config.ts reads it for the demo build's pre-granted sites.
//
// The hosts are under `.example`, a top-level domain reserved for examples (RFC 2606): no real
// lender can own one, and none resolves. The names say 示例 ("example") and the kind of institution
// (消费金融, 小额贷款, 银行): the popup and dashboard screenshots become store images seen without
// the pages' "虚构机构" footers, and a fluent brand name could be a real lender's among the many
// small ones; 示例… still reads as a lender and can be no one's. The page brands (星河借款, 青柠借 …)
// stay as the products.

export interface DemoLender {
  /** `https://<host>` of a reserved `.example` domain. */
  origin: string;
  /** What the demo calls the site, as a person names a site they track (its accounts' lender). */
  name: string;
}

export const DEMO_LENDERS = {
  xinghe: { origin: 'https://h5.xinghe-loan.example', name: '示例网络小贷' },
  xiaofei: { origin: 'https://www.demo-xiaofei.example', name: '示例消费金融' },
  qingning: { origin: 'https://m.qingning-jie.example', name: '示例小额贷款' },
  bank: { origin: 'https://creditcard.demo-bank.example', name: '示例银行' },
  yunduo: { origin: 'https://wallet.yunduo-fenqi.example', name: '示例分期' },
} as const satisfies Record<string, DemoLender>;

/** Host permission patterns of the invented lenders (the demo build pre-grants them). */
export function demoLenderMatches(): string[] {
  return Object.values(DEMO_LENDERS).map((l) => `${l.origin}/*`);
}
